"""Helpers shared by lockcare's tests."""
