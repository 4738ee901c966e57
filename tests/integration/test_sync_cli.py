"""`finish-strong sync [--json]` and `sync --find` as a user runs them, against a real Xandikos server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.caldav_servers import USER, CalDAVServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[CalDAVServer]:
    started = CalDAVServer("xandikos", tmp_path / "xandikos").start()  # no password: no keyring needed
    yield started
    started.stop()


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def test_sync_from_the_command_line_reports_up_and_down_and_then_nothing(server: CalDAVServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "demo", "--interviews", "3").returncode == 0
    assert cli(data, "settings", "set", "caldav.url", server.root_url).returncode == 0
    assert cli(data, "settings", "set", "caldav.user", USER).returncode == 0
    found = cli(data, "sync", "--find", "--json")
    assert found.returncode == 0, found.stderr
    calendars = json.loads(found.stdout)
    chosen = next(c["url"] for c in calendars if "VTODO" in c["components"])
    assert cli(data, "settings", "set", "caldav.calendar", chosen).returncode == 0
    first = cli(data, "sync", "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["ok"] and report["up"]["created"] > 3 and report["queued"] == 0
    again = cli(data, "sync")
    assert again.returncode == 0
    assert "Up: 0 created, 0 updated, 0 deleted." in again.stdout and "1 request(s), 0 write(s)" in again.stdout


def test_sync_with_the_server_gone_says_unreachable_and_keeps_the_queue(server: CalDAVServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "demo", "--interviews", "2").returncode == 0
    calendar = server.root_url + f"{USER}/calendars/calendar/"
    for key, value in (("caldav.url", server.root_url), ("caldav.calendar", calendar)):
        assert cli(data, "settings", "set", key, value).returncode == 0
    server.stop()
    failed = cli(data, "sync", "--json")
    assert failed.returncode == 1
    report = json.loads(failed.stdout)
    assert report["error"]["kind"] == "unreachable" and report["queued"] == 2


def test_sync_without_an_account_is_a_configuration_error(tmp_path: Path) -> None:
    failed = cli(tmp_path / "data", "sync")
    assert failed.returncode == 1
    assert "(not set up)" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://calendar.example.com/", "<b>x</b> ☃", "https://"])
def test_a_url_that_is_no_server_is_a_configuration_error(tmp_path: Path, url: str) -> None:
    data = tmp_path / "data"
    for key, value in (("caldav.url", url), ("caldav.calendar", "https://calendar.example.com/cal/")):
        assert cli(data, "settings", "set", key, value).returncode == 0
    failed = cli(data, "sync", "--json")
    assert failed.returncode == 1 and json.loads(failed.stdout)["error"]["kind"] == "configuration"


def test_an_interview_deleted_on_another_computer_is_said_in_the_users_language(
    server: CalDAVServer, tmp_path: Path
) -> None:
    from desktop_app.store.database import close_database, open_database
    from desktop_app.store.interviews import delete_interview
    from desktop_app.store.models import Interview

    first, second = tmp_path / "first", tmp_path / "second"
    calendar = server.root_url + f"{USER}/calendars/calendar/"
    assert cli(first, "demo", "--interviews", "2").returncode == 0
    for data in (first, second):
        for key, value in (("caldav.url", server.root_url), ("caldav.calendar", calendar)):
            assert cli(data, "settings", "set", key, value).returncode == 0
        assert cli(data, "sync").returncode == 0
    open_database(first / "finish-strong.sqlite3", first / "backups")
    try:
        delete_interview(Interview.select().order_by(Interview.id).first().id)
    finally:
        close_database()
    assert cli(first, "sync").returncode == 0
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", LANGUAGE="de", LC_ALL="de_DE.UTF-8")
    german = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(second), "sync"],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert german.returncode == 0, german.stderr
    assert "1 Gespräch(e) auf einem anderen Computer gelöscht, hier im Papierkorb." in german.stdout
    again = cli(second, "sync", "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["down"]["deleted"] == 0
    assert "deleted on another computer" not in cli(second, "sync").stdout
