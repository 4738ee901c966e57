"""A JSON import checks every value it would write: settings types, number and date ranges,
invalid characters, caps — refused with one line naming the field, and nothing changes.
What it accepts never makes a window fail to open (tests/gui/test_hostile_text.py opens them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.one_line import LINE_BREAKS
from desktop_app.domain.validation import MAX_INTERVIEWERS
from desktop_app.mail.message import build_message
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.interchange import export_json, import_json
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.mail_settings import load_account
from desktop_app.store.models import Interview, Person
from desktop_app.store.settings_store import all_settings

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
def small(make_interview) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from desktop_app.domain.model import Person as P

    save_interview(make_interview(company="Existing", interviewers=[P("Dana Reyes", email="dana@example.com")]))
    return json.loads(export_json())


Mutate = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutate:
    """`settings/mail_account` → doc["settings"]["mail_account"] = value (numbers index lists)."""
    keys = [int(k) if k.isdigit() else k for k in path.split("/")]

    def mutate(doc: dict[str, Any]) -> None:
        target = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return mutate


HOSTILE: dict[str, tuple[Mutate, str]] = {
    "host is a list": (_set("settings/mail_account", {"host": ["smtp.example.com"], "port": 587}),
                       "“host” must be text"),
    "port is a string": (_set("settings/mail_account", {"host": "smtp.example.com", "port": "587"}), "“port”"),
    "port out of range": (_set("settings/mail_account", {"host": "smtp.example.com", "port": 70000}), "“port”"),
    "timeout NaN": (_set("settings/mail_account", {"timeout": float("nan")}), "not a usable number"),
    "security unknown": (_set("settings/mail_account", {"security": "tls13"}), "“security”"),
    "host with a line break": (_set("settings/mail_account", {"host": "smtp\r\nexample"}), "one line"),
    "templates not a list": (_set("settings/email_templates", {"name": "x"}), "email_templates"),
    "template body a number": (_set("settings/email_templates", [{"name": "a", "subject": "b", "body": 3}]),
                               "“body” must be text"),
    "my addresses a string": (_set("settings/my_addresses", "me@example.com"), "my_addresses"),
    "return address a dict": (_set("settings/return_address", {"a": 1}), "return_address"),
    "plan minutes a string": (_set("settings/plan_rules", {"notes_due_minutes": "60"}), "notes_due_minutes"),
    "plan minutes 1e30": (_set("settings/plan_rules", {"notes_due_minutes": 10**30}), "far too large"),
    "plan minutes 10 million years": (_set("settings/plan_rules", {"email_due_minutes": 5 * 10**12}),
                                      "email_due_minutes"),
    "paused until year 1": (_set("settings/reminders_paused_until", "0001-01-01T00:00:00+00:00"), "year 1;"),
    "tray hint a string": (_set("settings/tray_hint_shown", "yes"), "true or false"),
    "sequence 10^30": (_set("interviews/0/invitation", {"uid": "x@example.com", "sequence": 10**30}),
                       "far too large"),
    "sequence 2^40": (_set("interviews/0/invitation", {"uid": "x@example.com", "sequence": 2**40}), "far too large"),
    "start in year 1": (_set("interviews/0/start", "0001-01-01T09:00:00+00:00"), "year 1;"),
    "end in year 9999": (_set("interviews/0/end", "9999-12-31T23:00:00+00:00"), "year 9999"),
    "done in year 9999": (_set("interviews/0/follow_ups/0/done_at", "9999-12-31T23:59:59+14:00"), "year 9999"),
    "lone surrogate in a company": (_set("interviews/0/company", "Acme \ud800 Corp"), "lone UTF-16 surrogate"),
    "lone surrogate in a setting": (_set("settings/return_address", "\udfff"), "return_address"),
    "thousands of interviewers": (lambda doc: doc["interviews"][0].__setitem__(
        "interviewers", [{"person": doc["people"][0]["id"], "talked_about": ""}] * 5000), "5,000 interviewers"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_value_is_refused_in_one_line_naming_the_field(small: dict[str, Any], case: str) -> None:
    mutate, expected = HOSTILE[case]
    doc = json.loads(json.dumps(small))
    mutate(doc)
    before = export_json()
    with pytest.raises(ImportFormatError) as caught:
        import_json(json.dumps(doc))
    message = str(caught.value)
    assert expected in message and len(message.splitlines()) == 1 and len(message) < 300
    assert export_json() == before  # nothing changed


@pytest.mark.parametrize("case", ["sequence 10^30", "start in year 1", "lone surrogate in a company",
                                  "host is a list"])
def test_the_cli_refuses_with_one_line_and_no_traceback(small: dict[str, Any], tmp_path: Path, case: str) -> None:
    mutate, expected = HOSTILE[case]
    doc = json.loads(json.dumps(small))
    mutate(doc)
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(doc), encoding="utf-8")  # ensure_ascii: the surrogate stays an escape
    env = dict(os.environ, PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    result = subprocess.run([sys.executable, "-m", "desktop_app", "import", str(source), "--data-dir",
                             str(tmp_path / "cli-data")], capture_output=True, text=True, encoding="utf-8",
                            env=env, cwd=REPO, timeout=60, check=False)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert expected in result.stderr


def test_the_widest_accepted_values_import_and_load(small: dict[str, Any]) -> None:
    doc = json.loads(json.dumps(small))
    doc["settings"]["mail_account"] = {"host": "smtp.example.com", "port": 65535, "security": "ssl",
                                       "timeout": 600, "user": "", "sender": "me@example.com"}
    doc["settings"]["plan_rules"] = {"notes_due_minutes": 1000, "notes_remind_minutes": 0}
    doc["interviews"][0]["start"] = "2200-12-31T09:00:00+00:00"
    doc["interviews"][0]["end"] = "2200-12-31T10:00:00+00:00"
    doc["interviews"][0]["follow_ups"] = []  # the plan is made from the new times, without overflow
    doc["interviews"][0]["invitation"] = {"uid": "x@example.com", "sequence": 2**31 - 1}
    import_json(json.dumps(doc))
    assert load_account().port == 65535 and all_settings()["plan_rules"]["notes_due_minutes"] == 1000


def test_line_breaks_of_every_kind_are_folded_in_one_line_fields(small: dict[str, Any]) -> None:
    doc = json.loads(json.dumps(small))
    hostile = "Acme" + "".join(f"{c}x" for c in LINE_BREAKS) + "\r\nBcc: spy@example.com"
    doc["interviews"][0]["company"] = hostile
    doc["interviews"][0]["role"] = "Engineer\u2028Bcc: spy@example.com"
    doc["people"][0]["name"] = "Dana\x85Reyes\r\nBcc: spy@example.com"
    import_json(json.dumps(doc))
    row = Interview.get()
    for text in (row.company, row.role, Person.get().name):
        assert len(text.splitlines()) == 1 and "Bcc: spy" in text  # kept as text, on one line
    interview = load_interview(row.id)
    person = interview.interviewers[0]
    message = build_message("me@example.com", person.name, [f"{person.name} <{person.email}>"],
                            f"Thank you — {interview.role} at {interview.company}", "Thanks!", row.start_at)
    raw = bytes(message).decode()
    assert "\nBcc:" not in raw and message["Bcc"] is None  # no header injected, and Send can build it


def test_line_breaks_typed_in_the_form_are_folded_too(make_interview) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.model import Person as P

    interview_id = save_interview(make_interview(company="Acme\u2029Corp", role="Dev\rOps",
                                                 interviewers=[P("Lee\u000bKim")]))
    stored = load_interview(interview_id)
    assert (stored.company, stored.role, stored.interviewers[0].name) == ("Acme Corp", "Dev Ops", "Lee Kim")


def test_the_interviewer_cap_is_a_clear_message_in_the_form(make_interview) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.model import Person as P
    from desktop_app.domain.validation import validate_interview

    problems = validate_interview(make_interview(interviewers=[P(f"P{n}") for n in range(MAX_INTERVIEWERS + 1)]))
    assert [p.message for p in problems] == [f"{MAX_INTERVIEWERS + 1} interviewers is too many: at most "
                                             f"{MAX_INTERVIEWERS} per interview."]


def _invitation(attendees: int, sequence: int = 0) -> str:
    people = "".join(f"ATTENDEE;CN=Person {n}:mailto:p{n}@lists.example.com\r\n" for n in range(attendees))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:all-hands@example.com\r\nSEQUENCE:{sequence}\r\nDTSTAMP:20260301T120000Z\r\n"
            "DTSTART:20260304T150000Z\r\nDTEND:20260304T160000Z\r\nSUMMARY:Interview: Engineer at Acme\r\n"
            f"ORGANIZER;CN=Dana:mailto:dana@acme.example\r\n{people}END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_an_invitation_to_thousands_keeps_the_first_attendees_and_lists_the_rest_as_skipped() -> None:
    from desktop_app.store.ics_import import apply_import, describe, plan_import
    from desktop_app.store.ics_reader import parse_invitation

    items = plan_import(parse_invitation(_invitation(3000), "UTC"), [])
    assert len(items[0].interview.interviewers) == MAX_INTERVIEWERS
    note = str(items[0].event.notes[-1])
    assert note.startswith(f"Skipped {3000 - MAX_INTERVIEWERS:,} attendees (at most {MAX_INTERVIEWERS} ")
    assert "Person 50, Person 51" in note and "and 2,940 more." in note and len(note) < 400
    apply_import(items)
    assert Person.select().count() == MAX_INTERVIEWERS
    assert note in describe(items[0])  # the CLI prints it; the import dialog shows it as a note
    again = plan_import(parse_invitation(_invitation(3000, sequence=1), "UTC"), [])  # an update: no room left
    assert len(again[0].interview.interviewers) == MAX_INTERVIEWERS


def test_a_file_that_changes_the_mail_server_says_which_settings_and_needs_consent(
        small: dict[str, Any], tmp_path: Path) -> None:
    from desktop_app.store.errors import MailSettingsChangeError
    from desktop_app.store.mail_settings import MailAccount, save_account

    save_account(MailAccount(host="smtp.mine.example", port=587, user="me", sender="me@mine.example"))
    doc = json.loads(json.dumps(small))
    doc["settings"]["mail_account"] = {"host": "smtp.elsewhere.example", "port": 25, "security": "starttls",
                                       "user": "me", "sender": "me@mine.example", "ca_file": "/tmp/their-ca.pem"}
    before = export_json()
    with pytest.raises(MailSettingsChangeError) as caught:
        import_json(json.dumps(doc))
    assert caught.value.changes == ["host: “smtp.mine.example” → “smtp.elsewhere.example”", "port: “587” → “25”",
                                    "ca_file: “” → “/tmp/their-ca.pem”"]
    assert len(str(caught.value).splitlines()) == 1 and export_json() == before
    import_json(json.dumps(doc), replace_settings=True)
    assert load_account().host == "smtp.elsewhere.example"
    import_json(json.dumps(doc))  # the same settings again: nothing changes, nothing to ask


def test_the_cli_needs_replace_settings_to_change_the_mail_server(small: dict[str, Any], tmp_path: Path) -> None:
    from desktop_app.store.database import close_database, open_database
    from desktop_app.store.mail_settings import MailAccount, save_account

    close_database()
    open_database(tmp_path / "cli-data" / "finish-strong.sqlite3", tmp_path / "cli-data" / "backups")
    save_account(MailAccount(host="smtp.mine.example", sender="me@example.com"))  # the CLI's folder has one
    close_database()
    doc = json.loads(json.dumps(small))
    doc["settings"]["mail_account"] = {"host": "smtp.elsewhere.example", "sender": "me@example.com"}
    source = tmp_path / "with-mail.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", "import", str(source), *extra, "--data-dir",
                               str(tmp_path / "cli-data")], capture_output=True, text=True, encoding="utf-8",
                              env=env, cwd=REPO, timeout=60, check=False)

    refused = run()
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "smtp.elsewhere.example" in refused.stderr and "--replace-settings" in refused.stderr
    accepted = run("--replace-settings")
    assert accepted.returncode == 0, accepted.stderr
    assert "Imported 1 interviews" in accepted.stdout
