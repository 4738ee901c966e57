"""Started without a display, the app says so in one line and exits non-zero (not Qt's "Reinstalling…")."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from desktop_app.display_check import no_display_reason

REPO = Path(__file__).resolve().parents[2]


def test_no_display_variables_is_no_display() -> None:
    reason = no_display_reason({}, "linux")
    assert reason is not None and reason.startswith("No display found: neither DISPLAY nor WAYLAND_DISPLAY")


def test_a_display_nobody_answers_on_is_no_display() -> None:
    reason = no_display_reason({"DISPLAY": ":9876"}, "linux")
    assert reason is not None and "DISPLAY=:9876" in reason


def test_explicit_platforms_remote_displays_and_other_systems_are_left_to_qt(tmp_path: Path) -> None:
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_reason({"DISPLAY": "build-host:0"}, "linux") is None
    assert no_display_reason({}, "win32") is None and no_display_reason({}, "darwin") is None
    (tmp_path / "wayland-1").touch()
    assert no_display_reason({"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}, "linux") is None


def test_a_listening_x_socket_is_a_display() -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind("\0/tmp/.X11-unix/X9875")  # an abstract socket: nothing on disk
    listener.listen(1)
    try:
        assert no_display_reason({"DISPLAY": ":9875"}, "linux") is None
    finally:
        listener.close()


def test_the_app_without_a_display_prints_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data")],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("finish-strong: No display found: ")
    assert not (tmp_path / "data").exists()  # nothing was created
