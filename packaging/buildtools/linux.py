"""Linux installers: a ``.deb`` (dpkg-deb) and a ``.tar.gz`` with an install script.

Both install the same things in the standard places: the bundle, a ``lockcare`` command,
the desktop entry, the AppStream metainfo and the icon in the hicolor theme. The ``.deb``
declares the system libraries the bundle leaves out (the X11/xcb display stack, see
``buildtools/exclusions.py``) as Depends, worked out from the bundle's own ELF files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from buildtools.common import APP_ID, PACKAGING, REPO, elf_files, machine, run, tree_size
from buildtools.exclusions import needed_libraries
from buildtools.icons import HICOLOR_SIZES

sys.path.insert(0, str(REPO))
from lockcare.desktop_check import SYSTEM_LIBRARIES  # noqa: E402  (one table for the check and the Depends)

LINUX = PACKAGING / "linux"
GLIBC_SONAMES = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|ld-linux[-\w]*)\.so(\.\d+)*$")
DESCRIPTION = """\
maintenance companion for Tuya smart door locks
 lockcare keeps every battery reading of your Tuya smart locks, forecasts when
 to buy and change batteries, walks you through repairs with an illustrated
 troubleshooter, and keeps a maintenance log with printable checklists and
 calendar export. It only ever reads from a lock: it never sends a command
 that could unlock or change it."""


def metainfo(version: str, date: str) -> str:
    """The AppStream metainfo with this release added."""
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    release = f'  <releases>\n    <release version="{version}" date="{date}"/>\n  </releases>\n'
    return text.replace("</component>", release + "</component>")


def validate_metainfo(path: Path) -> None:
    """Check the metainfo with appstreamcli where it exists: errors stop the build, warnings are shown."""
    if shutil.which("appstreamcli") is None:
        print("appstreamcli not found: metainfo not validated")
        return
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True,
                            check=False)
    print(result.stdout.strip())
    if re.search(r"^E:", result.stdout, flags=re.MULTILINE):
        raise SystemExit(f"build: {path.name} has AppStream errors")


def install_shared_files(share: Path, icons: dict[str, Path], version: str, date: str) -> None:
    """Desktop entry, metainfo and icons under ``share`` (``usr/share`` or the tarball's ``share``)."""
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo(version, date), encoding="utf-8")
    for size in HICOLOR_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons[f"png{size}"], folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "resources" / "icons" / "lockcare.svg", scalable / f"{APP_ID}.svg")


# -- Depends ----------------------------------------------------------------------------


def system_needs(bundle: Path) -> tuple[set[str], tuple[int, int]]:
    """The sonames the bundle needs from the system, and the newest glibc symbol version it uses."""
    files = elf_files(bundle)
    provided = {p.name for p in files} | {p.name for p in bundle.rglob("*.so*") if p.is_symlink()}
    needed: set[str] = set()
    newest = (2, 17)
    for path in files:
        needed.update(needed_libraries(str(path)))
        text = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
        for major, minor in re.findall(r"\bGLIBC_(\d+)\.(\d+)\b", text):
            newest = max(newest, (int(major), int(minor)))
    return needed - provided, newest


def _ldconfig_paths() -> dict[str, str]:
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    output = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    return dict(re.findall(r"^\s*(\S+) \(.*?\) => (\S+)$", output, flags=re.MULTILINE))


def _dpkg_owner(path: str) -> str | None:
    candidates = {path, os.path.realpath(path)}
    candidates |= {p.removeprefix("/usr") for p in list(candidates) if p.startswith("/usr/")}
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def deb_depends(bundle: Path) -> list[str]:
    """The Depends line's packages: glibc with its minimum version, the display stack, anything else.

    Display-stack sonames come from lockcare's own table (the same one the first-run check
    uses), so the package works on systems the build machine does not resemble; any other
    system library is looked up with ``dpkg -S`` on the build machine.
    """
    needed, (major, minor) = system_needs(bundle)
    table = {lib.soname: lib.debian for lib in SYSTEM_LIBRARIES}
    packages = {f"libc6 (>= {major}.{minor})"}
    unknown = []
    located = _ldconfig_paths()
    for soname in sorted(needed):
        if GLIBC_SONAMES.match(soname):
            continue
        if soname in table:
            packages.add(table[soname])
        elif soname in located and (owner := _dpkg_owner(located[soname])):
            packages.add(owner)
        else:
            unknown.append(soname)
    if unknown:
        raise SystemExit(f"build: the bundle needs {', '.join(unknown)} from the system, and no package is known "
                         "for it: add it to SYSTEM_LIBRARIES in lockcare/desktop_check.py")
    return sorted(packages, key=lambda name: (not name.startswith("libc6"), name))


# -- .deb -------------------------------------------------------------------------------


def build_deb(bundle: Path, icons: dict[str, Path], version: str, date: str, work: Path, out: Path) -> Path:
    """Build ``lockcare_<version>_<arch>.deb`` in ``out`` from the onedir bundle."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    root = work / f"{APP_ID}_{version}_{arch}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "usr" / "lib" / APP_ID, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "lockcare").symlink_to(f"../lib/{APP_ID}/lockcare")
    install_shared_files(root / "usr" / "share", icons, version, date)
    doc = root / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    shutil.copy2(REPO / "LICENSE", doc / "copyright")
    validate_metainfo(root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml")
    depends = deb_depends(root / "usr" / "lib" / APP_ID)
    control = (
        f"Package: {APP_ID}\nVersion: {version}\nArchitecture: {arch}\n"
        "Maintainer: lockcare developers <lockcare@users.noreply.github.com>\n"
        f"Installed-Size: {(tree_size(root) + 1023) // 1024}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: utils\nPriority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    _normalise_modes(root)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{APP_ID}_{version}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, target])
    print(control)
    return target


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for everything else (what lintian expects)."""
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            path = Path(folder, name)
            if not path.is_symlink():
                path.chmod(0o755)
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                continue
            executable = path.stat().st_mode & 0o111 or path.suffix == ".so" or ".so." in path.name
            path.chmod(0o755 if executable else 0o644)


# -- .tar.gz ----------------------------------------------------------------------------


def build_tarball(bundle: Path, icons: dict[str, Path], version: str, date: str, work: Path, out: Path) -> Path:
    """Build ``lockcare-<version>-linux-<arch>.tar.gz``: the bundle, share/ and ``install.sh``."""
    name = f"{APP_ID}-{version}-linux-{machine()}"
    root = work / name
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root, symlinks=True)
    install_shared_files(root / "share", icons, version, date)
    shutil.copy2(LINUX / "install.sh", root / "install.sh")
    (root / "install.sh").chmod(0o755)
    shutil.copy2(REPO / "LICENSE", root / "LICENSE")
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{name}.tar.gz"
    print(f"+ tar czf {target} -C {work} {name}")
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(root, arcname=name, filter=_owned_by_root)
    return target


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info
