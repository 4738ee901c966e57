"""The follow-up plan: which steps, and when each is reminded and due."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.model import Step
from desktop_app.domain.plan import PlanRules, add_business_days, build_plan

from .conftest import aware

NY = "America/New_York"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def only(plan: list, step: Step) -> list:
    return [p for p in plan if p.step is step]


def test_default_rules_are_the_issue_deadlines() -> None:
    rules = PlanRules()
    assert (rules.notes_remind_minutes, rules.notes_due_minutes) == (0, 60)
    assert (rules.email_remind_minutes, rules.email_due_minutes) == (60, 240)
    assert (rules.card_remind_minutes, rules.card_due_minutes) == (120, 24 * 60)
    assert (rules.referral_remind_business_days, rules.referral_due_business_days) == (1, 2)
    assert rules.problems() == []


def test_plan_for_a_weekday_interview_with_default_rules() -> None:
    end = utc("2026-03-04 15:00")  # a Wednesday
    plan = build_plan(end, "UTC", interviewer_keys=[11], referral_keys=[1])

    assert [(p.step, p.person_key, p.referral_key) for p in plan] == [
        (Step.NOTES, None, None),
        (Step.THANK_YOU_EMAIL, 11, None),
        (Step.HANDWRITTEN_NOTE, 11, None),
        (Step.REFERRAL, None, 1),
    ]
    notes, email, card, referral = plan
    assert (notes.remind_at, notes.due_at) == (end, end + timedelta(hours=1))
    assert (email.remind_at, email.due_at) == (end + timedelta(hours=1), end + timedelta(hours=4))
    assert (card.remind_at, card.due_at) == (end + timedelta(hours=2), end + timedelta(hours=24))
    assert (referral.remind_at, referral.due_at) == (utc("2026-03-05 15:00"), utc("2026-03-06 15:00"))
    assert all(p.due_at.utcoffset() == timedelta(0) for p in plan)


def test_every_interviewer_gets_an_email_and_a_card_in_their_order() -> None:
    plan = build_plan(utc("2026-03-04 15:00"), "UTC", interviewer_keys=[30, 10, 20])

    assert [p.step for p in plan] == [Step.NOTES] + [Step.THANK_YOU_EMAIL] * 3 + [Step.HANDWRITTEN_NOTE] * 3
    assert [p.person_key for p in only(plan, Step.THANK_YOU_EMAIL)] == [30, 10, 20]
    assert [p.person_key for p in only(plan, Step.HANDWRITTEN_NOTE)] == [30, 10, 20]
    assert len({p.key for p in plan}) == len(plan)


def test_an_interview_without_interviewers_or_referrals_only_needs_notes() -> None:
    plan = build_plan(utc("2026-03-04 15:00"), "UTC", interviewer_keys=[])
    assert [p.step for p in plan] == [Step.NOTES]


def test_one_referral_follow_up_per_referral_key() -> None:
    plan = build_plan(utc("2026-03-04 15:00"), "UTC", interviewer_keys=[], referral_keys=[1, 2, 3])
    assert [p.referral_key for p in only(plan, Step.REFERRAL)] == [1, 2, 3]


def test_custom_rules_are_used() -> None:
    end = utc("2026-03-04 15:00")
    rules = PlanRules(email_due_minutes=30, card_due_minutes=48 * 60, referral_due_business_days=5)
    plan = build_plan(end, "UTC", [1], [1], rules)

    assert only(plan, Step.THANK_YOU_EMAIL)[0].due_at == end + timedelta(minutes=30)
    assert only(plan, Step.HANDWRITTEN_NOTE)[0].due_at == end + timedelta(hours=48)
    assert only(plan, Step.REFERRAL)[0].due_at == utc("2026-03-11 15:00")  # Wed + 5 business days


# ------------------------------------------------------------------ daylight saving


def test_handwritten_note_is_due_24_elapsed_hours_later_across_spring_forward() -> None:
    end = aware("2026-03-07 16:00", NY)  # Saturday, EST; clocks go forward on Sunday 02:00
    card = only(build_plan(end, NY, [1]), Step.HANDWRITTEN_NOTE)[0]

    assert card.due_at - end == timedelta(hours=24)
    assert card.due_at == utc("2026-03-08 21:00")
    local = card.due_at.astimezone(aware("2026-03-08 12:00", NY).tzinfo)
    assert (local.date().isoformat(), local.hour, local.minute) == ("2026-03-08", 17, 0)


def test_referrals_keep_wall_clock_time_across_spring_forward() -> None:
    end = aware("2026-03-06 16:00", NY)  # Friday 16:00 EST = 21:00 UTC
    referral = only(build_plan(end, NY, [], [1]), Step.REFERRAL)[0]

    assert referral.remind_at == aware("2026-03-09 16:00", NY) == utc("2026-03-09 20:00")
    assert referral.due_at == aware("2026-03-10 16:00", NY) == utc("2026-03-10 20:00")


def test_referrals_keep_wall_clock_time_across_fall_back() -> None:
    end = aware("2026-10-30 16:00", NY)  # Friday 16:00 EDT; clocks go back on Sunday 1 November
    referral = only(build_plan(end, NY, [], [1]), Step.REFERRAL)[0]

    assert referral.remind_at == utc("2026-11-02 21:00")  # Monday 16:00 EST
    assert referral.due_at == utc("2026-11-03 21:00")


def test_hour_offsets_are_elapsed_time_across_fall_back() -> None:
    end = aware("2026-10-31 18:00", NY)  # Saturday EDT
    card = only(build_plan(end, NY, [1]), Step.HANDWRITTEN_NOTE)[0]
    local = card.due_at.astimezone(end.tzinfo)
    assert card.due_at - end == timedelta(hours=24)
    assert (local.day, local.hour) == (1, 17)  # Sunday 17:00 EST, not 18:00


# ------------------------------------------------------------------ weekends


@pytest.mark.parametrize(
    ("end_local", "remind_local", "due_local"),
    [
        ("2026-03-02 10:00", "2026-03-03 10:00", "2026-03-04 10:00"),  # Monday -> Tue, Wed
        ("2026-03-05 17:00", "2026-03-06 17:00", "2026-03-09 17:00"),  # Thursday -> Fri, Mon
        ("2026-03-06 17:00", "2026-03-09 17:00", "2026-03-10 17:00"),  # Friday -> Mon, Tue
        ("2026-03-07 11:00", "2026-03-09 11:00", "2026-03-10 11:00"),  # Saturday -> Mon, Tue
        ("2026-03-08 11:00", "2026-03-09 11:00", "2026-03-10 11:00"),  # Sunday -> Mon, Tue
    ],
)
def test_referral_deadlines_skip_weekends(end_local: str, remind_local: str, due_local: str) -> None:
    zone = "Europe/Berlin"
    referral = only(build_plan(aware(end_local, zone), zone, [], [1]), Step.REFERRAL)[0]
    assert referral.remind_at == aware(remind_local, zone)
    assert referral.due_at == aware(due_local, zone)
    assert referral.due_at.astimezone(aware(due_local, zone).tzinfo).weekday() < 5


def test_business_days_are_counted_on_the_interviews_own_calendar() -> None:
    # Monday 08:30 in Tokyo is still Sunday in UTC: counting in UTC would give Monday.
    end = aware("2026-03-09 08:30", "Asia/Tokyo")
    assert add_business_days(end, 1, "Asia/Tokyo") == aware("2026-03-10 08:30", "Asia/Tokyo")
    # Friday 20:00 in Los Angeles is already Saturday in UTC: counting in UTC would give Tuesday.
    friday = aware("2026-03-13 20:00", "America/Los_Angeles")
    assert add_business_days(friday, 1, "America/Los_Angeles") == aware("2026-03-16 20:00", "America/Los_Angeles")


def test_add_business_days_returns_utc() -> None:
    result = add_business_days(aware("2026-03-04 09:00", NY), 2, NY)
    assert result.tzinfo is UTC
    assert result == utc("2026-03-06 14:00")


# ------------------------------------------------------------------ the machine's zone


@pytest.fixture
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Change the process's local time zone; restored after the test."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_the_plan_does_not_depend_on_the_machines_time_zone(machine_zone: Callable[[str], None]) -> None:
    end = aware("2026-03-06 17:00", NY)  # Friday evening in New York, Saturday morning in Tokyo
    plans = []
    for zone in ("Asia/Tokyo", "Pacific/Kiritimati", "America/Los_Angeles", "UTC"):
        machine_zone(zone)
        plans.append(build_plan(end, NY, [1, 2], [1]))
    assert all(plan == plans[0] for plan in plans)
    referral = only(plans[0], Step.REFERRAL)[0]
    assert referral.due_at == aware("2026-03-10 17:00", NY)  # Tuesday, counted in New York


def test_machine_zone_fixture_really_changes_local_time(machine_zone: Callable[[str], None]) -> None:
    machine_zone("Asia/Tokyo")
    assert datetime(2026, 1, 1, 12).astimezone().utcoffset() == timedelta(hours=9)
    machine_zone("America/Los_Angeles")
    assert datetime(2026, 1, 1, 12).astimezone().utcoffset() == timedelta(hours=-8)


# ------------------------------------------------------------------ bad input


def test_a_naive_end_is_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        build_plan(datetime(2026, 3, 4, 15, 0), "UTC", [1])


def test_rules_from_settings_ignore_unknown_keys_and_bad_values() -> None:
    rules = PlanRules.from_dict({
        "notes_due_minutes": 30,
        "email_due_minutes": "240",
        "card_due_minutes": -5,
        "card_remind_minutes": 1.5,
        "referral_due_business_days": True,
        "referral_remind_business_days": None,
        "no_such_rule": 99,
    })
    assert rules == PlanRules(notes_due_minutes=30)


def test_rules_survive_a_round_trip_through_a_dict() -> None:
    rules = PlanRules(email_due_minutes=120, referral_due_business_days=3)
    assert PlanRules.from_dict(rules.to_dict()) == rules
    assert PlanRules.from_dict({}) == PlanRules()


def test_problems_names_every_reminder_after_its_deadline() -> None:
    rules = PlanRules(email_remind_minutes=300, referral_remind_business_days=3)
    problems = rules.problems()
    assert len(problems) == 2
    assert "thank-you e-mail" in problems[0]
    assert "referral" in problems[1]
    assert PlanRules(email_remind_minutes=240).problems() == []  # equal is fine
