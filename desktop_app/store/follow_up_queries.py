"""Read-side queries for the calendar, the checklist and `finish-strong due`.

The calendar asks for one date range and gets everything it paints in exactly two
queries (interviews, follow-ups); the agenda of a day is cut from that answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from ..domain.model import Step
from .database import db_proxy
from .models import FollowUp, Interview, InterviewPerson, Person, Referral, from_db_time

INTERVIEW_KIND = "interview"
#: A withdrawn interview's open steps are no longer due: nobody expects a thank-you.
WITHDRAWN = "withdrawn"

#: Who a follow-up is about: the interviewer, else the referral's name or organization.
WHO = fn.COALESCE(Person.name, fn.NULLIF(Referral.name, ""), Referral.organization)


@dataclass(frozen=True)
class CalendarEntry:
    """Something shown on a calendar day: an interview, or a follow-up's deadline."""

    when: datetime
    kind: str  # INTERVIEW_KIND or a Step value
    interview_id: int
    company: str
    role: str
    person: str | None = None
    done: bool = False
    follow_up_id: int | None = None
    end: datetime | None = None
    status: str = ""


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    step: Step
    person: str | None
    due_at: datetime
    remind_at: datetime
    done_at: datetime | None
    printed_at: datetime | None = None  # handwritten note: when its draft was printed


@dataclass(frozen=True)
class DueItem:
    follow_up_id: int
    step: Step
    interview_uid: str
    company: str
    role: str
    person: str | None
    remind_at: datetime
    due_at: datetime


def calendar_entries(start: datetime, end: datetime) -> list[CalendarEntry]:
    """Interviews starting and follow-ups due in [start, end), sorted by time."""
    interviews = (
        Interview.select(
            Interview.id, Interview.company, Interview.role, Interview.start_at, Interview.end_at,
            Interview.status,
        )
        .where(Interview.start_at >= start, Interview.start_at < end, Interview.deleted_at.is_null())
    )
    # Raw cursors: peewee's per-row conversion costs more than the query on a full month
    # (this runs for the first paint and every month change); times are converted here.
    entries = [
        CalendarEntry(when=from_db_time(s), kind=INTERVIEW_KIND, interview_id=i, company=c, role=r,
                      end=from_db_time(e), status=st)
        for i, c, r, s, e, st in db_proxy.execute(interviews)
    ]
    follow_ups = (
        FollowUp.select(
            FollowUp.id, FollowUp.step, FollowUp.due_at, FollowUp.done_at,
            Interview.id, Interview.company, Interview.role, WHO, Interview.status,
        )
        .join(Interview)
        .switch(FollowUp)
        .join(Person, join_type=JOIN.LEFT_OUTER)
        .switch(FollowUp)
        .join(Referral, join_type=JOIN.LEFT_OUTER, on=(FollowUp.referral_key == Referral.id))
        .where(FollowUp.due_at >= start, FollowUp.due_at < end, Interview.deleted_at.is_null())
    )
    entries += [
        CalendarEntry(
            when=from_db_time(due), kind=step, interview_id=iid, company=c, role=r, person=name,
            done=done is not None, follow_up_id=fid, status=st,
        )
        for fid, step, due, done, iid, c, r, name, st in db_proxy.execute(follow_ups)
    ]
    entries.sort(key=lambda e: (e.when, e.kind != INTERVIEW_KIND, e.interview_id))
    return entries


def checklist(interview_id: int) -> list[ChecklistRow]:
    """The interview's follow-ups in the order the user works through them:
    by step, then by the interviewers' order on the interview."""
    positions = dict(
        InterviewPerson.select(InterviewPerson.person, InterviewPerson.position)
        .where(InterviewPerson.interview == interview_id)
        .tuples()
    )
    query = (
        FollowUp.select(
            FollowUp.id, FollowUp.step, FollowUp.person, WHO,
            FollowUp.due_at, FollowUp.remind_at, FollowUp.done_at, FollowUp.referral_key, FollowUp.printed_at,
        )
        .join(Person, join_type=JOIN.LEFT_OUTER)
        .switch(FollowUp)
        .join(Referral, join_type=JOIN.LEFT_OUTER, on=(FollowUp.referral_key == Referral.id))
        .where(FollowUp.interview == interview_id)
        .tuples()
    )
    keyed = [
        ((Step(step).order, positions.get(pid, len(positions)), ref or 0, due_at, fid),
         ChecklistRow(fid, Step(step), name, due_at, remind_at, done_at, printed))
        for fid, step, pid, name, due_at, remind_at, done_at, ref, printed in query
    ]
    keyed.sort(key=lambda pair: pair[0])
    return [row for _, row in keyed]


def set_done(follow_up_id: int, done_at: datetime | None) -> None:
    """Tick (with the time) or set the done state back to a known earlier value.

    Either way its pending notification is cancelled: a done step needs none. To reopen
    a step the user unticks, use `interviews.reopen_follow_up`, which also re-plans it.
    """
    FollowUp.update(done_at=done_at, alert_at=None).where(FollowUp.id == follow_up_id).execute()


def due(at: datetime) -> list[DueItem]:
    """Open follow-ups whose reminder time is at or before `at`, oldest first."""
    return list(iter_due(at))


def iter_due(at: datetime) -> Iterator[DueItem]:
    """`due`, row by row as SQLite returns them: `finish-strong due` prints a long backlog
    without holding it in memory."""
    query = (
        FollowUp.select(
            FollowUp.id, FollowUp.step, Interview.uid, Interview.company, Interview.role,
            WHO, FollowUp.remind_at, FollowUp.due_at,
        )
        .join(Interview)
        .switch(FollowUp)
        .join(Person, join_type=JOIN.LEFT_OUTER)
        .switch(FollowUp)
        .join(Referral, join_type=JOIN.LEFT_OUTER, on=(FollowUp.referral_key == Referral.id))
        .where(FollowUp.done_at.is_null(), FollowUp.remind_at <= at, Interview.deleted_at.is_null(),
               Interview.status != WITHDRAWN)
        .order_by(FollowUp.remind_at, FollowUp.due_at, FollowUp.id)
        .tuples()
    )
    for fid, step, uid, company, role, person, remind, due_at in query.iterator():
        yield DueItem(fid, Step(step), uid, company, role, person, remind, due_at)
