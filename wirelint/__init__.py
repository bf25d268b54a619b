"""wirelint: a linter for syndicated news copy damaged by machine translation."""

__version__ = "0.1.0"
