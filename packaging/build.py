"""Build lockcare's frozen bundle and this system's installer.

    python -m pip install -e ".[packaging]"
    python packaging/build.py

On every system: the icons (from ``resources/icons/lockcare.svg``), a PyInstaller onedir
bundle in ``dist/lockcare/`` (``lockcare-gui`` windowed, ``lockcare`` console), its size,
and its ``--self-test``. Then the installer: a ``.deb`` and a ``.tar.gz`` on Linux, an
Inno Setup installer on Windows, a ``.app`` in a DMG on macOS. PyInstaller does not
cross-build: each system builds its own (see ``.github/workflows/release.yml``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from buildtools import icons  # noqa: E402
from buildtools.common import (  # noqa: E402
    BUILD,
    elf_files,
    DIST,
    GENERATED,
    ICON_SVG,
    PACKAGING,
    largest_parts,
    mb,
    python_exe,
    release_date,
    run,
    step,
    tree_size,
    version,
)

SIZE_GOAL_LINUX = 150e6  # bytes unpacked: the aim


def main(argv: list[str] | None = None) -> int:
    """Run the build; the exit status is non-zero when any step failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-installer", action="store_true", help="stop after the bundle and its self-test")
    parser.add_argument("--no-exclusions", action="store_true",
                        help="keep everything PyInstaller collects (to measure what the exclusions save)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    timings: dict[str, float] = {}
    the_version = version()
    print(f"Building lockcare {the_version} on {sys.platform} with Python {sys.version.split()[0]}", flush=True)

    with step("icons and version resource", timings):
        shutil.rmtree(GENERATED, ignore_errors=True)
        made = icons.generate(ICON_SVG, GENERATED)
        if sys.platform == "win32":
            from buildtools.windows import write_version_info

            write_version_info(the_version, GENERATED)
        print(f"{len(made)} icon files in {GENERATED}")

    with step("bundle (PyInstaller)", timings):
        bundle = build_bundle(the_version, exclusions=not args.no_exclusions)

    size = tree_size(bundle)
    report_size(bundle, size)

    with step("self-test of the bundle", timings):
        self_test(bundle)

    artefacts = [bundle]
    if not args.no_installer:
        with step("installer", timings):
            artefacts += build_installers(bundle, made, the_version)

    print("\n== done")
    for path in artefacts:
        shown = tree_size(path) if path.is_dir() else path.stat().st_size
        print(f"  {path.relative_to(DIST.parent)}  {mb(shown)}{' unpacked' if path.is_dir() else ''}")
    for title, seconds in timings.items():
        print(f"  {title}: {seconds:.0f} s")
    print(f"  total build time: {time.monotonic() - started:.0f} s")
    print(f"lockcare bundle size: {mb(size)} unpacked ({bundle.relative_to(DIST.parent)})")
    return 0


def build_bundle(the_version: str, *, exclusions: bool) -> Path:
    """Run PyInstaller on the spec; return the onedir folder."""
    for old in (DIST / "lockcare", DIST / "lockcare.app"):
        shutil.rmtree(old, ignore_errors=True)
    spec_args = ["--generated", str(GENERATED), "--version", the_version]
    if not exclusions:
        spec_args.append("--no-exclusions")
    run([python_exe(), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", BUILD / "pyinstaller", PACKAGING / "pyinstaller" / "lockcare.spec",
         "--", *spec_args])
    bundle = DIST / "lockcare"
    if sys.platform.startswith("linux"):
        (bundle / "lockcare-gui").symlink_to("lockcare")  # one program on Linux (see the spec)
        strip_symbols(bundle)
    return bundle


def strip_symbols(bundle: Path) -> None:
    """Strip the symbol tables left in the bundle's libraries (libpython alone carries 17 MB).

    Left alone: the libraries auditwheel vendored and patched into a wheel (numpy's
    OpenBLAS and what links to it through ``$ORIGIN/../numpy.libs``), which ``strip``
    corrupts ("ELF load command address/offset not page-aligned").
    """
    files = [f for f in elf_files(bundle) if _has_symbol_table(f) and not _patched_by_auditwheel(f)]
    before = sum(f.stat().st_size for f in files)
    if files:
        subprocess.run(["strip", "--strip-unneeded", *map(str, files)], check=True)
    after = sum(f.stat().st_size for f in files)
    print(f"Stripped {len(files)} files: {mb(before)} -> {mb(after)}")


def _has_symbol_table(path: Path) -> bool:
    sections = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False).stdout
    return " .symtab " in sections


def _patched_by_auditwheel(path: Path) -> bool:
    if path.parent.name.endswith(".libs"):
        return True
    dynamic = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
    return any(".libs" in line for line in dynamic.splitlines() if "PATH" in line)


def console_launcher(bundle: Path) -> Path:
    """The bundle's console ``lockcare`` (inside the .app on macOS, where that is what ships)."""
    if sys.platform == "darwin":
        return DIST / "lockcare.app" / "Contents" / "MacOS" / "lockcare"
    return bundle / ("lockcare.exe" if sys.platform == "win32" else "lockcare")


def report_size(bundle: Path, size: int) -> None:
    """Print the bundle's size, its biggest parts, and how it compares with the goal on Linux."""
    print(f"\nBundle size: {mb(size)} unpacked in {bundle}")
    for part_size, name in largest_parts(bundle):
        print(f"  {mb(part_size):>9}  {name}")
    if sys.platform.startswith("linux"):
        verdict = "within" if size <= SIZE_GOAL_LINUX else "OVER"
        print(f"  {verdict} the {mb(int(SIZE_GOAL_LINUX))} goal for Linux")


def self_test(bundle: Path) -> None:
    """Run the frozen ``lockcare --self-test``; stop the build when it fails."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(console_launcher(bundle)), "--self-test"], env=env, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build: the bundle's self-test failed (exit {result.returncode})")


def build_installers(bundle: Path, made: dict[str, Path], the_version: str) -> list[Path]:
    """This system's installers, in dist/."""
    work = BUILD / "installers"
    if sys.platform.startswith("linux"):
        from buildtools.linux import build_deb, build_tarball

        date = release_date()
        return [build_deb(bundle, made, the_version, date, work, DIST),
                build_tarball(bundle, made, the_version, date, work, DIST)]
    if sys.platform == "win32":
        from buildtools.windows import build_installer

        setup = build_installer(bundle, made["ico"], the_version, DIST)
        return [setup] if setup else []
    if sys.platform == "darwin":
        from buildtools.macos import build_dmg

        return [DIST / "lockcare.app", build_dmg(DIST / "lockcare.app", the_version, work, DIST)]
    print(f"No installer for {sys.platform}; the bundle is in {bundle}.")
    return []


if __name__ == "__main__":
    sys.exit(main())
