"""Interviews as VEVENTs and follow-ups as VTODOs (RFC 5545, with `icalendar`), and back.

Nobody is an ATTENDEE: a server that saw attendees could send them invitations, so the
interviewers are named in the description. Times carry the interview's zone with its
VTIMEZONE (RFC 4791 wants one per TZID in a stored object). Each item's content hash leaves
out DTSTAMP and LAST-MODIFIED, so an unchanged item is recognised and not written again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, Todo

from .. import __version__
from ..domain.sync_rules import (
    InterviewSnapshot,
    TodoSnapshot,
    interview_ical_uid,
    todo_description,
    todo_summary,
)

PRODID = f"-//Finish Strong//Finish Strong {__version__}//EN"
INTERVIEW_PROPERTY = "X-FINISH-STRONG-INTERVIEW"
#: JSON of the fields a second Finish Strong needs to adopt an item it does not have (company, role,
#: people with their stable uids; a step's kind and whom it is about): the text fields are for people.
#: Base64 (URL-safe): servers re-escape X- values as TEXT (Radicale turns `\"` into `"`), which breaks JSON.
DATA_PROPERTY = "X-FINISH-STRONG-DATA"
#: On a deletion marker (domain/sync_rules.MARKER_KIND): when the interview was deleted, UTC, basic format.
DELETED_PROPERTY = "X-FINISH-STRONG-DELETED"
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Rendered:
    ical_uid: str
    kind: str  # "event" or "todo"
    body: str
    content_hash: str


@lru_cache(maxsize=256)
def _vtimezone(zone: str, year: int) -> Timezone:
    """The zone's rules for the years around an item: small, and built once per zone and year."""
    return Timezone.from_tzinfo(ZoneInfo(zone), zone, date(year - 1, 1, 1), date(year + 2, 1, 1))


def _wrap(component: Event | Todo, zone: str, year: int, stamp: datetime, changed: datetime) -> tuple[str, str]:
    content = component.to_ical()
    digest = hashlib.sha256(content + zone.encode("utf-8")).hexdigest()
    component.add("dtstamp", stamp)
    component.add("last-modified", changed)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if zone != "UTC":
        calendar.add_component(_vtimezone(zone, year))
    calendar.add_component(component)
    return calendar.to_ical().decode("utf-8"), digest


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(UTC) if zone == "UTC" else moment.astimezone(ZoneInfo(zone))


def _json(value: dict[str, object]) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii")


def render_event(interview: InterviewSnapshot, stamp: datetime, changed: datetime) -> Rendered:
    event = Event()
    uid = interview_ical_uid(interview.uid)
    event.add("uid", uid)
    event.add("dtstart", _local(interview.start, interview.timezone))
    event.add("dtend", _local(interview.end, interview.timezone))
    event.add("summary", interview.title)
    if interview.location:
        event.add("location", interview.location)  # a place or a video link
    lines = [f"Round: {interview.round}"] if interview.round else []
    lines += [f"Interviewer: {name}" for name in interview.interviewers]
    event.add("description", "\n".join(lines) or interview.title)
    event.add("status", "CANCELLED" if interview.status == "withdrawn" else "CONFIRMED")
    event.add("categories", ["Interview"])
    event.add(INTERVIEW_PROPERTY, interview.uid)
    event.add(DATA_PROPERTY, _json({
        "company": interview.company, "role": interview.role, "round": interview.round,
        "status": interview.status, "timezone": interview.timezone,
        "interviewers": [{"uid": p.uid, "name": p.name, "title": p.title} for p in interview.people],
    }))
    body, digest = _wrap(event, interview.timezone, interview.start.year, stamp, changed)
    return Rendered(uid, "event", body, digest)


def render_deletion_marker(interview_uid: str, start: datetime, deleted_at: datetime) -> Rendered:
    """The event of an interview deleted here, replaced by a cancelled one that says so: another Finish
    Strong that still has it reads the marker and moves it to its trash instead of putting its items
    back (docs/SYNC.md). It carries no adoption data, so nobody adopts it, and no private text."""
    event = Event()
    uid = interview_ical_uid(interview_uid)
    event.add("uid", uid)
    begin = start.astimezone(UTC)
    event.add("dtstart", begin)
    event.add("dtend", begin)
    event.add("summary", "Deleted interview")
    event.add("status", "CANCELLED")
    event.add("transp", "TRANSPARENT")  # takes no time in anyone's free/busy
    event.add(INTERVIEW_PROPERTY, interview_uid)
    event.add(DELETED_PROPERTY, deleted_at.astimezone(UTC).strftime(_STAMP))
    body, digest = _wrap(event, "UTC", begin.year, deleted_at, deleted_at)
    return Rendered(uid, "event", body, digest)


