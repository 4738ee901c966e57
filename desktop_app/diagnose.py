"""`finish-strong diagnose`: what this installation finds, as JSON, for support and the packaging test.

A frozen app has no `python -c` to ask it questions, and a bundle can silently lack what an
analysis did not see: keyring's backends (found through entry points), Qt modules that are
imported late, or the resources folder. This command imports them the way the app does and
reports what it got, so the packaging test checks the installed bundle itself, not the source.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

from . import APP_ID, __version__
from .paths import RESOURCES

#: Every Qt module the app (and its printing, mail and single-instance parts) imports.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtDBus", "QtNetwork", "QtPrintSupport")


def _qualified(obj: object) -> str:
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


def keyring_report() -> dict[str, Any]:
    """The backend keyring would use for the SMTP password, and every backend it could load."""
    try:
        import keyring
        from keyring.backend import KeyringBackend, get_all_keyring

        chosen = keyring.get_keyring()
        viable = sorted(_qualified(backend) for backend in get_all_keyring())
        # Every backend class its entry points loaded, usable here or not (a bundle missing
        # keyring's metadata or modules has only the fail and chainer ones).
        loaded = sorted(f"{c.__module__}.{c.__qualname__}" for c in getattr(KeyringBackend, "_classes", ()))
    except Exception as exc:  # noqa: BLE001 (a report, not a decision: say what went wrong)
        return {"error": f"{type(exc).__name__}: {exc}"}
    members = [_qualified(b) for b in getattr(chosen, "backends", [])]
    return {"backend": _qualified(chosen), "chained": members, "viable": viable, "loaded": loaded}


def qt_report() -> dict[str, Any]:
    modules: dict[str, str] = {}
    for name in QT_MODULES:
        try:
            importlib.import_module(f"PySide6.{name}")
            modules[name] = "ok"
        except ImportError as exc:
            modules[name] = f"missing: {exc}"
    report: dict[str, Any] = {"modules": modules}
    try:
        from pathlib import Path

        from PySide6.QtCore import QLibraryInfo, qVersion

        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        report["version"] = qVersion()
        report["plugins"] = {
            folder.name: sorted(p.name for p in folder.iterdir()) for folder in sorted(plugins.glob("*"))
            if folder.is_dir()
        }
    except ImportError:
        pass
    return report


def diagnose() -> dict[str, Any]:
    icons = sorted(p.name for p in (RESOURCES / "icons").glob("*.png")) if RESOURCES.is_dir() else []
    return {
        "version": __version__,
        "app_id": APP_ID,
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "resources": {"path": str(RESOURCES), "icons": icons},
        "keyring": keyring_report(),
        "qt": qt_report(),
    }


def run() -> int:
    print(json.dumps(diagnose(), indent=2, sort_keys=True))
    return 0
