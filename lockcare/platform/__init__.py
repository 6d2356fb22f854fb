"""Talking to the operating system, Qt-free: the OS timer for ``lockcare collect`` and the
cross-process lock that keeps two collectors from running at once.

* :mod:`.timer_files`: systemd units, a LaunchAgent plist, a Task Scheduler XML, a crontab line.
* :mod:`.scheduler`: :class:`OsScheduler` (install, remove, status) with an injectable runner.
* :mod:`.runlock`: :func:`single_run`.
"""