def render_todo(interview: InterviewSnapshot, todo: TodoSnapshot, stamp: datetime, changed: datetime) -> Rendered:
    item = Todo()
    item.add("uid", todo.ical_uid)
    item.add("summary", todo_summary(interview, todo))
    item.add("description", todo_description(interview, todo))
    item.add("due", _local(todo.due, interview.timezone))
    item.add("categories", ["Follow-up"])
    item.add("related-to", interview_ical_uid(interview.uid))
    item.add(INTERVIEW_PROPERTY, interview.uid)
    referral = todo.referral
    item.add(DATA_PROPERTY, _json({
        "step": todo.step, "person": todo.person_uid,
        "referral": None if referral is None else {"uid": referral.uid, "name": referral.name,
                                                    "organization": referral.organization},
    }))
    if todo.done is not None:
        item.add("status", "COMPLETED")
        item.add("completed", todo.done.astimezone(UTC))
        item.add("percent-complete", 100)
    else:
        item.add("status", "NEEDS-ACTION")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", todo_summary(interview, todo))
        # An absolute trigger: no doubt about DTSTART or DUE, and every client shows it.
        alarm.add("trigger", todo.remind.astimezone(UTC))
        item.add_component(alarm)
    body, digest = _wrap(item, interview.timezone, todo.due.year, stamp, changed)
    return Rendered(todo.ical_uid, "todo", body, digest)


@dataclass(frozen=True)
class RemoteItem:
    """What we read back from a server object: enough to merge a todo or adopt an item."""

    ical_uid: str
    kind: str  # "event" or "todo"
    due: datetime | date | None
    done: datetime | None
    changed_at: datetime | None
    interview_uid: str | None = None  # our X- property: which interview an item belongs to
    end: datetime | None = None  # an event's DTEND (its DTSTART is in `due`)
    location: str = ""
    data: dict[str, object] | None = None  # our DATA_PROPERTY, when it is a JSON object
    remind: datetime | None = None  # a todo's absolute VALARM trigger
    deleted_at: datetime | None = None  # an event that is a deletion marker: when it was deleted


def _deleted_at(component: object, fallback: datetime | None) -> datetime | None:
    """When a marker's interview was deleted; an unreadable time still marks it (then its LAST-MODIFIED)."""
    raw = component.get(DELETED_PROPERTY)  # type: ignore[attr-defined]
    if raw is None:
        return None
    try:
        return datetime.strptime(str(raw).strip(), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return fallback or datetime.now(UTC).replace(microsecond=0)


def _data(component: object) -> dict[str, object] | None:
    raw = component.get(DATA_PROPERTY)  # type: ignore[attr-defined]
    try:
        value = json.loads(base64.urlsafe_b64decode(str(raw).strip())) if raw is not None else None
    except (ValueError, binascii.Error):  # binascii.Error is a ValueError; named for the reader
        return None
    return value if isinstance(value, dict) else None


def _trigger(component: object) -> datetime | None:
    for alarm in component.walk("VALARM"):  # type: ignore[attr-defined]
        trigger = getattr(alarm.get("trigger"), "dt", None)
        if isinstance(trigger, datetime) and trigger.tzinfo is not None:
            return trigger.astimezone(UTC)
    return None


def _aware(value: object, zone: str) -> datetime | date | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=ZoneInfo(zone)) if value.tzinfo is None else value  # floating: the app's zone
    if isinstance(value, date):
        return value
    return None


def parse_item(text: str, zone: str = "UTC") -> RemoteItem | None:
    """The first VTODO or VEVENT of a server object; None if it holds neither or does not parse."""
    try:
        calendar = Calendar.from_ical(text)
    except ValueError:
        return None
    for component in calendar.walk():
        if component.name not in ("VTODO", "VEVENT"):
            continue
        uid = str(component.get("uid", ""))
        interview = str(component.get(INTERVIEW_PROPERTY, "")) or None
        changed_prop = component.get("last-modified") or component.get("dtstamp")
        changed = _aware(changed_prop.dt, "UTC") if changed_prop is not None else None
        changed_at = changed if isinstance(changed, datetime) else None
        if component.name == "VEVENT":
            start, end = (_aware(getattr(component.get(k), "dt", None), zone) for k in ("dtstart", "dtend"))
            location, data = str(component.get("location", "")), _data(component)
            deleted = _deleted_at(component, changed_at)
            if deleted is not None:
                data = None  # a marker is never adopted, whatever else it carries
            if isinstance(start, datetime) and isinstance(end, datetime):  # a timed event (not all-day)
                return RemoteItem(uid, "event", start.astimezone(UTC), None, changed_at, interview,
                                  end.astimezone(UTC), location, data, deleted_at=deleted)
            return RemoteItem(uid, "event", None, None, changed_at, interview, None, location, data,
                              deleted_at=deleted)
        due_prop = component.get("due")
        due = _aware(due_prop.dt, zone) if due_prop is not None else None
        done: datetime | None = None
        if str(component.get("status", "")).upper() == "COMPLETED" or component.get("completed") is not None:
            completed = component.get("completed")
            value = _aware(completed.dt, zone) if completed is not None else None
            done = value if isinstance(value, datetime) else datetime.now(UTC).replace(microsecond=0)
        return RemoteItem(uid, "todo", due, done, changed_at, interview, data=_data(component),
                          remind=_trigger(component))
    return None


def due_as_datetime(due: datetime | date, current: datetime, zone: str) -> datetime:
    """A phone may set a date-only DUE: keep the step's wall-clock time on that day."""
    if isinstance(due, datetime):
        return due.astimezone(UTC).replace(microsecond=0)
    wall = current.astimezone(ZoneInfo(zone))
    moved = datetime.combine(due, wall.time().replace(tzinfo=None)).replace(tzinfo=ZoneInfo(zone))
    return moved.astimezone(UTC)

