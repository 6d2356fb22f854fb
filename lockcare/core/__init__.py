"""Pure-Python domain: dataclasses, battery model, DP profiles, schedules, troubleshooter.

Nothing here imports Qt, sqlite3 or tinytuya.
"""
