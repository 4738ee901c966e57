"""The reply radar's records: sent copies filed over IMAP, findings (reply, auto-reply, bounce)
matched to a sent thank-you or a referral, and each folder's UIDVALIDITY/UIDNEXT.

Only the headers and first lines of matched messages are stored; nothing else from the
mailbox reaches the database. A finding is recorded once per (kind, Message-ID, target),
so a folder read again after its UIDVALIDITY changed adds nothing twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import peewee

from ..domain.model import Step
from ..domain.reply_match import FindingKind, Incoming, Match, ReferralContact, SentRecord
from .database import db_proxy
from .email_store import SentEmail, thank_you_follow_up
from .models import BaseModel, FollowUp, Interview, Person, Referral, UtcDateTimeField, from_db_time

_EMAIL = re.compile(r"[^\s<>(),;:\"']+@[^\s<>(),;:\"']+\.[^\s<>(),;:\"']+")


class SentCopy(BaseModel):
    sent_email = peewee.ForeignKeyField(SentEmail, primary_key=True, on_delete="CASCADE")
    folder = peewee.TextField()
    filed_at = UtcDateTimeField()


class MailFinding(BaseModel):
    kind = peewee.TextField()
    sent_email = peewee.ForeignKeyField(SentEmail, null=True, on_delete="CASCADE")
    referral = peewee.ForeignKeyField(Referral, null=True, on_delete="CASCADE")
    message_id = peewee.TextField()
    received_at = UtcDateTimeField()
    sender = peewee.TextField(default="")
    sender_name = peewee.TextField(default="")
    subject = peewee.TextField(default="")
    first_lines = peewee.TextField(default="")
    detail = peewee.TextField(default="")  # a bounce's reason
    until = peewee.TextField(null=True)  # an out-of-office return date, ISO
    found_at = UtcDateTimeField()


class ImapFolderState(BaseModel):
    account = peewee.TextField()
    folder = peewee.TextField()
    uidvalidity = peewee.IntegerField()
    uidnext = peewee.IntegerField()
    checked_at = UtcDateTimeField()

    class Meta:
        primary_key = peewee.CompositeKey("account", "folder")


@dataclass(frozen=True)
class PendingCopy:
    sent_id: int
    message_id: str
    recipients: str
    subject: str
    body: str
    sent_at: datetime


@dataclass(frozen=True)
class Finding:
    """One line of `finish-strong mail check`: what was found, for which interview and person."""

    kind: str  # "reply", "auto_reply", "bounce", "filed_sent"
    interview: str  # the interview's uid
    company: str
    person: str
    follow_up: str | None  # the follow-up's uid (the e-mail step, or the referral step)
    message_id: str
    received_at: datetime | None
    subject: str
    detail: str = ""


@dataclass(frozen=True)
class Outcome:
    """The newest finding of a sent e-mail, as shown on the interview."""

    kind: str
    received_at: datetime
    sender: str
    subject: str
    first_lines: str
    detail: str
    until: date | None
    message_id: str = ""  # to open the answer in the mail app (a mid: link)


@dataclass(frozen=True)
class StoredAnswer:
    """One answer as stored: all the `.eml` fallback may contain (mail/answer_file.py)."""

    message_id: str
    sender: str
    sender_name: str
    subject: str
    received_at: datetime
    first_lines: str


def _outcome(row: MailFinding) -> Outcome:
    return Outcome(row.kind, row.received_at, row.sender_name or row.sender, row.subject, row.first_lines,
                   row.detail, date.fromisoformat(row.until) if row.until else None,
                   row.message_id if row.message_id.endswith(">") and "imap.invalid" not in row.message_id else "")


def addresses(text: str) -> tuple[str, ...]:
    from email.utils import getaddresses  # not on the start-up path (the checklist imports this module)

    found = [a.lower() for _, a in getaddresses([text]) if "@" in a]
    return tuple(dict.fromkeys(found or (m.lower() for m in _EMAIL.findall(text))))


def pending_copies() -> list[PendingCopy]:
    """Thank-yous sent over SMTP and not yet filed in Sent (a failed append is retried)."""
    query = (SentEmail.select().join(SentCopy, peewee.JOIN.LEFT_OUTER, on=(SentCopy.sent_email == SentEmail.id))
             .where(SentCopy.sent_email.is_null(), SentEmail.how == "smtp", SentEmail.message_id != "")
             .order_by(SentEmail.sent_at, SentEmail.id))
    return [PendingCopy(r.id, r.message_id, r.recipients, r.subject, r.body, r.sent_at) for r in query]


def mark_filed(sent_id: int, folder: str, when: datetime) -> None:
    SentCopy.insert(sent_email=sent_id, folder=folder, filed_at=when).on_conflict_ignore().execute()


def sent_records() -> list[SentRecord]:
    query = (SentEmail.select(SentEmail.id, SentEmail.message_id, SentEmail.recipients, SentEmail.sent_at)
             .join(Interview).where(Interview.deleted_at.is_null()))
    return [SentRecord(r.id, r.message_id, addresses(r.recipients), r.sent_at) for r in query]


def referral_contacts(now: datetime | None = None) -> list[ReferralContact]:
    """Referrals with an address in their contact field, of interviews that ended in the last year
    (an answer to an introduction comes within months; older ones are not read for every check)."""
    query = (Referral.select(Referral.id, Referral.contact, Interview.end_at).join(Interview)
             .where(Interview.deleted_at.is_null(), Referral.contact.contains("@")))
    if now is not None:
        query = query.where(Interview.end_at >= now - timedelta(days=365))
    contacts = []
    for row in query:
        for address in dict.fromkeys(m.lower() for m in _EMAIL.findall(row.contact)):
            contacts.append(ReferralContact(row.id, address.strip("."), row.interview.end_at))
    return contacts


def folder_state(account: str, folder: str) -> tuple[int, int] | None:
    row = ImapFolderState.get_or_none((ImapFolderState.account == account) & (ImapFolderState.folder == folder))
    return None if row is None else (row.uidvalidity, row.uidnext)


def save_folder_state(account: str, folder: str, uidvalidity: int, uidnext: int, when: datetime) -> None:
    ImapFolderState.insert(account=account, folder=folder, uidvalidity=uidvalidity, uidnext=uidnext,
                           checked_at=when).on_conflict_replace().execute()


def record_finding(found: Match, message: Incoming, message_key: str, now: datetime) -> Finding | None:
    """Store a finding once; a bounce reopens the thank-you step. None when it was known already."""
    with db_proxy.atomic():
        (MailFinding.insert(
            kind=found.kind.value, sent_email=found.sent_id, referral=found.referral_id,
            message_id=(message.message_id or message_key)[:1000], received_at=message.received_at,
            sender=message.sender[:320], sender_name=message.sender_name[:500], subject=message.subject[:500],
            first_lines=message.first_lines[:1000], detail=found.reason[:1000],
            until=found.out_of_office_until.isoformat() if found.out_of_office_until else None, found_at=now,
        ).on_conflict_ignore().execute())
        # Within the interchange format's limits (store/reply_interchange.py), so an export imports again.
        if db_proxy.execute_sql("SELECT changes()").fetchone()[0] == 0:
            return None  # known already (the folder was read again)
        if found.kind is FindingKind.BOUNCE and found.sent_id is not None:
            _reopen_for(found.sent_id)
        if found.kind is FindingKind.REPLY and found.sent_id is not None:
            sent = SentEmail.get_by_id(found.sent_id)
            if sent.person_id is not None:
                from .check_in_store import remove_open_check_in

                remove_open_check_in(sent.interview_id, sent.person_id)
        if found.kind is FindingKind.REPLY and found.referral_id is not None:
            _tick_referral_step(found.referral_id, message.received_at)
    return describe(found, message)


def _tick_referral_step(referral_id: int, when: datetime) -> None:
    """The referral answered, so "Contact the referral" is done, at the answer's time — only while
    the step is open: a step the user ticked keeps its own time. (The e-mail step is ticked by the
    send itself, store/email_store.py `record_sent`; its reply is a finding shown beside it.)"""
    from .follow_up_queries import set_done

    row = (FollowUp.select(FollowUp.id).where((FollowUp.step == Step.REFERRAL.value)
                                              & (FollowUp.referral_key == referral_id)
                                              & FollowUp.done_at.is_null()).first())
    if row is not None:
        set_done(row.id, when)


def _reopen_for(sent_id: int) -> None:
    from .interviews import reopen_follow_up

    sent = SentEmail.get_by_id(sent_id)
    if sent.person_id is None:
        return
    follow_up = thank_you_follow_up(sent.interview_id, sent.person_id)
    if follow_up is not None:
        reopen_follow_up(follow_up)


def describe(found: Match, message: Incoming) -> Finding:
    interview, person, follow_up = _target(found)
    return Finding(found.kind.value, interview.uid, interview.company, person, follow_up,
                   message.message_id, message.received_at, message.subject, found.reason)


def _target(found: Match) -> tuple[Interview, str, str | None]:
    if found.sent_id is not None:
        sent = SentEmail.get_by_id(found.sent_id)
        person = Person.get_or_none(Person.id == sent.person_id) if sent.person_id else None
        fid = thank_you_follow_up(sent.interview_id, sent.person_id) if sent.person_id else None
        follow_up = FollowUp.get_by_id(fid).uid if fid is not None else None
        return Interview.get_by_id(sent.interview_id), person.name if person else sent.recipients, follow_up
    referral = Referral.get_by_id(found.referral_id)
    row = (FollowUp.select(FollowUp.uid).where((FollowUp.step == Step.REFERRAL.value)
                                               & (FollowUp.referral_key == referral.id)).first())
    return Interview.get_by_id(referral.interview_id), referral.name, row.uid if row else None


def filed_finding(copy: PendingCopy, folder: str) -> Finding:
    sent = SentEmail.get_by_id(copy.sent_id)
    interview = Interview.get_by_id(sent.interview_id)
    person = Person.get_or_none(Person.id == sent.person_id) if sent.person_id else None
    fid = thank_you_follow_up(sent.interview_id, sent.person_id) if sent.person_id else None
    return Finding("filed_sent", interview.uid, interview.company, person.name if person else copy.recipients,
                   FollowUp.get_by_id(fid).uid if fid is not None else None, copy.message_id, None, copy.subject,
                   folder)


def outcomes(interview_id: int) -> dict[int, Outcome]:
    """Per interviewer (person id): the newest reply, auto-reply or bounce to their thank-you."""
    query = (MailFinding.select(MailFinding, SentEmail.person).join(SentEmail)
             .where(SentEmail.interview == interview_id).order_by(MailFinding.received_at, MailFinding.id))
    result: dict[int, Outcome] = {}
    for row in query:
        person_id = row.sent_email.person_id if row.sent_email is not None else None
        if person_id is None:
            continue
        if row.kind == FindingKind.AUTO_REPLY.value and person_id in result \
                and result[person_id].kind == FindingKind.REPLY.value:
            continue  # a vacation notice after a real reply does not hide the reply
        result[person_id] = _outcome(row)
    return result


def outcomes_by_follow_up(interview_id: int) -> dict[int, Outcome]:
    """The checklist's view: for each thank-you step (by interviewer) and referral step (by
    referral) of the interview, its newest finding. Two small queries; empty for most interviews."""
    follow_ups = list(FollowUp.select(FollowUp.id, FollowUp.step, FollowUp.person, FollowUp.referral_key)
                      .where(FollowUp.interview == interview_id,
                             FollowUp.step.in_([Step.THANK_YOU_EMAIL.value, Step.REFERRAL.value])).tuples())
    if not follow_ups:
        return {}
    by_person = outcomes(interview_id)
    result = {fid: by_person[pid] for fid, step, pid, _ in follow_ups
              if step == Step.THANK_YOU_EMAIL.value and pid in by_person}
    referral_steps = {ref: fid for fid, step, _, ref in follow_ups if step == Step.REFERRAL.value and ref}
    if referral_steps:
        query = (MailFinding.select().where(MailFinding.referral.in_(list(referral_steps)))
                 .order_by(MailFinding.received_at, MailFinding.id))
        for row in query:
            result[referral_steps[row.referral_id]] = _outcome(row)
    return result


def stored_answer(message_id: str) -> StoredAnswer | None:
    """The newest stored finding with this Message-ID, for the `.eml` fallback (mail/answer_file.py)."""
    row = (MailFinding.select().where(MailFinding.message_id == message_id)
           .order_by(MailFinding.received_at.desc(), MailFinding.id.desc()).first())
    if row is None:
        return None
    return StoredAnswer(row.message_id, row.sender, row.sender_name, row.subject, row.received_at, row.first_lines)


def answer_cache_dir() -> Path:
    """Where `.eml` fallbacks are written: the open database's data folder, `cache/answers`."""
    return Path(db_proxy.obj.database).resolve().parent / "cache" / "answers"


def earliest_interest(now: datetime) -> datetime:
    """How far back the first check of a folder reads: the oldest thank-you still without a reply,
    else a week; never more than a year (a first check of a 20,000-message INBOX stays quick)."""
    oldest = SentEmail.select(peewee.fn.MIN(SentEmail.sent_at)).scalar()
    start = from_db_time(oldest) if isinstance(oldest, str) else now - timedelta(days=7)
    return max(start, now - timedelta(days=365)) - timedelta(days=1)
