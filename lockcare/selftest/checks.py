"""The self-test's checks that need no Qt: data, storage, the emulated lock, the calendar.

Each check takes the run's :class:`~lockcare.selftest.context.Context`, returns one short
line of detail, and raises :class:`~lockcare.selftest.report.CheckFailed` with a line the
user can act on when something is wrong.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import icalendar

from lockcare import paths
from lockcare.core.maintenance.schedule import TASK_SPECS
from lockcare.core.models import Lock
from lockcare.core.troubleshoot.checks import validate
from lockcare.core.troubleshoot.content import ContentError, load_content
from lockcare.desktop_check import install_hint, missing_libraries, uses_xcb
from lockcare.devices.sim import SimLock
from lockcare.devices.sim.profiles import BATTERY_PERCENT_CODE, list_profiles, load_profile
from lockcare.resources import resource_path, resources_root
from lockcare.selftest.context import Context
from lockcare.selftest.report import CheckFailed, Status
from lockcare.selftest.wiring import open_services
from lockcare.storage import DATABASE_FILE, open_storage
from lockcare.storage.migrations import MIGRATIONS, SCHEMA_VERSION

RESOURCE_FOLDERS = ("troubleshooter", "illustrations", "profiles", "icons")


def resources(ctx: Context) -> str:
    """The bundled resources folder is found and holds every part lockcare reads."""
    try:
        root = resources_root()
    except FileNotFoundError as exc:
        raise CheckFailed(str(exc)) from None
    missing = [name for name in RESOURCE_FOLDERS if not (root / name).is_dir()]
    if missing:
        raise CheckFailed(f"{', '.join(missing)} missing from {root}; reinstall lockcare")
    count = sum(1 for path in root.rglob("*") if path.is_file())
    return f"{count} files in {root}"


def database(ctx: Context) -> str:
    """A database from the first release migrates without loss; a new one opens at the current schema."""
    old = ctx.folder / "migration"
    _write_first_release_database(old / DATABASE_FILE)
    storage = open_storage(old)
    try:
        version = int(storage.db.query("PRAGMA user_version")[0][0])
        swaps_logged = int(storage.db.query("SELECT COUNT(*) FROM log_entries WHERE swap_id IS NOT NULL")[0][0])
    finally:
        storage.close()
    if version != SCHEMA_VERSION:
        raise CheckFailed(f"a v1 database migrated to v{version}, not v{SCHEMA_VERSION}")
    if swaps_logged != 1:
        raise CheckFailed("migrating a v1 database lost its battery swap from the maintenance log")
    if not list(old.glob(f"{DATABASE_FILE}.before-v*")):
        raise CheckFailed("no copy of the old database was kept before migrating")
    ctx.storage, ctx.services = open_services(paths.data_dir())
    return f"schema v{SCHEMA_VERSION}: a new database created; a v1 database migrated, its copy kept"


def troubleshooter(ctx: Context) -> str:
    """The troubleshooter content loads and passes its own validation."""
    try:
        content = load_content(resource_path("troubleshooter"))
    except ContentError as exc:
        raise CheckFailed(str(exc)) from None
    problems = validate(content, resource_path("illustrations"))
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CheckFailed(f"{problems[0]}{more}")
    steps = sum(len(mode.steps) for mode in content.modes)
    return f"{len(content.modes)} symptoms, {steps} steps, {len(content.advice)} advice items: valid"


def lock_profiles(ctx: Context) -> str:
    """Every bundled lock profile (what each data point means) parses."""
    ids = list_profiles()
    if not ids:
        raise CheckFailed(f"no lock profiles in {resource_path('profiles')}")
    for profile_id in ids:
        try:
            load_profile(profile_id)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError too
            raise CheckFailed(f"{profile_id}.json: {exc}") from None
    return f"{len(ids)} profiles: {', '.join(ids)}"


def emulated_lock(ctx: Context) -> str:
    """Pair an emulated lock on loopback and read it through the real client, as the app does."""
    services = ctx.need_services()
    with SimLock("wifi_pro", "3.4", battery_level=64.0) as sim:
        lock = services.locks.add_lock(
            Lock(name="Self-test lock", device_id=sim.device_id, address=sim.host, port=sim.port,
                 version=sim.version, category=sim.profile.category, product_id=sim.profile.product_id),
            sim.local_key,
        )
        outcome = services.reading.read_now(lock)
        if not outcome.reachable:
            raise CheckFailed(f"the emulated lock on {sim.host}:{sim.port} could not be read: {outcome.message}")
        expected = sim.dps.get(sim.profile.dp_for(BATTERY_PERCENT_CODE) or "")
        got = outcome.observation.battery_percent if outcome.observation else None
        if got != expected:
            raise CheckFailed(f"read {got} % but the emulated lock reports {expected} %")
        if outcome.stored_reading is None:
            raise CheckFailed("the reading was not stored")
        if sim.control_commands():
            raise CheckFailed("lockcare sent the lock a command that could change it")
        endpoint = f"{sim.host}:{sim.port}"
    ctx.lock = lock
    return f"read {got} % over protocol 3.4 on {endpoint} and stored it; nothing sent that could change the lock"


def checklist_templates(ctx: Context) -> str:
    """Every recurring task has its how-to, and a lock's checklist lists each of them."""
    services = ctx.need_services()
    lock = ctx.need_lock()
    incomplete = [spec.kind for spec in TASK_SPECS if not (spec.title and spec.how)]
    if incomplete:
        raise CheckFailed(f"tasks without a title or how-to: {', '.join(incomplete)}")
    sheet = services.plan.lock_sheet(lock)
    labels = {row.label for section in sheet.sections for row in section.rows}
    absent = [spec.title for spec in TASK_SPECS if spec.title not in labels]
    if absent:
        raise CheckFailed(f"the checklist for {lock.name} leaves out: {', '.join(absent)}")
    return f"{len(TASK_SPECS)} recurring tasks, each with its how-to, on a {len(sheet.sections)}-section sheet"


