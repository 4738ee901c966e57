"""Windows: the process's AppUserModelID, the same one the installer gives the Start-menu shortcut.

Windows attributes toast notifications and taskbar buttons by this id. Without it, the
tray's notifications of a frozen app are shown under the executable's name (or "Python")
and its taskbar button is not grouped with the pinned shortcut (packaging/windows/finish-strong.iss).
Not verified on Windows yet.
"""

from __future__ import annotations

import sys

from . import APP_ID


def set_app_user_model_id() -> bool:
    """Set the id on Windows (before any window exists); elsewhere nothing to do. True if set."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID) == 0  # S_OK
    except (AttributeError, OSError):
        return False
