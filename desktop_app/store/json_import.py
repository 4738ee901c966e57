"""The JSON interchange format (docs/INTERCHANGE.md): import side.

The whole document is checked before anything is written, and then written in one
transaction, matching records by id so that importing twice changes nothing.
Version 1 files (before the debrief existed) are read too: their interview `notes`
become the debrief's "anything else" section. Version 2 files (before the thank-you e-mail
and card drafts) simply have none of those.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from ..domain import model
from ..domain.cards import CARD_SIZES, MAX_LINE_SPACING_PT, MIN_LINE_SPACING_PT, Orientation, Panel
from ..domain.company_key import company_key
from ..domain.debrief import MAX_NOTE_CHARS, SECTION_KEYS, Referral, referral_problems
from ..domain.talking_points import PERSONAL, TALKED_ABOUT, PointChoice
from ..domain.talking_points import SOURCES as POINT_SOURCES
from ..domain.validation import validate_interview
from ..domain.words import Words
from . import reply_interchange
from .database import db_proxy
from .email_store import EmailDraft, SentEmail
from .errors import CONTEXT as STORE_CONTEXT
from .errors import QT_TRANSLATE_NOOP, ImportFormatError, MailSettingsChangeError
from .import_validation import (
    INTERVIEW,
    PERSON,
    Where,
    check_interviewers,
    check_moment,
    check_sequence,
    check_settings,
    check_values,
    fold_one_line_fields,
    place,
)
from .interviews import resync_plan
from .mail_settings import ACCOUNT_KEY, account_changes
from .models import CalendarLink, CardDraft, Debrief, FollowUp, Interview, InterviewPerson, OpenQuestion, Person
from .models import Referral as ReferralRow
from .search import rebuild_index, reindex_interview
from .settings_store import INTERNAL_SETTINGS, set_setting
from .talking_point_store import replace_choices

FORMAT_NAME = "finish-strong"
FORMAT_VERSION = 4
NOT_UTF8 = QT_TRANSLATE_NOOP("StoreError", "The file is not a UTF-8 text file.")
NOT_AN_EXPORT = QT_TRANSLATE_NOOP("StoreError", "The file is not a Finish Strong export (no “format”: "
                                  "“finish-strong”).")
MAIL_AND_CARD_KEYS = ("email_drafts", "sent_emails", "card_drafts")  # new in version 3
SENT_HOW = ("smtp", "manual")
REBUILD_INDEX_ABOVE = 50  # interviews; re-indexing them one by one is slower beyond this


def _require(obj: Any, key: str, kind: type | tuple[type, ...], where: Where, nullable: bool = False) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “%2” is missing."), where, str(key))
    value = obj[key]
    if value is None and nullable:
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “%2” has the wrong type."), where, str(key))
    return value


def _text(obj: Any, key: str, where: Where, default: str | None = None, limit: int = MAX_NOTE_CHARS) -> str:
    if default is not None and isinstance(obj, dict) and key not in obj:
        return default
    value: str = _require(obj, key, str, where)
    if len(value) > limit:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “%2” is too long (%3 characters)."), where, str(key), len(value))
    return value


def _time(obj: dict[str, Any], key: str, where: Where, nullable: bool = False) -> datetime | None:
    text = _require(obj, key, str, where, nullable)
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “%2” is not an ISO 8601 date-time (%3)."), where, str(key), repr(text)) from exc
    if value.tzinfo is None:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “%2” has no UTC offset (%3)."), where, str(key), repr(text))
    check_moment(value, where, key)
    return value


def _unique_id(obj: Any, where: Where, seen: set[str]) -> str:
    uid: str = _require(obj, "id", str, where)
    if not uid or uid in seen:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: the id %2 is empty or used twice."), where, repr(uid))
    seen.add(uid)
    return uid


def _upgrade_v1(doc: dict[str, Any]) -> None:
    """Reshape a version 1 document into version 2, in place (before validation)."""
    for i in doc.get("interviews", []) if isinstance(doc.get("interviews"), list) else []:
        upgrade_v1_interview(i)


def upgrade_v1_interview(i: Any) -> None:
    """Reshape one version 1 interview into version 2, in place (before validation)."""
    if isinstance(i, dict):
        notes = i.pop("notes", "")
        i["debrief"] = {"anything_else": notes} if isinstance(notes, str) else notes
        if isinstance(i.get("interviewers"), list):
            i["interviewers"] = [{"person": p, "talked_about": ""} for p in i["interviewers"]]
        i.setdefault("open_questions", [])
        i.setdefault("referrals", [])
        for f in i.get("follow_ups", []) if isinstance(i.get("follow_ups"), list) else []:
            if isinstance(f, dict):
                f.pop("referral_key", None)
                f["referral"] = None


def parse_import(text: str) -> dict[str, Any]:
    """Check the whole document; returns it normalised to the current version."""
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file is not valid JSON (%1)."), str(exc)) from exc
    except RecursionError:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file is not a Finish Strong export (it is nested far too deeply).")) from None
    if not isinstance(doc, dict):
        raise ImportFormatError.worded(NOT_AN_EXPORT)
    version = check_header(doc.get("format"), doc.get("version"))
    if version == 1:
        _upgrade_v1(doc)
    if version < 3:
        for key in MAIL_AND_CARD_KEYS:
            doc[key] = []
    reply_interchange.upgrade(doc, version)
    check_values(doc)  # lone surrogates, numbers beyond 64 bits, NaN — anywhere in the file
    check_settings(doc.get("settings", {}))  # every settings value has the type its reader expects
    people_by_id: dict[str, model.Person] = {}
    for n, p in enumerate(_require(doc, "people", list, "The file"), 1):
        check_person(p, place(PERSON, n), people_by_id)
    seen = new_seen()
    for n, i in enumerate(_require(doc, "interviews", list, "The file"), 1):
        _check_interview(i, place(INTERVIEW, n), people_by_id, seen)
    _check_mail_and_cards(doc, seen["interview"], set(people_by_id))
    reply_interchange.check_referral_answers(doc, seen["referral"])
    reply_interchange.check_check_ins_off(doc, seen["interview"])
    fold_one_line_fields(doc)  # line breaks in names, company, role… never reach a header or label
    return doc


def check_header(format_name: Any, version: Any) -> int:
    """The file's “format” and “version”; returns the version."""
    if format_name != FORMAT_NAME:
        raise ImportFormatError.worded(NOT_AN_EXPORT)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP("StoreError", "The file has no valid format “version”."))
    if version > FORMAT_VERSION:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file uses format version %1; this Finish Strong reads up to %2. Please update "
            "Finish Strong."), str(version), str(FORMAT_VERSION))
    return version


