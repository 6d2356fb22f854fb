"""lockcare: a maintenance companion for Tuya smart door locks."""

__version__ = "0.1.0"
