from wirelint.cli import entry

entry()
