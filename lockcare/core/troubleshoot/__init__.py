"""Troubleshooter domain: content (modes, steps, outcomes), the walk, tools and suggestions."""
