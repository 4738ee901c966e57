"""Reading calendar invitations (.ics, RFC 5545) with the `icalendar` library.

Turns a file into `domain.invitation.Invitation`: aware start and end times, the IANA
zone of the interview, organizer and attendees, the links. Anything we cannot read
faithfully is refused with one line naming the event, before anything is written.

Times: a TZID is looked up as an IANA name, then as a Windows zone name (Outlook writes
"Pacific Standard Time"; icalendar ships the CLDR mapping), then through the file's own
VTIMEZONE. UTC times keep their instant; the interview's zone is then the calendar's
X-WR-TIMEZONE or the user's. Floating times (no zone at all) are the user's local time.
"""

from __future__ import annotations

import hashlib
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from icalendar.parser import Contentline
from icalendar.timezone import tzids_from_tzinfo
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ..domain.invitation import (
    ALL_DAY_NOTE,
    ALL_DAY_START,
    DEFAULT_LENGTH,
    NO_END_NOTE,
    OWN_ZONE,
    UNREADABLE_ATTENDEE,
    EventProblem,
    Invitation,
    InvitationEvent,
    Invitee,
)
from ..domain.invitation import CONTEXT as NOTE_CONTEXT
from ..domain.one_line import clip
from ..domain.validation import is_valid_zone
from ..domain.words import Words
from .errors import CONTEXT as STORE_CONTEXT
from .errors import QT_TRANSLATE_NOOP, ImportFormatError

#: Real invitations are a few kilobytes (Outlook's with an inline logo, some hundred).
MAX_ICS_BYTES = 2 * 1024 * 1024
#: More events than this is a whole calendar exported, not invitations.
MAX_EVENTS = 100
ICS_SUFFIXES = (".ics", ".ical", ".icalendar", ".ifb")
LINK_PROPERTIES = ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "CONFERENCE", "URL")
NOT_PEOPLE = {"ROOM", "RESOURCE", "GROUP"}


MAX_SEQUENCE = 2**31 - 1


def looks_like_ics(path: Path) -> bool:
    """By name, or by content for files saved without the extension (mail clients do)."""
    if path.suffix.lower() in ICS_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def read_invitation_file(path: Path, local_zone: str) -> Invitation:
    try:
        size = path.stat().st_size
        if size > MAX_ICS_BYTES:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1 is %2 MB; an invitation is at most %3 MB, so nothing was imported."),
                path.name, f"{size / 1_000_000:.1f}", MAX_ICS_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP("StoreError", "cannot read %1: %2"), str(path),
                                       str(exc.strerror or exc)) from exc
    return parse_invitation(data, local_zone)


def parse_invitation(data: bytes | str, local_zone: str) -> Invitation:
    """Every event of an .ics document; raises ImportFormatError for anything unusable."""
    if len(data) > MAX_ICS_BYTES:
        limit = MAX_ICS_BYTES // (1024 * 1024)
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file is larger than %1 MB, so it is not an invitation; nothing imported."), limit)
    text = _decode(data) if isinstance(data, bytes) else data
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped.upper().startswith("BEGIN:VCALENDAR"):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file is not a calendar invitation (.ics): it does not begin with BEGIN:VCALENDAR."))
    if not stripped.rstrip().upper().endswith("END:VCALENDAR"):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The invitation is incomplete: it stops before END:VCALENDAR (a cut-off download?)."))
    with warnings.catch_warnings():
        # icalendar warns when it guesses a vendor-prefixed TZID; the guess is what we want.
        warnings.simplefilter("ignore")
        try:
            calendar = Calendar.from_ical(stripped)
            if not isinstance(calendar, Calendar):
                raise ValueError("the top level is not a VCALENDAR")
            components = [c for c in calendar.subcomponents if isinstance(c, Event)]
            if not components:
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "The calendar holds no events, so there is nothing to import."))
            if len(components) > MAX_EVENTS:
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "The file holds %1 events; that is a whole calendar, not invitations (at most %2 "
                    "at once)."), len(components), MAX_EVENTS)
            method = str(calendar.get("METHOD", "")).strip().upper()
            wr_zone = str(calendar.get("X-WR-TIMEZONE", "")).strip()
            default_zone = wr_zone if is_valid_zone(wr_zone) else local_zone
            raw_attendees = _attendee_lines(stripped)
            if len(raw_attendees) != len(components):
                raw_attendees = [[] for _ in components]
            events: list[InvitationEvent] = []
            problems: list[EventProblem] = []
            for n, (component, lines) in enumerate(zip(components, raw_attendees, strict=True), 1):
                try:
                    events.append(_event(component, n, method, local_zone, default_zone, lines))
                except ImportFormatError as exc:
                    problems.append(EventProblem(n, _text(component, "SUMMARY"), _words(exc)))
                except (ValueError, TypeError, KeyError, AttributeError) as exc:
                    problems.append(EventProblem(n, _text(component, "SUMMARY"), Words(STORE_CONTEXT, QT_TRANSLATE_NOOP(
                        "StoreError", "Event %1 is not a valid event (%2)."), (n, _first_line(exc)))))
            if not events:  # nothing importable: the file's problem is the answer
                first = problems[0].message
                raise ImportFormatError.worded(first.template, *first.values) if isinstance(first, Words) \
                    else ImportFormatError(first)
        except ImportFormatError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # AttributeError: a property given twice (two DTSTARTs) comes back as a list, not a value.
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "The file is not a valid calendar invitation (%1)."), _first_line(exc)) from exc
    uids = [e.uid for e in events]
    if len(set(uids)) != len(uids):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file holds the same event (UID) twice; nothing was imported."))
    return Invitation(method=method, events=events, problems=problems)


