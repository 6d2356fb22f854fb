"""The packaging's decisions: what the bundle leaves out, what the .deb declares, install.sh.

The build itself (PyInstaller, dpkg-deb) runs in ``.ci/run``; these check the rules it follows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lockcare.desktop_check import SYSTEM_LIBRARIES

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

from buildtools.exclusions import SYSTEM_LIBRARY_PATTERN, keep_binary, keep_data  # noqa: E402
from buildtools.linux import metainfo  # noqa: E402


def test_every_library_the_first_run_check_knows_is_left_to_the_system() -> None:
    """What the bundle leaves out, the .deb declares (same table), and the first run checks."""
    for lib in SYSTEM_LIBRARIES:
        assert SYSTEM_LIBRARY_PATTERN.match(lib.soname), lib.soname
        assert not keep_binary(lib.soname)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),  # the self-test draws offscreen
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),  # the window icon is an SVG
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("libxcb-cursor.so.0", False),
        ("libX11.so.6", False),
        ("libglib-2.0.so.0", True),
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", True),
    ],
)
def test_bundle_keeps_what_lockcare_uses(dest: str, kept: bool) -> None:
    assert keep_binary(dest) is kept


def test_qt_translations_are_left_out_but_for_the_languages_lockcare_speaks() -> None:
    assert keep_data("PySide6/Qt/translations/qtbase_de.qm")  # German standard buttons: lockcare speaks German
    assert not keep_data("PySide6/Qt/translations/qtbase_ja.qm")
    assert not keep_data("PySide6/Qt/translations/qtwebengine_de.qm")
    assert keep_data("resources/translations/lockcare_de.ts")
    assert keep_data("resources/illustrations/set-screw.svg")


def test_metainfo_carries_this_release() -> None:
    root = ET.fromstring(metainfo("1.2.3", "2026-11-29"))
    assert root.findtext("id") == "lockcare"
    assert root.findtext("launchable") == "lockcare.desktop"
    assert root.find("releases/release").attrib == {"version": "1.2.3", "date": "2026-11-29"}


def test_desktop_entry_uses_the_icon_and_the_command() -> None:
    entry = (REPO / "packaging" / "linux" / "lockcare.desktop").read_text(encoding="utf-8").splitlines()
    assert "Icon=lockcare" in entry
    assert "Exec=lockcare gui" in entry


def test_macos_info_plist_explains_local_network_use() -> None:
    import plistlib

    info = plistlib.loads((REPO / "packaging" / "macos" / "Info.plist").read_bytes())
    assert "home network" in info["NSLocalNetworkUsageDescription"]
    assert info["CFBundleIdentifier"].count(".") >= 2


def test_inno_setup_installs_per_user_without_admin() -> None:
    script = (REPO / "packaging" / "windows" / "lockcare.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert '{autoprograms}\\lockcare"; Filename: "{app}\\lockcare-gui.exe"' in script


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_script_installs_for_the_user_and_uninstalls_keeping_data(tmp_path: Path) -> None:
    """install.sh on an unpacked tarball; a shell script stands in for the frozen program."""
    unpacked = tmp_path / "lockcare-1.0-linux-x86_64"
    (unpacked / "_internal").mkdir(parents=True)
    program = unpacked / "lockcare"
    program.write_text("#!/bin/sh\necho \"self-test with $*\"\n")
    program.chmod(0o755)
    (unpacked / "lockcare-gui").symlink_to("lockcare")
    (unpacked / "LICENSE").write_text("MIT")
    share = unpacked / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(REPO / "packaging" / "linux" / "lockcare.desktop", share / "applications")
    (share / "metainfo").mkdir()
    (share / "metainfo" / "lockcare.metainfo.xml").write_text(metainfo("1.0", "2026-11-29"))
    (share / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (share / "icons" / "hicolor" / "48x48" / "apps" / "lockcare.png").write_bytes(b"png")
    shutil.copy(REPO / "packaging" / "linux" / "install.sh", unpacked)
    home = tmp_path / "home"
    data = home / ".local" / "share" / "lockcare"
    data.mkdir(parents=True)
    (data / "lockcare.sqlite3").write_text("the user's data")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    installed = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True,
                               timeout=60)
    assert installed.returncode == 0, installed.stderr
    prefix = home / ".local" / "lib" / "lockcare"
    assert (prefix / "lockcare").is_file() and (prefix / "lockcare-gui").is_symlink()
    assert (home / ".local" / "bin" / "lockcare").resolve() == (prefix / "lockcare").resolve()
    desktop = (home / ".local" / "share" / "applications" / "lockcare.desktop").read_text()
    assert f'Exec="{prefix}/lockcare" gui' in desktop
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "lockcare.png").is_file()
    assert "Self-test passed." in installed.stdout

    removed = subprocess.run(["sh", str(unpacked / "install.sh"), "--uninstall"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert removed.returncode == 0, removed.stderr
    assert not prefix.exists()
    assert not (home / ".local" / "bin" / "lockcare").exists()
    assert not (home / ".local" / "share" / "applications" / "lockcare.desktop").exists()
    assert not list((home / ".local" / "share" / "icons").rglob("lockcare.*"))
    assert (data / "lockcare.sqlite3").read_text() == "the user's data"


def test_install_script_refuses_to_run_outside_the_unpacked_folder(tmp_path: Path) -> None:
    shutil.copy(REPO / "packaging" / "linux" / "install.sh", tmp_path)
    result = subprocess.run(["sh", str(tmp_path / "install.sh")], env={"HOME": str(tmp_path), "PATH": os.environ["PATH"]},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "unpacked lockcare folder" in result.stderr
