"""The nudge's follow-ups: "Check in with Dana" when no reply came N days after her thank-you.

Added by the reply radar's check (mail/mail_check.py), so only when replies can be seen at all;
due N days after the thank-you was sent, with its reminder then. Removed again when a reply
arrives while it is open, and never added for an interview the user switched it off for.
"""

from __future__ import annotations

from datetime import datetime

import peewee

from ..domain.check_in import check_in_due
from ..domain.model import Status, Step
from .database import db_proxy
from .email_store import SentEmail
from .models import BaseModel, FollowUp, Interview, InterviewPerson, UtcDateTimeField, from_db_time


class CheckInOff(BaseModel):
    interview = peewee.ForeignKeyField(Interview, primary_key=True, on_delete="CASCADE")
    since = UtcDateTimeField()


def ensure_check_ins(now: datetime, nudge_days: int) -> int:
    """Add the check-ins that came due (N days after the last thank-you to that person, no reply
    since); their reminder fires at once. Returns how many were added. Four small queries."""
    from .interviews import new_uid
    from .reply_store import MailFinding

    replied: set[tuple[int, int]] = set(MailFinding.select(SentEmail.interview, SentEmail.person).join(SentEmail)
                  .where(MailFinding.kind.in_(["reply", "bounce"])).tuples())  # a bounce: fix the address first
    existing: set[tuple[int, int]] = set(FollowUp.select(FollowUp.interview, FollowUp.person)
                   .where(FollowUp.step == Step.CHECK_IN.value).tuples())
    off = {i for (i,) in CheckInOff.select(CheckInOff.interview).tuples()}
    last_sent = (SentEmail.select(SentEmail.interview, SentEmail.person, peewee.fn.MAX(SentEmail.sent_at))
                 .join(Interview)
                 .switch(SentEmail)
                 .join(InterviewPerson, on=((InterviewPerson.interview == SentEmail.interview)
                                            & (InterviewPerson.person == SentEmail.person)))
                 .where(Interview.deleted_at.is_null(),
                        Interview.status.not_in([Status.WITHDRAWN.value, Status.REJECTED.value, Status.OFFER.value]))
                 .group_by(SentEmail.interview, SentEmail.person)
                 .tuples())
    rows = []
    for interview_id, person_id, sent_at in last_sent:
        if (interview_id, person_id) in replied | existing or interview_id in off:
            continue
        when = from_db_time(sent_at) if isinstance(sent_at, str) else sent_at  # peewee converts MAX(field)
        due = check_in_due(when, nudge_days)
        if due > now:
            continue  # not yet: "no reply N days after" is only known N days after
        rows.append({"uid": new_uid(), "interview": interview_id, "step": Step.CHECK_IN.value,
                     "person": person_id, "due_at": due, "remind_at": due, "alert_at": due})
    if rows:
        FollowUp.insert_many(rows).execute()
    return len(rows)


def remove_open_check_in(interview_id: int, person_id: int) -> None:
    """A reply came: an open check-in has no point any more (a done one stays, for the record)."""
    FollowUp.delete().where((FollowUp.interview == interview_id) & (FollowUp.person == person_id)
                            & (FollowUp.step == Step.CHECK_IN.value) & FollowUp.done_at.is_null()).execute()


def check_ins_enabled(interview_id: int) -> bool:
    return CheckInOff.get_or_none(CheckInOff.interview == interview_id) is None


def set_check_ins_enabled(interview_id: int, enabled: bool, now: datetime) -> None:
    """Off: the interview's open check-ins go, and none is added again; on: the next check adds them."""
    with db_proxy.atomic():
        if enabled:
            CheckInOff.delete().where(CheckInOff.interview == interview_id).execute()
            return
        CheckInOff.insert(interview=interview_id, since=now).on_conflict_ignore().execute()
        FollowUp.delete().where((FollowUp.interview == interview_id) & (FollowUp.step == Step.CHECK_IN.value)
                                & FollowUp.done_at.is_null()).execute()


def check_in_text(interview_id: int, person_id: int) -> tuple[str, str, str]:
    """(recipient address, subject, body) of the check-in draft: the role and one ★ point, the
    interviewer's own first, else any of the interview's."""
    from ..domain.check_in import check_in_draft
    from ..domain.debrief import talking_points
    from .debrief_store import load_debrief
    from .mail_settings import load_account
    from .models import Person

    interview = Interview.get_by_id(interview_id)
    person = Person.get_by_id(person_id)
    debrief = load_debrief(interview_id)
    points = talking_points(debrief.talked_about.get(person_id, "")) or debrief.all_talking_points()
    first_name = person.name.split()[0] if person.name.split() else ""
    subject, body = check_in_draft(first_name, interview.role, interview.company, points[0] if points else "",
                                   load_account().sender_name)
    return person.email, subject, body
