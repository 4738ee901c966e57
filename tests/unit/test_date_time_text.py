"""Typed dates and times land as typed: the locale's order, ISO and the short forms, or a reason."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop_app.domain.date_time_text import DateOrder, parse_date, parse_date_time, parse_time

TODAY = date(2026, 11, 30)
MDY, DMY, YMD = DateOrder.MDY, DateOrder.DMY, DateOrder.YMD


@pytest.mark.parametrize(("pattern", "order"), [
    ("M/d/yy", MDY), ("dd/MM/yyyy", DMY), ("dd.MM.yy", DMY), ("yyyy-MM-dd", YMD), ("d 'de' MMMM 'de' y", DMY),
    ("y/M/d", YMD)])
def test_the_order_comes_from_the_locales_pattern(pattern: str, order: DateOrder) -> None:
    assert DateOrder.from_pattern(pattern) is order


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("12/01/26", MDY, date(2026, 12, 1)),       # the report: not 12/30/2001
    ("12/1/2026", MDY, date(2026, 12, 1)),
    ("01/12/2026", DMY, date(2026, 12, 1)),
    ("1.12.26", DMY, date(2026, 12, 1)),
    ("01.12.2026.", DMY, date(2026, 12, 1)),
    ("1. 12. 2026", DMY, date(2026, 12, 1)),
    ("2026-12-01", MDY, date(2026, 12, 1)),     # ISO in every locale
    ("2026-12-01", DMY, date(2026, 12, 1)),
    ("2026/12/01", DMY, date(2026, 12, 1)),     # a four-digit first part is the year
    ("12/1", MDY, date(2026, 12, 1)),           # no year: this year
    ("1.12.", DMY, date(2026, 12, 1)),
])
def test_dates_read_as_typed(text: str, order: DateOrder, expected: date) -> None:
    assert parse_date(text, order, TODAY) == expected


@pytest.mark.parametrize("text", ["", "   ", "31/02/26", "13/13/2026", "tomorrow-ish", "1/2/3/4", "12/1/026",
                                  "<b>1/2/26</b>", "١٢/١/٢٦", "9" * 500])
def test_what_is_not_a_date_gives_a_reason(text: str) -> None:
    result = parse_date(text, MDY, TODAY)
    assert isinstance(result, str) and result


@pytest.mark.parametrize(("text", "twelve", "expected"), [
    ("14:00", False, time(14, 0)), ("14:00", True, time(14, 0)),  # 24-hour time works in a 12-hour locale
    ("14.30", False, time(14, 30)), ("1430", False, time(14, 30)), ("9", False, time(9, 0)),
    ("2pm", True, time(14, 0)), ("2 pm", False, time(14, 0)), ("2:30 pm", True, time(14, 30)),
    ("2:30 P.M.", True, time(14, 30)), ("2:00 PM", True, time(14, 0)), ("2:00 P", True, time(14, 0)),
    ("12am", True, time(0, 0)), ("12 pm", True, time(12, 0)), ("0:15", True, time(0, 15)),
    ("9:05\u202fAM", True, time(9, 5)),  # Qt's own en_US format uses a narrow no-break space
])
def test_times_read_as_typed(text: str, twelve: bool, expected: time) -> None:
    assert parse_time(text, twelve) == expected


@pytest.mark.parametrize("text", ["", "25:00", "14:60", "13pm", "0am", "2:00 X", "two", "14:00:00:00"])
def test_what_is_not_a_time_gives_a_reason(text: str) -> None:
    result = parse_time(text, False)
    assert isinstance(result, str) and result


def test_an_hour_without_am_or_pm_is_not_guessed_in_a_twelve_hour_locale() -> None:
    result = parse_time("2:00", True)
    assert isinstance(result, str) and "am or pm" in result
    assert parse_time("2:00", False) == time(2, 0)


@pytest.mark.parametrize(("text", "order", "twelve", "expected"), [
    ("12/01/26 2:00 PM", MDY, True, datetime(2026, 12, 1, 14, 0)),
    ("12/1/26, 2pm", MDY, True, datetime(2026, 12, 1, 14, 0)),
    ("2026-12-01T14:00", MDY, True, datetime(2026, 12, 1, 14, 0)),
    ("2026-12-01 14:00", DMY, False, datetime(2026, 12, 1, 14, 0)),
    ("01/12/2026 14:00", DMY, False, datetime(2026, 12, 1, 14, 0)),
    ("1. 12. 2026 14.30", DMY, False, datetime(2026, 12, 1, 14, 30)),
    ("01.12.26 2:30 pm", DMY, False, datetime(2026, 12, 1, 14, 30)),
])
def test_date_and_time_together(text: str, order: DateOrder, twelve: bool, expected: datetime) -> None:
    assert parse_date_time(text, order, twelve, TODAY).value == expected


def test_a_date_and_time_that_cannot_be_read_names_the_problem() -> None:
    assert "add am or pm" in parse_date_time("12/1/26 2:00", MDY, True, TODAY).error
    assert parse_date_time("12/1/26", MDY, True, TODAY).error == "Add the time after the date."
    assert "not a date" in parse_date_time("31/31/26 14:00", DMY, False, TODAY).error
    assert parse_date_time("", MDY, True, TODAY).value is None
    assert parse_date_time("x" * 10_000, MDY, True, TODAY).error
