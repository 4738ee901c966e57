"""One Finish Strong per data folder, as real processes: a second start hands over and exits 0."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.crash_log import LOG_NAME
from desktop_app.paths import database_path

REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))


def start(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, cwd=REPO)


def log_text(data: Path) -> str:
    path = data / "logs" / LOG_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for(condition, seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    process.communicate(timeout=10)


def assert_intact(data: Path) -> None:
    db = sqlite3.connect(database_path(data))
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        db.close()


def test_two_starts_at_once_give_one_window_and_the_second_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first, second = start(data), start(data)
    try:
        wait_for(lambda: first.poll() is not None or second.poll() is not None)
        survivor, leaver = (second, first) if first.poll() is not None else (first, second)
        _, err = leaver.communicate(timeout=10)
        assert leaver.returncode == 0, err
        assert "already running" in err
        wait_for(lambda: "brought forward by a second start" in log_text(data))
        assert survivor.poll() is None  # exactly one instance (one main window) is left
        assert log_text(data).count("brought forward") == 1
    finally:
        stop(first)
        stop(second)
    assert_intact(data)


def test_a_crashed_instance_does_not_block_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    crashed = start(data)
    wait_for(lambda: "daily backup taken" in log_text(data))  # painted, listening, backed up
    crashed.send_signal(signal.SIGKILL)  # leaves its lock file and its socket behind
    crashed.communicate(timeout=10)
    assert (data / "finish-strong.lock").exists()

    owner = start(data)
    try:
        time.sleep(1.5)  # its first paint, then it listens on the name the crashed one left
        assert owner.poll() is None, owner.communicate()[1]  # it took over the stale lock
        assert (data / "finish-strong.lock").stat().st_mode & 0o777 == 0o600
        assert "could not listen" not in log_text(data)  # the stale socket was removed
        third = start(data, "--quit-after-startup")
        _, err = third.communicate(timeout=30)
        assert third.returncode == 0 and "already running" in err
        wait_for(lambda: "brought forward by a second start" in log_text(data))
    finally:
        stop(owner)
    assert_intact(data)


def test_two_data_folders_are_two_instances(tmp_path: Path) -> None:
    one = start(tmp_path / "one")
    try:
        wait_for(lambda: "daily backup taken" in log_text(tmp_path / "one"))
        other = start(tmp_path / "two", "--quit-after-startup")
        _, err = other.communicate(timeout=30)
        assert other.returncode == 0 and "already running" not in err
        assert (tmp_path / "two" / "finish-strong.sqlite3").exists()
    finally:
        stop(one)


def test_everything_the_app_writes_is_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = start(data)
    try:
        wait_for(lambda: "daily backup taken" in log_text(data))
    finally:
        stop(app)
    written = list(data.rglob("*"))
    assert {p.name for p in written} >= {"finish-strong.sqlite3", "backups", "logs", "finish-strong.log",
                                        "finish-strong.lock"}
    assert data.stat().st_mode & 0o777 == 0o700
    for path in written:
        assert path.stat().st_mode & 0o777 == (0o700 if path.is_dir() else 0o600), path


def test_a_garbage_database_is_refused_untouched_when_no_one_can_be_asked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    garbage = b"these are not the droids " * 400
    database_path(data).write_bytes(garbage)
    app = start(data, "--quit-after-startup")
    _, err = app.communicate(timeout=30)
    assert app.returncode == 1 and "cannot be read" in err
    assert database_path(data).read_bytes() == garbage
    assert not list(data.glob("*.damaged-*"))


def test_a_damaged_file_at_start_is_kept_aside_and_the_newest_backup_restored(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), "demo", "--interviews", "3"],
                   env=ENV, cwd=REPO, check=True, capture_output=True)
    (data / "backups").mkdir(mode=0o700, exist_ok=True)
    db = sqlite3.connect(database_path(data))
    db.execute("VACUUM INTO ?", (str(data / "backups" / "finish-strong-20260101T000000Z-daily.sqlite3"),))
    db.close()
    garbage = b"\x00garbage\xff" * 2000
    database_path(data).write_bytes(garbage)
    child = subprocess.run([sys.executable, str(Path(__file__).with_name("recovery_child.py")), str(data), "restore"],
                           env=ENV, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr
    assert "cannot be read" in child.stdout and "newest good backup is from" in child.stdout
    assert "3 interviews" in child.stdout  # the backup offered, with its counts
    assert "windows: 1" in child.stdout
    (kept,) = data.glob("finish-strong.damaged-*.sqlite3")
    assert kept.read_bytes() == garbage and str(kept) in child.stdout
    db = sqlite3.connect(database_path(data))
    try:
        assert db.execute("SELECT count(*) FROM interview").fetchone() == (3,)
    finally:
        db.close()
