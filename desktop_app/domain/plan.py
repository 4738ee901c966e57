"""The follow-up plan: which steps an interview needs and when each is due.

Rules (defaults editable in Settings):

1. notes            — remind at the interview's end, due 1 hour after it;
2. thank-you e-mail — one per interviewer, remind 1 hour after the end, due 4 hours after;
3. handwritten note — one per interviewer, remind 2 hours after the end, due 24 hours after;
4. referral         — one per referral, remind 1 business day after the end, due 2.

Hour offsets are *elapsed* time: "within 24 hours" means 24 real hours even when a
daylight-saving change falls in between. Business-day offsets are counted on the
calendar of the interview's own time zone and keep its wall-clock time (Friday
17:00 + 2 business days = Tuesday 17:00 there), skipping Saturdays and Sundays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta

from .model import PlannedFollowUp, Step


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; domain/ imports no Qt."""
    return text


#: PlanRules.problems(): fixed sentences, translated by their text in the context "DomainText"
#: (ui/shared/domain_words.py `domain_text`; the CLI and the JSON import through domain/words.py).
REMINDER_AFTER_DEADLINE = {
    "notes": QT_TRANSLATE_NOOP("DomainText", "The notes reminder comes after its deadline."),
    "email": QT_TRANSLATE_NOOP("DomainText", "The thank-you e-mail reminder comes after its deadline."),
    "card": QT_TRANSLATE_NOOP("DomainText", "The handwritten note reminder comes after its deadline."),
    "referral": QT_TRANSLATE_NOOP("DomainText", "The referral reminder comes after its deadline."),
}


@dataclass(frozen=True)
class PlanRules:
    """Offsets from the interview's end. Minutes for hour-based steps, days for referrals."""

    notes_remind_minutes: int = 0
    notes_due_minutes: int = 60
    email_remind_minutes: int = 60
    email_due_minutes: int = 4 * 60
    card_remind_minutes: int = 2 * 60
    card_due_minutes: int = 24 * 60
    referral_remind_business_days: int = 1
    referral_due_business_days: int = 2

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, object]) -> PlanRules:
        """Build rules from stored settings, ignoring unknown keys and bad values."""
        known: dict[str, int] = {}
        for f in fields(cls):
            value = values.get(f.name)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                known[f.name] = value
        return cls(**known)

    def problems(self) -> list[str]:
        """Human-readable reasons these rules make no sense (reminder after deadline)."""
        pairs = [
            (REMINDER_AFTER_DEADLINE["notes"], self.notes_remind_minutes, self.notes_due_minutes),
            (REMINDER_AFTER_DEADLINE["email"], self.email_remind_minutes, self.email_due_minutes),
            (REMINDER_AFTER_DEADLINE["card"], self.card_remind_minutes, self.card_due_minutes),
            (REMINDER_AFTER_DEADLINE["referral"], self.referral_remind_business_days, self.referral_due_business_days),
        ]
        return [text for text, remind, due in pairs if remind > due]


def add_business_days(moment: datetime, days: int, zone: str) -> datetime:
    """`moment` plus `days` working days (Mon–Fri) in `zone`, same wall-clock time.

    A start on a weekend counts from that weekend: Saturday + 1 business day = Monday.
    The result is aware and expressed in UTC.
    """
    # zoneinfo is imported here, not at start-up: its import reads Python's build configuration
    # (sysconfig) to find the zone files, about 0.4 MiB that the first paint does not need.
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    local = moment.astimezone(tz)
    day = local.date()
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    wall = datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=tz)
    # A wall time that does not exist (spring-forward gap) is normalised by the round trip.
    return wall.astimezone(UTC)


def build_plan(
    end: datetime,
    timezone: str,
    interviewer_keys: Iterable[int],
    referral_keys: Iterable[int] = (),
    rules: PlanRules | None = None,
) -> list[PlannedFollowUp]:
    """Every follow-up an interview ending at `end` needs, in checklist order."""
    if end.tzinfo is None:
        raise ValueError("the interview's end must be timezone-aware")
    rules = rules or PlanRules()
    end_utc = end.astimezone(UTC)

    def after(minutes: int) -> datetime:
        return end_utc + timedelta(minutes=minutes)

    plan = [PlannedFollowUp(Step.NOTES, after(rules.notes_due_minutes), after(rules.notes_remind_minutes))]
    people = list(interviewer_keys)
    per_person = (
        (Step.THANK_YOU_EMAIL, rules.email_due_minutes, rules.email_remind_minutes),
        (Step.HANDWRITTEN_NOTE, rules.card_due_minutes, rules.card_remind_minutes),
    )
    for step, due, remind in per_person:
        plan += [PlannedFollowUp(step, after(due), after(remind), person_key=p) for p in people]
    plan += [
        PlannedFollowUp(
            Step.REFERRAL,
            add_business_days(end_utc, rules.referral_due_business_days, timezone),
            add_business_days(end_utc, rules.referral_remind_business_days, timezone),
            referral_key=r,
        )
        for r in referral_keys
    ]
    return plan


def is_overdue(due_at: datetime, done_at: datetime | None, now: datetime) -> bool:
    return done_at is None and due_at < now
