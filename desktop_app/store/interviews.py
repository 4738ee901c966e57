"""Saving and loading interviews together with their people and follow-up plan.

Saving is one transaction: the interview, its interviewers and the re-computed plan
land together or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import UTC, datetime

from ..domain import model
from ..domain.company_key import company_key
from ..domain.one_line import one_line
from ..domain.plan import PlanRules, build_plan
from .database import db_proxy
from .models import FollowUp, Interview, InterviewPerson, Person, Referral
from .search import forget_interviews, reindex_interview, reindex_person
from .settings_store import load_rules


def new_uid() -> str:
    return uuid.uuid4().hex


def save_interview(interview: model.Interview, rules: PlanRules | None = None) -> int:
    """Create or update `interview`; returns its id. Open follow-ups move with it."""
    rules = rules or load_rules()
    with db_proxy.atomic():
        person_ids: list[int] = []
        for person in interview.interviewers:
            person_id = save_person(person)
            if person_id not in person_ids:
                person_ids.append(person_id)
        fields = {
            # One-line fields become mail headers and labels: no line break of any kind survives.
            "company": one_line(interview.company),
            "company_key": company_key(one_line(interview.company)),
            "role": one_line(interview.role),
            "round": one_line(interview.round),
            "start_at": interview.start,
            "end_at": interview.end,
            "timezone": interview.timezone,
            "location": interview.location.strip(),
            "status": model.Status(interview.status).value,
        }
        if interview.id is None:
            row = Interview.create(uid=interview.uid or new_uid(), **fields)
        else:
            row = Interview.get_by_id(interview.id)
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
        _link_people(row.id, person_ids)
        sync_plan(row, person_ids, rules)
        for person in interview.interviewers:
            if person.id is not None:  # an edited person shows in their other interviews too
                reindex_person(person.id)
        reindex_interview(row.id)
    return int(row.id)


def _link_people(interview_id: int, person_ids: list[int]) -> None:
    """Set who was on the interview, in order, keeping what was noted about each."""
    InterviewPerson.delete().where(
        InterviewPerson.interview == interview_id, InterviewPerson.person.not_in(person_ids)
    ).execute()
    existing = {
        pid for (pid,) in InterviewPerson.select(InterviewPerson.person)
        .where(InterviewPerson.interview == interview_id).tuples()
    }
    for position, pid in enumerate(person_ids):
        if pid in existing:
            InterviewPerson.update(position=position).where(
                InterviewPerson.interview == interview_id, InterviewPerson.person == pid
            ).execute()
        else:
            InterviewPerson.create(interview=interview_id, person=pid, position=position)


def save_person(person: model.Person) -> int:
    values = {
        "name": one_line(person.name),
        "title": one_line(person.title),
        "email": one_line(person.email),
        "postal_address": person.postal_address.strip(),
        "form_of_address": person.form_of_address if person.form_of_address in model.FORMS_OF_ADDRESS else "",
    }
    if person.id is not None:
        Person.update(**values).where(Person.id == person.id).execute()
        return person.id
    return int(Person.create(uid=new_uid(), **values).id)


def sync_plan(row: Interview, person_ids: list[int], rules: PlanRules) -> None:
    """Make the stored follow-ups match the plan the rules give for this interview.

    Open follow-ups are created, moved or removed; finished ones are never touched,
    so a done step keeps its done time (and its deadline as it was) for the record.
    """
    existing = list(FollowUp.select().where(FollowUp.interview == row.id))
    referral_keys = [r for (r,) in Referral.select(Referral.id).where(Referral.interview == row.id).tuples()]
    planned = {p.key: p for p in build_plan(row.end_at, row.timezone, person_ids, referral_keys, rules)}
    seen: set[tuple[model.Step, int | None, int | None]] = set()
    for follow_up in existing:
        key = (model.Step(follow_up.step), follow_up.person_id, follow_up.referral_key)
        target = planned.get(key)
        if follow_up.done_at is not None:
            seen.add(key)
            continue
        if key[0] is model.Step.CHECK_IN and follow_up.person_id in person_ids:
            continue  # not the plan's: the reply radar's (store/check_in_store.py), kept while the person is
        if target is None or key in seen:
            follow_up.delete_instance()
            continue
        seen.add(key)
        if (follow_up.due_at, follow_up.remind_at) != (target.due_at, target.remind_at):
            if follow_up.remind_at != target.remind_at:
                follow_up.alert_at = target.remind_at  # a moved reminder is due again at its new time
            follow_up.due_at = target.due_at
            follow_up.remind_at = target.remind_at
            follow_up.save()
    new_rows = [
        {
            "uid": new_uid(),
            "interview": row.id,
            "step": p.step.value,
            "person": p.person_key,
            "referral_key": p.referral_key,
            "due_at": p.due_at,
            "remind_at": p.remind_at,
            "alert_at": p.remind_at,
        }
        for key, p in planned.items()
        if key not in seen
    ]
    if new_rows:
        FollowUp.insert_many(new_rows).execute()


def reopen_follow_up(follow_up_id: int) -> None:
    """Untick a step: it becomes open again at the deadline the plan gives it *now*.

    The interview may have moved, or the interviewer may have left it, since the step was
    ticked; re-running the plan sync moves the reopened step or removes it accordingly.
    """
    with db_proxy.atomic():
        row = FollowUp.get_or_none(FollowUp.id == follow_up_id)
        if row is None:
            return
        FollowUp.update(done_at=None, alert_at=None).where(FollowUp.id == follow_up_id).execute()
        resync_plan(row.interview_id)


def resync_plan(interview_id: int) -> None:
    people = [
        pid for (pid,) in InterviewPerson.select(InterviewPerson.person)
        .where(InterviewPerson.interview == interview_id).order_by(InterviewPerson.position).tuples()
    ]
    sync_plan(Interview.get_by_id(interview_id), people, load_rules())


def load_interview(interview_id: int) -> model.Interview:
    row = Interview.get_by_id(interview_id)
    people = (
        Person.select()
        .join(InterviewPerson)
        .where(InterviewPerson.interview == interview_id)
        .order_by(InterviewPerson.position)
    )
    return model.Interview(
        id=row.id,
        uid=row.uid,
        company=row.company,
        role=row.role,
        round=row.round,
        start=row.start_at,
        end=row.end_at,
        timezone=row.timezone,
        location=row.location,
        status=model.Status(row.status),
        interviewers=[_person(p) for p in people],
    )


def _person(row: Person) -> model.Person:
    return model.Person(
        id=row.id, name=row.name, title=row.title, email=row.email, postal_address=row.postal_address,
        personal_notes=row.personal_notes, form_of_address=row.form_of_address,
    )


def list_people() -> list[model.Person]:
    """Everyone met so far, for reusing an interviewer in a new interview."""
    return [_person(p) for p in Person.select().order_by(Person.name.collate("NOCASE"), Person.id)]


#: People offered at once by the interview form's picker: enough to choose from, never the whole file.
PICKER_LIMIT = 20


def find_people(text: str, exclude: Collection[int] = (), limit: int = PICKER_LIMIT) -> list[model.Person]:
    """The first people (by name, any case) whose name starts with `text`, leaving out `exclude`.

    The interview form asks this per keystroke: one range of the `person_name` index (schema 11),
    so it costs the same with 50 people or 100,000. An empty text gives the first names."""
    prefix = text.strip()
    key = Person.name.collate("NOCASE")
    query = Person.select().order_by(key, Person.id)
    if prefix:
        # every name that starts with the prefix sorts between it and it + the highest code point
        query = query.where(key >= prefix, key < prefix + "\U0010ffff")
    skip = set(exclude)
    return [_person(p) for p in query.limit(limit + len(skip)) if p.id not in skip][:limit]


def has_interviews() -> bool:
    """Whether the user has any interview at all (the empty state); cheaper than a count."""
    return bool(Interview.select(Interview.id).where(Interview.deleted_at.is_null()).exists())


def count_interviews() -> int:
    return int(Interview.select().where(Interview.deleted_at.is_null()).count())


def delete_interview(interview_id: int, now: datetime | None = None) -> None:
    """Hide the interview; `restore_interview` brings it back until `purge_deleted` runs."""
    now = now or datetime.now(UTC)
    Interview.update(deleted_at=now).where(Interview.id == interview_id).execute()


def restore_interview(interview_id: int) -> None:
    Interview.update(deleted_at=None).where(Interview.id == interview_id).execute()


def purge_deleted() -> int:
    """Really delete what was deleted (and not undone); its follow-ups go with it."""
    doomed = [i for (i,) in Interview.select(Interview.id).where(Interview.deleted_at.is_null(False)).tuples()]
    if not doomed:
        return 0  # the common case at start-up: a read, no write transaction
    forget_interviews(doomed)
    return int(Interview.delete().where(Interview.deleted_at.is_null(False)).execute())


def find_interview(interview_id: int) -> model.Interview | None:
    """The interview, or None if it does not exist or is deleted (awaiting undo)."""
    exists = (
        Interview.select(Interview.id)
        .where(Interview.id == interview_id, Interview.deleted_at.is_null())
        .exists()
    )
    return load_interview(interview_id) if exists else None
