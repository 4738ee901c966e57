"""Reading and writing the debrief: sections, per-interviewer notes, open questions, referrals.

Every writer here is small and fast because the debrief window autosaves through it
while the user types; each also re-indexes just what it changed for search.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain import model
from ..domain.debrief import SECTION_KEYS, Debrief, OpenQuestion, Referral
from ..domain.one_line import one_line
from .database import db_proxy
from .interviews import load_interview, new_uid, sync_plan
from .models import Debrief as DebriefRow
from .models import FollowUp, Interview, InterviewPerson, Person
from .models import OpenQuestion as QuestionRow
from .models import Referral as ReferralRow
from .search import index_source, reindex_interview, reindex_person
from .settings_store import load_rules


def load_debrief(interview_id: int) -> Debrief:
    debrief = Debrief(interview_id=interview_id)
    row = DebriefRow.get_or_none(DebriefRow.interview == interview_id)
    if row is not None:
        debrief.sections = {key: getattr(row, key) for key in SECTION_KEYS}
    debrief.talked_about = dict(
        InterviewPerson.select(InterviewPerson.person, InterviewPerson.talked_about)
        .where(InterviewPerson.interview == interview_id)
        .order_by(InterviewPerson.position)  # talking points follow the interviewers' order
        .tuples()
    )
    debrief.questions = [
        OpenQuestion(question=q.question, answer=q.answer, answered=q.answered, id=q.id, asked_by=q.asked_by_id)
        for q in QuestionRow.select().where(QuestionRow.interview == interview_id).order_by(QuestionRow.position)
    ]
    debrief.referrals = [
        Referral(name=r.name, organization=r.organization, contact=r.contact, suggested_by=r.suggested_by_id,
                 why=r.why, outcome=r.outcome, id=r.id)
        for r in ReferralRow.select().where(ReferralRow.interview == interview_id).order_by(ReferralRow.position)
    ]
    return debrief


#: Above this, a section's search index is brought up to date when typing pauses
#: (`index_section`), not on every autosave: writing 1 MB of text takes about 2 ms, but
#: re-indexing it for search about 100 ms — a stall every 0.7 s while typing.
INDEX_LATER_CHARS = 100_000


def save_section(interview_id: int, key: str, text: str, index: bool = True) -> None:
    """Store one section; `index=False` leaves the search index to a later `index_section`."""
    if key not in SECTION_KEYS:
        raise ValueError(f"unknown debrief section {key!r}")
    with db_proxy.atomic():
        DebriefRow.insert(interview=interview_id).on_conflict_ignore().execute()
        DebriefRow.update({getattr(DebriefRow, key): text}).where(DebriefRow.interview == interview_id).execute()
        if index:
            index_source(interview_id, key, text)


def index_section(interview_id: int, key: str, text: str) -> None:
    """Bring the search index up to date with a section saved with `index=False`."""
    with db_proxy.atomic():
        index_source(interview_id, key, text)


def save_talked_about(interview_id: int, person_id: int, text: str) -> None:
    with db_proxy.atomic():
        InterviewPerson.update(talked_about=text).where(
            InterviewPerson.interview == interview_id, InterviewPerson.person == person_id
        ).execute()
        reindex_interview(interview_id)


def save_personal_notes(person_id: int, text: str) -> None:
    with db_proxy.atomic():
        Person.update(personal_notes=text).where(Person.id == person_id).execute()
        reindex_person(person_id)


def save_questions(interview_id: int, questions: list[OpenQuestion]) -> list[OpenQuestion]:
    """Store the list as given (order, edits, removals); returns it with ids filled in."""
    with db_proxy.atomic():
        keep = [q.id for q in questions if q.id is not None]
        QuestionRow.delete().where(QuestionRow.interview == interview_id, QuestionRow.id.not_in(keep)).execute()
        saved = []
        for position, q in enumerate(questions):
            values = {"question": q.question, "answer": q.answer, "answered": q.answered, "position": position,
                      "asked_by": q.asked_by}
            if q.id is None:
                q_id = QuestionRow.create(uid=new_uid(), interview=interview_id, **values).id
            else:
                QuestionRow.update(**values).where(QuestionRow.id == q.id).execute()
                q_id = q.id
            saved.append(OpenQuestion(q.question, q.answer, q.answered, id=q_id, asked_by=q.asked_by))
        reindex_interview(interview_id)
    return saved


def save_referrals(interview_id: int, referrals: list[Referral]) -> list[Referral]:
    """Store the referrals and bring the plan's referral follow-ups in line with them."""
    with db_proxy.atomic():
        keep = [r.id for r in referrals if r.id is not None]
        removed = ReferralRow.select(ReferralRow.id).where(
            ReferralRow.interview == interview_id, ReferralRow.id.not_in(keep)
        )
        # A done follow-up outlives its referral, detached: SQLite reuses the highest rowid, so a
        # referral added next could get the same id and find its own follow-up already "done".
        FollowUp.update(referral_key=None).where(
            FollowUp.interview == interview_id, FollowUp.referral_key.in_(removed), FollowUp.done_at.is_null(False)
        ).execute()
        ReferralRow.delete().where(ReferralRow.interview == interview_id, ReferralRow.id.not_in(keep)).execute()
        saved = []
        for position, r in enumerate(referrals):
            values = {
                "name": one_line(r.name), "organization": one_line(r.organization), "contact": one_line(r.contact),
                "why": r.why,
                "outcome": r.outcome, "suggested_by": r.suggested_by, "position": position,
            }
            if r.id is None:
                r_id = ReferralRow.create(uid=new_uid(), interview=interview_id, **values).id
            else:
                ReferralRow.update(**values).where(ReferralRow.id == r.id).execute()
                r_id = r.id
            saved.append(Referral(r.name, r.organization, r.contact, r.suggested_by, r.why, r.outcome, id=r_id))
        row = Interview.get_by_id(interview_id)
        people = [p.id for p in load_interview(interview_id).interviewers]
        sync_plan(row, people, load_rules())
        reindex_interview(interview_id)
    return saved


