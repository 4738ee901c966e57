"""The `.eml` fallback built from a stored finding (only stored headers and first lines, 0600),
and a referral's answer ticking the open "Contact the referral" step at the answer's time."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.debrief import Referral
from desktop_app.domain.model import Person, Step
from desktop_app.domain.reply_match import FindingKind, Incoming, Match
from desktop_app.mail.answer_file import KEEP_SECONDS, answer_message, write_answer_file
from desktop_app.store.debrief_store import save_referrals
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.interviews import load_interview, save_interview
from desktop_app.store.reply_store import answer_cache_dir, record_finding, stored_answer

from .conftest import MakeInterview

NOW = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
NOTE = "Finish Strong keeps only the headers and the first lines of this message."
SUBJECT = "Re: <b>Thank you</b> — Zoë & “Ñúñez” 🎉"


def with_referral(make_interview: MakeInterview) -> tuple[int, int]:
    interview_id = save_interview(make_interview(interviewers=[Person("Dana Whitfield", email="dana@nw.example")]))
    dana = load_interview(interview_id).interviewers[0].id
    [saved] = save_referrals(interview_id, [Referral(name="Pat Jones", contact="Pat <pat@ref.example>",
                                                     suggested_by=dana)])
    assert saved.id is not None
    return interview_id, saved.id


def referral_step(interview_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in checklist(interview_id) if r.step is Step.REFERRAL)


def answer(message_id: str = "<a1@ref.example>", subject: str = SUBJECT, sender_name: str = "Pat <Jones>",
           when: datetime = NOW) -> Incoming:
    return Incoming(message_id, "pat@ref.example", sender_name, subject, when,
                    first_lines="Happy to chat <script>alert(1)</script>\nThursday works.")


def test_the_eml_holds_the_stored_headers_and_first_lines_only(db: peewee.SqliteDatabase,
                                                               make_interview: MakeInterview) -> None:
    interview_id, referral = with_referral(make_interview)
    record_finding(Match(FindingKind.REPLY, referral_id=referral), answer(), "k", NOW)
    stored = stored_answer("<a1@ref.example>")
    assert stored is not None
    parsed = message_from_bytes(answer_message(stored, NOTE), policy=policy.default)
    assert parsed["Message-ID"] == "<a1@ref.example>"
    assert parsed["Subject"] == SUBJECT  # markup and Unicode come back as typed, as data
    assert parsed["From"].addresses[0].addr_spec == "pat@ref.example"
    assert parsed["From"].addresses[0].display_name == "Pat <Jones>"
    assert parsedate_to_datetime(parsed["Date"]) == NOW
    body = parsed.get_content().replace("\r\n", "\n")  # CRLF on disk, as a mail app saves .eml
    assert body.startswith(NOTE)
    assert "Happy to chat <script>alert(1)</script>\nThursday works." in body
    assert not parsed.is_multipart()


def test_a_line_break_in_a_stored_subject_cannot_add_a_header(db: peewee.SqliteDatabase,
                                                               make_interview: MakeInterview) -> None:
    _interview_id, referral = with_referral(make_interview)
    record_finding(Match(FindingKind.REPLY, referral_id=referral),
                   answer(subject="Hi\r\nBcc: evil@x.example", sender_name=""), "k", NOW)
    stored = stored_answer("<a1@ref.example>")
    assert stored is not None
    parsed = message_from_bytes(answer_message(stored, NOTE), policy=policy.default)
    assert parsed["Bcc"] is None and parsed["Subject"] == "Hi Bcc: evil@x.example"
    assert parsed["From"] == "pat@ref.example"


def test_the_file_is_private_in_the_data_folders_cache_and_old_ones_go(db: peewee.SqliteDatabase, db_path: Path,
                                                                      make_interview: MakeInterview) -> None:
    _interview_id, referral = with_referral(make_interview)
    record_finding(Match(FindingKind.REPLY, referral_id=referral), answer(), "k", NOW)
    stored = stored_answer("<a1@ref.example>")
    assert stored is not None and stored_answer("<unknown@x>") is None
    folder = answer_cache_dir()
    assert folder == db_path.parent.resolve() / "cache" / "answers"
    first = write_answer_file(folder, stored, NOTE)
    second = write_answer_file(folder, stored, NOTE)
    assert first != second and first.parent == folder and first.suffix == ".eml"
    assert message_from_bytes(first.read_bytes())["Message-ID"] == "<a1@ref.example>"
    if sys.platform != "win32":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    old = first.stat().st_mtime - KEEP_SECONDS - 60
    os.utime(first, (old, old))
    third = write_answer_file(folder, stored, NOTE)
    assert not first.exists() and second.exists() and third.exists()


def test_a_referrals_answer_ticks_the_open_referral_step_at_its_time(db: peewee.SqliteDatabase,
                                                                   make_interview: MakeInterview) -> None:
    interview_id, referral = with_referral(make_interview)
    assert referral_step(interview_id).done_at is None
    out_of_office = answer("<ooo@ref.example>", "Out of office", when=NOW - timedelta(days=1))
    record_finding(Match(FindingKind.AUTO_REPLY, referral_id=referral), out_of_office, "k0", NOW)
    assert referral_step(interview_id).done_at is None  # an auto-reply is not an answer
    record_finding(Match(FindingKind.REPLY, referral_id=referral), answer(), "k", NOW)
    assert referral_step(interview_id).done_at == NOW
    later = answer("<a2@ref.example>", when=NOW + timedelta(days=2))
    record_finding(Match(FindingKind.REPLY, referral_id=referral), later, "k2", NOW)
    assert referral_step(interview_id).done_at == NOW  # the first answer's time stays


@pytest.mark.parametrize("ticked", [NOW - timedelta(days=3)])
def test_a_step_the_user_ticked_keeps_its_time(db: peewee.SqliteDatabase, make_interview: MakeInterview,
                                               ticked: datetime) -> None:
    interview_id, referral = with_referral(make_interview)
    set_done(referral_step(interview_id).id, ticked)
    record_finding(Match(FindingKind.REPLY, referral_id=referral), answer(), "k", NOW)
    assert referral_step(interview_id).done_at == ticked
