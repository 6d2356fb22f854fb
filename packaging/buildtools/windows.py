"""Windows: the version resource for the launchers and the Inno Setup installer."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from buildtools.common import PACKAGING, run

ISS = PACKAGING / "windows" / "lockcare.iss"


def write_version_info(version: str, out: Path) -> Path:
    """Fill ``windows/version_info.txt.in`` for PyInstaller's ``version=`` (file and product version)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    text = (PACKAGING / "windows" / "version_info.txt.in").read_text(encoding="utf-8")
    text = text.replace("@VERSION_TUPLE@", repr(tuple(numbers))).replace("@VERSION@", version)
    path = out / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def find_iscc() -> str | None:
    """Inno Setup 6's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)", ""), os.environ.get("ProgramFiles", ""),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        candidate = Path(base, "Inno Setup 6", "ISCC.exe")
        if base and candidate.is_file():
            return str(candidate)
    return None


def build_installer(bundle: Path, icon: Path, version: str, out: Path) -> Path | None:
    """Compile the per-user installer into ``out``; None (with advice) when Inno Setup is missing."""
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 not found: no installer built. Install it (e.g. 'choco install innosetup') and "
              "run this again; the bundle in dist/lockcare is complete without it.")
        return None
    out.mkdir(parents=True, exist_ok=True)
    run([iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle.resolve()}", f"/DIconFile={icon.resolve()}",
         f"/DOutputDir={out.resolve()}", ISS])
    return out / f"lockcare-{version}-windows-x86_64-setup.exe"
