"""Interchange format version 4 (docs/INTERCHANGE.md): the reply radar's state travels with the
data. Per sent e-mail, where its copy was filed in Sent and what answered it (reply,
auto-reply, bounce: headers and first lines, as stored); per referral, its answers.

Kept apart from interchange.py / json_import.py, which only call the four functions here, so
the export and import of everything else stay as they were. The IMAP account itself is a
settings row (`imap_account`, never a password) and travels with the other settings; the
UIDVALIDITY/UIDNEXT of this machine's folders do not travel (the next check starts over,
and recording a finding twice is impossible: store/reply_store.py).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from .errors import QT_TRANSLATE_NOOP, ImportFormatError
from .import_validation import Where, place
from .models import Referral
from .reply_store import MailFinding, SentCopy

KINDS = ("reply", "auto_reply", "bounce")
_TEXT_LIMITS = {"message_id": 1000, "sender": 320, "sender_name": 500, "subject": 500, "first_lines": 1000,
                "detail": 1000}


def _finding(row: MailFinding) -> dict[str, Any]:
    return {"kind": row.kind, "message_id": row.message_id, "received_at": row.received_at.isoformat(),
            "sender": row.sender, "sender_name": row.sender_name, "subject": row.subject,
            "first_lines": row.first_lines, "detail": row.detail, "until": row.until}


def _order(item: dict[str, Any]) -> tuple[str, str, str]:
    return (item["received_at"], item["kind"], item["message_id"])


def sent_states() -> dict[int, dict[str, Any]]:
    """For every sent e-mail id: {"filed_in_sent": folder or None, "findings": [...]}, two queries."""
    filed = {row.sent_email_id: row.folder for row in SentCopy.select()}
    findings: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in MailFinding.select().where(MailFinding.sent_email.is_null(False)):
        findings[row.sent_email_id].append(_finding(row))
    ids = set(filed) | set(findings)
    return {i: {"filed_in_sent": filed.get(i), "findings": sorted(findings.get(i, []), key=_order)} for i in ids}


def empty_state() -> dict[str, Any]:
    return {"filed_in_sent": None, "findings": []}


def check_ins_off(interview_uid: dict[int, str]) -> list[str]:
    """The interviews the user switched the "Check in with …" nudge off for, by id."""
    from .check_in_store import CheckInOff

    return sorted(interview_uid[i] for (i,) in CheckInOff.select(CheckInOff.interview).tuples() if i in interview_uid)


def referral_answers(referral_uid: dict[int, str]) -> list[dict[str, Any]]:
    answers = [{"referral": referral_uid[row.referral_id], **_finding(row)}
               for row in MailFinding.select().where(MailFinding.referral.is_null(False))
               if row.referral_id in referral_uid]
    return sorted(answers, key=lambda a: (a["referral"], *_order(a)))


# ---------------------------------------------------------------------------------------- import


def upgrade(doc: dict[str, Any], version: int) -> None:
    """Files before version 4 have no radar state: nothing filed, nothing found."""
    if version < 4:
        for sent in doc.get("sent_emails", []):
            if isinstance(sent, dict):
                sent.update(empty_state())
        doc["referral_answers"] = []
        doc["check_ins_off"] = []


def check_finding(item: Any, where: Where) -> None:
    if not isinstance(item, dict):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: a finding must be an object."), where)
    if item.get("kind") not in KINDS:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: unknown finding kind %2."), where, repr(item.get('kind')))
    for key, limit in _TEXT_LIMITS.items():
        value = item.get(key)
        if not isinstance(value, str) or len(value) > limit:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: “%2” is missing, not text or too long."), where, str(key))
    try:
        received = datetime.fromisoformat(str(item.get("received_at")))
        until = item.get("until")
        if until is not None:
            date.fromisoformat(until)
    except (TypeError, ValueError):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “received_at” or “until” is not an ISO 8601 date."), where) from None
    if received.tzinfo is None:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “received_at” has no UTC offset."), where)


def check_sent_state(sent: dict[str, Any], where: Where) -> None:
    """Missing keys mean "nothing filed, nothing found" (a file written by another tool)."""
    sent.setdefault("filed_in_sent", None)
    sent.setdefault("findings", [])
    folder = sent.get("filed_in_sent")
    if folder is not None and (not isinstance(folder, str) or len(folder) > 1000):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “filed_in_sent” must be a folder name or null."), where)
    findings = sent.get("findings")
    if not isinstance(findings, list):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “findings” must be a list."), where)
    for n, item in enumerate(findings, 1):
        check_finding(item, place(QT_TRANSLATE_NOOP("StoreError", "%1, finding %2"), where, n))


def check_check_ins_off(doc: dict[str, Any], interview_uids: set[str]) -> None:
    off = doc.setdefault("check_ins_off", [])
    if not isinstance(off, list) or any(uid not in interview_uids for uid in off):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file: “check_ins_off” must list interview ids of the file."))


def import_check_ins_off(doc: dict[str, Any], interview_ids: dict[str, int], now: datetime) -> None:
    from .check_in_store import set_check_ins_enabled

    for uid in doc.get("check_ins_off", []):
        set_check_ins_enabled(interview_ids[uid], False, now)


def check_referral_answers(doc: dict[str, Any], referral_uids: set[str]) -> None:
    answers = doc.setdefault("referral_answers", [])
    if not isinstance(answers, list):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file: “referral_answers” must be a list."))
    for n, item in enumerate(answers, 1):
        where = place(QT_TRANSLATE_NOOP("StoreError", "Referral answer %1"), n)
        check_finding(item, where)
        if item.get("referral") not in referral_uids:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: names no referral in the file."), where)


def _store(item: dict[str, Any], sent_id: int | None, referral_id: int | None) -> None:
    """Added once: the same finding already here (kind, Message-ID, target) is left as it is."""
    MailFinding.insert(
        kind=item["kind"], sent_email=sent_id, referral=referral_id, message_id=item["message_id"],
        received_at=datetime.fromisoformat(item["received_at"]), sender=item["sender"],
        sender_name=item["sender_name"], subject=item["subject"], first_lines=item["first_lines"],
        detail=item["detail"], until=item["until"], found_at=datetime.fromisoformat(item["received_at"]),
    ).on_conflict_ignore().execute()


def import_sent_state(sent_id: int, sent: dict[str, Any]) -> None:
    if sent.get("filed_in_sent") is not None:
        filed_at = max([datetime.fromisoformat(sent["sent_at"])]
                       + [datetime.fromisoformat(f["received_at"]) for f in sent["findings"]])
        SentCopy.insert(sent_email=sent_id, folder=sent["filed_in_sent"], filed_at=filed_at) \
            .on_conflict_ignore().execute()
    for item in sent["findings"]:
        _store(item, sent_id, None)


def import_referral_answers(doc: dict[str, Any]) -> None:
    answers = doc.get("referral_answers", [])
    if not answers:
        return
    ids = dict(Referral.select(Referral.uid, Referral.id).where(Referral.uid.in_({a["referral"] for a in answers}))
               .tuples())
    for item in answers:
        _store(item, None, ids[item["referral"]])
