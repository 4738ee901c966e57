"""The JSON interchange format (documented in docs/INTERCHANGE.md).

Export is deterministic — fixed key order, sorted records, stable ids — so that
export → import into an empty folder → export gives a byte-identical file.
Import validates the whole file before writing anything, then writes it in one
transaction, matching records by id so that importing twice changes nothing.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..domain import model
from ..domain.validation import validate_interview
from .database import db_proxy
from .errors import ImportFormatError
from .models import CalendarLink, FollowUp, Interview, InterviewPerson, Person
from .settings_store import all_settings, set_setting

FORMAT_NAME = "finish-strong"
#: 2 added `interviews[].invitation` (the calendar invitation's UID and SEQUENCE); 1 is still read.
FORMAT_VERSION = 2


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def export_data() -> dict[str, Any]:
    people = {p.id: p for p in Person.select()}
    links: dict[int, list[tuple[int, int]]] = {}
    for link in InterviewPerson.select().tuples():
        interview_id, person_id, position = link
        links.setdefault(interview_id, []).append((position, person_id))
    follow_ups: dict[int, list[FollowUp]] = {}
    for f in FollowUp.select():
        follow_ups.setdefault(f.interview_id, []).append(f)
    invitations = {link.interview_id: {"uid": link.ics_uid, "sequence": link.sequence}
                   for link in CalendarLink.select()}
    interviews = Interview.select().where(Interview.deleted_at.is_null()).order_by(Interview.start_at, Interview.uid)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "settings": all_settings(),
        "people": [
            {
                "id": p.uid,
                "name": p.name,
                "title": p.title,
                "email": p.email,
                "postal_address": p.postal_address,
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
                "notes": i.notes,
                "invitation": invitations.get(i.id),
                "interviewers": [people[pid].uid for _, pid in sorted(links.get(i.id, []))],
                "follow_ups": [
                    {
                        "id": f.uid,
                        "step": f.step,
                        "person": people[f.person_id].uid if f.person_id else None,
                        "referral_key": f.referral_key,
                        "due_at": _iso(f.due_at),
                        "remind_at": _iso(f.remind_at),
                        "done_at": _iso(f.done_at),
                    }
                    for f in sorted(follow_ups.get(i.id, []), key=lambda f: f.uid)
                ],
            }
            for i in interviews
        ],
    }


def export_json() -> str:
    return json.dumps(export_data(), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------- import


def _require(obj: Any, key: str, kind: type | tuple[type, ...], where: str, nullable: bool = False) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise ImportFormatError(f"{where}: “{key}” is missing.")
    value = obj[key]
    if value is None and nullable:
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise ImportFormatError(f"{where}: “{key}” has the wrong type.")
    return value


def _time(obj: dict[str, Any], key: str, where: str, nullable: bool = False) -> datetime | None:
    text = _require(obj, key, str, where, nullable)
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ImportFormatError(f"{where}: “{key}” is not an ISO 8601 date-time ({text!r}).") from exc
    if value.tzinfo is None:
        raise ImportFormatError(f"{where}: “{key}” has no UTC offset ({text!r}).")
    return value


def parse_import(text: str) -> dict[str, Any]:
    """Check the whole document; returns it normalised or raises ImportFormatError."""
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ImportFormatError(f"The file is not valid JSON ({exc}).") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ImportFormatError("The file is not a Finish Strong export (no “format”: “finish-strong”).")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFormatError("The file has no valid format “version”.")
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"The file uses format version {version}; this Finish Strong reads up to {FORMAT_VERSION}. "
            "Please update Finish Strong."
        )
    settings = doc.get("settings", {})
    if not isinstance(settings, dict):
        raise ImportFormatError("“settings” must be an object.")
    people = _require(doc, "people", list, "The file")
    interviews = _require(doc, "interviews", list, "The file")
    people_by_id: dict[str, model.Person] = {}
    for n, p in enumerate(people, 1):
        where = f"Person {n}"
        uid = _require(p, "id", str, where)
        person = model.Person(
            name=_require(p, "name", str, where),
            title=_require(p, "title", str, where),
            email=_require(p, "email", str, where),
            postal_address=_require(p, "postal_address", str, where),
        )
        if not uid or uid in people_by_id:
            raise ImportFormatError(f"{where}: the id {uid!r} is empty or used twice.")
        people_by_id[uid] = person
    seen: set[str] = set()
    follow_up_ids: set[str] = set()
    invitation_uids: set[str] = set()
    for n, i in enumerate(interviews, 1):
        where = f"Interview {n}"
        uid = _require(i, "id", str, where)
        if not uid or uid in seen:
            raise ImportFormatError(f"{where}: the id {uid!r} is empty or used twice.")
        seen.add(uid)
        status = _require(i, "status", str, where)
        if status not in {s.value for s in model.Status}:
            raise ImportFormatError(f"{where}: unknown status {status!r}.")
        interviewer_ids = _require(i, "interviewers", list, where)
        for pid in interviewer_ids:
            if pid not in people_by_id:
                raise ImportFormatError(f"{where}: interviewer {pid!r} is not in “people”.")
        candidate = model.Interview(
            company=_require(i, "company", str, where),
            role=_require(i, "role", str, where),
            round=_require(i, "round", str, where),
            start=_time(i, "start", where),  # type: ignore[arg-type]
            end=_time(i, "end", where),  # type: ignore[arg-type]
            timezone=_require(i, "timezone", str, where),
            location=_require(i, "location", str, where),
            notes=_require(i, "notes", str, where),
            status=model.Status(status),
            interviewers=[people_by_id[pid] for pid in interviewer_ids],
        )
        _check_invitation(i, where, invitation_uids)
        problems = validate_interview(candidate)
        if problems:
            raise ImportFormatError(f"{where} ({candidate.company or 'no company'}): {problems[0].message}")
        for m, f in enumerate(_require(i, "follow_ups", list, where), 1):
            fwhere = f"{where}, follow-up {m}"
            fid = _require(f, "id", str, fwhere)
            if not fid or fid in follow_up_ids:
                raise ImportFormatError(f"{fwhere}: the id {fid!r} is empty or used twice.")
            follow_up_ids.add(fid)
            if _require(f, "step", str, fwhere) not in {s.value for s in model.Step}:
                raise ImportFormatError(f"{fwhere}: unknown step {f['step']!r}.")
            person = _require(f, "person", str, fwhere, nullable=True)
            if person is not None and person not in people_by_id:
                raise ImportFormatError(f"{fwhere}: person {person!r} is not in “people”.")
            _require(f, "referral_key", int, fwhere, nullable=True)
            for key in ("due_at", "remind_at"):
                _time(f, key, fwhere)
            _time(f, "done_at", fwhere, nullable=True)
    return doc


def _check_invitation(interview: dict[str, Any], where: str, seen: set[str]) -> None:
    """Version 2's optional `invitation`: null, or the UID (once per file) and a SEQUENCE ≥ 0."""
    invitation = interview.get("invitation")
    if invitation is None:
        return
    if not isinstance(invitation, dict):
        raise ImportFormatError(f"{where}: “invitation” must be an object or null.")
    uid = _require(invitation, "uid", str, f"{where}, invitation")
    sequence = _require(invitation, "sequence", int, f"{where}, invitation")
    if not uid or uid in seen:
        raise ImportFormatError(f"{where}: the invitation UID {uid!r} is empty or used twice.")
    if sequence < 0:
        raise ImportFormatError(f"{where}: the invitation sequence is negative.")
    seen.add(uid)


