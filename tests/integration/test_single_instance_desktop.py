"""Two double-clicks at once on a real X server: one Finish Strong window, the second start exits 0."""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import wait_until

pytestmark = pytest.mark.integration


def app_windows(env: dict[str, str]) -> list[str]:
    """Top-level X windows titled Finish Strong (the main window's title) and viewable."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=True).stdout
    ids = re.findall(r"^\s+(0x[0-9a-f]+) \"Finish Strong\"", tree, re.MULTILINE)
    viewable = []
    for window in ids:
        info = subprocess.run(["xwininfo", "-id", window], env=env, capture_output=True, text=True).stdout
        if "Map State: IsViewable" in info:
            viewable.append(window)
    return viewable


def test_two_starts_at_once_show_exactly_one_window(desktop_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    argv = [sys.executable, "-m", "desktop_app", "--data-dir", str(data)]
    first = subprocess.Popen(argv, env=desktop_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(argv, env=desktop_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        leaver = wait_until(lambda: next((p for p in (first, second) if p.poll() is not None), None), 30,
                            "one of the two starts to hand over and exit")
        survivor = second if leaver is first else first
        _, err = leaver.communicate(timeout=10)
        assert leaver.returncode == 0 and "already running" in err
        wait_until(lambda: app_windows(desktop_env), 20, "the main window to be mapped")
        assert len(app_windows(desktop_env)) == 1
        assert survivor.poll() is None
        third = subprocess.run(argv, env=desktop_env, capture_output=True, text=True, timeout=30)
        assert third.returncode == 0 and "already running" in third.stderr
        assert len(app_windows(desktop_env)) == 1
    finally:
        for process in (first, second):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            process.communicate(timeout=10)
    db = sqlite3.connect(data / "finish-strong.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        db.close()
