"""What the frozen bundle leaves out, and why (read by the PyInstaller spec).

lockcare uses QtCore, QtGui, QtWidgets, QtSvg and QtPrintSupport (pyqtgraph also imports
QtOpenGL and QtOpenGLWidgets unconditionally). Everything else PyInstaller's hooks collect
by default goes: unused Qt modules and plugins, Qt's translations for languages lockcare has
no translation of, test packages, numpy's random and FFT modules (pyqtgraph reaches them only from
features lockcare turns off), and on Linux the desktop's own libraries: the X11/Wayland
display stack and GL (they must match the X server and GPU drivers), fontconfig and
freetype (they must match the system's font configuration), D-Bus and CUPS (present on
every desktop; the system's copies get its security updates). The ``.deb`` declares them
as Depends; the first-run check names any that is missing.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import PurePosixPath

EXCLUDED_MODULES = [
    # Qt modules lockcare never imports (pyqtgraph imports QtTest only inside try/except)
    "PySide6.QtTest", "PySide6.QtDBus", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtQuickWidgets", "PySide6.QtSql", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtDesigner",
    # pyqtgraph parts for 3D, notebooks and its demo gallery
    "pyqtgraph.opengl", "pyqtgraph.jupyter", "pyqtgraph.examples",
    # numpy's build and test tooling
    "numpy.f2py", "numpy.distutils", "numpy.testing", "numpy._pyinstaller", "numpy.random", "numpy.fft",
    # standard library parts for other kinds of programs
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "ensurepip", "venv",
    "distutils", "test", "unittest", "doctest", "pdb", "xmlrpc", "curses",
    # test tools that may be installed beside lockcare in the build environment
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "importlinter", "grimp", "setuptools",
    "pkg_resources", "PIL", "PyInstaller",
    # pyqtgraph's optional helpers (imported in try/except): taken whenever the build environment
    # happens to have them, which added 70 MB of scipy once
    "scipy", "pandas", "matplotlib", "h5py", "cupy", "numba", "colorcet",
]

_QT = r"PySide6/Qt/"
QT_LANGUAGES = ("de",)
"""Languages lockcare has a translation for (resources/translations): Qt's own texts for them are kept."""
_UNUSED_DATA = [re.compile(_QT + r"translations/(?!qtbase_(" + "|".join(QT_LANGUAGES) + r")\.qm$)")]
"""Qt's translations, but for the standard buttons of the languages lockcare speaks."""
_KEPT_PLUGINS = {
    "platforms": r"(libqxcb|libqwayland|libqoffscreen|qwindows|qoffscreen|libqcocoa)\.",
    "platformthemes": r"(libqxdgdesktopportal)\.",  # not gtk3: it drags in a second, mismatched GTK stack
    "imageformats": r"(libqsvg|qsvg)\.",
    "iconengines": r".*",
    "platforminputcontexts": r".*",  # compose key and input methods: people type accented lock names
    "printsupport": r".*",  # CUPS: printing checklists
    "xcbglintegrations": r".*",
    "styles": r".*",
    "wayland-shell-integration": r"(libxdg-shell)\.",
    "wayland-decoration-client": r".*",  # title bars on GNOME Wayland
    "wayland-graphics-integration-client": r"(libqt-plugin-wayland-egl|libshm-emulation-server)\.",
}
_PLUGIN = re.compile(_QT + r"plugins/(?P<kind>[^/]+)/(?P<name>[^/]+)$")

# The desktop's own libraries on Linux (see lockcare/desktop_check.py and the .deb's Depends).
SYSTEM_LIBRARY_PATTERN = re.compile(
    r"^(libX11(-xcb)?|libxcb(-[a-z0-9-]+)?|libXau|libXdmcp|libXext|libXrender|libXi|libXfixes|libxkbcommon(-x11)?"
    r"|libwayland-[a-z]+|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libdrm|libgbm"
    r"|libfontconfig|libfreetype|libdbus-1|libcups)\.so(\.\d+)*$"
)


def keep_data(dest: str) -> bool:
    """Whether a data file (destination path in the bundle) is kept."""
    return not any(pattern.match(dest.replace("\\", "/")) for pattern in _UNUSED_DATA)


def keep_binary(dest: str) -> bool:
    """Whether a binary (destination path in the bundle) is kept: plugins by kind, the display stack never."""
    path = dest.replace("\\", "/")
    if SYSTEM_LIBRARY_PATTERN.match(PurePosixPath(path).name):
        return False
    plugin = _PLUGIN.match(path)
    if plugin is None:
        return True
    wanted = _KEPT_PLUGINS.get(plugin["kind"])
    return wanted is not None and re.match(wanted, plugin["name"]) is not None


def needed_libraries(path: str) -> list[str]:
    """The sonames an ELF file names as DT_NEEDED (``objdump -p``; binutils is a PyInstaller requirement)."""
    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return re.findall(r"^\s*NEEDED\s+(\S+)", result.stdout, flags=re.MULTILINE)


def prune_orphans(binaries: Iterable[tuple[str, str, str]]) -> tuple[list, list[str]]:
    """Drop shared libraries that nothing kept still loads (Linux).

    PyInstaller collected them for plugins, modules and libraries left out above (the GTK
    theme's cairo and pango, CUPS's GnuTLS and Kerberos, the eglfs support libraries...).
    The roots are what Python or Qt load by name: extension modules, Qt plugins and
    libpython; a shared library stays when a root needs it, directly or through another.

    Returns:
        The kept TOC entries and the names of the libraries dropped.
    """
    entries = list(binaries)
    roots = [e for e in entries if _is_root(e[0])]
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)
    reachable: set[str] = set()
    todo = [e[1] for e in roots]
    while todo:
        for soname in needed_libraries(todo.pop()):
            if soname in by_name and soname not in reachable:
                reachable.add(soname)
                todo.append(by_name[soname][0][1])
    dropped = sorted({name for name, group in by_name.items()
                      if name not in reachable and not any(_is_root(e[0]) for e in group)})
    return [e for e in entries if PurePosixPath(e[0].replace("\\", "/")).name not in dropped], dropped


def _is_root(dest: str) -> bool:
    path = dest.replace("\\", "/")
    name = PurePosixPath(path).name
    return (".cpython-" in name or name.endswith(".abi3.so") or "/lib-dynload/" in path
            or "/plugins/" in path or name.startswith("libpython"))
