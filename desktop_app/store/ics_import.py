"""Importing calendar invitations: what each event will do, then doing it in one transaction.

`plan_import` decides per event — a new interview, an update of the one imported from the
same UID, a cancellation, or nothing (an older copy) — without writing. The GUI shows
that plan for confirmation (company and role editable); `apply_import` then validates
every interview and writes them all, or nothing.

On an update the invitation's time, zone and place win; what the user typed (company,
role, round, status, notes) is kept, and new attendees are added to the interviewers
(nobody is removed: they may have been added by hand). Saving moves the open follow-ups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from zoneinfo import ZoneInfo

import peewee

from ..domain.invitation import CONTEXT as NOTE_CONTEXT
from ..domain.invitation import Invitation, InvitationEvent, cap_interviewers, draft_interview, skipped_note
from ..domain.model import Interview, Person, Status
from ..domain.one_line import clip
from ..domain.validation import MAX_INTERVIEWERS, MAX_LONG_TEXT, validate_interview
from ..domain.words import Words
from .database import db_proxy
from .errors import QT_TRANSLATE_NOOP, ImportFormatError
from .interviews import load_interview, save_interview
from .models import CalendarLink
from .models import Interview as InterviewRow
from .models import Person as PersonRow

#: Why an event is skipped, and what the command line says per event (context "InvitationNote")
NEWER_ALREADY = Words(NOTE_CONTEXT, QT_TRANSLATE_NOOP("InvitationNote",
                                                      "you already have a newer version of this invitation"))
UP_TO_DATE = QT_TRANSLATE_NOOP("InvitationNote", "it is already up to date")
CANCELLED_UNKNOWN = QT_TRANSLATE_NOOP("InvitationNote", "it was cancelled, and it is not among your interviews")
WITHDRAWN_ALREADY = QT_TRANSLATE_NOOP("InvitationNote", "it is already marked withdrawn")
SKIPPED_EVENT = QT_TRANSLATE_NOOP("InvitationNote", "Skipped %1: %2.")
WITHDRAWN_EVENT = QT_TRANSLATE_NOOP("InvitationNote", "Marked %1 on %2 withdrawn: the invitation was cancelled.")
ADDED = QT_TRANSLATE_NOOP("InvitationNote", "Added %1, %2.")
ADDED_WITH = QT_TRANSLATE_NOOP("InvitationNote", "Added %1, %2, with %3.")
UPDATED = QT_TRANSLATE_NOOP("InvitationNote", "Updated %1, %2.")
UPDATED_WITH = QT_TRANSLATE_NOOP("InvitationNote", "Updated %1, %2, with %3.")
AN_EVENT = QT_TRANSLATE_NOOP("InvitationNote", "an event")
AT_ZONE = QT_TRANSLATE_NOOP("InvitationNote", "%1 (%2)")


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"
    CANCEL = "cancel"
    SKIP = "skip"


@dataclass
class ImportItem:
    """One event and what importing it will do. `interview` is what will be stored."""

    event: InvitationEvent
    action: Action
    interview: Interview
    reason: Words | None = None  # why an event is skipped

    @property
    def label(self) -> str:
        return " — ".join(p for p in (self.interview.company.strip(), self.interview.role.strip()) if p)


@dataclass
class ImportResult:
    interview_ids: list[int] = field(default_factory=list)
    counts: dict[Action, int] = field(default_factory=dict)

    def count(self, action: Action) -> int:
        return self.counts.get(action, 0)


def plan_import(invitation: Invitation, my_addresses: Iterable[str]) -> list[ImportItem]:
    mine = list(my_addresses)
    items: list[ImportItem] = []
    for event in invitation.events:
        skipped: list[Person] = []
        draft = draft_interview(event, mine)
        draft.location = draft.location[:MAX_LONG_TEXT]
        draft.interviewers, skipped = cap_interviewers(draft.interviewers)
        draft.interviewers = reuse_people(draft.interviewers)
        link = CalendarLink.get_or_none(CalendarLink.ics_uid == event.uid)
        stored = load_interview(link.interview_id) if link is not None else None
        if event.cancelled:
            items.append(_cancellation(event, draft, link, stored))
        elif stored is None or link is None:
            items.append(ImportItem(event, Action.NEW, draft))
        elif event.sequence < link.sequence:
            items.append(ImportItem(event, Action.SKIP, stored, NEWER_ALREADY))
        else:
            known = {p.email.lower() for p in stored.interviewers if p.email}
            added = [p for p in draft.interviewers if not p.email or p.email.lower() not in known]
            added, more = cap_interviewers(added, MAX_INTERVIEWERS - len(stored.interviewers))
            skipped += more
            updated = replace(
                stored, start=event.start, end=event.end, timezone=event.timezone,
                location=draft.location or stored.location, interviewers=[*stored.interviewers, *added],
            )
            if updated == stored:
                items.append(ImportItem(event, Action.SKIP, stored, Words(NOTE_CONTEXT, UP_TO_DATE)))
            else:
                items.append(ImportItem(event, Action.UPDATE, updated))
        note = skipped_note(skipped) if skipped else ""
        if note and items[-1].action in (Action.NEW, Action.UPDATE) and note not in event.notes:
            event.notes.append(note)  # shown in the import dialog and printed by the CLI
    return items


def _cancellation(
    event: InvitationEvent, draft: Interview, link: CalendarLink | None, stored: Interview | None
) -> ImportItem:
    if stored is None or link is None:
        return ImportItem(event, Action.SKIP, draft, Words(NOTE_CONTEXT, CANCELLED_UNKNOWN))
    if event.sequence < link.sequence:
        return ImportItem(event, Action.SKIP, stored, NEWER_ALREADY)
    if stored.status == Status.WITHDRAWN:
        return ImportItem(event, Action.SKIP, stored, Words(NOTE_CONTEXT, WITHDRAWN_ALREADY))
    return ImportItem(event, Action.CANCEL, replace(stored, status=Status.WITHDRAWN))


def reuse_people(people: list[Person]) -> list[Person]:
    """Attendees already met (same e-mail, any case) are the stored people, not new ones."""
    emails = {p.email.lower() for p in people if p.id is None and p.email}
    if not emails:
        return people
    rows = (
        PersonRow.select()
        .where(peewee.fn.lower(PersonRow.email).in_(sorted(emails)))
        .order_by(PersonRow.id)
    )
    known: dict[str, Person] = {}
    for row in rows:
        known.setdefault(row.email.lower(), Person(
            id=row.id, name=row.name, title=row.title, email=row.email, postal_address=row.postal_address,
            form_of_address=row.form_of_address,
        ))
    return [known.get(p.email.lower(), p) if p.id is None and p.email else p for p in people]


def check_items(items: list[ImportItem]) -> None:
    """Refuse the whole import if any interview would be invalid; names the event."""
    for number, item in enumerate(items, 1):
        if item.action not in (Action.NEW, Action.UPDATE):
            continue
        problems = validate_interview(item.interview)
        if problems and not item.event.summary.strip() and not item.interview.company.strip():
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "Event %1 of the invitation has no title: enter the company (import it in the window, "
                "where the company can be typed). Nothing was imported."), number)
        if problems:
            title = item.event.summary or item.label or "no title"
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP("StoreError", "Event %1 (“%2”): %3 Nothing was imported."),
                                           number, clip(title), problems[0])


def apply_import(items: list[ImportItem]) -> ImportResult:
    """Write the plan: all of it in one transaction, or nothing."""
    check_items(items)
    result = ImportResult()
    with db_proxy.atomic():
        for item in items:
            result.counts[item.action] = result.count(item.action) + 1
            if item.action is Action.SKIP:
                continue
            interview = item.interview
            if item.action is Action.CANCEL:
                assert interview.id is not None
                InterviewRow.update(status=Status.WITHDRAWN.value).where(InterviewRow.id == interview.id).execute()
                interview_id = interview.id
            else:
                # People created by an earlier event of this same file are reused too.
                interview.interviewers = reuse_people(interview.interviewers)
                interview_id = save_interview(interview)
                InterviewRow.update(deleted_at=None).where(InterviewRow.id == interview_id).execute()
            CalendarLink.insert(
                interview=interview_id, ics_uid=item.event.uid, sequence=item.event.sequence,
            ).on_conflict_replace().execute()
            result.interview_ids.append(interview_id)
    return result


def describe(item: ImportItem) -> str:
    """One line in English: what happened to this event, then its notes (logs and tests)."""
    return " ".join(str(part) for part in describe_words(item))


def describe_words(item: ImportItem, when: str = "") -> list[Words]:
    """What happened to this event, then its notes: a line for the CLI (each part translated there).

    `when` is the interview's start as the caller writes it (in its zone); English by default."""
    start = item.interview.start.astimezone(ZoneInfo(item.interview.timezone))
    at = Words(NOTE_CONTEXT, AT_ZONE, (when or start.strftime("%a %d %b %Y %H:%M"), item.interview.timezone))
    label: str | Words = item.label or item.event.summary or Words(NOTE_CONTEXT, AN_EVENT)
    if item.action is Action.SKIP:
        return [Words(NOTE_CONTEXT, SKIPPED_EVENT, (label, item.reason or ""))]
    if item.action is Action.CANCEL:
        return [Words(NOTE_CONTEXT, WITHDRAWN_EVENT, (label, at))]
    people = ", ".join(p.name for p in item.interview.interviewers)
    new = item.action is Action.NEW
    if people:
        line = Words(NOTE_CONTEXT, ADDED_WITH if new else UPDATED_WITH, (label, at, people))
    else:
        line = Words(NOTE_CONTEXT, ADDED if new else UPDATED, (label, at))
    return [line, *item.event.notes]