def check_person(p: Any, where: Where, people_by_id: dict[str, model.Person]) -> None:
    """One person; added to `people_by_id` (its id must be new there)."""
    uid: str = _require(p, "id", str, where)
    if not uid or uid in people_by_id:  # as _unique_id says it, without copying the keys per person
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: the id %2 is empty or used twice."), where, repr(uid))
    people_by_id[uid] = model.Person(
        name=_text(p, "name", where), title=_text(p, "title", where), email=_text(p, "email", where),
        postal_address=_text(p, "postal_address", where),
        personal_notes=_text(p, "personal_notes", where, default=""),
        form_of_address=_form_of_address(p, where),
    )


def _form_of_address(p: dict[str, Any], where: Where) -> str:
    """Optional (added within version 4 with schema 11): a file without it keeps the neutral greeting."""
    value = _text(p, "form_of_address", where, default="")
    if value not in model.FORMS_OF_ADDRESS:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “form_of_address” must be one of %2."), where,
            ", ".join(repr(f) for f in model.FORMS_OF_ADDRESS))
    return value


def new_seen() -> dict[str, set[str]]:
    """The ids met so far in a file, per kind: each may be used once."""
    return {"interview": set(), "follow_up": set(), "question": set(), "referral": set(), "invitation": set()}


def _refs(
    obj: Any, where: Where, interviews: set[str], people: set[str], nullable_person: bool = False
) -> tuple[str, Any]:
    """The `interview` and `person` ids of a draft or sent message, both known in the file."""
    interview = _require(obj, "interview", str, where)
    if interview not in interviews:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: interview %2 is not in “interviews”."), where, repr(interview))
    person = _require(obj, "person", str, where, nullable=nullable_person)
    if person is not None and person not in people:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: person %2 is not in “people”."), where, repr(person))
    return interview, person


