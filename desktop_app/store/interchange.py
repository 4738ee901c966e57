"""The JSON interchange format (documented in docs/INTERCHANGE.md): export side.

Export is deterministic — fixed key order, sorted records, stable ids — so that
export → import into an empty folder → export gives a byte-identical file.
The import side is `json_import.py`.

Export streams: interviews are read in chunks of CHUNK (ordered by start, then id) with their
children fetched per chunk, and each record is written as soon as it is built, so memory stays
bounded by a chunk however large the file, and the time is linear in it. The text is exactly
`json.dumps(export_data(), indent=2, ensure_ascii=False)`; `export_data()` builds the same
records into one dict for small uses (tests, the property checks).
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, TextIO

from ..domain.debrief import SECTION_KEYS
from .email_store import EmailDraft, SentEmail
from .json_import import FORMAT_NAME, FORMAT_VERSION, import_json, parse_import
from .models import (
    CalendarLink,
    CardDraft,
    Debrief,
    FollowUp,
    Interview,
    InterviewPerson,
    OpenQuestion,
    Person,
    Referral,
)
from .reply_interchange import check_ins_off, empty_state, referral_answers, sent_states
from .settings_store import INTERNAL_SETTINGS, all_settings
from .talking_point_store import TalkingPointRow

__all__ = [
    "FORMAT_NAME", "FORMAT_VERSION", "export_data", "export_json", "import_json", "parse_import", "write_json",
]

CHUNK = 500  # interviews read (with their children) per round trip while exporting
#: (interviews written, interviews in all) — for a progress line or dialog
Progress = Callable[[int, int], None]


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _by_interview(rows: Any) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.interview_id].append(row)
    return grouped


def _settings() -> dict[str, Any]:
    return {k: v for k, v in all_settings().items() if k not in INTERNAL_SETTINGS}


def _people(uid_of: dict[int, str]) -> Iterator[dict[str, Any]]:
    """Every person, by id (uid); fills `uid_of` (row id → uid) on the way."""
    for p in Person.select().order_by(Person.uid).iterator():
        uid_of[p.id] = p.uid
        yield {
            "id": p.uid,
            "name": p.name,
            "title": p.title,
            "email": p.email,
            "postal_address": p.postal_address,
            "personal_notes": p.personal_notes,
            "form_of_address": p.form_of_address,
        }


def _exported_interviews() -> Any:
    return Interview.select().where(Interview.deleted_at.is_null())


def _interviews(uid_of: dict[int, str], interview_uid: dict[int, str]) -> Iterator[dict[str, Any]]:
    """Interviews not deleted, by start then id, each with its children; fills `interview_uid`.

    Read CHUNK at a time (keyset pagination on (start_at, uid), so each page is one index
    range), the children of a page in one query per table."""
    after: tuple[datetime, str] | None = None
    while True:
        page = _exported_interviews().order_by(Interview.start_at, Interview.uid).limit(CHUNK)
        if after is not None:
            # `start_at >= ?` first: one range of the start_at index, sorted by uid only within a start
            page = page.where(Interview.start_at >= after[0],
                              (Interview.start_at > after[0]) | (Interview.uid > after[1]))
        rows = list(page)
        if not rows:
            return
        after = (rows[-1].start_at, rows[-1].uid)
        yield from _interview_page(rows, uid_of, interview_uid)


def _interview_page(rows: list[Any], uid_of: dict[int, str], interview_uid: dict[int, str]) -> Iterator[dict[str, Any]]:
    ids = [i.id for i in rows]
    links = _by_interview(InterviewPerson.select().where(InterviewPerson.interview.in_(ids)))
    follow_ups = _by_interview(FollowUp.select().where(FollowUp.interview.in_(ids)))
    questions = _by_interview(OpenQuestion.select().where(OpenQuestion.interview.in_(ids)))
    referrals = _by_interview(Referral.select().where(Referral.interview.in_(ids)))
    keys = {f.referral_key for rows_ in follow_ups.values() for f in rows_ if f.referral_key is not None}
    referral_uid = dict(Referral.select(Referral.id, Referral.uid).where(Referral.id.in_(list(keys))).tuples())
    debriefs = {d.interview_id: d for d in Debrief.select().where(Debrief.interview.in_(ids))}
    choices = _by_interview(TalkingPointRow.select().where(TalkingPointRow.interview.in_(ids)))
    invitations = {link.interview_id: {"uid": link.ics_uid, "sequence": link.sequence}
                   for link in CalendarLink.select().where(CalendarLink.interview.in_(ids))}

    def debrief_of(interview_id: int) -> dict[str, str]:
        row = debriefs.get(interview_id)
        return {key: getattr(row, key) if row else "" for key in SECTION_KEYS}

    for i in rows:
        interview_uid[i.id] = i.uid
        yield {
            "id": i.uid,
            "company": i.company,
            "role": i.role,
            "round": i.round,
            "start": _iso(i.start_at),
            "end": _iso(i.end_at),
            "timezone": i.timezone,
            "location": i.location,
            "status": i.status,
            "invitation": invitations.get(i.id),
            "interviewers": [
                {"person": uid_of[link.person_id], "talked_about": link.talked_about}
                for link in sorted(links.get(i.id, []), key=lambda link: link.position)
            ],
            "debrief": debrief_of(i.id),
            "open_questions": [
                {"id": q.uid, "question": q.question, "answer": q.answer, "answered": q.answered,
                 "asked_by": uid_of.get(q.asked_by_id)}
                for q in sorted(questions.get(i.id, []), key=lambda q: q.position)
            ],
            "talking_points": _talking_points(choices.get(i.id, []), uid_of),
            "referrals": [
                {
                    "id": r.uid, "name": r.name, "organization": r.organization, "contact": r.contact,
                    "suggested_by": uid_of.get(r.suggested_by_id), "why": r.why, "outcome": r.outcome,
                }
                for r in sorted(referrals.get(i.id, []), key=lambda r: r.position)
            ],
            "follow_ups": [
                {
                    "id": f.uid,
                    "step": f.step,
                    "person": uid_of[f.person_id] if f.person_id else None,
                    "referral": referral_uid.get(f.referral_key) if f.referral_key is not None else None,
                    "due_at": _iso(f.due_at),
                    "remind_at": _iso(f.remind_at),
                    "done_at": _iso(f.done_at),
                    "alert_at": _iso(f.alert_at),
                    "printed_at": _iso(f.printed_at),
                }
                for f in sorted(follow_ups.get(i.id, []), key=lambda f: f.uid)
            ],
        }


def _talking_points(rows: list[Any], uid_of: dict[int, str]) -> list[dict[str, Any]]:
    """The user's choices per ★ line (owner, edited phrase), by source, person and line."""
    points = [
        {"source": t.source, "person": uid_of.get(t.source_person_id), "line": t.line_key, "note": t.note,
         "owner": uid_of.get(t.owner_id), "phrase": t.phrase}
        for t in rows
    ]
    return sorted(points, key=lambda t: (t["source"], t["person"] or "", t["line"]))


