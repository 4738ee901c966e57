"""The .ics reader and import fed arbitrary and mutated calendars: an import or ImportFormatError, all or nothing."""

from __future__ import annotations

import peewee
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.store.ics_import import apply_import, plan_import
from desktop_app.store.ics_reader import parse_invitation

from .conftest import DATA, HUGE, expand, imported_or_refused_cleanly

SAMPLES = sorted((DATA / "ics").glob("*.ics"))
odd_lines = st.sampled_from([
    "", "BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR", "DTSTART:20261301T250000Z",
    "DTSTART;TZID=Mars/Olympus:20260304T140000",
    "DTEND:19000101T000000Z", "DTSTART;VALUE=DATE:20260304", "SUMMARY:" + HUGE, "SUMMARY:<b>markup</b> 🚀",
    "ATTENDEE;CN=\"Dana\":mailto:not-an-address", "ORGANIZER:mailto:" + "a" * 500 + "@x.example", "UID:",
    "RRULE:FREQ=SECONDLY", "SEQUENCE:-5", "SEQUENCE:99999999999999999999", "METHOD:CANCEL", "STATUS:CANCELLED",
    " folded continuation", "\x00", "DURATION:-P1D", "BEGIN:VTIMEZONE", "TZID:", "DESCRIPTION:‮rtl",
])


def attempt(database: peewee.SqliteDatabase, data: str | bytes) -> None:
    raw = expand(data) if isinstance(data, str) else data
    imported_or_refused_cleanly(
        database, lambda: apply_import(plan_import(parse_invitation(raw, "Europe/Berlin"), ["me@example.com"])))


@given(text=st.text(max_size=300))
def test_arbitrary_text(db: peewee.SqliteDatabase, text: str) -> None:
    attempt(db, text)
    attempt(db, f"BEGIN:VCALENDAR\r\n{text}\r\nEND:VCALENDAR\r\n")


@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes(db: peewee.SqliteDatabase, raw: bytes) -> None:
    attempt(db, b"BEGIN:VCALENDAR\r\n" + raw + b"\r\nEND:VCALENDAR\r\n")


@given(data=st.data())
def test_real_invitations_with_lines_replaced_dropped_or_added(db: peewee.SqliteDatabase,
                                                               data: st.DataObject) -> None:
    sample = data.draw(st.sampled_from(SAMPLES))
    lines = sample.read_text(encoding="utf-8", errors="replace").splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, max(0, len(lines) - 1)))
        action = data.draw(st.sampled_from(["replace", "drop", "insert", "mangle"]))
        if action == "drop" and lines:
            lines.pop(index)
        elif action == "insert":
            lines.insert(index, data.draw(odd_lines | st.text(max_size=40)))
        elif lines and action == "replace":
            lines[index] = data.draw(odd_lines)
        elif lines:
            lines[index] += data.draw(st.text(max_size=20))
    attempt(db, "\r\n".join(lines) + "\r\n")