def _check_mail_and_cards(doc: dict[str, Any], interviews: set[str], people: set[str]) -> None:
    """Version 3's thank-you e-mail drafts, sent messages and card drafts."""
    seen = new_mail_seen()
    for key, check in MAIL_AND_CARD_CHECKS.items():
        for n, record in enumerate(_require(doc, key, list, "The file"), 1):
            check(record, n, interviews, people, seen[key])


def new_mail_seen() -> dict[str, set[Any]]:
    """Per kind, the identities met so far (a draft per interview and person, a message once)."""
    return {key: set() for key in MAIL_AND_CARD_KEYS}


def _first_for_pair(item: Any, where: Where, interviews: Any, people: Any, seen: set[Any], what: str) -> None:
    """A draft or card is one per interview and person: a second one for the same pair is refused."""
    pair = _refs(item, where, interviews, people)
    if pair in seen:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: %2"), where, Words(STORE_CONTEXT, what))
    seen.add(pair)


def check_email_draft(d: Any, n: int, interviews: Any, people: Any, drafts: set[Any]) -> None:
    where = place(QT_TRANSLATE_NOOP("StoreError", "E-mail draft %1"), n)
    _first_for_pair(d, where, interviews, people, drafts, QT_TRANSLATE_NOOP(
        "StoreError", "a second draft for the same interview and person."))
    _text(d, "subject", where)
    _text(d, "body", where)
    _time(d, "updated_at", where)


def check_sent_email(m: Any, n: int, interviews: Any, people: Any, sent: set[Any]) -> None:
    where = place(QT_TRANSLATE_NOOP("StoreError", "Sent e-mail %1"), n)
    interview, person = _refs(m, where, interviews, people, nullable_person=True)
    when = _time(m, "sent_at", where)
    identity = (interview, person, when, _text(m, "message_id", where))
    if identity in sent:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: the same message is listed twice."), where)
    sent.add(identity)
    for key in ("recipients", "subject", "body"):
        _text(m, key, where)
    how = _require(m, "how", str, where)
    if how not in SENT_HOW:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: unknown “how” %2 (expected “smtp” or “manual”)."), where, repr(how))
    reply_interchange.check_sent_state(m, where)


def check_card_draft(c: Any, n: int, interviews: Any, people: Any, cards: set[Any]) -> None:
    where = place(QT_TRANSLATE_NOOP("StoreError", "Card draft %1"), n)
    _first_for_pair(c, where, interviews, people, cards, QT_TRANSLATE_NOOP(
        "StoreError", "a second card for the same interview and person."))
    _text(c, "body", where)
    _text(c, "envelope", where)
    _time(c, "updated_at", where)
    _require(c, "guides", bool, where)
    for key, allowed in (("size", CARD_SIZES), ("orientation", Orientation._value2member_map_),
                         ("panel", Panel._value2member_map_)):
        value = _require(c, key, str, where)
        if value not in allowed:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: unknown %2 %3."), where, str(key), repr(value))
    spacing = _require(c, "line_spacing", (int, float), where)
    if not MIN_LINE_SPACING_PT <= spacing <= MAX_LINE_SPACING_PT:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “line_spacing” must be %2–%3 points."), where, f"{MIN_LINE_SPACING_PT:g}",
            f"{MAX_LINE_SPACING_PT:g}")


MAIL_AND_CARD_CHECKS = {
    "email_drafts": check_email_draft, "sent_emails": check_sent_email, "card_drafts": check_card_draft,
}


