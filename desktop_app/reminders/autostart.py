"""Start at login: off by default; when on, the app starts hidden in the tray.

Linux: an XDG autostart entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop).
Windows: the HKCU Run key. macOS: a LaunchAgent plist. Only the Linux path is tested
here; the other two are written as their documentation describes, not yet verified.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from .. import APP_ID, APP_NAME

MINIMIZED_FLAG = "--minimized"


def launch_command() -> list[str]:
    """How this installation is started: the frozen executable, else `python -m desktop_app`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, MINIMIZED_FLAG]
    return [sys.executable, "-m", "desktop_app", MINIMIZED_FLAG]


def _xdg_entry() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{APP_ID}.desktop"


def _mac_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def is_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run") as key:
                winreg.QueryValueEx(key, APP_NAME)
            return True
        except OSError:
            return False
    if sys.platform == "darwin":
        return _mac_agent().exists()
    return _xdg_entry().exists()


def set_enabled(enabled: bool) -> None:
    if sys.platform == "win32":
        _set_windows(enabled)
    elif sys.platform == "darwin":
        _set_mac(enabled)
    else:
        _set_xdg(enabled)


def _set_xdg(enabled: bool) -> None:
    entry = _xdg_entry()
    if not enabled:
        entry.unlink(missing_ok=True)
        return
    entry.parent.mkdir(parents=True, exist_ok=True)
    command = " ".join(shlex.quote(part) for part in launch_command())
    entry.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your interview follow-ups\n"
        f"Exec={command}\n"
        f"Icon={APP_ID}\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=true\n",
        encoding="utf-8",
    )


def _set_windows(enabled: bool) -> None:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # winreg exists only there (and mypy checks what follows for Windows)
        return
    import subprocess
    import winreg

    path = r"Software\Microsoft\Windows\CurrentVersion\Run"
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(launch_command()))
        else:
            try:
                winreg.DeleteValue(key, APP_NAME)
            except OSError:
                pass


def _set_mac(enabled: bool) -> None:  # pragma: no cover - macOS only
    import plistlib

    agent = _mac_agent()
    if not enabled:
        agent.unlink(missing_ok=True)
        return
    agent.parent.mkdir(parents=True, exist_ok=True)
    agent.write_bytes(plistlib.dumps({"Label": APP_ID, "ProgramArguments": launch_command(), "RunAtLoad": True}))
