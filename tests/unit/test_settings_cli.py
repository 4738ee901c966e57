"""`finish-strong settings list|get|set` and `password set|forget`, run as a user would."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from desktop_app.domain.plan import PlanRules
from desktop_app.store.imap_settings import ImapAccount, ReplyRadar
from desktop_app.store.mail_settings import MailAccount
from desktop_app.store.settings_keys import SETTINGS
from desktop_app.store.sync_settings import SyncAccount

from . import test_cli
from .test_cli import Run, ok

run = test_cli.run  # the CLI fixture: a private data dir per test

FAIL_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def test_the_table_defaults_are_the_dataclass_defaults() -> None:
    """A key's documented default is what the app uses when nothing is stored."""
    rows = {"mail_account": MailAccount(), "imap_account": ImapAccount(), "reply_radar": ReplyRadar(),
            "plan_rules": PlanRules(), "sync_account": SyncAccount()}
    for key in SETTINGS:
        if key.row in rows:
            assert dataclasses.asdict(rows[key.row])[key.field] == key.default, key.name  # type: ignore[arg-type]


def test_every_key_is_documented() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "SETTINGS.md").read_text(encoding="utf-8")
    missing = [key.name for key in SETTINGS if f"`{key.name}`" not in text]
    assert missing == []


def test_set_then_get_and_list_show_the_value(run: Run) -> None:
    ok(run("settings", "set", "smtp.host", "mail.example.com"))
    ok(run("settings", "set", "imap.port", "1993"))
    ok(run("settings", "set", "imap.use_smtp_login", "no"))
    ok(run("settings", "set", "my_addresses", "alex@example.com, Alex.Kim@example.org"))
    ok(run("settings", "set", "cards.return_address", "Alex Kim\n1 Main St\nSpringfield"))
    assert ok(run("settings", "get", "smtp.host")).stdout == "mail.example.com\n"
    assert ok(run("settings", "get", "imap.use_smtp_login")).stdout == "false\n"
    assert ok(run("settings", "get", "cards.return_address")).stdout == "Alex Kim\n1 Main St\nSpringfield\n"
    listing = ok(run("settings", "list")).stdout.splitlines()
    assert "imap.port = 1993" in listing
    assert "smtp.port = 587" in listing  # untouched: the default
    assert 'cards.return_address = "Alex Kim\\n1 Main St\\nSpringfield"' in listing
    assert len(listing) == len(SETTINGS)  # one line per setting, even with multi-line values
    values = json.loads(ok(run("settings", "list", "--json")).stdout)
    assert values["my_addresses"] == ["alex@example.com", "Alex.Kim@example.org"]
    assert values["imap.use_smtp_login"] is False
    assert values["smtp.security"] == "starttls"


@pytest.mark.parametrize(("key", "value"), [
    ("smtp.port", "0"), ("smtp.port", "seven"), ("smtp.port", "99999"), ("smtp.security", "plain"),
    ("smtp.sender", "not-an-address"), ("imap.use_smtp_login", "maybe"), ("smtp.timeout", "nan"),
    ("smtp.host", "a\nb"), ("my_addresses", "alex@example.com, <b>x</b>"), ("reply.nudge_days", "0"),
    ("smtp.host", "x" * 300),
])
def test_a_bad_value_is_refused_in_one_line_and_nothing_changes(run: Run, key: str, value: str) -> None:
    before = ok(run("settings", "list", "--json")).stdout
    result = run("settings", "set", key, value)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and key in result.stderr
    assert ok(run("settings", "list", "--json")).stdout == before


def test_a_plan_whose_reminder_comes_after_its_deadline_is_refused(run: Run) -> None:
    result = run("settings", "set", "plan.email_remind_minutes", "600")
    assert result.returncode == 1 and "after its deadline" in result.stderr
    ok(run("settings", "set", "plan.email_due_minutes", "720"))
    ok(run("settings", "set", "plan.email_remind_minutes", "600"))
    assert ok(run("settings", "get", "plan.email_remind_minutes")).stdout == "600\n"
    assert ok(run("settings", "get", "plan.card_due_minutes")).stdout == "1440\n"


def test_an_unknown_key_is_named(run: Run) -> None:
    for command in (("get", "smtp.hots"), ("set", "smtp.hots", "x")):
        result = run("settings", *command)
        assert result.returncode == 1 and "smtp.hots" in result.stderr and "settings list" in result.stderr


def test_unicode_values_round_trip(run: Run) -> None:
    ok(run("settings", "set", "smtp.sender_name", "Zoë Ñúñez 山田"))
    assert ok(run("settings", "get", "smtp.sender_name")).stdout == "Zoë Ñúñez 山田\n"


def test_password_needs_the_account_first(run: Run) -> None:
    result = run("password", "set", "imap", stdin="secret\n", env=FAIL_KEYRING)
    assert result.returncode == 1 and "imap.host" in result.stderr
    assert "secret" not in result.stdout + result.stderr


def test_password_without_a_keyring_is_refused_and_never_echoed(run: Run, tmp_path: Path) -> None:
    ok(run("settings", "set", "smtp.host", "mail.example.com"))
    ok(run("settings", "set", "smtp.user", "alex"))
    result = run("password", "set", "smtp", stdin="Pässwörd-secret\n", env=FAIL_KEYRING)
    assert result.returncode == 1 and "keyring" in result.stderr and "nothing was stored" in result.stderr
    assert "Pässwörd-secret" not in result.stdout + result.stderr
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"P\xc3\xa4ssw\xc3\xb6rd-secret" not in path.read_bytes(), path


def test_an_empty_password_is_refused(run: Run) -> None:
    ok(run("settings", "set", "smtp.host", "mail.example.com"))
    ok(run("settings", "set", "smtp.user", "alex"))
    result = run("password", "set", "smtp", stdin="", env=FAIL_KEYRING)
    assert result.returncode == 1 and "no password" in result.stderr


def test_an_unknown_account_is_a_usage_error(run: Run) -> None:
    result = run("password", "set", "ftp", stdin="x\n")
    assert result.returncode == 2 and "smtp" in result.stderr and "imap" in result.stderr
