"""Handwritten-note drafts (step 3): one per interview and interviewer, and the step's
"draft printed" time. "Mailed" is the follow-up's ordinary done tick."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.cards import (
    CardDraft,
    CardLayout,
    Orientation,
    Panel,
    address_lines,
    fill_card_template,
    first_name,
    pick_talking_point,
)
from ..domain.debrief import talking_points
from ..domain.model import Step
from .database import db_proxy
from .debrief_store import load_debrief
from .models import CardDraft as CardDraftRow
from .models import FollowUp, Interview, InterviewPerson, Person
from .settings_store import load_card_template, load_return_address

WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class CardContext:
    """What a card for one interviewer is written from."""

    interview_id: int
    person_id: int
    name: str
    company: str
    role: str
    postal_address: str
    talking_point: str


def card_context(interview_id: int, person_id: int) -> CardContext:
    interview = Interview.get_by_id(interview_id)
    person = Person.get_by_id(person_id)
    debrief = load_debrief(interview_id)
    about = debrief.talked_about.get(person_id, "")
    section_points = [p for text in debrief.sections.values() for p in talking_points(text)]
    point = pick_talking_point(about, person.personal_notes, section_points)
    return CardContext(interview_id, person_id, person.name, interview.company, interview.role,
                       person.postal_address, point)


def template_values(context: CardContext, return_address: str) -> dict[str, str]:
    mine = address_lines(return_address)
    return {
        "name": context.name,
        "first_name": first_name(context.name),
        "company": context.company,
        "role": context.role,
        "talking_point": context.talking_point,
        "my_name": mine[0] if mine else "",
    }


def _draft(row: CardDraftRow) -> CardDraft:
    layout = CardLayout(
        size=row.size,
        orientation=Orientation(row.orientation) if row.orientation in Orientation._value2member_map_
        else Orientation.PORTRAIT,
        panel=Panel(row.panel) if row.panel in Panel._value2member_map_ else Panel.WHOLE,
        guides=bool(row.guides),
        line_spacing_pt=float(row.line_spacing),
    )
    return CardDraft(row.interview_id, row.person_id, row.body, layout, row.envelope)


def load_card_draft(interview_id: int, person_id: int) -> CardDraft | None:
    row = CardDraftRow.get_or_none(CardDraftRow.interview == interview_id, CardDraftRow.person == person_id)
    return None if row is None else _draft(row)


def ensure_card_draft(interview_id: int, person_id: int, now: datetime) -> CardDraft:
    """The stored draft, or a new one filled from the card template (stored at once)."""
    existing = load_card_draft(interview_id, person_id)
    if existing is not None:
        return existing
    text = fill_card_template(load_card_template(),
                              template_values(card_context(interview_id, person_id), load_return_address()))
    CardDraftRow.insert(interview=interview_id, person=person_id, body=text, updated_at=now).on_conflict_ignore() \
        .execute()
    draft = load_card_draft(interview_id, person_id)
    assert draft is not None
    return draft


def save_card_text(interview_id: int, person_id: int, text: str, now: datetime) -> None:
    CardDraftRow.update(body=text, updated_at=now).where(
        CardDraftRow.interview == interview_id, CardDraftRow.person == person_id).execute()


def save_card_layout(draft: CardDraft, now: datetime) -> None:
    layout = draft.layout or CardLayout()
    CardDraftRow.update(
        size=layout.size, orientation=layout.orientation.value, panel=layout.panel.value, guides=layout.guides,
        line_spacing=layout.line_spacing_pt, envelope=draft.envelope, updated_at=now,
    ).where(CardDraftRow.interview == draft.interview_id, CardDraftRow.person == draft.person_id).execute()


def save_postal_address(person_id: int, text: str) -> None:
    Person.update(postal_address=text.strip()).where(Person.id == person_id).execute()


def _card_follow_ups(interview_id: int, person_id: int):  # type: ignore[no-untyped-def]
    return (FollowUp.interview == interview_id) & (FollowUp.person == person_id) & (
        FollowUp.step == Step.HANDWRITTEN_NOTE.value)


def mark_printed(drafts: list[tuple[int, int]], when: datetime) -> None:
    """Tick "draft printed" on the handwritten-note steps of these (interview, person) drafts."""
    with db_proxy.atomic():
        for interview_id, person_id in drafts:
            FollowUp.update(printed_at=when).where(_card_follow_ups(interview_id, person_id)).execute()


def printed_at(interview_id: int, person_id: int) -> datetime | None:
    row = FollowUp.select(FollowUp.printed_at).where(_card_follow_ups(interview_id, person_id)).first()
    return None if row is None else row.printed_at


def card_target(follow_up_id: int) -> tuple[int, int] | None:
    """(interview, person) of a handwritten-note follow-up; None for any other step."""
    row = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if row is None or row.step != Step.HANDWRITTEN_NOTE.value or row.person_id is None:
        return None
    return (row.interview_id, row.person_id)


def interviewers(interview_id: int) -> list[tuple[int, str]]:
    """(person id, name) in the interview's order: whom a card can be written to."""
    query = (Person.select(Person.id, Person.name).join(InterviewPerson)
             .where(InterviewPerson.interview == interview_id).order_by(InterviewPerson.position).tuples())
    return list(query)


def pending_drafts(until: datetime) -> list[tuple[int, int]]:
    """Open handwritten notes whose print reminder comes before `until` (end of today) and whose
    draft is not printed yet, soonest due first. The reminder, not the deadline, says "print it
    today": a card due tomorrow morning is printed tonight."""
    query = (
        FollowUp.select(FollowUp.interview, FollowUp.person)
        .join(Interview)
        .where(FollowUp.step == Step.HANDWRITTEN_NOTE.value, FollowUp.done_at.is_null(),
               FollowUp.printed_at.is_null(), FollowUp.person.is_null(False), FollowUp.remind_at < until,
               Interview.deleted_at.is_null(), Interview.status != WITHDRAWN)
        .order_by(FollowUp.due_at, FollowUp.id)
        .tuples()
    )
    return list(query)


def postal_address(person_id: int) -> str:
    row = Person.get_or_none(Person.id == person_id)
    return "" if row is None else row.postal_address
