"""What the form, the JSON import and the CLI refuse to save, and what they accept."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop_app.domain.model import Person
from desktop_app.domain.validation import (
    MAX_SHORT_TEXT,
    is_valid_email,
    is_valid_zone,
    validate_interview,
)

from .conftest import MakeInterview


def fields(errors: list) -> list[str]:
    return [e.field for e in errors]


def test_a_complete_interview_has_no_problems(make_interview: MakeInterview) -> None:
    interview = make_interview(interviewers=[Person("Dana Reyes", "Recruiter", "dana@example.com")])
    assert validate_interview(interview) == []


@pytest.mark.parametrize("company", ["", " ", "   \t\n "])
def test_a_blank_company_is_refused(make_interview: MakeInterview, company: str) -> None:
    errors = validate_interview(make_interview(company=company))
    assert fields(errors) == ["company"]
    assert errors[0].message == "Enter the company's name."


def test_an_end_before_the_start_is_refused(make_interview: MakeInterview) -> None:
    errors = validate_interview(make_interview(minutes=-30))
    assert fields(errors) == ["end"]
    assert "end after it starts" in errors[0].message


def test_an_end_equal_to_the_start_is_refused(make_interview: MakeInterview) -> None:
    assert fields(validate_interview(make_interview(minutes=0))) == ["end"]


def test_a_one_minute_interview_is_fine(make_interview: MakeInterview) -> None:
    assert validate_interview(make_interview(minutes=1)) == []


def test_an_interview_longer_than_a_week_is_refused(make_interview: MakeInterview) -> None:
    assert validate_interview(make_interview(minutes=7 * 24 * 60, zone="UTC")) == []
    assert fields(validate_interview(make_interview(minutes=7 * 24 * 60 + 1, zone="UTC"))) == ["end"]


def test_lengths_are_real_elapsed_time_across_a_dst_change(make_interview: MakeInterview) -> None:
    # New York springs forward on 2026-03-08: 7 days and 30 minutes on the wall clock
    # from 2026-03-04 are 6 days 23.5 hours of real time, which is allowed.
    interview = make_interview(start="2026-03-04 10:00", minutes=7 * 24 * 60 + 30, zone="America/New_York")
    assert validate_interview(interview) == []


def test_a_time_skipped_by_spring_forward_is_refused_not_guessed() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from desktop_app.domain.model import Interview

    ny = ZoneInfo("America/New_York")
    interview = Interview("Acme", "Dev", datetime(2026, 3, 8, 2, 15, tzinfo=ny), datetime(2026, 3, 8, 3, 0, tzinfo=ny),
                          "America/New_York")
    errors = validate_interview(interview)
    assert [e.field for e in errors] == ["start", "end"]
    assert "02:15 does not exist" in errors[0].message
    assert "must end after it starts" in errors[1].message  # 02:15 would be 03:15: after the end


def test_naive_times_are_refused(make_interview: MakeInterview) -> None:
    interview = make_interview()
    interview.start = interview.start.replace(tzinfo=None)
    interview.end = interview.end.replace(tzinfo=None)
    assert fields(validate_interview(interview)) == ["start"]


@pytest.mark.parametrize(
    "address",
    [
        "dana.example.com",
        "dana@",
        "@example.com",
        "dana@example",
        "dana@example.",
        "dana@example.com.",
        "da na@example.com",
        "dana@exa mple.com",
        "dana@@example.com",
        "dana@ex@ample.com",
        "dana@example.com\nBcc: x@evil.example",
    ],
)
def test_bad_email_addresses_are_refused(make_interview: MakeInterview, address: str) -> None:
    assert not is_valid_email(address)
    interview = make_interview(interviewers=[Person("Dana Reyes", email=address)])
    errors = validate_interview(interview)
    assert fields(errors) == ["interviewers.0.email"]
    assert address.strip() in errors[0].message


@pytest.mark.parametrize(
    "address",
    [
        "dana@example.com",
        "dana.reyes+jobs@mail.example.co.uk",
        "o'brien@example.ie",
        "  dana@example.com  ",
        "zoë@exämple.de",
    ],
)
def test_good_email_addresses_are_accepted(make_interview: MakeInterview, address: str) -> None:
    assert is_valid_email(address)
    assert validate_interview(make_interview(interviewers=[Person("Dana", email=address)])) == []


def test_an_interviewer_without_an_email_is_fine_but_needs_a_name(make_interview: MakeInterview) -> None:
    interview = make_interview(interviewers=[Person("Lee Park"), Person("  ")])
    assert fields(validate_interview(interview)) == ["interviewers.1.name"]


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "", " UTC", "America/New York", "../../etc/passwd", "EST5"])
def test_unknown_time_zones_are_refused(make_interview: MakeInterview, zone: str) -> None:
    assert not is_valid_zone(zone)
    interview = make_interview()
    interview.timezone = zone
    assert fields(validate_interview(interview)) == ["timezone"]


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kathmandu"])
def test_known_time_zones_are_accepted(zone: str) -> None:
    assert is_valid_zone(zone)


@pytest.mark.parametrize("field", ["company", "role", "round"])
def test_short_fields_have_a_limit(make_interview: MakeInterview, field: str) -> None:
    assert validate_interview(make_interview(**{field: "é" * MAX_SHORT_TEXT})) == []
    assert fields(validate_interview(make_interview(**{field: "é" * (MAX_SHORT_TEXT + 1)}))) == [field]


def test_a_huge_interviewer_field_is_refused(make_interview: MakeInterview) -> None:
    person = Person("Dana", title="t" * (MAX_SHORT_TEXT + 1), postal_address="a" * 1_000_000)
    assert fields(validate_interview(make_interview(interviewers=[person]))) == [
        "interviewers.0.title",
        "interviewers.0.postal_address",
    ]


@pytest.mark.parametrize(
    "company",
    [
        "<b>Acme</b> & Sons",
        "Café Météo",
        "שלום בע״מ",  # right-to-left
        "株式会社テスト",
        "Rocket 🚀 Labs",
        "Robert'); DROP TABLE interview;--",
        "{company}",
    ],
)
def test_unicode_and_markup_company_names_are_accepted_verbatim(make_interview: MakeInterview, company: str) -> None:
    interview = make_interview(company=company)
    assert validate_interview(interview) == []
    assert interview.company == company


def test_every_problem_is_reported_at_once(make_interview: MakeInterview) -> None:
    interview = make_interview(company="", interviewers=[Person("Dana", email="nope")])
    interview.timezone = "Nowhere/Town"
    interview.end = interview.start - timedelta(hours=1)
    assert sorted(fields(validate_interview(interview))) == ["company", "end", "interviewers.0.email", "timezone"]


def test_times_in_different_zones_are_compared_as_instants(make_interview: MakeInterview) -> None:
    interview = make_interview()
    # 10:00 in Berlin is 04:00 in New York: the end is before the start.
    interview.start = datetime.fromisoformat("2026-03-04T05:00:00-05:00")
    interview.end = datetime.fromisoformat("2026-03-04T10:00:00+01:00")
    assert fields(validate_interview(interview)) == ["end"]


def test_messages_are_templates_with_values_told_apart_by_their_constant() -> None:
    from desktop_app.domain.validation import NOT_AN_EMAIL, TOO_LONG, fill, validate_person

    errors = validate_person(Person("Dana", email="%2 <b>dana"), prefix="interviewers.0.")
    assert [(e.template is NOT_AN_EMAIL, e.values) for e in errors] == [(True, ("%2 <b>dana",))]
    assert errors[0].message == "“%2 <b>dana” is not an e-mail address."  # a value is never filled into
    long = validate_person(Person("x" * 1234))
    assert long[0].template is TOO_LONG["name"] and long[0].message == \
        "The name is too long (1,234 characters; at most 300)."
    assert fill("%1 %10 %2", tuple(str(n) for n in range(1, 11))) == "1 10 2"
