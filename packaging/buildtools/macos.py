"""macOS: the ``.app`` is made by the spec; here the optional signing and the DMG."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from buildtools.common import PACKAGING, machine, run

SIGN = PACKAGING / "macos" / "sign_and_notarize.sh"


def build_dmg(app: Path, version: str, work: Path, out: Path) -> Path:
    """Sign the app when ``CODESIGN_IDENTITY`` is set, pack it into a DMG, sign and notarise that too."""
    signing = bool(os.environ.get("CODESIGN_IDENTITY"))
    if signing:
        run(["sh", SIGN, "app", app])
    else:
        print("CODESIGN_IDENTITY not set: the app is unsigned (see packaging/README.md to sign and notarise).")
    staging = work / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"lockcare-{version}-macos-{machine()}.dmg"
    run(["hdiutil", "create", "-volname", f"lockcare {version}", "-srcfolder", staging, "-ov", "-format", "UDZO",
         target])
    if signing:
        run(["sh", SIGN, "dmg", target])
    return target
