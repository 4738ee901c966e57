"""`finish-strong password set|forget smtp|imap` against the real Secret Service (gnome-keyring
on the suite's private D-Bus): the password read from standard input is what the app finds later."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .test_mail_keyring import read_in_another_process, secret_service  # noqa: F401 (fixture)

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def _cli(env: dict[str, str], data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    child = dict(env, PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring", PYTHONPATH=str(ROOT),
                 QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args], input=stdin,
                          env=child, capture_output=True, text=True, timeout=60, check=False)


def test_set_shared_imap_login_and_forget(secret_service: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    data = tmp_path / "data"
    for key, value in (("smtp.host", "smtp.example.com"), ("smtp.user", "zoe"), ("imap.host", "imap.example.com")):
        assert _cli(secret_service, data, "settings", "set", key, value).returncode == 0
    result = _cli(secret_service, data, "password", "set", "smtp", stdin="Fïrst ✓ secret\nsecond line ignored\n")
    assert result.returncode == 0, result.stderr
    assert "Fïrst" not in result.stdout + result.stderr
    assert read_in_another_process(secret_service, "zoe@smtp.example.com") == "Fïrst ✓ secret"
    # IMAP uses the SMTP login by default: setting its password replaces the one shared entry.
    assert _cli(secret_service, data, "password", "set", "imap", stdin="shared\n").returncode == 0
    assert read_in_another_process(secret_service, "zoe@smtp.example.com") == "shared"
    # Its own login: its own entry, the SMTP one untouched.
    for key, value in (("imap.use_smtp_login", "false"), ("imap.user", "zoe.imap")):
        assert _cli(secret_service, data, "settings", "set", key, value).returncode == 0
    assert _cli(secret_service, data, "password", "set", "imap", stdin="imap-only\n").returncode == 0
    assert read_in_another_process(secret_service, "zoe.imap@imap.example.com") == "imap-only"
    assert read_in_another_process(secret_service, "zoe@smtp.example.com") == "shared"
    forget = _cli(secret_service, data, "password", "forget", "smtp")
    assert forget.returncode == 0, forget.stderr
    assert read_in_another_process(secret_service, "zoe@smtp.example.com") is None
    assert read_in_another_process(secret_service, "zoe.imap@imap.example.com") == "imap-only"
    leaks = [p for p in data.rglob("*") if p.is_file() and b"imap-only" in p.read_bytes()]
    assert leaks == []


def test_password_set_caldav_is_what_finish_strong_sync_logs_in_with(
    secret_service: dict[str, str], tmp_path: Path  # noqa: F811
) -> None:
    """The whole route: settings, `password set caldav` into the keyring, `sync` against Radicale."""
    import json

    from tests.caldav_servers import PASSWORD, USER, CalDAVServer

    server = CalDAVServer("radicale", tmp_path / "radicale").start()
    try:
        data = tmp_path / "data"
        assert _cli(secret_service, data, "demo", "--interviews", "2").returncode == 0
        for key, value in (("caldav.url", server.root_url), ("caldav.user", USER),
                           ("caldav.calendar", server.root_url + f"{USER}/finish-strong/")):
            assert _cli(secret_service, data, "settings", "set", key, value).returncode == 0
        refused = _cli(secret_service, data, "sync", "--json")  # no password yet
        assert refused.returncode == 1 and json.loads(refused.stdout)["error"]["kind"] == "authentication"
        stored = _cli(secret_service, data, "password", "set", "caldav", stdin=PASSWORD + "\n")
        assert stored.returncode == 0, stored.stderr
        assert read_in_another_process(secret_service, f"{USER}@caldav/127.0.0.1:{server.port}") == PASSWORD
        from desktop_app.sync.connect import create_calendar, open_client

        client = open_client(server.root_url, USER, PASSWORD)
        try:
            # Radicale starts empty: "Create Finish Strong" makes the calendar at the URL set above.
            made = create_calendar(client, server.root_url)
        finally:
            client.close()
        assert made.url == server.root_url + f"{USER}/finish-strong/"
        synced = _cli(secret_service, data, "sync", "--json")
        assert synced.returncode == 0, synced.stdout + synced.stderr
        assert json.loads(synced.stdout)["up"]["created"] > 2
        leaks = [p for p in data.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]
        assert leaks == []
    finally:
        server.stop()
