"""Reminder state in the database: the next alert time, what is due, fired, snoozed, paused.

`follow_up.alert_at` is the single source of truth: set to the reminder time when a
follow-up is planned (or moved), to a later time by a snooze, and to NULL once the
notification was shown or the step is done. So a reminder fires once, a snooze
survives a restart, and a step ticked anywhere cancels its alert.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from peewee import JOIN, fn

from ..domain.model import Step
from ..domain.reminders import Reminder
from .database import db_proxy
from .follow_up_queries import WHO, WITHDRAWN
from .models import FollowUp, Interview, Person, Referral
from .settings_store import get_setting, set_setting

PAUSED_UNTIL_KEY = "reminders_paused_until"


def next_alert_time() -> datetime | None:
    """The earliest pending alert: one query, served by the partial index on alert_at."""
    value = (
        FollowUp.select(fn.MIN(FollowUp.alert_at))
        .join(Interview)
        .where(FollowUp.alert_at.is_null(False), Interview.deleted_at.is_null(), Interview.status != WITHDRAWN)
        .scalar()
    )
    return value  # peewee applies the field's converter to MIN


def due_alerts(now: datetime) -> list[Reminder]:
    """Open follow-ups whose alert time has come, oldest first."""
    query = (
        _reminder_query()
        .where(
            FollowUp.alert_at.is_null(False), FollowUp.alert_at <= now,
            FollowUp.done_at.is_null(), Interview.deleted_at.is_null(), Interview.status != WITHDRAWN,
        )
        .order_by(FollowUp.alert_at, FollowUp.id)
        .tuples()
    )
    return [Reminder(fid, iid, Step(step), company, role, who, due_at, alert_at)
            for fid, iid, step, company, role, who, due_at, alert_at in query]


def mark_shown(follow_up_ids: list[int]) -> None:
    """The notification was shown: never again for these (until snoozed or moved)."""
    if follow_up_ids:
        FollowUp.update(alert_at=None).where(FollowUp.id.in_(follow_up_ids)).execute()


def snooze(follow_up_ids: list[int], until: datetime) -> None:
    with db_proxy.atomic():
        FollowUp.update(alert_at=until).where(FollowUp.id.in_(follow_up_ids), FollowUp.done_at.is_null()).execute()


def snooze_all_pending(now: datetime, until: datetime) -> int:
    """'Snooze all for 1 hour': every alert due by `until` (shown or not) moves to `until`."""
    return int(
        FollowUp.update(alert_at=until)
        .where(FollowUp.done_at.is_null(), FollowUp.alert_at.is_null(False), FollowUp.alert_at <= until)
        .execute()
    )


def still_open(follow_up_ids: list[int]) -> set[int]:
    """Which of these follow-ups are still open (to withdraw notifications of the rest)."""
    if not follow_up_ids:
        return set()
    rows = FollowUp.select(FollowUp.id).where(FollowUp.id.in_(follow_up_ids), FollowUp.done_at.is_null()).tuples()
    return {fid for (fid,) in rows}


def paused_until() -> datetime | None:
    value = get_setting(PAUSED_UNTIL_KEY)
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def set_paused_until(until: datetime | None) -> None:
    set_setting(PAUSED_UNTIL_KEY, until.isoformat() if until else None)


def _reminder_query():  # type: ignore[no-untyped-def]
    return (
        FollowUp.select(
            FollowUp.id, Interview.id, FollowUp.step, Interview.company, Interview.role, WHO,
            FollowUp.due_at, FollowUp.alert_at,
        )
        .join(Interview)
        .switch(FollowUp)
        .join(Person, join_type=JOIN.LEFT_OUTER)
        .switch(FollowUp)
        .join(Referral, join_type=JOIN.LEFT_OUTER, on=(FollowUp.referral_key == Referral.id))
    )


def open_due_by(end: datetime, limit: int = 50) -> list[Reminder]:
    """Open follow-ups due before `end` (overdue first): the tray menu's list."""
    query = (
        _reminder_query()
        .where(FollowUp.done_at.is_null(), FollowUp.due_at < end, Interview.deleted_at.is_null(),
               Interview.status != WITHDRAWN)
        .order_by(FollowUp.due_at, FollowUp.id)
        .limit(limit)
        .tuples()
    )
    return [Reminder(fid, iid, Step(step), company, role, who, due_at, alert_at or due_at)
            for fid, iid, step, company, role, who, due_at, alert_at in query]


def due_by_count(end: datetime) -> int:
    """Open follow-ups due before `end` (today's and overdue ones): the tray's number."""
    return int(
        FollowUp.select(FollowUp.id)
        .join(Interview)
        .where(FollowUp.done_at.is_null(), FollowUp.due_at < end, Interview.deleted_at.is_null(),
               Interview.status != WITHDRAWN)
        .count()
    )


class FollowUpTarget(NamedTuple):
    """Where a follow-up is done: its interview, its step, and whom it is about (if anyone)."""

    interview_id: int
    step: Step
    person_id: int | None


def follow_up_target(follow_up_id: int) -> FollowUpTarget | None:
    """Where 'Open' on a follow-up's notification or checklist row leads (one query)."""
    row = (FollowUp.select(FollowUp.interview, FollowUp.step, FollowUp.person)
           .where(FollowUp.id == follow_up_id).tuples().first())
    return FollowUpTarget(row[0], Step(row[1]), row[2]) if row else None
