"""Reading invitations as Google, Outlook, Apple, Zoom and scheduling tools write them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_app.domain.invitation import ALL_DAY_NOTE, NO_END_NOTE, Invitation
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.ics_reader import MAX_ICS_BYTES, looks_like_ics, parse_invitation, read_invitation_file

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
ME = "America/New_York"


def read(name: str, zone: str = ME) -> Invitation:
    return read_invitation_file(ICS / name, zone)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_the_fixtures_keep_their_line_endings() -> None:
    assert b"\r\n" in (ICS / "google-calendar.ics").read_bytes()
    assert b"\r\n" in (ICS / "outlook-exchange.ics").read_bytes()
    assert b"\r\n" not in (ICS / "apple-calendar.ics").read_bytes()
    assert b"\r\n" not in (ICS / "floating-time.ics").read_bytes()


def test_google_calendar_utc_times_folded_lines_and_meet_link() -> None:
    invitation = read("google-calendar.ics")
    assert invitation.method == "REQUEST"
    (event,) = invitation.events
    assert event.uid == "5q2k8v0m3b7n1c4x6z9a0s2d4f@google.com"
    assert (event.start, event.end) == (utc("2026-11-30 17:00"), utc("2026-11-30 18:00"))
    assert event.timezone == ME  # UTC says when, not where: the user's zone
    assert event.summary == "Interview: Product Manager – Northwind Analytics"
    assert "https://meet.google.com/xkp-qwer-tzu" in event.links
    assert "Product Manager role" in event.description  # unfolded across the line break
    # The resource (a meeting room) is not a person; the folded CN "Sam Oka|for" is whole again.
    assert [(a.name, a.email) for a in event.attendees] == [
        ("Dana Reyes", "dana.reyes@northwind.example"),
        ("alex.candidate@gmail.com", "alex.candidate@gmail.com"),
        ("Sam Okafor", "sam.okafor@northwind.example"),
    ]
    assert event.organizer is not None and event.organizer.email == "dana.reyes@northwind.example"
    assert not event.cancelled and event.notes == []


def test_outlook_windows_zone_name_with_its_vtimezone() -> None:
    (event,) = read("outlook-exchange.ics").events
    assert event.timezone == "America/Los_Angeles"  # "Pacific Standard Time"
    assert event.start == datetime(2026, 12, 2, 9, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert event.start.astimezone(UTC) == utc("2026-12-02 17:30")
    assert event.end - event.start == timedelta(hours=1)
    assert event.sequence == 0
    assert any(link.startswith("https://teams.microsoft.com/l/meetup-join/") for link in event.links)
    assert event.summary == "Fabrikam - Senior Data Engineer interview"


def test_outlook_windows_zone_name_without_vtimezone() -> None:
    (event,) = read("outlook-windows-zone-only.ics").events
    assert event.timezone == "Europe/Berlin"  # "W. Europe Standard Time", from icalendar's CLDR table
    assert event.start.astimezone(UTC) == utc("2026-12-07 09:00")
    assert event.end.astimezone(UTC) == utc("2026-12-07 10:30")
    assert [a.name for a in event.attendees] == ["Lena Vogel"]  # the meeting room is not a person
    assert event.location == "Tailspin Toys, Friedrichstraße 68, 10117 Berlin"


def test_apple_calendar_lf_endings_iana_zone_and_declined_attendee() -> None:
    (event,) = read("apple-calendar.ics").events
    assert event.timezone == "America/New_York"
    assert event.start.astimezone(UTC) == utc("2026-12-09 16:00")
    assert [a.name for a in event.attendees] == ["Alex Candidate", "Maria García"]  # Wei Chen declined
    assert event.location == "Wingtip Toys\n350 Fifth Avenue\nNew York NY 10118"


def test_zoom_link_in_location_and_url() -> None:
    (event,) = read("zoom.ics").events
    assert event.timezone == "America/Chicago"
    assert event.start.astimezone(UTC) == utc("2026-12-10 21:00")
    assert event.end - event.start == timedelta(minutes=45)
    assert event.location.startswith("https://us02web.zoom.us/j/85512345678")


@pytest.mark.parametrize(("zone", "expected_utc"), [("America/New_York", "2026-12-14 19:00"),
                                                   ("Asia/Tokyo", "2026-12-14 05:00")])
def test_floating_time_is_the_users_own_wall_clock(zone: str, expected_utc: str) -> None:
    (event,) = read("floating-time.ics", zone).events
    assert event.timezone == zone
    assert event.start.astimezone(UTC) == utc(expected_utc)
    assert event.end - event.start == timedelta(minutes=30)  # DURATION:PT30M


def test_several_events_with_x_wr_timezone_and_a_missing_end() -> None:
    first, second = read("several-events.ics").events
    assert first.timezone == second.timezone == "Europe/Berlin"  # X-WR-TIMEZONE names where
    assert first.start == utc("2026-12-15 08:30")
    assert first.notes == []
    # A vendor-prefixed TZID ("/mozilla.org/20070129_1/Europe/Berlin") and no DTEND nor DURATION.
    assert second.start.astimezone(UTC) == utc("2026-12-15 13:00")
    assert second.end - second.start == timedelta(hours=1)
    assert second.notes == [NO_END_NOTE]


def test_an_all_day_event_is_placed_at_nine_in_the_morning_and_flagged() -> None:
    (event,) = read("all-day.ics", "Europe/Berlin").events
    assert event.start == datetime(2026, 12, 16, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    assert event.end - event.start == timedelta(hours=1)
    assert event.notes == [ALL_DAY_NOTE]


def test_a_cancellation_is_recognised() -> None:
    (event,) = read("google-calendar-cancel.ics").events
    assert event.cancelled and event.sequence == 2


def test_an_event_without_uid_gets_the_same_stand_in_each_time() -> None:
    text = (ICS / "floating-time.ics").read_text().replace("UID:booking-77120@scheduler.example\n", "")
    first = parse_invitation(text, ME).events[0].uid
    assert first.startswith("no-uid-") and parse_invitation(text, ME).events[0].uid == first


REFUSED = {
    "recurring.ics": "repeats (RRULE); interviews do not recur",
    "empty-calendar.ics": "holds no events",
    "truncated.ics": "incomplete",
    "not-an-invitation.ics": "not a calendar invitation",
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_unusable_files_are_refused_in_one_line(name: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        read(name)
    assert REFUSED[name] in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("DTSTART:20261214T140000", "DTSTART;TZID=Mars Standard Time:20261214T140000"), "“Mars Standard Time”"),
        (("DTSTART:20261214T140000", "DTSTART:2026-12-14 14:00"), "unreadable time"),
        (("DTSTART:20261214T140000\n", ""), "no start time"),
        (("DURATION:PT30M", "RDATE:20261221T140000"), "repeats (RDATE)"),
        (("DURATION:PT30M", "RECURRENCE-ID:20261221T140000"), "repeats (RECURRENCE-ID)"),
        (("DURATION:PT30M", "DTEND;VALUE=DATE:20261215"), "ends on a date"),
    ],
)
def test_events_we_cannot_read_faithfully_are_refused(change: tuple[str, str], message: str) -> None:
    text = (ICS / "floating-time.ics").read_text()
    assert change[0] in text
    with pytest.raises(ImportFormatError, match="Event 1") as caught:
        parse_invitation(text.replace(*change), ME)
    assert message in str(caught.value)


def test_the_same_uid_twice_is_refused() -> None:
    text = (ICS / "several-events.ics").read_text().replace("123402@", "123401@")
    with pytest.raises(ImportFormatError, match="same event"):
        parse_invitation(text, ME)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X-PADDING:" + b"x" * (10 * 1024 * 1024) + b"\r\nEND:VCALENDAR\r\n")
    with pytest.raises(ImportFormatError, match=r"huge\.ics is 10\.5 MB; an invitation is at most 2 MB"):
        read_invitation_file(big, ME)
    with pytest.raises(ImportFormatError, match="larger than 2 MB"):
        parse_invitation(b"x" * (MAX_ICS_BYTES + 1), ME)


def test_a_calendar_of_hundreds_of_events_is_not_an_invitation() -> None:
    one = (ICS / "floating-time.ics").read_text()
    head, _, rest = one.partition("BEGIN:VEVENT")
    body, _, tail = rest.partition("END:VEVENT")
    events = "\n".join(f"BEGIN:VEVENT{body.replace('77120', str(n))}END:VEVENT" for n in range(150))
    with pytest.raises(ImportFormatError, match="150 events; that is a whole calendar"):
        parse_invitation(head + events + tail, ME)


def test_windows_1252_text_is_still_read() -> None:
    text = (ICS / "floating-time.ics").read_text().replace("Bill Lumbergh", "Renée Müller")
    (event,) = parse_invitation(text.encode("cp1252"), ME).events
    assert event.attendees[0].name == "Renée Müller"


def test_files_are_recognised_by_name_or_content(tmp_path: Path) -> None:
    assert looks_like_ics(ICS / "google-calendar.ics")
    saved_by_a_mail_client = tmp_path / "invite"
    saved_by_a_mail_client.write_bytes((ICS / "google-calendar.ics").read_bytes())
    assert looks_like_ics(saved_by_a_mail_client)
    json_file = tmp_path / "backup.json"
    json_file.write_text('{"format": "finish-strong"}')
    assert not looks_like_ics(json_file)


def test_one_bad_event_is_reported_on_its_own_and_the_others_are_read() -> None:
    invitation = read_invitation_file(ICS / "one-bad-event.ics", "Europe/Berlin")
    assert [e.uid for e in invitation.events] == ["panel-1@hooli.example", "panel-3@hooli.example"]
    assert [(p.number, p.summary) for p in invitation.problems] == [(2, "Interview: SRE system design – Hooli")]
    assert "no start time" in str(invitation.problems[0].message)


def test_an_unreadable_attendee_line_is_listed_as_skipped() -> None:
    event = read_invitation_file(ICS / "one-bad-event.ics", "Europe/Berlin").events[0]
    assert [a.name for a in event.attendees] == ["Gavin Belson", "Richard Hendricks"]
    skipped = [str(n) for n in event.notes if str(n).startswith("Skipped an attendee line")]
    assert skipped == [
        'Skipped an attendee line that could not be read: ATTENDEE;CN="Monica Hall:mailto:monica@hooli.example',
        "Skipped an attendee line that could not be read: ATTENDEE;ROLE=REQ-PARTICIPANT:",
    ]


def test_a_zone_defined_only_by_the_file_keeps_the_interview_in_that_zone() -> None:
    events = read_invitation_file(ICS / "custom-zone.ics", "Europe/Berlin").events
    campus, mountain = events
    assert campus.timezone in {"Asia/Colombo", "Asia/Kolkata"}  # +05:30 all year, as the file defines it
    assert campus.start.astimezone(ZoneInfo(campus.timezone)).strftime("%H:%M") == "15:00"
    assert any("“Hooli Campus Time”" in str(note) for note in campus.notes)
    # -07:00/-06:00 with the US daylight-saving rules: a Mountain zone, 9:00 there, in summer too
    # (once in three full runs this read -0700; the message says what was chosen, for the next look)
    assert mountain.start.astimezone(ZoneInfo(mountain.timezone)).strftime("%H:%M %z") == "09:00 -0600", (
        mountain.timezone, mountain.start.isoformat(), mountain.notes)
    assert ZoneInfo(mountain.timezone).utcoffset(datetime(2030, 1, 10, 12)) == timedelta(hours=-7)
    assert any("“Hooli Mountain Time”" in str(note) for note in mountain.notes)
