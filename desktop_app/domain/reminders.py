"""Pure rules of reminders: what a notification says, snooze times, catch-up, pausing.

Times are aware datetimes; the caller passes the user's zone where wall-clock times
matter ("tomorrow at 9:00" is 9:00 where the user is).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from .model import Step

SNOOZE_SHORT = timedelta(hours=1)
MORNING = time(9, 0)
#: QTimer takes a signed 32-bit number of milliseconds: about 24.8 days.
MAX_TIMER_MS = 2**31 - 1


@dataclass(frozen=True)
class Reminder:
    """An open follow-up whose alert time has come, with what a notification needs."""

    follow_up_id: int
    interview_id: int
    step: Step
    company: str
    role: str
    person: str | None
    due_at: datetime
    alert_at: datetime


def title(reminder: Reminder) -> str:
    who = reminder.person or ""
    if reminder.step == Step.NOTES:
        return f"Write your notes on the {reminder.company} interview"
    if reminder.step == Step.THANK_YOU_EMAIL:
        return f"Send your thank-you e-mail to {who}".rstrip()
    if reminder.step == Step.HANDWRITTEN_NOTE:  # the reminder is the time to print; the deadline, to mail
        return f"Print the card draft for {who}, then mail it" if who else "Print the card draft, then mail it"
    if reminder.step == Step.CHECK_IN:
        return f"Check in with {who}: no reply yet" if who else "Check in: no reply yet"
    return f"Contact {who}" if who else "Contact the referral"


def body(reminder: Reminder, due_text: str) -> str:
    """`due_text` is the due time formatted for the user (locale and zone are the UI's job)."""
    what = ", ".join(p for p in (reminder.company, reminder.role) if p)
    return f"{what} · due {due_text}"


def summary_title(count: int) -> str:
    noun = "follow-up" if count == 1 else "follow-ups"
    return f"{count} {noun} came due while Finish Strong was closed"


def tomorrow_morning(now: datetime, zone: tzinfo) -> datetime:
    """9:00 tomorrow where the user is, as UTC (a wall time, so DST is respected)."""
    local = now.astimezone(zone)
    target = datetime.combine(local.date() + timedelta(days=1), MORNING, tzinfo=zone)
    return target.astimezone(UTC)


def snooze_until(now: datetime, option: str, zone: tzinfo) -> datetime:
    if option == "hour":
        return (now + SNOOZE_SHORT).astimezone(UTC)
    if option == "tomorrow":
        return tomorrow_morning(now, zone)
    raise ValueError(f"unknown snooze option {option!r}")


def next_wake(next_alert: datetime | None, paused_until: datetime | None, now: datetime) -> datetime | None:
    """When the scheduler must next look: the next alert, but not before a pause ends."""
    if next_alert is None:
        return None
    if paused_until is not None and paused_until > now:
        return max(next_alert, paused_until)
    return next_alert


def timer_interval_ms(wake: datetime, now: datetime) -> int:
    """Milliseconds until `wake`, never negative, capped to what one QTimer can wait.

    A longer wait is split: the timer fires at the cap and the scheduler re-arms.
    """
    millis = int((wake - now).total_seconds() * 1000)
    return max(0, min(millis, MAX_TIMER_MS))


def split_catch_up(due: list[Reminder]) -> tuple[list[Reminder], list[Reminder]]:
    """At start-up: (one summary, shown singly). Everything already due is one summary, whatever its age —
    six reminders of one panel a minute old are one notification, not seven; a single one is itself.
    """
    if len(due) == 1:
        return [], list(due)
    return list(due), []
