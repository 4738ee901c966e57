"""Connecting to the user's CalDAV server and finding their calendars.

Discovery as RFC 6764 and RFC 4791 describe it: the current-user-principal at the URL the user
gave (or at `/.well-known/caldav` on that host when the URL leads nowhere), its calendar home,
and the calendars there with the components each takes (VEVENT, VTODO). Certificates are
verified, with an optional CA file as for mail; a password never goes over plain HTTP to
another machine.
"""

from __future__ import annotations

import re
import ssl
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

from ..domain.words import Words
from .errors import CONTEXT, QT_TRANSLATE_NOOP, SyncError, SyncErrorKind, classify
from .webdav import CALDAV, DAV, LOOPBACK, TRANSPORT_ERRORS, DavClient, HttpStatusError

_CALENDAR_PROPS = ("<D:resourcetype/><D:displayname/><C:supported-calendar-component-set/>"
                   "<D:sync-token/><CS:getctag/>")


@dataclass(frozen=True)
class CalendarInfo:
    url: str
    name: str
    components: tuple[str, ...]

    @property
    def takes_events(self) -> bool:
        return not self.components or "VEVENT" in self.components

    @property
    def takes_todos(self) -> bool:
        return not self.components or "VTODO" in self.components


def _tls_context(ca_file: str) -> ssl.SSLContext:
    """Verifying, as mail's (mail/tls.py): the system's CAs plus the user's CA file."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise SyncError(Words(CONTEXT, QT_TRANSLATE_NOOP("SyncError", "The CA file %1 could not be read (%2)."),
                                  (ca_file, str(exc))),
                            SyncErrorKind.CONFIGURATION) from exc
    return context


def open_client(url: str, user: str, password: str | None, ca_file: str = "", timeout: float = 30.0) -> DavClient:
    """A client for `url`; nothing is sent yet."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(Words(CONTEXT, QT_TRANSLATE_NOOP(
            "SyncError", "The CalDAV address must start with https:// and name a server.")),
            SyncErrorKind.CONFIGURATION)
    if parts.scheme == "http" and password and parts.hostname not in LOOPBACK:
        raise SyncError(Words(CONTEXT, QT_TRANSLATE_NOOP(
            "SyncError", "The password would cross the network unencrypted: use an https:// address.")),
                        SyncErrorKind.CONFIGURATION)
    context = _tls_context(ca_file) if parts.scheme == "https" else None
    return DavClient(url.strip(), user.strip(), password or None, context, timeout)


def _href(props: dict[str, ET.Element], name: str, base: str) -> str | None:
    element = props.get(name)
    href = element.findtext(f"{DAV}href") if element is not None else None
    return urljoin(base, href.strip()) if href else None


def _principal(client: DavClient, url: str) -> str:
    """The current-user-principal's URL: at `url`, else at the host's `/.well-known/caldav`."""
    for start in (url, urljoin(url, "/.well-known/caldav")):
        try:
            found = client.propfind(start, "<D:current-user-principal/>", 0)
        except HttpStatusError as exc:
            if exc.status in (401, 407):
                raise
            continue
        for resource in found:
            principal = _href(resource.props, f"{DAV}current-user-principal", resource.href)
            if principal:
                return principal
    return url  # a server without the property: the URL itself is as close as we get


def calendar_home(client: DavClient, url: str) -> str:
    principal = _principal(client, url)
    for resource in client.propfind(principal, "<C:calendar-home-set/>", 0):
        home = _href(resource.props, f"{CALDAV}calendar-home-set", resource.href)
        if home:
            return home.rstrip("/") + "/"
    raise SyncError(Words(CONTEXT, QT_TRANSLATE_NOOP(
        "SyncError", "The server did not say where your calendars are (no calendar home).")), SyncErrorKind.SERVER)


def find_calendars(client: DavClient, url: str) -> list[CalendarInfo]:
    """Every calendar in the user's calendar home, with what it takes."""
    try:
        home = calendar_home(client, url)
        found = []
        for resource in client.propfind(home, _CALENDAR_PROPS, 1):
            kinds = resource.props.get(f"{DAV}resourcetype")
            if kinds is None or kinds.find(f"{CALDAV}calendar") is None:
                continue
            components: tuple[str, ...] = ()
            supported = resource.props.get(f"{CALDAV}supported-calendar-component-set")
            if supported is not None:
                components = tuple(c.get("name", "") for c in supported.iter(f"{CALDAV}comp") if c.get("name"))
            found.append(CalendarInfo(resource.href, resource.text(f"{DAV}displayname") or "", components))
        return found
    except SyncError:
        raise
    except TRANSPORT_ERRORS as exc:
        raise classify(exc) from exc


def _mkcalendar_body(name: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
            f"<D:displayname>{escape(name)}</D:displayname>"
            '<C:supported-calendar-component-set><C:comp name="VEVENT"/><C:comp name="VTODO"/>'
            "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>")


def create_calendar(client: DavClient, url: str, name: str = "Finish Strong") -> CalendarInfo:
    """MKCALENDAR a collection for events and todos in the calendar home, where the server allows it."""
    try:
        home = calendar_home(client, url)
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "calendar"
        for candidate in (slug, f"{slug}-{uuid.uuid4().hex[:8]}"):
            target = f"{home}{candidate}/"
            response = client.request(target, "MKCALENDAR", _mkcalendar_body(name),
                                      {"Content-Type": "application/xml; charset=utf-8"})
            if response.status in (200, 201, 204):
                return CalendarInfo(target, name, ("VEVENT", "VTODO"))
            if response.status not in (403, 405, 409):  # taken (or refused): a fresh name once
                break
        raise HttpStatusError(response.status, "MKCALENDAR", target)
    except SyncError:
        raise
    except TRANSPORT_ERRORS as exc:
        raise classify(exc) from exc
