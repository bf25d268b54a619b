from wirelint.cli import main

main()