def _words(exc: ImportFormatError) -> Words | str:
    """An event's problem as the error's template and values, so the import dialog can translate it."""
    return Words(STORE_CONTEXT, exc.template, exc.values) if exc.template else str(exc)


def _attendee_lines(text: str) -> list[list[str]]:
    """The raw ATTENDEE lines of each top-level VEVENT, in order (unfolded; alarms' attendees left out).

    icalendar drops a line it cannot parse; these let the import say which attendee it skipped.
    """
    unfolded = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    per_event: list[list[str]] = []
    depth = 0
    for line in unfolded.split("\n"):
        upper = line.strip().upper()
        if upper == "BEGIN:VEVENT" and depth == 0:
            per_event.append([])
            depth = 1
        elif upper.startswith("BEGIN:") and depth:
            depth += 1
        elif upper.startswith("END:") and depth:
            depth -= 1
        elif depth == 1 and upper.startswith(("ATTENDEE;", "ATTENDEE:")):
            per_event[-1].append(line.strip())
    return per_event


def _unreadable_attendees(lines: list[str]) -> list[str]:
    """Lines that give neither an address nor a name: listed as skipped, not silently dropped."""
    skipped = []
    for line in lines:
        try:
            _, params, value = Contentline(line).parts()
        except ValueError:
            skipped.append(line)
            continue
        if not value.strip().lower().startswith("mailto:") and not str(params.get("CN", "")).strip().strip('"'):
            skipped.append(line)
    return skipped


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # old Outlook exports; RFC 5545 says UTF-8


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else ""
    return "" if value is None else str(value).strip()


def _event(event: Event, number: int, method: str, local_zone: str, default_zone: str,
           attendee_lines: list[str] | None = None) -> InvitationEvent:
    summary = _text(event, "SUMMARY")
    where = (Words(STORE_CONTEXT, QT_TRANSLATE_NOOP("StoreError", "Event %1 (“%2”)"), (number, clip(summary)))
             if summary else Words(STORE_CONTEXT, QT_TRANSLATE_NOOP("StoreError", "Event %1"), (number,)))
    for name in ("RRULE", "RDATE", "RECURRENCE-ID"):
        if name in event:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1 repeats (%2); interviews do not recur, so nothing was imported. Ask for a single "
                "event, or add the interview by hand."), where, name)
    broken = [f"{name}: {message}" for name, message in event.errors if name in ("DTSTART", "DTEND", "DURATION")]
    if broken:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP("StoreError", "%1 has an unreadable time (%2)."), where,
                                       broken[0])
    if "DTSTART" not in event:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP("StoreError", "%1 has no start time (DTSTART)."), where)
    notes: list[Words] = []
    raw_start = event.get("DTSTART").dt
    if not isinstance(raw_start, datetime):  # a DATE: an all-day event
        zone = local_zone
        start = datetime.combine(raw_start, ALL_DAY_START, tzinfo=ZoneInfo(zone))
        end = start + DEFAULT_LENGTH
        notes.append(ALL_DAY_NOTE)
    else:
        start, zone = _moment(event, "DTSTART", where, local_zone, default_zone)
        own = _own_zone(event)
        if own is not None:  # a zone only the file defines: kept, as the IANA zone with its rules
            zone, name = own
            notes.append(Words(NOTE_CONTEXT, OWN_ZONE, (name, zone)))
        if "DTEND" in event:
            if not isinstance(event.get("DTEND").dt, datetime):
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "%1 starts at a time but ends on a date (DTEND)."), where)
            end, _ = _moment(event, "DTEND", where, local_zone, default_zone)
        elif "DURATION" in event:
            end = start + event.get("DURATION").dt  # elapsed time, as RFC 5545 says for hours
        else:
            end = start + DEFAULT_LENGTH
            notes.append(NO_END_NOTE)
    try:
        sequence = int(str(event.get("SEQUENCE", 0)))
    except ValueError:
        sequence = 0
    status = _text(event, "STATUS").upper()
    notes += [Words(NOTE_CONTEXT, UNREADABLE_ATTENDEE, (line[:160],))
              for line in _unreadable_attendees(attendee_lines or [])]
    return InvitationEvent(
        uid=_text(event, "UID") or _made_up_uid(event),
        start=start,
        end=end,
        timezone=zone,
        summary=summary,
        sequence=min(max(0, sequence), MAX_SEQUENCE),  # SQLite integers stop at 2**63
        location=_text(event, "LOCATION"),
        description=_text(event, "DESCRIPTION"),
        links=tuple(str(link) for name in LINK_PROPERTIES for link in _all(event, name)),
        organizer=_invitee(event.get("ORGANIZER")) if "ORGANIZER" in event else None,
        attendees=[
            invitee for address in _all(event, "ATTENDEE")
            if str(address.params.get("CUTYPE", "")).upper() not in NOT_PEOPLE
            and str(address.params.get("PARTSTAT", "")).upper() != "DECLINED"
            and not str(address).lower().endswith("resource.calendar.google.com")
            and (invitee := _invitee(address)) is not None
        ],
        cancelled=method == "CANCEL" or status == "CANCELLED",
        notes=notes,
        number=number,
    )


