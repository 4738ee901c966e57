"""The nudge: "Check in with Dana" N days after a thank-you without a reply; gone when she
replies, never for an interview switched off; kept by the plan's resync; its draft."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import peewee

from desktop_app.domain.check_in import check_in_draft
from desktop_app.domain.model import Person, Status, Step
from desktop_app.domain.reply_match import FindingKind, Incoming, Match
from desktop_app.store.check_in_store import (
    check_in_text,
    check_ins_enabled,
    ensure_check_ins,
    set_check_ins_enabled,
)
from desktop_app.store.debrief_store import save_talked_about
from desktop_app.store.email_store import SentMessage, record_sent
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import load_interview, resync_plan, save_interview
from desktop_app.store.models import FollowUp, Interview
from desktop_app.store.reply_store import record_finding, sent_records

from .conftest import MakeInterview

SENT = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)
LATER = SENT + timedelta(days=8)


def sent_to_dana(make_interview: MakeInterview) -> tuple[int, int]:
    interview_id = save_interview(make_interview(role="Data <Engineer>", interviewers=[
        Person("Dana Reyes", email="dana@northwind.example")]))
    dana = load_interview(interview_id).interviewers[0].id
    assert dana is not None
    record_sent(interview_id, dana, SentMessage(dana, SENT, "<t@home.example>", "dana@northwind.example",
                                                "Thank you", "Dear Dana", "smtp"))
    return interview_id, dana


def check_ins(interview_id: int) -> list[tuple[str | None, datetime, bool]]:
    return [(r.person, r.due_at, r.done_at is not None) for r in checklist(interview_id) if r.step is Step.CHECK_IN]


def test_added_once_due_n_days_after_the_send(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, _ = sent_to_dana(make_interview)
    assert ensure_check_ins(SENT + timedelta(days=6, hours=23), 7) == 0  # not yet
    assert ensure_check_ins(LATER, 7) == 1
    assert check_ins(interview_id) == [("Dana Reyes", SENT + timedelta(days=7), False)]
    assert ensure_check_ins(LATER, 7) == 0
    resync_plan(interview_id)  # not the plan's step, but the plan's resync keeps it
    assert len(check_ins(interview_id)) == 1
    row = FollowUp.get(FollowUp.step == Step.CHECK_IN.value)
    assert row.alert_at == SENT + timedelta(days=7)  # the reminder fires then


def test_a_reply_removes_it_and_prevents_it(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, _ = sent_to_dana(make_interview)
    ensure_check_ins(LATER, 7)
    [sent] = sent_records()
    reply = Incoming("<r@n>", "dana@northwind.example", "Dana", "Re: Thank you", LATER)
    record_finding(Match(FindingKind.REPLY, sent_id=sent.sent_id), reply, "k", LATER)
    assert check_ins(interview_id) == []
    assert ensure_check_ins(LATER, 7) == 0


def test_an_auto_reply_does_not_count_as_a_reply(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, _ = sent_to_dana(make_interview)
    [sent] = sent_records()
    notice = Incoming("<o@n>", "dana@northwind.example", "Dana", "Out of office", SENT + timedelta(minutes=1))
    record_finding(Match(FindingKind.AUTO_REPLY, sent_id=sent.sent_id), notice, "k", LATER)
    assert ensure_check_ins(LATER, 7) == 1


def test_off_per_interview_and_not_for_closed_interviews(db: peewee.SqliteDatabase,
                                                         make_interview: MakeInterview) -> None:
    interview_id, _ = sent_to_dana(make_interview)
    ensure_check_ins(LATER, 7)
    set_check_ins_enabled(interview_id, False, LATER)
    assert not check_ins_enabled(interview_id) and check_ins(interview_id) == []
    assert ensure_check_ins(LATER, 7) == 0
    set_check_ins_enabled(interview_id, True, LATER)
    Interview.update(status=Status.OFFER.value).where(Interview.id == interview_id).execute()
    assert ensure_check_ins(LATER, 7) == 0  # an offer came: no nudging
    Interview.update(status=Status.SCHEDULED.value).where(Interview.id == interview_id).execute()
    assert ensure_check_ins(LATER, 7) == 1


def test_the_draft_names_the_role_and_one_point(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, dana = sent_to_dana(make_interview)
    save_talked_about(interview_id, dana, "small talk\n★ the migration to <b>real-time</b> dashboards")
    address, subject, body = check_in_text(interview_id, dana)
    assert address == "dana@northwind.example"
    assert subject == "Following up — Data <Engineer> at Northwind Analytics"
    assert body.startswith("Dear Dana,\n")
    assert "the Data <Engineer> role" in body and "the migration to <b>real-time</b> dashboards" in body
    assert check_in_draft("", "", "", "", "")[1].startswith("Hello,\n")


def test_a_bounce_means_no_check_in(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id, _ = sent_to_dana(make_interview)
    [sent] = sent_records()
    failure = Incoming("<b@n>", "mailer-daemon@home.example", "", "Undelivered", SENT + timedelta(minutes=1))
    record_finding(Match(FindingKind.BOUNCE, sent_id=sent.sent_id, reason="550 5.1.1"), failure, "k", LATER)
    assert ensure_check_ins(LATER, 7) == 0 and check_ins(interview_id) == []
