"""What of Qt goes into a PyInstaller bundle: shared by finish-strong.spec and the benchmark's bare window.

PyInstaller's Qt hooks collect every plugin of every type a Qt module can use (eglfs, evdev
touch, SVG, PDF and JPEG readers, TLS backends, the GTK theme with all of GTK behind it...) and
every translation. The app needs few of them, so the spec replaces the plugin collector with
one that keeps only the plugins listed here. Filtering before the binary dependency analysis,
not after it, also keeps out the libraries only a dropped plugin needed.

Both bundles in the size benchmark go through this same filter: the comparison is of what the
app's own code and libraries add, not of plugin choices.
"""

from __future__ import annotations

import os

ALL = None  # keep every plugin of that type

#: plugin type -> plugin names kept (file name without "lib" prefix and extension), or ALL.
KEEP_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb: X11 (and XWayland). wayland: native on Wayland desktops, which Qt picks there by itself,
    # as the app from source does (without it Qt warns and falls back to XWayland). offscreen:
    # headless smoke runs. windows/cocoa: the other two recipes.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # Wayland client parts: xdg-shell (every desktop's window protocol; wl-shell is obsolete, ivi
    # and fullscreen-shell are for cars and kiosks) and client-side decorations (GNOME draws
    # none): adwaita, which GNOME gets, and bradient, the default elsewhere. No buffer-integration
    # plugins: Qt Widgets paint in software into shared memory, which needs none.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"adwaita", "bradient"}),
    # Qt Widgets' native styles on Windows and macOS (none on Linux).
    "styles": ALL,
    # The XDG portal theme: native file dialogs under Flatpak/portals, no extra libraries. The
    # GTK 3 theme is left out: it would bundle GTK and its dependency tree for a look the
    # Fusion style already approximates.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Compose key and IBus, so accented and non-Latin text can be typed in the notes.
    "platforminputcontexts": ALL,
    # CUPS, for printing the handwritten-card draft (QtPrintSupport).
    "printsupport": ALL,
    # GLX/EGL integration of the xcb platform: Qt Widgets paint in software, but Qt looks
    # these up when a window is created and the EGL one is what QtGui's OpenGL context uses.
    "xcbglintegrations": ALL,
    # Dropped: imageformats (the app loads only PNG, built into QtGui; icons are pre-rendered),
    # iconengines (SVG), generic (evdev/TUIO touch input for kiosks), egldeviceintegrations
    # (eglfs), tls and networkinformation (QtNetwork is used for a local socket only),
    # sqldrivers (SQLite is reached through Python's sqlite3), wayland-graphics-integration-*.
}

#: Python modules nothing in the app imports but that hooks or optional imports could pull in.
EXCLUDED_MODULES = [
    "tkinter", "unittest", "pydoc", "doctest", "pdb", "lib2to3", "xmlrpc", "turtle", "turtledemo",
    # Only reachable through concurrent.futures.ProcessPoolExecutor, which nothing uses; once in the
    # bundle, PyInstaller's multiprocessing runtime hook imports it at every start (~10 ms).
    "multiprocessing",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtSvg", "PySide6.QtSvgWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPdf", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp",
    # icalendar's optional pytz provider (icalendar.timezone.pytz, only after use_pytz()): the app uses
    # zoneinfo, icalendar's default. pytz is in the build venv only for the test servers (Radicale's
    # vobject), and the ics and sync tests pass with it blocked; 2.6 MiB.
    "pytz",
]


def plugin_name(path: str) -> str:
    name = os.path.splitext(os.path.basename(path))[0]
    return name[3:] if name.startswith("lib") else name


def install_plugin_filter() -> None:
    """Make PyInstaller's Qt hooks collect only KEEP_PLUGINS (call before Analysis)."""
    from PyInstaller.utils.hooks import qt

    original = qt.QtLibraryInfo.collect_plugins
    if getattr(original, "finish_strong_filter", False):
        return

    def collect_plugins(self, plugin_type):  # type: ignore[no-untyped-def]
        if plugin_type not in KEEP_PLUGINS:
            return []
        kept = KEEP_PLUGINS[plugin_type]
        return [entry for entry in original(self, plugin_type) if kept is ALL or plugin_name(entry[0]) in kept]

    collect_plugins.finish_strong_filter = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_plugins = collect_plugins


#: Qt's own catalogues kept for the app's languages (desktop_app/ui/app/translations.py loads qtbase_<lang>).
KEPT_QT_TRANSLATIONS = frozenset(f"qtbase_{language}.qm" for language in ("de", "fr", "es"))


def without_translations(entries):  # type: ignore[no-untyped-def]
    """Drop Qt's .qm translations except qtbase in the languages the app speaks (file/print dialogs,
    standard buttons); the others (Designer, Assistant, QML…) are never shown. The app's own .qm files
    live in desktop_app/translations/, not a folder named translations/ under Qt's."""
    def qt_catalogue(path: str) -> bool:
        parts = path.replace("\\", "/").split("/")
        return parts[-2:-1] == ["translations"] and path.endswith(".qm") and "desktop_app" not in parts
    return [entry for entry in entries if not qt_catalogue(entry[0]) or entry[0].replace("\\", "/").split("/")[-1]
            in KEPT_QT_TRANSLATIONS]
