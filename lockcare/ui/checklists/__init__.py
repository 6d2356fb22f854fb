"""Printable maintenance checklists: rendering and print preview."""
