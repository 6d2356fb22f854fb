"""Helpers for ``packaging/build.py``: icons, exclusions, size report and each system's installer."""
