"""Writing interviews and open follow-ups as an iCalendar file, with the `icalendar` library.

So the plan shows in any calendar: each interview is an event, each open follow-up is a
short event at its deadline with an alarm at its reminder time. UIDs come from the
stable ids of our rows, so importing a newer export into the same calendar updates the
events instead of adding copies. Times carry the interview's zone (with VTIMEZONE).

Nobody is listed as ATTENDEE: a calendar that received such an event could send them
invitations. The interviewers are named in the description; the notes stay private.

The file is streamed: the VTIMEZONEs come from aggregate queries (zones used, first and last
date), then interviews and open follow-ups are read in time order and merged, each event
written as soon as it is built — memory stays flat and time linear however large the data.
"""

from __future__ import annotations

import heapq
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone
from peewee import JOIN, fn

from .. import __version__
from ..domain.model import Status, Step
from .models import FollowUp, Interview, InterviewPerson, Person, from_db_time

PRODID = f"-//Finish Strong//Finish Strong {__version__}//EN"
UID_DOMAIN = "finish-strong"
#: A deadline is an instant; calendars show it best as a short block starting then.
FOLLOW_UP_LENGTH = timedelta(minutes=15)
CHUNK = 500  # interviews whose interviewers are read in one query
#: (events written, events in all) — for a progress line or dialog
Progress = Callable[[int, int], None]


def interview_uid(uid: str) -> str:
    return f"interview-{uid}@{UID_DOMAIN}"


def follow_up_uid(uid: str) -> str:
    return f"follow-up-{uid}@{UID_DOMAIN}"


def interview_title(company: str, role: str) -> str:
    # The same shape our invitation reader understands, so the file imports back sensibly.
    return f"Interview: {role} – {company}" if role else f"Interview: {company}"


def _header() -> bytes:
    """BEGIN:VCALENDAR and the calendar's own properties, as icalendar writes them."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Finish Strong")
    text = calendar.to_ical()
    assert text.endswith(_FOOTER)
    return text[: -len(_FOOTER)]


_FOOTER = b"END:VCALENDAR\r\n"


def _exported_interviews():  # type: ignore[no-untyped-def]
    return Interview.select().where(Interview.deleted_at.is_null())


def _open_follow_ups():  # type: ignore[no-untyped-def]
    """A withdrawn interview stays (as CANCELLED) but its follow-ups leave: their alarms would still ring."""
    return (FollowUp.select(FollowUp, Person.name.alias("person_name"))
            .join(Interview).switch(FollowUp).join(Person, JOIN.LEFT_OUTER)
            .where(FollowUp.done_at.is_null(), Interview.deleted_at.is_null(),
                   Interview.status != Status.WITHDRAWN.value))


def _timezones() -> list[Timezone]:
    """VTIMEZONEs for every zone the events use, for the span they cover (a year either side),
    sorted by name; found with aggregate queries before any event is written."""
    first_interview, last_interview = _exported_interviews().select(
        fn.MIN(Interview.start_at), fn.MAX(Interview.start_at)).scalar(as_tuple=True)
    if first_interview is None:
        return []
    first_due, last_due = _open_follow_ups().select(fn.MIN(FollowUp.due_at), fn.MAX(FollowUp.due_at)).scalar(
        as_tuple=True)
    times = [t if isinstance(t, datetime) else from_db_time(t)  # peewee converts through the field
             for t in (first_interview, last_interview, first_due, last_due) if t is not None]
    first, last = min(times).date(), max(times).date()
    zones = sorted({z for (z,) in _exported_interviews().select(Interview.timezone).distinct().tuples()} - {"UTC"})
    found = []
    for zone in zones:
        try:
            found.append(Timezone.from_tzid(zone, first_date=first - timedelta(days=366),
                                            last_date=last + timedelta(days=366)))
        except ValueError:  # a zone icalendar does not know: the events keep their TZID
            continue
    return found


def _interview_events(stamp: datetime) -> Iterator[tuple[datetime, str, Event]]:
    """Interview events by (start, UID), CHUNK interviews (and their people) per round trip."""
    query = _exported_interviews().order_by(Interview.start_at, Interview.uid)
    page: list[Interview] = []

    def flush() -> Iterator[tuple[datetime, str, Event]]:
        names: dict[int, list[str]] = {}
        people = (
            InterviewPerson.select(InterviewPerson.interview, Person.name, Person.email)
            .join(Person)
            .where(InterviewPerson.interview.in_([row.id for row in page]))
            .order_by(InterviewPerson.interview, InterviewPerson.position)
            .tuples()
        )
        for interview_id, name, email in people:
            names.setdefault(interview_id, []).append(f"{name} <{email}>" if email else name)
        for row in page:
            yield row.start_at, interview_uid(row.uid), _interview_event(row, names.get(row.id, []), stamp)

    for row in query.iterator():
        page.append(row)
        if len(page) == CHUNK:
            yield from flush()
            page = []
    if page:
        yield from flush()


def _follow_up_events(stamp: datetime) -> Iterator[tuple[datetime, str, Event]]:
    """Open follow-ups of interviews not deleted, by (deadline, UID)."""
    query = (_open_follow_ups()
             .select_extend(Interview.company, Interview.role, Interview.timezone)
             .order_by(FollowUp.due_at, FollowUp.uid).objects())
    for follow_up in query.iterator():
        row = Interview(company=follow_up.company, role=follow_up.role, timezone=follow_up.timezone)
        person = follow_up.person_name if follow_up.person_id else None
        yield follow_up.due_at, follow_up_uid(follow_up.uid), _follow_up_event(follow_up, row, person, stamp)


def write_ics(out: BinaryIO, now: datetime | None = None, progress: Progress | None = None) -> int:
    """Stream every interview (not deleted) and every open follow-up into `out`, ordered by time
    then UID; returns the number of events. Two ordered queries are merged as they are read, so
    memory does not grow with the data and the time is linear in it."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    total = 0
    if progress is not None:
        total = _exported_interviews().count() + _open_follow_ups().count()
    out.write(_header())
    for zone in _timezones():
        out.write(zone.to_ical())
    count = 0
    for _, _, event in heapq.merge(_interview_events(stamp), _follow_up_events(stamp), key=lambda e: (e[0], e[1])):
        out.write(without_controls(event.to_ical()))
        count += 1
        if progress is not None and count % CHUNK == 0:
            progress(count, total)
    out.write(_FOOTER)
    if progress is not None:
        progress(count, total)
    return count