def _check_interview(i: Any, where: Where, people: dict[str, model.Person], seen: dict[str, set[str]]) -> None:
    _unique_id(i, where, seen["interview"])
    _check_invitation(i, where, seen["invitation"])
    status = _require(i, "status", str, where)
    if status not in {s.value for s in model.Status}:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: unknown status %2."), where, repr(status))
    interviewers = _require(i, "interviewers", list, where)
    check_interviewers(len(interviewers), where)
    for m, link in enumerate(interviewers, 1):
        pid = _require(link, "person", str, f"{where}, interviewer {m}")
        if pid not in people:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: interviewer %2 is not in “people”."), where, repr(pid))
        _text(link, "talked_about", f"{where}, interviewer {m}")
    candidate = model.Interview(
        company=_text(i, "company", where), role=_text(i, "role", where), round=_text(i, "round", where),
        start=_time(i, "start", where),
        end=_time(i, "end", where),
        timezone=_require(i, "timezone", str, where), location=_text(i, "location", where),
        status=model.Status(status), interviewers=[people[link["person"]] for link in interviewers],
    )
    problems = validate_interview(candidate)
    if problems:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 (%2): %3"),
            where, candidate.company or place(QT_TRANSLATE_NOOP("StoreError", "no company")),
            problems[0])
    debrief = _require(i, "debrief", dict, where)
    for key in debrief:
        if key not in SECTION_KEYS:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: unknown debrief section %2."), where, repr(key))
        _text(debrief, key, f"{where}, debrief")
    for m, q in enumerate(_require(i, "open_questions", list, where), 1):
        qwhere = place(QT_TRANSLATE_NOOP("StoreError", "%1, open question %2"), where, m)
        _unique_id(q, qwhere, seen["question"])
        _text(q, "question", qwhere)
        _text(q, "answer", qwhere)
        _require(q, "answered", bool, qwhere)
        asker = _require(q, "asked_by", str, qwhere, nullable=True) if "asked_by" in q else None
        if asker is not None and asker not in people:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: “asked_by” %2 is not in “people”."), qwhere, repr(asker))
    _check_talking_points(i, where, people)
    referral_ids: set[str] = set()
    for m, r in enumerate(_require(i, "referrals", list, where), 1):
        rwhere = place(QT_TRANSLATE_NOOP("StoreError", "%1, referral %2"), where, m)
        referral_ids.add(_unique_id(r, rwhere, seen["referral"]))
        fields = {k: _text(r, k, rwhere) for k in ("name", "organization", "contact", "why", "outcome")}
        by = _require(r, "suggested_by", str, rwhere, nullable=True)
        if by is not None and by not in people:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: “suggested_by” %2 is not in “people”."), rwhere, repr(by))
        problems_r = referral_problems(Referral(**fields))
        if problems_r:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: %2"), rwhere, Words("DomainText", problems_r[0]))
    current = {link["person"] for link in interviewers}
    for m, f in enumerate(_require(i, "follow_ups", list, where), 1):
        fwhere = place(QT_TRANSLATE_NOOP("StoreError", "%1, follow-up %2"), where, m)
        _unique_id(f, fwhere, seen["follow_up"])
        step = _require(f, "step", str, fwhere)
        if step not in {s.value for s in model.Step}:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: unknown step %2."), fwhere, repr(step))
        person = _require(f, "person", str, fwhere, nullable=True)
        if person is not None and person not in people:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: person %2 is not in “people”."), fwhere, repr(person))
        per_person = step in (model.Step.THANK_YOU_EMAIL.value, model.Step.HANDWRITTEN_NOTE.value,
                              model.Step.CHECK_IN.value)
        if per_person != (person is not None):
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP("StoreError", "%1: a “%2” step needs a person.")
                                           if per_person else QT_TRANSLATE_NOOP(
                                               "StoreError", "%1: a “%2” step has no person."), fwhere, str(step))
        if per_person and f.get("done_at") is None and person not in current:
            # Done steps may outlive an interviewer who left the interview; open ones may not.
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: open step for %2, who is not an interviewer."), fwhere, repr(person))
        referral = _require(f, "referral", str, fwhere, nullable=True)
        # A done referral step may outlive its referral (removed later); an open one may not.
        detached_ok = step == "referral" and referral is None and f.get("done_at") is not None
        if (referral is not None and referral not in referral_ids) or (
            (step == "referral") != (referral is not None) and not detached_ok
        ):
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: its referral %2 does not match a referral of the interview."),
                fwhere, repr(referral))
        due, remind = _time(f, "due_at", fwhere), _time(f, "remind_at", fwhere)
        if due is not None and remind is not None and remind > due:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: it is reminded after its deadline."), fwhere)
        _time(f, "done_at", fwhere, nullable=True)
        if "alert_at" in f:
            _time(f, "alert_at", fwhere, nullable=True)
        if "printed_at" in f:
            _time(f, "printed_at", fwhere, nullable=True)


