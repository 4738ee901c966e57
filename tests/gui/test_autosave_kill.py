"""Killing the app (SIGKILL, no chance to clean up) loses at most the last second of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.paths import backups_dir, database_path
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import load_debrief

CHILD = Path(__file__).with_name("autosave_child.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("typing_seconds", [1.3, 2.6])
def test_sigkill_loses_at_most_the_last_second_of_typing(tmp_path: Path, typing_seconds: float) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, str(CHILD), str(data)], stdout=subprocess.PIPE, text=True, env=env)
    typed: list[tuple[int, float]] = []
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.startswith("ready"), first
        began = time.monotonic()
        while time.monotonic() - began < typing_seconds:
            line = child.stdout.readline()
            _, number, stamp = line.split()
            typed.append((int(number), float(stamp)))
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    open_database(database_path(data), backups_dir(data))
    try:
        saved = load_debrief(1).sections["discussed"].split()
    finally:
        close_database()
    must_have = [f"w{n}" for n, stamp in typed if stamp <= killed_at - 1.0]
    assert must_have, "the test typed for too short a time to prove anything"
    assert saved[: len(must_have)] == must_have  # every word older than one second survived, in order
    assert set(saved) <= {f"w{n}" for n, _ in typed}  # and nothing half-written or invented
