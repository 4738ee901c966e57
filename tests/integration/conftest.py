"""A real desktop session for integration tests, started and stopped by the suite itself.

For now: a private Xvfb X server. Later issues add D-Bus, a notification server, a tray,
the Secret Service keyring, CUPS and an SMTP server here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :199")


@pytest.fixture(scope="session")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """DISPLAY of a private Xvfb that lives for the whole session."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed; `make test` installs it (Debian package xvfb)")
    number = _free_display()
    display = f":{number}"
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [xvfb, display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=sink,
        )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}")
        time.sleep(0.05)
    try:
        yield display
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def desktop_env(x_display: str, tmp_path: Path) -> dict[str, str]:
    """Environment for a child process that should behave as on a user's desktop."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "FINISH_STRONG_"))}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env
