"""Recurring tasks: the per-lock task list, the Due page and the reminders."""
