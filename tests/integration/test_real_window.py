"""The app starts for real on an X server, the way a double-click starts it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def run_app(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], env=env, capture_output=True, text=True, timeout=timeout,
    )


def test_quit_after_startup_paints_the_window_and_exits_cleanly(desktop_env, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_app(desktop_env, "--data-dir", str(data), "demo", "--interviews", "50").returncode == 0
    result = run_app(desktop_env, "--data-dir", str(data), "--quit-after-startup")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt warnings, no tracebacks on a real display
    assert oct((data / "finish-strong.sqlite3").stat().st_mode & 0o777) == "0o600"


def test_a_database_from_a_newer_version_is_refused_and_left_alone(desktop_env, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "finish-strong.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE future (x)")
        connection.execute("PRAGMA user_version = 99")
    before = db.read_bytes()
    result = run_app(desktop_env, "--data-dir", str(data), "--quit-after-startup")
    assert result.returncode == 1
    assert "newer version of Finish Strong" in result.stderr and "99" in result.stderr
    assert db.read_bytes() == before


def test_data_dir_comes_from_the_environment(desktop_env, tmp_path: Path) -> None:
    data = tmp_path / "env-data"
    env = dict(desktop_env, FINISH_STRONG_DATA_DIR=str(data))
    result = run_app(env, "--quit-after-startup")
    assert result.returncode == 0, result.stderr
    assert (data / "finish-strong.sqlite3").exists()
    assert oct(data.stat().st_mode & 0o777) == "0o700"