def _check_talking_points(i: Any, where: Where, people: dict[str, model.Person]) -> None:
    """Optional (added in version 3 files written since schema 7): the user's choices per ★ line."""
    if "talking_points" not in i:
        return
    lines: set[tuple[str, str | None, str]] = set()
    for m, t in enumerate(_require(i, "talking_points", list, where), 1):
        twhere = place(QT_TRANSLATE_NOOP("StoreError", "%1, talking point %2"), where, m)
        source = _require(t, "source", str, twhere)
        if source not in POINT_SOURCES:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: unknown source %2."), twhere, repr(source))
        person = _require(t, "person", str, twhere, nullable=True)
        owner = _require(t, "owner", str, twhere, nullable=True)
        for key, value in (("person", person), ("owner", owner)):
            if value is not None and value not in people:
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "%1: “%2” %3 is not in “people”."), twhere, str(key), repr(value))
        if (person is None) == (source in (TALKED_ABOUT, PERSONAL)):
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP("StoreError", "%1: a “%2” point needs a person.")
                                           if person is None else QT_TRANSLATE_NOOP(
                                               "StoreError", "%1: a “%2” point has no person."), twhere, str(source))
        line = _text(t, "line", twhere)
        _text(t, "note", twhere)
        _require(t, "phrase", str, twhere, nullable=True)
        if (source, person, line) in lines:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: the same line twice."), twhere)
        lines.add((source, person, line))


def _check_invitation(interview: Any, where: Where, seen: set[str]) -> None:
    """The optional `invitation`: null, or the UID (once per file) and a SEQUENCE ≥ 0."""
    invitation = interview.get("invitation") if isinstance(interview, dict) else None
    if invitation is None:
        return
    if not isinstance(invitation, dict):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “invitation” must be an object or null."), where)
    uid = _require(invitation, "uid", str, f"{where}, invitation")
    sequence = _require(invitation, "sequence", int, f"{where}, invitation")
    if not uid or uid in seen:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: the invitation UID %2 is empty or used twice."), where, repr(uid))
    check_sequence(sequence, where)
    seen.add(uid)


def _store_invitation(interview_id: int, invitation: dict[str, Any] | None) -> None:
    CalendarLink.delete().where(CalendarLink.interview == interview_id).execute()
    if invitation is not None:
        # The file wins: a link to the same invitation held by another interview moves here.
        CalendarLink.delete().where(CalendarLink.ics_uid == invitation["uid"]).execute()
        CalendarLink.create(interview=interview_id, ics_uid=invitation["uid"], sequence=invitation["sequence"])


def import_json(text: str, replace_settings: bool = False) -> tuple[int, int]:
    """Import an export; returns (interviews, people) in the file. All or nothing.

    A file that would change the mail server settings is refused (`MailSettingsChangeError`,
    naming each change) unless `replace_settings` says the user agreed. Large files go through
    `json_stream_import.import_json_file` instead (streamed, bounded memory); both check and
    write through the same functions.
    """
    doc = parse_import(text)
    changes = account_changes(doc.get("settings", {}).get(ACCOUNT_KEY))
    if changes and not replace_settings:
        raise MailSettingsChangeError(changes)
    with db_proxy.atomic():
        for key, value in sorted(doc.get("settings", {}).items()):
            if key not in INTERNAL_SETTINGS:
                set_setting(key, value)
        person_ids = import_people(doc["people"])
        interview_ids = [import_interview(i, person_ids) for i in doc["interviews"]]
        for interview_id, i in zip(interview_ids, doc["interviews"], strict=True):
            if not i["follow_ups"]:  # written by another tool: give it the plan every interview has
                resync_plan(interview_id)
        by_uid = dict(zip([i["id"] for i in doc["interviews"]], interview_ids, strict=True))
        for key, write in MAIL_AND_CARD_WRITERS.items():
            for record in doc[key]:
                write(record, by_uid, person_ids)
        import_replies(doc, by_uid)
        if len(interview_ids) > REBUILD_INDEX_ABOVE:
            rebuild_index()
        else:
            for interview_id in interview_ids:
                reindex_interview(interview_id)
    return len(doc["interviews"]), len(doc["people"])


# Drafts are upserted by (interview, person); a sent message already stored (same interview,
# person, time and Message-ID) is updated, not added again. Nothing stored is deleted: the
# history of sent mail only grows.

def import_email_draft(d: dict[str, Any], interview_ids: dict[str, int], person_ids: dict[str, int]) -> None:
    EmailDraft.insert(interview=interview_ids[d["interview"]], person=person_ids[d["person"]],
                      subject=d["subject"], body=d["body"],
                      updated_at=datetime.fromisoformat(d["updated_at"])).on_conflict_replace().execute()


