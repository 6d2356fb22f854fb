"""The Help menu's pages: the short user guide and "Report a problem"."""
