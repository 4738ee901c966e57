"""The JSON interchange format (documented in docs/INTERCHANGE.md): export side.

Export is deterministic — fixed key order, sorted records, stable ids — so that
export → import into an empty folder → export gives a byte-identical file.
The import side is `json_import.py`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

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

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "export_data", "export_json", "import_json", "parse_import"]


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _by_interview(rows: Any) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.interview_id].append(row)
    return grouped


def export_data() -> dict[str, Any]:
    people = {p.id: p for p in Person.select()}
    uid_of = {pid: p.uid for pid, p in people.items()}
    links = _by_interview(InterviewPerson.select())
    follow_ups = _by_interview(FollowUp.select())
    questions = _by_interview(OpenQuestion.select())
    referrals = _by_interview(Referral.select())
    choices = _by_interview(TalkingPointRow.select())
    referral_uid = {r.id: r.uid for rows in referrals.values() for r in rows}
    debriefs = {d.interview_id: d for d in Debrief.select()}
    invitations = {link.interview_id: {"uid": link.ics_uid, "sequence": link.sequence}
                   for link in CalendarLink.select()}
    interviews = Interview.select().where(Interview.deleted_at.is_null()).order_by(Interview.start_at, Interview.uid)
    settings = {k: v for k, v in all_settings().items() if k not in INTERNAL_SETTINGS}

    def debrief_of(interview_id: int) -> dict[str, str]:
        row = debriefs.get(interview_id)
        return {key: getattr(row, key) if row else "" for key in SECTION_KEYS}

    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "settings": settings,
        "people": [
            {
                "id": p.uid,
                "name": p.name,
                "title": p.title,
                "email": p.email,
                "postal_address": p.postal_address,
                "personal_notes": p.personal_notes,
            }
            for p in sorted(people.values(), key=lambda p: p.uid)
        ],
        "interviews": [
            {
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
            for i in interviews
        ],
        **_mail_and_cards(uid_of, {i.id: i.uid for i in interviews}),
        "referral_answers": referral_answers(referral_uid),  # version 4 (store/reply_interchange.py)
        "check_ins_off": check_ins_off({i.id: i.uid for i in interviews}),
    }


def _talking_points(rows: list[Any], uid_of: dict[int, str]) -> list[dict[str, Any]]:
    """The user's choices per ★ line (owner, edited phrase), by source, person and line."""
    points = [
        {"source": t.source, "person": uid_of.get(t.source_person_id), "line": t.line_key, "note": t.note,
         "owner": uid_of.get(t.owner_id), "phrase": t.phrase}
        for t in rows
    ]
    return sorted(points, key=lambda t: (t["source"], t["person"] or "", t["line"]))


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
    return json.dumps(export_data(), indent=2, ensure_ascii=False) + "\n"
