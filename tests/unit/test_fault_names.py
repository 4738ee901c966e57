"""A healthy database is never called damaged: a lock held by another process or a folder that
cannot be written is reported as what it is — by the store, the CLI and the GUI start-up —
and the file is left exactly as it was (never moved aside, never offered for "start empty")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.store import database
from desktop_app.store.database import close_database, open_database, quick_check
from desktop_app.store.errors import DatabaseUnavailableError, UnreadableDatabaseError
from desktop_app.store.faults import FaultKind
from desktop_app.store.interviews import save_interview
from tests.fs_faults import immutable, locked_by_another_process

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def healthy(tmp_path: Path, make_interview) -> Path:  # type: ignore[no-untyped-def]
    """A data folder with a healthy database holding one interview, cleanly closed."""
    data = tmp_path / "data"
    open_database(data / "finish-strong.sqlite3", data / "backups")
    save_interview(make_interview(company="Northwind Analytics"))
    close_database()
    return data


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, *args, str(data)], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=120, check=False)


def test_a_database_locked_by_another_process_is_busy_not_damaged(healthy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    live = healthy / "finish-strong.sqlite3"
    before = _files(healthy)
    with locked_by_another_process(live):
        with pytest.raises(DatabaseUnavailableError) as caught:
            open_database(live, healthy / "backups")
        assert quick_check(live)  # a lock says nothing about damage
    assert not isinstance(caught.value, UnreadableDatabaseError)
    assert caught.value.kind is FaultKind.BUSY
    assert "in use by another program" in str(caught.value) and "damaged" not in str(caught.value)
    assert _files(healthy) == before  # nothing moved aside, nothing written


def test_a_read_only_data_folder_is_read_only_not_damaged(healthy: Path) -> None:
    live = healthy / "finish-strong.sqlite3"
    before = _files(healthy)
    with immutable(healthy):
        with pytest.raises(DatabaseUnavailableError) as caught:
            open_database(live, healthy / "backups")
        assert quick_check(live)
    assert caught.value.kind is FaultKind.READ_ONLY
    assert "cannot be written to" in str(caught.value)
    assert _files(healthy) == before


def test_garbage_is_still_damaged(tmp_path: Path) -> None:
    live = tmp_path / "finish-strong.sqlite3"
    live.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(UnreadableDatabaseError):
        open_database(live, tmp_path / "backups")
    assert not quick_check(live)


def test_the_cli_says_locked_and_leaves_the_file(healthy: Path) -> None:
    live = healthy / "finish-strong.sqlite3"
    before = _files(healthy)
    with locked_by_another_process(live):
        result = _run("-m", "desktop_app", "due", "--data-dir", data=healthy)
    assert result.returncode == 1
    assert "in use by another program" in result.stderr and "damaged" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _files(healthy) == before


def test_the_cli_says_read_only_and_leaves_the_file(healthy: Path) -> None:
    before = _files(healthy)
    with immutable(healthy):
        result = _run("-m", "desktop_app", "due", "--data-dir", data=healthy)
    assert result.returncode == 1
    assert "cannot be written to" in result.stderr and "damaged" not in result.stderr
    assert _files(healthy) == before


@pytest.mark.parametrize("fault", ["locked", "read-only"])
def test_the_gui_start_reports_the_fault_and_never_offers_recovery(healthy: Path, fault: str) -> None:
    live = healthy / "finish-strong.sqlite3"
    before = _files(healthy)
    child = str(REPO / "tests" / "gui" / "startup_fault_child.py")
    context = locked_by_another_process(live) if fault == "locked" else immutable(healthy)
    with context:
        result = _run(child, data=healthy)
    prompts = [line for line in result.stdout.splitlines() if line.startswith("prompt:")]
    assert len(prompts) == 1, result.stdout + result.stderr
    assert "RecoveryPrompt" not in prompts[0] and "empty" not in prompts[0]
    assert ("in use by another program" if fault == "locked" else "cannot be written to") in prompts[0]
    assert "window shown" not in result.stdout
    assert {k: v for k, v in _files(healthy).items() if k != "finish-strong.lock"} == {
        k: v for k, v in before.items() if k != "finish-strong.lock"}
