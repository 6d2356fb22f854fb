"""Maintenance domain: log entry types, the recurring schedule and printable checklists."""