def _store_invitation(interview_id: int, invitation: dict[str, Any] | None) -> None:
    CalendarLink.delete().where(CalendarLink.interview == interview_id).execute()
    if invitation is not None:
        # The file wins: a link to the same invitation held by another interview moves here.
        CalendarLink.delete().where(CalendarLink.ics_uid == invitation["uid"]).execute()
        CalendarLink.create(interview=interview_id, ics_uid=invitation["uid"], sequence=invitation["sequence"])


def import_json(text: str) -> tuple[int, int]:
    """Import an export; returns (interviews, people) in the file. All or nothing."""
    doc = parse_import(text)
    with db_proxy.atomic():
        for key, value in sorted(doc.get("settings", {}).items()):
            set_setting(key, value)
        person_ids: dict[str, int] = {}
        for p in doc["people"]:
            values = {k: p[k] for k in ("name", "title", "email", "postal_address")}
            existing = Person.get_or_none(Person.uid == p["id"])
            if existing is None:
                person_ids[p["id"]] = Person.create(uid=p["id"], **values).id
            else:
                Person.update(**values).where(Person.id == existing.id).execute()
                person_ids[p["id"]] = existing.id
        for i in doc["interviews"]:
            values = {
                "company": i["company"], "role": i["role"], "round": i["round"],
                "start_at": datetime.fromisoformat(i["start"]), "end_at": datetime.fromisoformat(i["end"]),
                "timezone": i["timezone"], "location": i["location"], "status": i["status"],
                "notes": i["notes"], "deleted_at": None,
            }
            existing = Interview.get_or_none(Interview.uid == i["id"])
            if existing is None:
                interview_id = Interview.create(uid=i["id"], **values).id
            else:
                interview_id = existing.id
                Interview.update(**values).where(Interview.id == interview_id).execute()
            _store_invitation(interview_id, i.get("invitation"))
            InterviewPerson.delete().where(InterviewPerson.interview == interview_id).execute()
            for position, pid in enumerate(i["interviewers"]):
                InterviewPerson.create(interview=interview_id, person=person_ids[pid], position=position)
            FollowUp.delete().where(FollowUp.interview == interview_id).execute()
            for f in i["follow_ups"]:
                FollowUp.delete().where(FollowUp.uid == f["id"]).execute()
                FollowUp.create(
                    uid=f["id"], interview=interview_id, step=f["step"],
                    person=person_ids[f["person"]] if f["person"] else None,
                    referral_key=f["referral_key"],
                    due_at=datetime.fromisoformat(f["due_at"]),
                    remind_at=datetime.fromisoformat(f["remind_at"]),
                    done_at=datetime.fromisoformat(f["done_at"]) if f["done_at"] else None,
                )
    return len(doc["interviews"]), len(doc["people"])

