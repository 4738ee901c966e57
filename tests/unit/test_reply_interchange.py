"""Interchange format version 4: the IMAP account (never a password), and per sent e-mail its
Sent copy and replies / auto-replies / bounces, per referral its answers; versions 1–3 still read."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.debrief import Referral
from desktop_app.domain.model import Person
from desktop_app.domain.reply_match import FindingKind, Incoming, Match
from desktop_app.store.check_in_store import check_ins_enabled, set_check_ins_enabled
from desktop_app.store.debrief_store import save_referrals
from desktop_app.store.email_store import SentMessage, record_sent
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.imap_settings import ImapAccount, save_imap_account
from desktop_app.store.interchange import FORMAT_VERSION, export_json, import_json
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.reply_store import (
    MailFinding,
    mark_filed,
    outcomes,
    outcomes_by_follow_up,
    record_finding,
    sent_records,
)

from .conftest import MakeInterview
from .test_interchange import switch_to_new_database

SENT_AT = datetime(2026, 3, 6, 18, 30, tzinfo=UTC)
NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)


def incoming(subject: str, when: datetime, sender: str = "dana@northwind.example") -> Incoming:
    return Incoming(f"<{abs(hash(subject))}@northwind.example>", sender, "Dana Ü", subject, when,
                    first_lines="Thanks <b>Alex</b>!\nTalk soon.")


@pytest.fixture
def with_findings(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> str:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana Ü", email="dana@northwind.example"),
                                                               Person("Sam", email="sam@northwind.example")]))
    dana, sam = (p.id for p in load_interview(interview_id).interviewers)
    assert dana is not None and sam is not None
    save_referrals(interview_id, [Referral(name="Pat", contact="pat@referral.example")])
    record_sent(interview_id, dana, SentMessage(dana, SENT_AT, "<t1@home.example>", "dana@northwind.example",
                                                "Thank you", "Dear Dana", "smtp"))
    record_sent(interview_id, sam, SentMessage(sam, SENT_AT, "<t2@home.example>", "sam@northwind.example",
                                               "Thank you", "Dear Sam", "smtp"))
    by_sender = {r.recipients[0]: r.sent_id for r in sent_records()}
    mark_filed(by_sender["dana@northwind.example"], "Sent Items", NOW)
    record_finding(Match(FindingKind.AUTO_REPLY, sent_id=by_sender["dana@northwind.example"],
                         out_of_office_until=date(2026, 3, 12)),
                   incoming("Out of office", datetime(2026, 3, 6, 18, 31, tzinfo=UTC)), "k1", NOW)
    record_finding(Match(FindingKind.REPLY, sent_id=by_sender["dana@northwind.example"]),
                   incoming("Re: Thank you", datetime(2026, 3, 7, 9, 0, tzinfo=UTC)), "k2", NOW)
    record_finding(Match(FindingKind.BOUNCE, sent_id=by_sender["sam@northwind.example"],
                         reason="550 5.1.1 <sam@northwind.example>: User unknown"),
                   incoming("Undelivered Mail", datetime(2026, 3, 6, 18, 32, tzinfo=UTC), "mailer@x.example"),
                   "k3", NOW)
    record_finding(Match(FindingKind.REPLY, referral_id=1), incoming("Happy to chat", NOW, "pat@referral.example"),
                   "k4", NOW)
    save_imap_account(ImapAccount(host="imap.example.com", user="alex", use_smtp_login=False))
    set_check_ins_enabled(interview_id, False, NOW)
    return export_json()


def test_v4_round_trip_is_byte_identical(with_findings: str, tmp_path: Path) -> None:
    doc = json.loads(with_findings)
    assert doc["version"] == FORMAT_VERSION == 4
    assert doc["settings"]["imap_account"]["host"] == "imap.example.com"
    assert "password" not in json.dumps(doc["settings"]).lower()
    states = {m["subject"] + m["body"]: m for m in doc["sent_emails"]}
    dana = states["Thank youDear Dana"]
    assert dana["filed_in_sent"] == "Sent Items"
    assert [f["kind"] for f in dana["findings"]] == ["auto_reply", "reply"]
    assert dana["findings"][0]["until"] == "2026-03-12"
    assert states["Thank youDear Sam"]["findings"][0]["detail"].startswith("550 5.1.1")
    assert [a["subject"] for a in doc["referral_answers"]] == ["Happy to chat"]
    assert doc["check_ins_off"] == [doc["interviews"][0]["id"]]

    switch_to_new_database(tmp_path / "other")
    import_json(with_findings)
    assert export_json() == with_findings
    import_json(with_findings)  # twice: nothing added
    assert MailFinding.select().count() == 4
    interview_id = int(MailFinding.get(MailFinding.kind == "bounce").sent_email.interview_id)
    shown = outcomes(interview_id)
    assert sorted(o.kind for o in shown.values()) == ["bounce", "reply"]  # the vacation notice did not hide it
    assert len(outcomes_by_follow_up(interview_id)) == 3  # two e-mail steps and the referral's
    assert not check_ins_enabled(interview_id)


def test_a_v3_file_still_reads(with_findings: str, tmp_path: Path) -> None:
    doc = json.loads(with_findings)
    doc["version"] = 3
    del doc["referral_answers"], doc["check_ins_off"]
    for sent in doc["sent_emails"]:
        del sent["filed_in_sent"], sent["findings"]
    switch_to_new_database(tmp_path / "other")
    import_json(json.dumps(doc))
    assert MailFinding.select().count() == 0
    again = json.loads(export_json())
    assert all(m["findings"] == [] and m["filed_in_sent"] is None for m in again["sent_emails"])


@pytest.mark.parametrize(("where", "value", "expected"), [
    ("kind", "seen", "unknown finding kind"), ("received_at", "yesterday", "ISO 8601"),
    ("received_at", "2026-03-07T09:00:00", "no UTC offset"), ("subject", "x" * 600, "too long"),
    ("subject", None, "not text"), ("until", "soon", "ISO 8601"),
])
def test_a_bad_finding_is_refused_and_nothing_is_written(with_findings: str, tmp_path: Path, where: str,
                                                         value: object, expected: str) -> None:
    doc = json.loads(with_findings)
    finding = next(m for m in doc["sent_emails"] if m["findings"])["findings"][0]
    finding[where] = value
    switch_to_new_database(tmp_path / "other")
    with pytest.raises(ImportFormatError) as caught:
        import_json(json.dumps(doc))
    assert expected in str(caught.value)
    assert MailFinding.select().count() == 0


def test_a_referral_answer_must_name_a_referral_in_the_file(with_findings: str, tmp_path: Path) -> None:
    doc = json.loads(with_findings)
    doc["referral_answers"][0]["referral"] = "nobody"
    switch_to_new_database(tmp_path / "other")
    with pytest.raises(ImportFormatError, match="names no referral"):
        import_json(json.dumps(doc))


def test_check_ins_off_must_name_interviews_of_the_file(with_findings: str, tmp_path: Path) -> None:
    doc = json.loads(with_findings)
    doc["check_ins_off"] = ["nobody"]
    switch_to_new_database(tmp_path / "other")
    with pytest.raises(ImportFormatError, match="check_ins_off"):
        import_json(json.dumps(doc))


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("imap_account", {"host": "imap example.com"}, "without spaces"),
    ("imap_account", {"port": 0}, "port number"),
    ("imap_account", {"use_smtp_login": "yes"}, "true or false"),
    ("imap_account", {"sent_folder": "Sent\nItems"}, "one line"),
    ("imap_account", "imap.example.com", "must be an object"),
    ("reply_radar", {"nudge_days": 0}, "from 1 to 90"),
    ("reply_radar", {"nudge": 1}, "true or false"),
])
def test_bad_reply_radar_settings_are_refused(with_findings: str, tmp_path: Path, key: str, value: object,
                                              expected: str) -> None:
    doc = json.loads(with_findings)
    doc["settings"][key] = value
    switch_to_new_database(tmp_path / "other")
    with pytest.raises(ImportFormatError) as caught:
        import_json(json.dumps(doc))
    assert expected in str(caught.value)