def _all(event: Event, name: str) -> list[Any]:
    value = event.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _invitee(address: Any) -> Invitee | None:
    value = str(address).strip()
    email = value[7:] if value.lower().startswith("mailto:") else ""
    name = str(getattr(address, "params", {}).get("CN", "")).strip().strip('"')
    if not email and not name:
        return None
    return Invitee(name=name, email=email.strip())


def _moment(event: Event, name: str, where: Words, local_zone: str, default_zone: str) -> tuple[datetime, str]:
    """An aware time and the IANA zone it belongs to."""
    prop = event.get(name)
    value: datetime = prop.dt
    tzid = str(prop.params.get("TZID", "")).strip()
    if value.tzinfo is None:
        if tzid:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1 uses the time zone “%2”, which neither the file (VTIMEZONE) nor this computer "
                "knows."), where, tzid)
        return value.replace(tzinfo=ZoneInfo(local_zone)), local_zone  # floating: the user's own time
    zone = iana_zone(tzid, value.tzinfo)
    if zone is None or zone in {"UTC", "Etc/UTC", "GMT", "Etc/GMT"}:
        zone = default_zone
    return value, zone


def _own_zone(event: Event) -> tuple[str, str] | None:
    """(IANA zone, the file's name for it) when DTSTART's TZID is defined only by the file's VTIMEZONE."""
    prop = event.get("DTSTART")
    value = prop.dt
    tzid = str(prop.params.get("TZID", "")).strip().strip('"')
    if not tzid or value.tzinfo is None or iana_zone(tzid, value.tzinfo) is not None:
        return None
    from .zone_match import matching_zone  # only for the rare custom zone

    zone = matching_zone(value.tzinfo, value)
    return (zone, tzid) if zone is not None else None


def iana_zone(tzid: str, tzinfo: Any) -> str | None:
    """The IANA name for a TZID as producers write it, or None if there is none."""
    candidates: list[str] = []
    if tzid:
        clean = tzid.strip().strip('"')
        candidates += [clean, WINDOWS_TO_OLSON.get(clean, "")]
        parts = clean.strip("/").split("/")
        candidates += ["/".join(parts[n:]) for n in range(1, len(parts))]  # "/mozilla.org/…/Europe/Berlin"
    candidates += list(tzids_from_tzinfo(tzinfo))
    return next((c for c in candidates if c and is_valid_zone(c)), None)


def _made_up_uid(event: Event) -> str:
    """Some scheduling tools leave out UID; a digest of what identifies the event stands in,
    so importing the same file twice still finds the first import."""
    key = "\n".join(_text(event, n) for n in ("DTSTART", "SUMMARY", "ORGANIZER", "LOCATION"))
    key += "\n" + str(event.get("DTSTART").to_ical() if "DTSTART" in event else b"")
    return "no-uid-" + hashlib.sha256(key.encode()).hexdigest()[:32]
