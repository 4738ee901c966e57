"""Interviews and steps another Finish Strong put on the calendar server, created here.

A second computer pointed at the same calendars takes what the items carry (sync/ical_items.py:
company, role, round, time and zone, place or link, the interviewers' names and titles with their
stable uids; each step's kind and whom it is about) and nothing else: notes, drafts, e-mail and
postal addresses stay on the machine that has them. The uids are the other app's, so both compute
the same item UIDs and the plan is shared, not duplicated.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..domain import model
from ..domain.one_line import one_line
from .database import db_proxy
from .interviews import new_uid, save_interview
from .models import FollowUp, Interview, Person, Referral
from .sync_store import SyncItem, SyncQueue, is_tombstoned

#: Longest one-line field taken from a server (a label, not a document).
_MAX_FIELD = 500


def _text(data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    return one_line(value)[:_MAX_FIELD] if isinstance(value, str) else ""


def known_here(interview_uid: str) -> bool:
    """This folder has the interview, had it and is deleting it from the server, or deleted it and
    purged it (its tombstone, migration 12): never adopt it again. Without the tombstone, another
    computer that put the items back would bring a deleted interview back here after a restart."""
    return (
        Interview.select().where(Interview.uid == interview_uid).exists()
        or SyncQueue.select().where(SyncQueue.interview_uid == interview_uid).exists()
        or SyncItem.select().where(SyncItem.interview_uid == interview_uid).exists()
        or is_tombstoned(interview_uid)
    )


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return value


def _person(entry: object) -> model.Person | None:
    """The interviewer with this uid: the one already here (untouched), else a new row with that uid."""
    if not isinstance(entry, dict):
        return None
    uid, name = _text(entry, "uid"), _text(entry, "name")
    if not uid or not name:
        return None
    row = Person.get_or_none(Person.uid == uid)
    if row is None:
        row = Person.create(uid=uid, name=name, title=_text(entry, "title"))
    # Every field as stored: save_interview writes the person back, and must change nothing of theirs.
    return model.Person(name=row.name, title=row.title, email=row.email, postal_address=row.postal_address,
                        id=row.id, personal_notes=row.personal_notes, form_of_address=row.form_of_address)


def adopt_interview(uid: str, start: datetime, end: datetime, location: str, data: Mapping[str, object]) -> bool:
    """Create the interview an event of another Finish Strong describes; False if it carries too little."""
    company = _text(data, "company")
    if not uid or not company or end < start:
        return False
    status = data.get("status")
    statuses = {s.value for s in model.Status}
    people = data.get("interviewers")
    with db_proxy.atomic():
        interviewers = [p for p in (_person(e) for e in (people if isinstance(people, list) else [])) if p]
        save_interview(model.Interview(
            company=company, role=_text(data, "role"), start=start, end=end,
            timezone=_zone(_text(data, "timezone") or "UTC"), round=_text(data, "round"),
            location=location.strip()[:2000],
            status=model.Status(status) if isinstance(status, str) and status in statuses else model.Status.SCHEDULED,
            interviewers=interviewers, uid=uid,
        ))
    return True


def adopt_step(interview_uid: str, data: Mapping[str, object]) -> int | None:
    """The follow-up of the adopted interview that a todo is about (made if the plan here lacks it:
    a referral, a check-in); None when the todo names a step or person this interview does not have."""
    try:
        step = model.Step(str(data.get("step")))
    except ValueError:
        return None
    interview = Interview.get_or_none(Interview.uid == interview_uid)
    if interview is None:
        return None
    person_id = referral_id = None
    if isinstance(data.get("person"), str):
        person = Person.get_or_none(Person.uid == data["person"])
        if person is None:
            return None
        person_id = person.id
    referral = data.get("referral")
    if isinstance(referral, dict) and _text(referral, "uid"):
        with db_proxy.atomic():
            row = Referral.get_or_none(Referral.uid == _text(referral, "uid"))
            if row is None:
                position = Referral.select().where(Referral.interview == interview.id).count()
                row = Referral.create(uid=_text(referral, "uid"), interview=interview.id, position=position,
                                      name=_text(referral, "name"), organization=_text(referral, "organization"))
            referral_id = row.id
    found = FollowUp.get_or_none(
        (FollowUp.interview == interview.id) & (FollowUp.step == step.value)
        & (FollowUp.person.is_null() if person_id is None else FollowUp.person == person_id)
        & (FollowUp.referral_key.is_null() if referral_id is None else FollowUp.referral_key == referral_id)
    )
    if found is not None:
        return int(found.id)
    if not ((step is model.Step.CHECK_IN and person_id is not None)
            or (step is model.Step.REFERRAL and referral_id is not None)):
        return None  # a plan step the rules here do not give: left to the computer that has it
    # Made as it is, not by re-running the plan here: that would move the steps already taken to
    # this folder's rules. Its times are the todo's (take_todo_state).
    created = FollowUp.create(uid=new_uid(), interview=interview.id, step=step.value, person=person_id,
                              referral_key=referral_id, due_at=interview.end_at, remind_at=interview.end_at)
    return int(created.id)


def take_todo_state(follow_up_id: int, due: datetime, remind: datetime | None, done: datetime | None) -> None:
    """An adopted step takes the server's deadline, reminder and completion as they are (the other
    computer's plan), not this folder's rules: so neither side has anything to write afterwards."""
    row = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if row is None:
        return
    remind_at = remind if remind is not None else due - (row.due_at - row.remind_at)
    FollowUp.update(due_at=due, remind_at=remind_at, done_at=done,
                    alert_at=None if done is not None else remind_at).where(FollowUp.id == follow_up_id).execute()
