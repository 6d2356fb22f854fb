"""The home page: every lock at a glance and the battery shopping list."""
