"""Thank-you e-mail drafts (one per interview and interviewer) and the messages sent.

The models live here rather than in models.py: nothing else reads these tables, and the
module stays one self-contained piece of the mail feature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee

from ..domain.model import Step
from .database import db_proxy
from .follow_up_queries import set_done
from .models import BaseModel, FollowUp, Interview, Person, UtcDateTimeField


class EmailDraft(BaseModel):
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, on_delete="CASCADE")
    subject = peewee.TextField(default="")
    body = peewee.TextField(default="")
    updated_at = UtcDateTimeField()

    class Meta:
        primary_key = peewee.CompositeKey("interview", "person")


class SentEmail(BaseModel):
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    sent_at = UtcDateTimeField()
    message_id = peewee.TextField(default="")
    recipients = peewee.TextField(default="")
    subject = peewee.TextField(default="")
    body = peewee.TextField(default="")
    how = peewee.TextField(default="smtp")  # "smtp", or "manual" when marked sent by hand


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    updated_at: datetime


@dataclass(frozen=True)
class SentMessage:
    person_id: int | None
    sent_at: datetime
    message_id: str
    recipients: str
    subject: str
    body: str
    how: str


def load_draft(interview_id: int, person_id: int) -> Draft | None:
    row = EmailDraft.get_or_none((EmailDraft.interview == interview_id) & (EmailDraft.person == person_id))
    return None if row is None else Draft(row.subject, row.body, row.updated_at)


def save_draft(interview_id: int, person_id: int, subject: str, body: str, when: datetime) -> None:
    """One upsert per autosave: the draft survives a crash and a restart."""
    EmailDraft.insert(interview=interview_id, person=person_id, subject=subject, body=body,
                      updated_at=when).on_conflict_replace().execute()


def thank_you_follow_up(interview_id: int, person_id: int) -> int | None:
    row = (FollowUp.select(FollowUp.id)
           .where((FollowUp.interview == interview_id) & (FollowUp.person == person_id)
                  & (FollowUp.step == Step.THANK_YOU_EMAIL.value))
           .first())
    return None if row is None else int(row.id)


def thank_you_done(interview_id: int, person_id: int) -> bool:
    fid = thank_you_follow_up(interview_id, person_id)
    return fid is not None and FollowUp.get_by_id(fid).done_at is not None


def record_sent(interview_id: int, person_id: int, message: SentMessage) -> None:
    """Keep the message and tick that interviewer's e-mail step (which cancels its reminder),
    in one transaction: a sent message never leaves the step open, nor the other way round."""
    with db_proxy.atomic():
        SentEmail.create(interview=interview_id, person=person_id, sent_at=message.sent_at,
                         message_id=message.message_id, recipients=message.recipients,
                         subject=message.subject, body=message.body, how=message.how)
        follow_up = thank_you_follow_up(interview_id, person_id)
        if follow_up is not None:
            set_done(follow_up, message.sent_at)


def sent_messages(interview_id: int) -> list[SentMessage]:
    query = SentEmail.select().where(SentEmail.interview == interview_id).order_by(SentEmail.sent_at, SentEmail.id)
    return [SentMessage(r.person_id, r.sent_at, r.message_id, r.recipients, r.subject, r.body, r.how)
            for r in query]

