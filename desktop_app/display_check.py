"""Is there a display to open a window on? Asked before Qt is loaded, so the answer is one line.

Without one, Qt's xcb plugin aborts with several lines ending in "Reinstalling the application may
fix this problem", which sends the user the wrong way. On X11 and Wayland systems this looks for
the display the environment names (a local X socket, the Wayland socket); an explicit
QT_QPA_PLATFORM (offscreen, vnc, eglfs…) or a remote X display is left to Qt.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

_LOCAL_X = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")


def no_display_reason(env: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """None when a window can be opened (or it cannot be told); otherwise what is missing, in words."""
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) or env.get("QT_QPA_PLATFORM"):
        return None
    wayland = env.get("WAYLAND_DISPLAY", "")
    if wayland:
        path = Path(wayland) if wayland.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", "")) / wayland
        if path.exists():
            return None
    display = env.get("DISPLAY", "")
    if display:
        match = _LOCAL_X.match(display)
        if match is None or _x_socket_answers(int(match.group(1))):
            return None  # a remote display (ssh -X, host:0): Qt will tell
        return f"No display found: nothing answers on DISPLAY={display}. Start Finish Strong from the desktop, " \
               "or use a command such as `finish-strong due` (see --help)."
    return "No display found: neither DISPLAY nor WAYLAND_DISPLAY is set. Start Finish Strong from the desktop, " \
           "or use a command such as `finish-strong due` (see --help)."


def _x_socket_answers(number: int) -> bool:
    """The X server's socket: its file (cheap: no `socket` import on the start-up path), else the abstract one."""
    if os.path.exists(f"/tmp/.X11-unix/X{number}"):
        return True
    import socket

    for address in (f"\0/tmp/.X11-unix/X{number}",):
        with contextlib.closing(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(address)
            except OSError:
                continue
            return True
    return False
