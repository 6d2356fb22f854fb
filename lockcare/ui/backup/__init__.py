"""The File menu: CSV export, backup and restore, calendar export, printing checklists."""
