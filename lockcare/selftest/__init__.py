"""``lockcare --self-test``: is this installation whole and working?

Headless and in a temporary data folder that is deleted afterwards: it opens and migrates
a database, loads every bundled resource, reads an emulated lock on loopback through the
real client, renders a checklist PDF and writes a calendar, one line per check, then a
summary. Exit status 0 only when every check passed. Support asks users to run it; the
packaging build runs it on every frozen bundle.
"""

from lockcare.selftest.runner import run_self_test

__all__ = ["run_self_test"]