def export_data() -> dict[str, Any]:
    """The whole export as one dict (small data: tests, property checks); files use `write_json`."""
    uid_of: dict[int, str] = {}
    interview_uid: dict[int, str] = {}
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "settings": _settings(),
        "people": list(_people(uid_of)),
        "interviews": list(_interviews(uid_of, interview_uid)),
        **_mail_and_cards(uid_of, interview_uid),
        **_replies(interview_uid),
    }


def _replies(interview_uid: dict[int, str]) -> dict[str, list[Any]]:
    """Version 4 (store/reply_interchange.py): answers to referrals, interviews without the check-in."""
    referral_uid = dict(Referral.select(Referral.id, Referral.uid).join(Interview)
                        .where(Interview.deleted_at.is_null()).tuples())
    return {"referral_answers": referral_answers(referral_uid), "check_ins_off": check_ins_off(interview_uid)}


def _dump(value: Any, level: int) -> str:
    """`value` as json.dumps(indent=2) writes it `level` levels deep inside a document."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * level)


def _write_list(out: TextIO, key: str, items: Iterator[dict[str, Any]], last: bool = False,
                each: Callable[[], None] | None = None) -> None:
    out.write(f'  {json.dumps(key)}: [')
    empty = True
    for item in items:
        out.write("\n    " if empty else ",\n    ")
        out.write(_dump(item, 2))
        empty = False
        if each is not None:
            each()
    out.write("]" if empty else "\n  ]")
    out.write("\n" if last else ",\n")


def write_json(out: TextIO, progress: Progress | None = None) -> int:
    """Stream the export into `out`; returns the number of interviews written."""
    total = _exported_interviews().count() if progress is not None else 0
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % CHUNK == 0 or done == total):
            progress(done, total)

    uid_of: dict[int, str] = {}
    interview_uid: dict[int, str] = {}
    out.write("{\n")
    out.write(f'  "format": {json.dumps(FORMAT_NAME)},\n  "version": {FORMAT_VERSION},\n')
    out.write(f'  "settings": {_dump(_settings(), 1)},\n')
    _write_list(out, "people", _people(uid_of))
    _write_list(out, "interviews", _interviews(uid_of, interview_uid), each=step)
    rest = {**_mail_and_cards(uid_of, interview_uid), **_replies(interview_uid)}
    for n, (key, records) in enumerate(rest.items()):
        _write_list(out, key, iter(records), last=n == len(rest) - 1)
    out.write("}\n")
    if progress is not None and total == 0:
        progress(0, 0)
    return done


def _mail_and_cards(person_uid: dict[int, str], interview_uid: dict[int, str]) -> dict[str, list[dict[str, Any]]]:
    """Version 3: the thank-you e-mail drafts, the messages sent and the card drafts, referring to
    interviews and people by id. Rows of deleted interviews stay out, like their interview."""

    def key(row: Any) -> tuple[str, str]:
        return (interview_uid[row.interview_id], person_uid.get(row.person_id, ""))

    email_drafts = sorted((d for d in EmailDraft.select() if d.interview_id in interview_uid), key=key)
    card_drafts = sorted((d for d in CardDraft.select() if d.interview_id in interview_uid), key=key)
    states = sent_states()  # version 4: filed in Sent, replies / auto-replies / bounces
    sent = [
        {
            "interview": interview_uid[m.interview_id],
            "person": person_uid.get(m.person_id) if m.person_id is not None else None,
            "sent_at": _iso(m.sent_at),
            "message_id": m.message_id,
            "recipients": m.recipients,
            "subject": m.subject,
            "body": m.body,
            "how": m.how,
            **states.get(m.id, empty_state()),
        }
        for m in SentEmail.select()
        if m.interview_id in interview_uid
    ]
    sent.sort(key=lambda m: tuple("" if v is None else str(v) for v in m.values()))
    return {
        "email_drafts": [
            {"interview": interview_uid[d.interview_id], "person": person_uid[d.person_id], "subject": d.subject,
             "body": d.body, "updated_at": _iso(d.updated_at)}
            for d in email_drafts
        ],
        "sent_emails": sent,
        "card_drafts": [
            {
                "interview": interview_uid[d.interview_id], "person": person_uid[d.person_id], "body": d.body,
                "size": d.size, "orientation": d.orientation, "panel": d.panel, "guides": bool(d.guides),
                "line_spacing": float(d.line_spacing), "envelope": d.envelope, "updated_at": _iso(d.updated_at),
            }
            for d in card_drafts
        ],
    }


def export_json() -> str:
    """The export as one string (small data and tests; files and pipes use `write_json`)."""
    out = io.StringIO()
    write_json(out)
    return out.getvalue()