def referral_for_follow_up(follow_up_id: int) -> Referral | None:
    follow_up = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if follow_up is None or follow_up.referral_key is None:
        return None
    r = ReferralRow.get_or_none(ReferralRow.id == follow_up.referral_key)
    if r is None:
        return None
    return Referral(r.name, r.organization, r.contact, r.suggested_by_id, r.why, r.outcome, id=r.id)


def set_referral_outcome(referral_id: int, outcome: str) -> None:
    with db_proxy.atomic():
        row = ReferralRow.get_by_id(referral_id)
        row.outcome = outcome
        row.save()
        reindex_interview(row.interview_id)


def complete_notes_step(interview_id: int, when: datetime) -> bool:
    """Writing the debrief is step 1: tick it (if still open). Returns whether it changed."""
    changed = (
        FollowUp.update(done_at=when)
        .where(FollowUp.interview == interview_id, FollowUp.step == model.Step.NOTES.value,
               FollowUp.done_at.is_null())
        .execute()
    )
    return bool(changed)


@dataclass(frozen=True)
class EarlierRound:
    interview: model.Interview
    debrief: Debrief


MAX_EARLIER_ROUNDS = 10


def earlier_rounds(interview_id: int, limit: int = MAX_EARLIER_ROUNDS) -> list[EarlierRound]:
    """Earlier interviews at the same company (newest first), for the next round.

    Only the `limit` most recent are loaded in full: a real search has a handful of rounds
    per company, and loading hundreds would make opening a debrief slow.
    """
    return [EarlierRound(load_interview(i), load_debrief(i)) for i in earlier_round_ids(interview_id, limit)]


def earlier_round_ids(interview_id: int, limit: int = MAX_EARLIER_ROUNDS) -> list[int]:
    """The ids `earlier_rounds` would load (one indexed query): the debrief shows their count at
    once and loads them in full only when the user opens the panel."""
    current = Interview.select(Interview.company_key, Interview.start_at).where(Interview.id == interview_id).get()
    # One search of the (company_key, start_at) index, newest first: the cost does not grow with
    # the file. The key is folded in Python at write time (domain/company_key.py).
    matching = [
        i for (i,) in Interview.select(Interview.id)
        .where(
            Interview.company_key == current.company_key,
            Interview.start_at < current.start_at,
            Interview.id != interview_id,
            Interview.deleted_at.is_null(),
        )
        .order_by(Interview.start_at.desc())
        .limit(limit)
        .tuples()
    ]
    return matching
