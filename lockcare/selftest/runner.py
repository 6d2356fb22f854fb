"""Runs the self-test's checks in a temporary folder and reports them."""

from __future__ import annotations

import logging
import os
import platform
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from lockcare import __version__, paths
from lockcare.logsetup import configure_logging, shutdown_logging
from lockcare.resources import resources_root
from lockcare.selftest import checks
from lockcare.selftest.context import Context
from lockcare.selftest.report import Check, CheckFailed, Result, Status, emit, summary

log = logging.getLogger(__name__)

_SAVED_ENV = (paths.ENV_DATA_DIR, "QT_QPA_PLATFORM")


def _drawn(name: str) -> Callable[[Context], str]:
    """A check from :mod:`rendering`, imported when it runs: Qt loads after the offscreen switch,
    and a Qt that cannot load fails these checks instead of the whole run."""

    def run(ctx: Context) -> str:
        from lockcare.selftest import rendering

        return getattr(rendering, name)(ctx)

    return run


CHECKS = (
    Check("resources", checks.resources),
    Check("database", checks.database),
    Check("troubleshooter", checks.troubleshooter),
    Check("illustrations", _drawn("illustrations")),
    Check("lock profiles", checks.lock_profiles),
    Check("icon", _drawn("icon")),
    Check("emulated lock", checks.emulated_lock),
    Check("checklists", checks.checklist_templates),
    Check("checklist PDF", _drawn("checklist_pdf")),
    Check("battery chart", _drawn("battery_chart")),
    Check("translations", _drawn("translations")),
    Check("calendar", checks.calendar),
    Check("display", checks.display_libraries),
)


def run_self_test(*, verbose: bool = False, out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 when all passed, else 1.

    Everything happens in a new temporary folder (data folder, logs, written files),
    deleted at the end; keys stay in memory; Qt draws offscreen. The process environment
    is restored afterwards.

    Args:
        verbose: also log details and print tracebacks of unexpected errors to stderr.
        out: where the report goes (default: stdout).
    """
    out = out or sys.stdout
    environ = dict(os.environ)
    saved = {name: os.environ.get(name) for name in _SAVED_ENV}
    folder = Path(tempfile.mkdtemp(prefix="lockcare-self-test-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless whatever the desktop
    paths.set_data_dir_override(folder / "data")
    ctx = Context(folder=folder, environ=environ)
    results: list[Result] = []
    try:
        configure_logging(verbose=verbose)  # into the temporary folder, like everything else
        print(_header(), file=out, flush=True)
        for check in CHECKS:
            results.append(_run(check, ctx, verbose=verbose))
            emit(results[-1], out)
    finally:
        ctx.close()
        shutdown_logging()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        results.append(_clean_up(folder))
        emit(results[-1], out)
    print(summary(results), file=out, flush=True)
    return 0 if all(r.status is not Status.FAIL for r in results) else 1


def _run(check: Check, ctx: Context, *, verbose: bool) -> Result:
    try:
        outcome = check.run(ctx)
    except CheckFailed as exc:
        return Result(check.name, Status.FAIL, str(exc))
    except Exception as exc:  # a broken install shows up as anything; say what, keep going
        if verbose:
            traceback.print_exc(file=sys.stderr)
        log.exception("Self-test check %s failed", check.name)
        return Result(check.name, Status.FAIL, f"{type(exc).__name__}: {_last_line(exc)}")
    status, detail = outcome if isinstance(outcome, tuple) else (Status.OK, outcome)
    return Result(check.name, status, detail)


def _last_line(exc: BaseException) -> str:
    """One line of an error: its last non-blank line (where numpy and others put the cause)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else repr(exc)


def _clean_up(folder: Path) -> Result:
    """Delete the temporary folder and make sure no emulator is left running."""
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        return Result("clean-up", Status.FAIL, f"could not delete {folder}")
    running = [t.name for t in threading.enumerate() if t.name.startswith("sim-") and t.is_alive()]
    if running:
        return Result("clean-up", Status.FAIL, f"emulator threads still running: {', '.join(running)}")
    return Result("clean-up", Status.OK, "temporary folder deleted; nothing left behind")


def _header() -> str:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside_version} (Qt {qVersion()})"
    except ImportError as exc:
        qt = f"Qt not loadable ({exc})"
    return (
        f"lockcare {__version__} self-test · Python {platform.python_version()} · {qt} · "
        f"{platform.system()} {platform.machine()} · {install_kind()}"
    )


def install_kind() -> str:
    """How this lockcare is installed: a frozen bundle, an installed package or a source checkout."""
    if getattr(sys, "frozen", False):
        return "frozen bundle"
    try:
        root = resources_root()
    except FileNotFoundError:
        return "broken install"
    return "installed package" if root.name == "_resources" else "source checkout"