def import_sent_email(m: dict[str, Any], interview_ids: dict[str, int], person_ids: dict[str, int]) -> None:
    identity = {
        "interview": interview_ids[m["interview"]],
        "person": person_ids[m["person"]] if m["person"] is not None else None,
        "sent_at": datetime.fromisoformat(m["sent_at"]), "message_id": m["message_id"],
    }
    rest = {"recipients": m["recipients"], "subject": m["subject"], "body": m["body"], "how": m["how"]}
    match = (SentEmail.select(SentEmail.id)
             .where(SentEmail.interview == identity["interview"], SentEmail.sent_at == identity["sent_at"],
                    SentEmail.message_id == identity["message_id"],
                    SentEmail.person.is_null() if identity["person"] is None
                    else SentEmail.person == identity["person"])
             .first())
    if match is None:
        sent_id = SentEmail.create(**identity, **rest).id
    else:
        sent_id = match.id
        SentEmail.update(**rest).where(SentEmail.id == match.id).execute()
    reply_interchange.import_sent_state(sent_id, m)  # version 4: filed in Sent, replies found


def import_card_draft(c: dict[str, Any], interview_ids: dict[str, int], person_ids: dict[str, int]) -> None:
    CardDraft.insert(
        interview=interview_ids[c["interview"]], person=person_ids[c["person"]], body=c["body"],
        size=c["size"], orientation=c["orientation"], panel=c["panel"], guides=c["guides"],
        line_spacing=float(c["line_spacing"]), envelope=c["envelope"],
        updated_at=datetime.fromisoformat(c["updated_at"]),
    ).on_conflict_replace().execute()


def import_replies(doc: dict[str, Any], interview_ids: dict[str, int]) -> None:
    """Version 4: answers found for referrals; interviews without the check-in nudge."""
    reply_interchange.import_referral_answers(doc)
    reply_interchange.import_check_ins_off(doc, interview_ids, datetime.now(UTC))


MAIL_AND_CARD_WRITERS = {
    "email_drafts": import_email_draft, "sent_emails": import_sent_email, "card_drafts": import_card_draft,
}


def import_people(people: list[dict[str, Any]]) -> dict[str, int]:
    """Create or update the people (matched by id); their row ids by file id."""
    uids = [p["id"] for p in people]
    existing: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        existing.update(Person.select(Person.uid, Person.id).where(Person.uid.in_(uids[start:start + 500])).tuples())
    ids: dict[str, int] = {}
    for p in people:
        values = {k: p.get(k, "") for k in ("name", "title", "email", "postal_address", "personal_notes")}
        if "form_of_address" in p:  # an older file leaves the form chosen here as it is
            values["form_of_address"] = p["form_of_address"]
        if p["id"] in existing:
            Person.update(**values).where(Person.id == existing[p["id"]]).execute()
            ids[p["id"]] = existing[p["id"]]
        else:
            ids[p["id"]] = Person.create(uid=p["id"], **values).id
    return ids


def _alert_at(f: dict[str, Any]) -> datetime | None:
    if "alert_at" in f:
        return datetime.fromisoformat(f["alert_at"]) if f["alert_at"] else None
    return None if f["done_at"] else datetime.fromisoformat(f["remind_at"])


def interview_values(i: dict[str, Any]) -> dict[str, Any]:
    """The interview row's fields (without id and uid), as both import paths write them."""
    return {
        "company": i["company"], "company_key": company_key(i["company"]), "role": i["role"], "round": i["round"],
        "start_at": datetime.fromisoformat(i["start"]), "end_at": datetime.fromisoformat(i["end"]),
        "timezone": i["timezone"], "location": i["location"], "status": i["status"], "deleted_at": None,
    }


def link_rows(i: dict[str, Any], interview_id: int, person_ids: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"interview": interview_id, "person": person_ids[link["person"]], "position": n,
         "talked_about": link["talked_about"]}
        for n, link in enumerate(i["interviewers"])
    ]


def debrief_sections(i: dict[str, Any]) -> dict[str, str]:
    return {key: i["debrief"].get(key, "") for key in SECTION_KEYS}


