"""Exporting interviews and open follow-ups as a calendar any calendar app can read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from desktop_app.domain.model import Person, Status
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.ics_export import export_ics
from desktop_app.store.ics_import import apply_import, plan_import
from desktop_app.store.ics_reader import parse_invitation
from desktop_app.store.interviews import delete_interview, save_interview

from .conftest import MakeInterview

pytestmark = pytest.mark.usefixtures("db")

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def parse(data: bytes) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


@pytest.fixture
def one(make_interview: MakeInterview) -> int:
    interview_id = save_interview(make_interview(
        company="Northwind Analytics", role="Product Manager", start="2026-03-04 14:00", zone="Europe/Berlin",
        location="https://meet.google.com/xkp-qwer-tzu",
        interviewers=[Person("Dana Reyes", email="dana@northwind.example")],
    ))
    from desktop_app.store.debrief_store import save_section

    save_section(interview_id, "anything_else", "Private: salary expectations")
    return interview_id


def test_interviews_and_open_follow_ups_become_events_with_alarms(one: int) -> None:
    set_done(checklist(one)[0].id, NOW)  # the notes are written: not exported
    calendar = parse(export_ics(NOW))
    events = calendar.events
    assert [e.summary for e in events] == [
        "Interview: Product Manager – Northwind Analytics",
        "Send a thank-you e-mail — Dana Reyes (Northwind Analytics)",
        "Mail a handwritten note — Dana Reyes (Northwind Analytics)",
    ]
    interview, email, card = events
    berlin = "Europe/Berlin"
    assert interview.start == datetime(2026, 3, 4, 13, tzinfo=UTC)
    assert interview.get("DTSTART").params["TZID"] == berlin
    assert [tz.tz_name for tz in calendar.timezones] == [berlin]
    assert interview.get("LOCATION") == "https://meet.google.com/xkp-qwer-tzu"
    assert "Dana Reyes <dana@northwind.example>" in interview.get("DESCRIPTION")
    assert "salary" not in export_ics(NOW).decode()  # notes stay on this machine
    assert "ATTENDEE" not in export_ics(NOW).decode()  # no calendar sends anyone an invitation
    rows = {row.step.value: row for row in checklist(one)}
    assert email.start == rows["thank_you_email"].due_at
    (alarm,) = email.walk("VALARM")
    trigger = alarm.get("TRIGGER").dt
    assert email.start + trigger == rows["thank_you_email"].remind_at  # 4 h due, 1 h remind: -3 h
    assert trigger == timedelta(hours=-3)
    assert card.get("TRANSP") == "TRANSPARENT"


def test_re_exporting_keeps_the_same_uids_and_bytes(one: int) -> None:
    first = export_ics(NOW)
    assert export_ics(NOW) == first
    uids = [e.uid for e in parse(first).events]
    assert len(set(uids)) == len(uids) == 4
    assert all(uid.endswith("@finish-strong") for uid in uids)

    later = export_ics(NOW + timedelta(days=1))
    assert [e.uid for e in parse(later).events] == uids


def test_moving_an_interview_keeps_its_uids_and_moves_its_events(one: int, make_interview: MakeInterview) -> None:
    from desktop_app.store.interviews import load_interview

    before = {e.uid: e.start for e in parse(export_ics(NOW)).events}
    interview = load_interview(one)
    interview.start += timedelta(days=1)
    interview.end += timedelta(days=1)
    save_interview(interview)
    after = {e.uid: e.start for e in parse(export_ics(NOW)).events}
    assert set(after) == set(before)
    assert all(after[uid] - before[uid] == timedelta(days=1) for uid in before)


def test_withdrawn_interviews_are_cancelled_events_and_deleted_ones_are_left_out(
    one: int, make_interview: MakeInterview
) -> None:
    other = save_interview(make_interview(company="Gone Inc.", start="2026-03-05 10:00", status=Status.WITHDRAWN))
    hidden = save_interview(make_interview(company="Deleted Ltd", start="2026-03-06 10:00"))
    delete_interview(hidden)
    events = parse(export_ics(NOW)).events
    statuses = {str(e.get("SUMMARY")): str(e.get("STATUS")) for e in events if e.get("STATUS")}
    assert statuses == {"Interview: Product Manager – Northwind Analytics": "CONFIRMED",
                        "Interview: Product Manager – Gone Inc.": "CANCELLED"}
    assert other and not any("Deleted Ltd" in str(e.get("SUMMARY")) for e in events)


def test_a_withdrawn_interviews_follow_ups_leave_the_export_so_no_alarm_rings(
    one: int, make_interview: MakeInterview
) -> None:
    save_interview(make_interview(company="Withdrawn Corp", start="2026-03-05 10:00", status=Status.WITHDRAWN,
                                  interviewers=[Person("Lee Park")]))
    events = parse(export_ics(NOW)).events
    mentions = [e for e in events if "Withdrawn Corp" in str(e.get("SUMMARY"))]
    assert [str(e.get("STATUS")) for e in mentions] == ["CANCELLED"]  # the interview itself, nothing else
    assert all(not e.walk("VALARM") for e in mentions)
    assert any(e.walk("VALARM") for e in events if "Northwind" in str(e.get("SUMMARY")))  # the others still ring


def test_an_empty_database_exports_a_valid_empty_calendar() -> None:
    calendar = parse(export_ics(NOW))
    assert calendar.events == [] and str(calendar.get("PRODID")).startswith("-//Finish Strong//")


def test_our_export_imports_back_as_the_same_interviews(one: int) -> None:
    """Another machine reading our calendar file guesses company and role right."""
    invitation = parse_invitation(export_ics(NOW), "Europe/Berlin")
    first = invitation.events[0]
    (item,) = [i for i in plan_import(invitation, []) if i.event.uid == first.uid]
    assert (item.interview.company, item.interview.role) == ("Northwind Analytics", "Product Manager")
    assert item.interview.start == datetime(2026, 3, 4, 13, tzinfo=UTC)
    apply_import([item])
