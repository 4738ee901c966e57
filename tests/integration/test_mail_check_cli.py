"""`finish-strong mail check [--json]` as a user runs it: settings and password set with the CLI
(password in the real Secret Service), a real Dovecot, one JSON object per finding."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.model import Person
from desktop_app.store.database import close_database, open_database
from desktop_app.store.email_store import SentMessage, record_sent
from desktop_app.store.interviews import load_interview, save_interview
from tests.imap_server import PASSWORD, USER, ImapServer, dsn, mail
from tests.unit.conftest import build_interview

from .test_imap_radar import DANA
from .test_mail_keyring import secret_service  # noqa: F401 (fixture)

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def _cli(env: dict[str, str], data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    child = dict(env, PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring", PYTHONPATH=str(ROOT),
                 QT_QPA_PLATFORM="offscreen", TZ="UTC")
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args], input=stdin,
                          env=child, capture_output=True, text=True, timeout=120, check=False)


def test_mail_check_json_lines_and_failure_kind(secret_service: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    data = tmp_path / "data"
    open_database(data / "finish-strong.sqlite3", data / "backups")
    try:
        start = (datetime.now(UTC) - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
        interview_id = save_interview(build_interview(company="Northwind <b>Analytics</b>", start=start, zone="UTC",
                                                      interviewers=[Person("Dana Whitfield", email=DANA)]))
        dana = load_interview(interview_id).interviewers[0].id
        assert dana is not None
        sent_id = "<thanks-1@home.example>"
        record_sent(interview_id, dana, SentMessage(dana, datetime.now(UTC) - timedelta(hours=1), sent_id, DANA,
                                                    "Thank you, Dana", "Dear Dana,\nthank you.\n", "smtp"))
        interview_uid = load_interview(interview_id).uid
    finally:
        close_database()
    with ImapServer(tmp_path) as server:
        account = server.account()
        for key, value in (("imap.host", "127.0.0.1"), ("imap.port", str(account.port)), ("imap.user", USER),
                           ("imap.use_smtp_login", "false"), ("imap.ca_file", account.ca_file),
                           ("smtp.sender", "alex@home.example")):
            assert _cli(secret_service, data, "settings", "set", key, value).returncode == 0
        missing = _cli(secret_service, data, "mail", "check")
        assert missing.returncode == 1 and "(configuration)" in missing.stderr
        assert _cli(secret_service, data, "password", "set", "imap", stdin=PASSWORD + "\n").returncode == 0
        server.deliver(mail(f"Dana <{DANA}>", "Re: Thank you, Dana", In_Reply_To=sent_id))
        result = _cli(secret_service, data, "mail", "check", "--json")
        assert result.returncode == 0, result.stderr
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert [(x["kind"], x["person"]) for x in lines] == [("filed_sent", "Dana Whitfield"),
                                                              ("reply", "Dana Whitfield")]
        reply = lines[1]
        assert reply["interview"] == interview_uid and reply["company"] == "Northwind <b>Analytics</b>"
        assert reply["subject"] == "Re: Thank you, Dana" and reply["message_id"].startswith("<")
        assert reply["follow_up"] and datetime.fromisoformat(reply["received_at"]).tzinfo is not None
        assert set(reply) >= {"kind", "interview", "company", "person", "follow_up", "message_id", "received_at",
                              "subject"}
        server.deliver(dsn(sent_id, DANA))
        text = _cli(secret_service, data, "mail", "check")
        assert text.returncode == 0, text.stderr
        assert text.stdout.startswith("Bounced: Dana Whitfield, Northwind <b>Analytics</b>")
        assert "550 5.1.1" in text.stdout and len(text.stdout.splitlines()) == 1
        assert _cli(secret_service, data, "mail", "check").stdout == ""  # nothing new
        assert _cli(secret_service, data, "password", "set", "imap", stdin="wrong\n").returncode == 0
        wrong = _cli(secret_service, data, "mail", "check", "--json")
        assert wrong.returncode == 1 and wrong.stdout == ""
        assert wrong.stderr.startswith("finish-strong: mail check failed (authentication)")
        assert len(wrong.stderr.splitlines()) == 1
