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
)
from ..domain.draft_checker import CARD, DraftFacts
from ..domain.letter_language import greeting, words
from ..domain.model import Step
from ..domain.point_phrases import FALLBACK_PHRASE
from ..domain.talking_points import others_points, points_for
from .database import db_proxy
from .debrief_store import load_debrief
from .models import CardDraft as CardDraftRow
from .models import FollowUp, Interview, InterviewPerson, Person
from .settings_store import draft_language, load_card_template, load_return_address
from .talking_point_store import load_points, open_step_due, personal_notes_of

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
    #: phrases and notes of this person's points (the checker wants one of them on the card)
    points: tuple[str, ...] = ()
    #: (text, whose): other interviewers' points and personal notes, never for this card
    others: tuple[tuple[str, str], ...] = ()
    form_of_address: str = ""  # "Sehr geehrte Frau Vogt," on a German card


def card_context(interview_id: int, person_id: int) -> CardContext:
    """The card's facts: the talking point is this person's own first, else the interview's
    (as phrased in the debrief), else "our conversation"."""
    interview = Interview.get_by_id(interview_id)
    person = Person.get_by_id(person_id)
    debrief = load_debrief(interview_id)
    personal = personal_notes_of(interview_id)
    points = load_points(interview_id, debrief, personal)
    people = list(debrief.talked_about)
    mine = points_for(person_id, people, points)
    names = dict(Person.select(Person.id, Person.name).where(Person.id.in_(people)).tuples())
    others = [(text, names.get(p.owner, "")) for p in others_points(person_id, points) for text in (p.note, p.phrase)]
    others += [(line.strip(), names.get(pid, "")) for pid, text in personal.items() if pid != person_id
               for line in text.splitlines() if len(line.strip()) >= 8]
    return CardContext(interview_id, person_id, person.name, interview.company, interview.role,
                       person.postal_address, mine[0].phrase if mine else FALLBACK_PHRASE,
                       tuple(p.phrase for p in mine) + tuple(p.note for p in mine), tuple(others),
                       person.form_of_address)


def card_facts(context: CardContext, overflow: str, now: datetime) -> DraftFacts:
    """What the draft checker needs for this card: due is the open step's, if any."""
    due = open_step_due(context.interview_id, context.person_id, Step.HANDWRITTEN_NOTE.value)
    return DraftFacts(CARD, context.name, context.company, context.role, list(context.points), [], [],
                      list(context.others), due, now, overflow)


def template_values(context: CardContext, return_address: str) -> dict[str, str]:
    mine = address_lines(return_address)
    language = draft_language()
    talking_point = context.talking_point
    if language != "en" and talking_point == FALLBACK_PHRASE:
        talking_point = words(language).fallback_point
    return {
        "greeting": greeting(language, context.name, True, context.form_of_address),
        "name": context.name,
        "first_name": first_name(context.name),
        "company": context.company,
        "role": context.role,
        "talking_point": talking_point,
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