def calendar(ctx: Context) -> str:
    """The maintenance schedule is written as an ``.ics`` file that reads back."""
    services = ctx.need_services()
    lock = ctx.need_lock()
    path = services.plan.write_calendar(ctx.folder / "maintenance.ics")
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    if not events:
        raise CheckFailed(f"{path.name} holds no events")
    strays = [str(e.get("SUMMARY")) for e in events if not str(e.get("SUMMARY", "")).startswith(f"{lock.name}:")]
    if strays:
        raise CheckFailed(f"events not about {lock.name}: {', '.join(strays)}")
    repeating = sum(1 for e in events if e.get("RRULE"))
    return f"{len(events)} events ({repeating} repeating) written to {path.name} and read back"


def display_libraries(ctx: Context) -> tuple[Status, str]:
    """On Linux/X11, the system libraries Qt's xcb plugin needs to open the window."""
    if not sys.platform.startswith("linux"):
        return Status.NOTE, "no system libraries to check on this system"
    missing = missing_libraries()
    if not missing:
        return Status.OK, "the window's system libraries (xcb, xkbcommon, GL) are all present"
    hint = install_hint(missing).removeprefix("lockcare: ")
    if uses_xcb(ctx.environ) and ctx.environ.get("DISPLAY"):
        raise CheckFailed(hint)
    return Status.NOTE, f"not needed without an X display, but {hint[0].lower()}{hint[1:]}"


def _write_first_release_database(path: Path) -> None:
    """A database as lockcare's first schema wrote it: one lock with one battery swap."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(MIGRATIONS[0])
        now = datetime.now(UTC).isoformat()
        conn.execute("INSERT INTO locks (name, device_id, created_at) VALUES ('Old lock', 'selftest000000000001', ?)",
                     (now,))
        conn.execute("INSERT INTO battery_swaps (lock_id, at, battery_type) VALUES (1, ?, 'aa-alkaline')", (now,))
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    finally:
        conn.close()
