"""peewee models mirroring the schema that `migrations.py` creates.

Datetimes are stored as fixed-width UTC text (`YYYY-MM-DD HH:MM:SS`) so that ORDER BY
and range comparisons in SQLite are correct; they come back as aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime

import peewee

from .database import db_proxy

_FORMAT = "%Y-%m-%d %H:%M:%S"


def to_db_time(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a time zone first")
    return value.astimezone(UTC).strftime(_FORMAT)


def from_db_time(value: str) -> datetime:
    # fromisoformat reads our fixed format several times faster than strptime, which
    # matters for the thousands of times a month page and an export parse.
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


class UtcDateTimeField(peewee.Field):
    field_type = "TEXT"

    def db_value(self, value: datetime | None) -> str | None:
        return None if value is None else to_db_time(value)

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else from_db_time(value)


class BaseModel(peewee.Model):
    class Meta:
        database = db_proxy
        legacy_table_names = False


class Person(BaseModel):
    uid = peewee.TextField(unique=True)
    name = peewee.TextField()
    title = peewee.TextField(default="")
    email = peewee.TextField(default="")
    postal_address = peewee.TextField(default="")
    personal_notes = peewee.TextField(default="")
    form_of_address = peewee.TextField(default="")  # domain.model.FORMS_OF_ADDRESS (schema 11)


class Interview(BaseModel):
    uid = peewee.TextField(unique=True)
    company = peewee.TextField()
    role = peewee.TextField(default="")
    round = peewee.TextField(default="")
    start_at = UtcDateTimeField()
    end_at = UtcDateTimeField()
    timezone = peewee.TextField()
    location = peewee.TextField(default="")
    status = peewee.TextField(default="scheduled")
    deleted_at = UtcDateTimeField(null=True)
    company_key = peewee.TextField(default="")  # domain.company_key.company_key(company): earlier rounds


class InterviewPerson(BaseModel):
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE", backref="links")
    person = peewee.ForeignKeyField(Person, on_delete="CASCADE", backref="links")
    position = peewee.IntegerField(default=0)
    talked_about = peewee.TextField(default="")

    class Meta:
        primary_key = peewee.CompositeKey("interview", "person")


class FollowUp(BaseModel):
    uid = peewee.TextField(unique=True)
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE", backref="follow_ups")
    step = peewee.TextField()
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    referral_key = peewee.IntegerField(null=True)
    due_at = UtcDateTimeField()
    remind_at = UtcDateTimeField()
    done_at = UtcDateTimeField(null=True)
    alert_at = UtcDateTimeField(null=True)
    printed_at = UtcDateTimeField(null=True)  # handwritten note: when its draft was last printed


class CalendarLink(BaseModel):
    """The calendar invitation (iCalendar UID and SEQUENCE) an interview came from."""

    interview = peewee.ForeignKeyField(Interview, primary_key=True, on_delete="CASCADE", backref="calendar_link")
    ics_uid = peewee.TextField(unique=True)
    sequence = peewee.IntegerField(default=0)


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()


class Debrief(BaseModel):
    interview = peewee.ForeignKeyField(Interview, primary_key=True, on_delete="CASCADE")
    observations = peewee.TextField(default="")
    discussed = peewee.TextField(default="")
    recent_projects = peewee.TextField(default="")
    organizations = peewee.TextField(default="")
    industry_events = peewee.TextField(default="")
    conferences = peewee.TextField(default="")
    company_meetings = peewee.TextField(default="")
    anything_else = peewee.TextField(default="")


class OpenQuestion(BaseModel):
    uid = peewee.TextField(unique=True)
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    question = peewee.TextField()
    answer = peewee.TextField(default="")
    answered = peewee.BooleanField(default=False)  # answered in the interview: nothing owed
    asked_by = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL", column_name="asked_by")


class Referral(BaseModel):
    uid = peewee.TextField(unique=True)
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    name = peewee.TextField(default="")
    organization = peewee.TextField(default="")
    contact = peewee.TextField(default="")
    suggested_by = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL", column_name="suggested_by")
    why = peewee.TextField(default="")
    outcome = peewee.TextField(default="")


class SearchSource(BaseModel):
    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE")
    source = peewee.TextField()


class CardDraft(BaseModel):
    """A handwritten-note draft for one interviewer of one interview (step 3)."""

    interview = peewee.ForeignKeyField(Interview, on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, on_delete="CASCADE")
    body = peewee.TextField(default="")
    size = peewee.TextField(default="a2")
    orientation = peewee.TextField(default="portrait")
    panel = peewee.TextField(default="whole")
    guides = peewee.BooleanField(default=True)
    line_spacing = peewee.FloatField(default=24.0)
    envelope = peewee.TextField(default="")
    updated_at = UtcDateTimeField()

    class Meta:
        primary_key = peewee.CompositeKey("interview", "person")
