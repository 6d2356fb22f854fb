"""Paths, the version, timing and sizes shared by the build steps."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DIST = REPO / "dist"
BUILD = REPO / "build"
GENERATED = BUILD / "generated"
ICON_SVG = REPO / "resources" / "icons" / "lockcare.svg"
APP_ID = "lockcare"  # desktop file, metainfo and icon name on Linux
BUNDLE_ID = "io.github.lockcare.lockcare"  # macOS bundle identifier (see macos/Info.plist)


def version() -> str:
    """lockcare's version, read from ``lockcare/__init__.py`` (as hatch does)."""
    text = (REPO / "lockcare" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, flags=re.MULTILINE)
    if match is None:
        raise SystemExit("build: no __version__ in lockcare/__init__.py")
    return match.group(1)


def release_date() -> str:
    """The day of the last commit (ISO), for AppStream and the package; today outside git."""
    result = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%cs"], capture_output=True, text=True,
                            check=False)
    return result.stdout.strip() or time.strftime("%Y-%m-%d")


def run(command: Sequence[str | os.PathLike[str]], **kwargs) -> subprocess.CompletedProcess:
    """Run a command, echoing it; stop the build when it fails."""
    argv = [str(part) for part in command]
    print("+ " + " ".join(argv), flush=True)
    return subprocess.run(argv, check=True, **kwargs)


@contextmanager
def step(title: str, timings: dict[str, float]) -> Iterator[None]:
    """Print a step's title and record how long it took."""
    print(f"\n== {title}", flush=True)
    started = time.monotonic()
    yield
    timings[title] = time.monotonic() - started
    print(f"== {title}: {timings[title]:.0f} s", flush=True)


def tree_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (symbolic links not followed or counted twice)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file (executable or shared library) under ``folder``, links not followed."""
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def largest_parts(folder: Path, depth: int = 3, count: int = 12) -> list[tuple[int, str]]:
    """The biggest files and folders ``depth`` levels down, biggest first."""
    sizes: dict[str, int] = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if path.is_symlink():
                continue
            parts = path.relative_to(folder).parts
            key = "/".join(parts[:depth])
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, key) for key, size in sizes.items()), reverse=True)[:count]


def mb(size: int) -> str:
    """A byte count in MB (10^6, as file managers and ``du --si`` show)."""
    return f"{size / 1e6:.1f} MB"


def machine() -> str:
    """The architecture name used in artefact names (x86_64, arm64...)."""
    import platform

    name = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(name, name)


def python_exe() -> str:
    """The Python running the build (PyInstaller must run in the same environment)."""
    return sys.executable
