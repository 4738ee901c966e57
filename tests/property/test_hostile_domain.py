"""The plan rules and the form validators fed anything: answers or FieldErrors, never an exception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.model import Interview, Person
from desktop_app.domain.plan import PlanRules, add_business_days, build_plan
from desktop_app.domain.validation import FieldError, parse_address_list, validate_interview, validate_person

from .conftest import HUGE, expand

ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe"]
texts = st.text(max_size=40) | st.sampled_from(["", " ", HUGE, "<b>x</b>", "🚀", "\x00", "‮", "a@b.c"])
any_value = st.none() | st.booleans() | st.integers(-(2**64), 2**64) | st.floats() | st.text(max_size=10)
moments = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC))


@given(values=st.dictionaries(st.text(max_size=30) | st.sampled_from(list(PlanRules().to_dict())), any_value))
def test_plan_rules_from_anything(values: dict[str, object]) -> None:
    rules = PlanRules.from_dict(values)
    assert all(isinstance(v, int) and v >= 0 for v in rules.to_dict().values())
    assert all(isinstance(p, str) and p for p in rules.problems())


@given(minutes=st.lists(st.integers(0, 10**6), min_size=8, max_size=8), end=moments, zone=st.sampled_from(ZONES),
       people=st.lists(st.integers(0, 10**9), max_size=5, unique=True),
       referrals=st.lists(st.integers(0, 10**9), max_size=5, unique=True))
def test_build_plan_for_any_sensible_rules(minutes: list[int], end: datetime, zone: str, people: list[int],
                                           referrals: list[int]) -> None:
    names = list(PlanRules().to_dict())
    values = dict(zip(names, minutes, strict=True))
    values["referral_remind_business_days"] %= 1000
    values["referral_due_business_days"] %= 1000
    rules = PlanRules.from_dict(values)
    plan = build_plan(end.astimezone(ZoneInfo(zone)), zone, people, referrals, rules)
    assert len(plan) == 1 + 2 * len(people) + len(referrals)  # notes; e-mail and card per person; referrals
    if not rules.problems():
        assert all(step.remind_at <= step.due_at for step in plan)
    assert all(step.due_at >= end for step in plan)


@given(moment=moments, days=st.integers(0, 3000), zone=st.sampled_from(ZONES))
def test_business_days_land_on_a_weekday(moment: datetime, days: int, zone: str) -> None:
    result = add_business_days(moment, days, zone)
    assert result >= moment
    if days:
        assert result.astimezone(ZoneInfo(zone)).weekday() < 5


@given(company=texts, role=texts, round_=texts, location=texts, zone=texts | st.sampled_from(ZONES),
       start=st.datetimes(timezones=st.sampled_from([UTC, ZoneInfo("Europe/Berlin")])) | st.datetimes(),
       length=st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=3)),
       people=st.lists(st.builds(Person, name=texts, title=texts, email=texts, postal_address=texts), max_size=3))
def test_validate_interview_answers_with_field_errors(company: str, role: str, round_: str, location: str, zone: str,
                                                      start: datetime, length: timedelta,
                                                      people: list[Person]) -> None:
    try:
        end = start + length
    except OverflowError:
        return
    people = [Person(expand(p.name), expand(p.title), expand(p.email), expand(p.postal_address)) for p in people]
    interview = Interview(expand(company), expand(role), start, end, expand(zone), round=expand(round_),
                          location=expand(location), interviewers=people)
    errors = validate_interview(interview)
    assert all(isinstance(e, FieldError) and e.field and e.message for e in errors)
    for person in people:
        assert all(isinstance(e, FieldError) for e in validate_person(person))


@given(text=st.text(max_size=300) | st.just("a@b.example, <HUGE>"))
def test_address_lists(text: str) -> None:
    valid, invalid = parse_address_list(expand(text))
    assert len({v.lower() for v in valid}) == len(valid)
    assert all("@" in v for v in valid)