def question_rows(i: dict[str, Any], interview_id: int, person_ids: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"uid": q["id"], "interview": interview_id, "position": n, "question": q["question"], "answer": q["answer"],
         "answered": q["answered"], "asked_by": person_ids[q["asked_by"]] if q.get("asked_by") else None}
        for n, q in enumerate(i["open_questions"])
    ]


def store_talking_points(i: dict[str, Any], interview_id: int, person_ids: dict[str, int]) -> None:
    """The user's choices per ★ line; an older file (no “talking_points”) leaves the stored ones."""
    if "talking_points" in i:
        replace_choices(interview_id, [
            PointChoice(t["source"], person_ids[t["person"]] if t["person"] else None, t["line"], t["note"],
                        person_ids[t["owner"]] if t["owner"] else None, t["phrase"])
            for t in i["talking_points"]
        ])


def referral_rows(i: dict[str, Any], interview_id: int, person_ids: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"uid": r["id"], "interview": interview_id, "position": n, "name": r["name"],
         "organization": r["organization"], "contact": r["contact"], "why": r["why"], "outcome": r["outcome"],
         "suggested_by": person_ids[r["suggested_by"]] if r["suggested_by"] else None}
        for n, r in enumerate(i["referrals"])
    ]


def follow_up_rows(i: dict[str, Any], interview_id: int, person_ids: dict[str, int], referral_ids: dict[str, int],
                   printed: dict[str, datetime | None]) -> list[dict[str, Any]]:
    return [
        {
            "uid": f["id"], "interview": interview_id, "step": f["step"],
            "person": person_ids[f["person"]] if f["person"] else None,
            "referral_key": referral_ids[f["referral"]] if f["referral"] else None,
            "due_at": datetime.fromisoformat(f["due_at"]), "remind_at": datetime.fromisoformat(f["remind_at"]),
            "done_at": datetime.fromisoformat(f["done_at"]) if f["done_at"] else None,
            # Files without alert state (older exports): open steps alert at their reminder
            # time; ones already past are shown once, in the start-up summary.
            "alert_at": _alert_at(f),
            # Older files know nothing of printing: the stored "draft printed" tick stays.
            "printed_at": (datetime.fromisoformat(f["printed_at"]) if f["printed_at"] else None)
            if "printed_at" in f else printed.get(f["id"]),
        }
        for f in i["follow_ups"]
    ]


def import_interview(i: dict[str, Any], person_ids: dict[str, int]) -> int:
    """Create or update one interview and replace its children (matched by id)."""
    values = interview_values(i)
    existing = Interview.get_or_none(Interview.uid == i["id"])
    if existing is None:
        interview_id = Interview.create(uid=i["id"], **values).id
    else:
        interview_id = existing.id
        Interview.update(**values).where(Interview.id == interview_id).execute()
    _store_invitation(interview_id, i.get("invitation"))
    InterviewPerson.delete().where(InterviewPerson.interview == interview_id).execute()
    links = link_rows(i, interview_id, person_ids)
    if links:
        InterviewPerson.insert_many(links).execute()
    Debrief.delete().where(Debrief.interview == interview_id).execute()
    sections = debrief_sections(i)
    if any(sections.values()):
        Debrief.create(interview=interview_id, **sections)
    OpenQuestion.delete().where(
        (OpenQuestion.interview == interview_id) | OpenQuestion.uid.in_([q["id"] for q in i["open_questions"]])
    ).execute()
    for row in question_rows(i, interview_id, person_ids):
        OpenQuestion.create(**row)
    store_talking_points(i, interview_id, person_ids)
    replaced = (FollowUp.interview == interview_id) | FollowUp.uid.in_([f["id"] for f in i["follow_ups"]])
    printed = dict(FollowUp.select(FollowUp.uid, FollowUp.printed_at).where(replaced).tuples())
    FollowUp.delete().where(replaced).execute()
    ReferralRow.delete().where(
        (ReferralRow.interview == interview_id) | ReferralRow.uid.in_([r["id"] for r in i["referrals"]])
    ).execute()
    referral_ids = {row["uid"]: ReferralRow.create(**row).id for row in referral_rows(i, interview_id, person_ids)}
    follow_ups = follow_up_rows(i, interview_id, person_ids, referral_ids, printed)
    if follow_ups:
        FollowUp.insert_many(follow_ups).execute()
    return int(interview_id)