#: C0 controls other than tab, CR and LF (and DEL): RFC 5545 allows none of them in a value, and a
#: NUL cuts the file short in many calendar apps. A text typed or imported may hold them. They are
#: single bytes that never occur inside a UTF-8 sequence, so removing them from the output is safe.
_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def without_controls(data: bytes) -> bytes:
    return data.translate(None, _CONTROLS)


def export_ics(now: datetime | None = None) -> bytes:
    """The export as bytes (small data and tests; files use `write_ics` or `write_calendar`)."""
    out = io.BytesIO()
    write_ics(out, now)
    return out.getvalue()


def write_calendar(path: Path, progress: Progress | None = None) -> int:
    """Write the export to `path` (beside it first, then renamed: never half a file); the event count."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".export-")
    try:
        with os.fdopen(fd, "wb") as handle:
            count = write_ics(handle, progress=progress)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _interview_event(row: Interview, people: list[str], stamp: datetime) -> Event:
    zone = ZoneInfo(row.timezone)
    event = Event()
    event.add("uid", interview_uid(row.uid))
    event.add("dtstamp", stamp)
    event.add("dtstart", row.start_at.astimezone(zone))
    event.add("dtend", row.end_at.astimezone(zone))
    event.add("summary", interview_title(row.company, row.role))
    if row.location:
        event.add("location", row.location)
    lines = [f"Round: {row.round}"] if row.round else []
    lines += [f"Interviewer: {person}" for person in people]
    lines.append(f"Status: {Status(row.status).label}")
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if row.status == Status.WITHDRAWN else "CONFIRMED")
    event.add("categories", ["Interview"])
    return event


def _follow_up_event(follow_up: FollowUp, row: Interview, person: str | None, stamp: datetime) -> Event:
    zone = ZoneInfo(row.timezone)
    step = Step(follow_up.step)
    due = follow_up.due_at.astimezone(zone)
    title = step.label + (f" — {person}" if person else "") + f" ({row.company})"
    event = Event()
    event.add("uid", follow_up_uid(follow_up.uid))
    event.add("dtstamp", stamp)
    event.add("dtstart", due)
    event.add("dtend", due + FOLLOW_UP_LENGTH)
    event.add("summary", title)
    event.add("description", f"Due by then, after the interview: {interview_title(row.company, row.role)}.")
    event.add("transp", "TRANSPARENT")  # a deadline does not make the user busy
    event.add("categories", ["Follow-up"])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", follow_up.remind_at - follow_up.due_at)  # relative to the start: widest support
    event.add_component(alarm)
    return event
