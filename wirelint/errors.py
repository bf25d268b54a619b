"""Errors worded for one line on stderr, raised by the modules that read settings."""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration problem, worded for one line on stderr."""
