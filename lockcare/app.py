"""The desktop app: storage and services (from :mod:`lockcare.composition`), the task runner,
QApplication and the window.

Nothing looks services up through globals: the window gets them from here.
"""

from __future__ import annotations

import logging
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from lockcare import __version__, paths
from lockcare.composition import BackgroundImports, WorkerServices, default_key_store, open_services
from lockcare.devices.ports import DEFAULT_PORTS
from lockcare.launch import lockcare_command
from lockcare.storage.keys import KeyStore
from lockcare.services.forecast_cache import ForecastCache
from lockcare.tasks import TaskRunner, ViewLoads
from lockcare.ui.app_icon import app_icon
from lockcare.ui.language import install_chosen
from lockcare.ui.language_menu import restart_requested
from lockcare.ui.locks.wake_listener import WakeListener
from lockcare.ui.main_window import MainWindow
from lockcare.ui.theme import apply_theme

log = logging.getLogger(__name__)


class LockcareApp:
    """Everything one running lockcare owns, opened on a data folder.

    Args:
        data_dir: where the database, key file, settings and logs live.
        demo_note: shown as a banner when the locks are emulated.
        key_store: where local keys live (default: chosen by the composition root; the
            demo and tests pass a memory store).
        clock: "now" for the services (tests pass a fixed clock).
        runner: the task runner (default: a new one).
        pairing_options: discovery ports / bind address for scans (tests use loopback).
        watch_ports: UDP ports to listen on for locks waking up (none: no listener).
        watch_bind_address: interface for that listener ("" = all; tests use 127.0.0.1).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        demo_note: str = "",
        key_store: KeyStore | None = None,
        clock: Callable[[], datetime] | None = None,
        runner: TaskRunner | None = None,
        pairing_options: dict | None = None,
        watch_ports: tuple[int, ...] = (),
        watch_bind_address: str = "",
    ) -> None:
        self.data_dir = data_dir
        options: dict = {**(pairing_options or {}), **({"clock": clock} if clock else {})}
        cache = ForecastCache()
        key_store = key_store if key_store is not None else default_key_store(data_dir)
        self.storage, self.services = open_services(data_dir, key_store=key_store, demo_note=demo_note,
                                                    forecast_cache=cache, **options)
        self.worker_services = WorkerServices(data_dir, key_store=key_store,
                                              forecast_cache=cache, demo_note=demo_note, **options)
        """Read-only services for the pool's workers (their own connections), sharing the forecast cache."""
        self._imports = BackgroundImports(data_dir, **({"clock": clock} if clock else {}))
        self.runner = runner or TaskRunner()
        settings_file = data_dir / "config" / "lockcare.ini" if demo_note else paths.config_dir() / "lockcare.ini"
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        self.window: MainWindow | None = None
        self._closed = False
        self._watch_ports = watch_ports
        self._watch_bind_address = watch_bind_address
        self.watcher: WakeListener | None = None

    def build_window(self) -> MainWindow:
        """Create the main window (once)."""
        if self.window is None:
            loads = ViewLoads(self.runner, self.worker_services.get)
            self.window = MainWindow(self.services, self.runner, self.settings, loads, self._imports.import_file,
                                     data_dir=self.data_dir)
            loads.setParent(self.window)
        return self.window

    def start_live(self) -> None:
        """Listen for locks waking up and read every lock once (the running app, not tests).

        tinytuya is loaded in the pool first (a quarter of a second the window should not wait
        for), then the listener and the reads start.
        """
        self.runner.submit(import_device_modules, name="import the device modules",
                           on_done=lambda _none: self._start_live())

    def _start_live(self) -> None:
        if self._closed:
            return
        window = self.build_window()
        if self._watch_ports:
            watcher = WakeListener(self.services.locks, ports=self._watch_ports,
                                   bind_address=self._watch_bind_address, parent=window)
            watcher.lock_woke.connect(window.live.read)
            window.changes.changed.connect(watcher.apply_changes)
            self.watcher = watcher if watcher.start() else None
        window.start_background_reads()
        window.start_reminders()

    def close(self) -> None:
        """Save window state, stop background work and close the database (idempotent)."""
        if self._closed:
            return
        self._closed = True
        if self.watcher is not None:
            self.watcher.stop()
        if self.window is not None:
            self.window.save_state()
            self.window.unsaved.enabled = False  # shutting down: the user was asked when they closed it
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.runner.shutdown()
        self.worker_services.close()
        self.settings.sync()
        self.services.runs.mark_running()  # the next start's catch-up counts from here
        self.storage.close()


def import_device_modules() -> None:
    """Load tinytuya and lockcare's device modules (run in the pool)."""
    import lockcare.devices.client  # noqa: F401 - imported to load it
    import lockcare.devices.discovery  # noqa: F401


def qt_application() -> QApplication:
    """The QApplication with lockcare's name, icon and theme (made if there is none yet)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("lockcare")
    app.setApplicationDisplayName("lockcare")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("lockcare")
    app.setWindowIcon(app_icon())
    apply_theme(app)
    install_chosen()  # before any window: every text is made in the chosen language
    return app


def _close_on_signals(app: QApplication) -> QTimer:
    """Ctrl-C in the terminal, or SIGTERM (a logout, ``kill``), closes lockcare as its window would.

    The window saves its state, the emulators stop and the demo folder goes. Python runs signal
    handlers only between its own bytecodes, so a light timer gives it a turn while Qt waits.
    """

    def close_now() -> None:
        app.closeAllWindows()
        app.quit()

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close_now)  # from the event loop, also when it has not started yet

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, close)
    poll = QTimer()
    poll.timeout.connect(lambda: None)
    poll.start(250)
    return poll


def run_app(*, demo: bool = False) -> int:
    """Start the desktop app and return its exit code.

    The window shows first, with what it knows at once; its pages fill in from the pool,
    and the device side (tinytuya, the wake-up listener, the first reads) starts after.
    """
    app = qt_application()
    signal_poll = _close_on_signals(app)  # noqa: F841 - kept alive until the app ends
    demo_session = None
    demo_folder: Path | None = None
    core: LockcareApp | None = None
    try:  # a start that fails half-way still stops the emulators and removes the demo folder
        if demo:
            from lockcare.demo import start_demo

            demo_folder = Path(tempfile.mkdtemp(prefix="lockcare-demo-"))
            demo_session = start_demo(demo_folder)
            core = LockcareApp(demo_session.data_dir, demo_note=demo_session.note,
                               key_store=demo_session.key_store, watch_ports=demo_session.watch_ports,
                               watch_bind_address="127.0.0.1",
                               pairing_options={"discovery_ports": demo_session.scan_ports, "bind_address": "127.0.0.1"})
        else:
            paths.ensure_dirs()
            core = LockcareApp(paths.data_dir(), watch_ports=DEFAULT_PORTS)
        window = core.build_window()
        window.show()
        core.start_live()
        return app.exec()
    finally:
        if core is not None:
            core.close()
        if demo_session is not None:
            demo_session.stop()
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
        if restart_requested():  # View > Language > Restart now: a new lockcare in the new language
            subprocess.Popen(lockcare_command(*sys.argv[1:], windowed=True))  # noqa: S603 - our own program
