"""The user's choices for ★ talking points (owner, edited phrase), and the points with them applied.

Only choices are stored; a point nobody touched is derived from its note each time, so
editing a note never leaves a stale default behind. Reading re-keys a choice whose line
was edited (domain/talking_points.attach matched it by similarity), so the next read
matches it exactly. The model lives here: nothing else reads the table.
"""

from __future__ import annotations

from datetime import datetime

import peewee

from ..domain.debrief import Debrief
from ..domain.talking_points import PointChoice, TalkingPoint, attach, flagged_lines, line_key
from .database import db_proxy
from .debrief_store import load_debrief
from .models import BaseModel, FollowUp, Interview, InterviewPerson, Person


class TalkingPointRow(BaseModel):
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE")
    source = peewee.TextField()
    source_person = peewee.ForeignKeyField(Person, null=True, on_delete="CASCADE")
    line_key = peewee.TextField()
    note = peewee.TextField(default="")
    owner = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    phrase = peewee.TextField(null=True)

    class Meta:
        table_name = "talking_point"


def _choice(row: TalkingPointRow) -> PointChoice:
    return PointChoice(row.source, row.source_person_id, row.line_key, row.note, row.owner_id, row.phrase)


def load_choices(interview_id: int) -> list[PointChoice]:
    query = TalkingPointRow.select().where(TalkingPointRow.interview == interview_id).order_by(TalkingPointRow.id)
    return [_choice(row) for row in query]


def personal_notes_of(interview_id: int) -> dict[int, str]:
    """The interviewers' personal notes (kept on the person, shown in every interview)."""
    return dict(
        Person.select(Person.id, Person.personal_notes)
        .join(InterviewPerson, on=InterviewPerson.person == Person.id)
        .where(InterviewPerson.interview == interview_id)
        .tuples()
    )


def load_points(interview_id: int, debrief: Debrief | None = None,
                personal: dict[int, str] | None = None) -> list[TalkingPoint]:
    """Every ★ point of the interview with the user's choices applied (see module docstring)."""
    debrief = debrief if debrief is not None else load_debrief(interview_id)
    personal = personal if personal is not None else personal_notes_of(interview_id)
    points, moved = attach(flagged_lines(debrief, personal), load_choices(interview_id))
    if moved:
        with db_proxy.atomic():
            for choice, new_key in moved:
                TalkingPointRow.delete().where(*_match(interview_id, choice.source, choice.source_person,
                                                       new_key)).execute()
                TalkingPointRow.update(line_key=new_key).where(
                    *_match(interview_id, choice.source, choice.source_person, choice.key)).execute()
    return points


def _match(interview_id: int, source: str, person: int | None, key: str) -> list[peewee.Expression]:
    conditions = [TalkingPointRow.interview == interview_id, TalkingPointRow.source == source,
                  TalkingPointRow.line_key == key]
    conditions.append(TalkingPointRow.source_person.is_null() if person is None
                      else TalkingPointRow.source_person == person)
    return conditions


def save_choice(interview_id: int, point: TalkingPoint, owner: int | None, phrase: str | None) -> None:
    """Keep what the user chose for one point; back to the defaults removes the row.

    `phrase` None (or blank, or equal to the derived phrase) means "derive it"; `owner` is only
    kept for lines in the shared sections (a person's own lines are always theirs).
    """
    owner = None if point.owner_fixed else owner
    derived = TalkingPoint(point.source, point.source_person, point.note, point.key, owner, "").derived_phrase
    text = (phrase or "").strip()
    stored_phrase = text if text and text != derived else None
    with db_proxy.atomic():
        TalkingPointRow.delete().where(*_match(interview_id, point.source, point.source_person, point.key)).execute()
        if owner is not None or stored_phrase is not None:
            TalkingPointRow.create(interview=interview_id, source=point.source, source_person=point.source_person,
                                   line_key=point.key, note=point.note, owner=owner, phrase=stored_phrase)


def replace_choices(interview_id: int, choices: list[PointChoice]) -> None:
    """All choices of one interview at once (the JSON import), inside the caller's transaction."""
    TalkingPointRow.delete().where(TalkingPointRow.interview == interview_id).execute()
    for c in choices:
        TalkingPointRow.insert(interview=interview_id, source=c.source, source_person=c.source_person,
                               line_key=c.key or line_key(c.note), note=c.note, owner=c.owner,
                               phrase=c.phrase).on_conflict_replace().execute()


def open_step_due(interview_id: int, person_id: int, step: str) -> datetime | None:
    """When this person's step is due, if still open: the checker says how late a draft is."""
    row = (FollowUp.select(FollowUp.due_at)
           .where(FollowUp.interview == interview_id, FollowUp.person == person_id, FollowUp.step == step,
                  FollowUp.done_at.is_null())
           .first())
    return None if row is None else row.due_at
