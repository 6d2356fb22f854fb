"""The maintenance log: a sortable, filterable table with add, edit, delete and undo."""
