"""Connecting to the user's CalDAV server and finding their calendars.

Discovery as RFC 6764 and RFC 4791 describe it: the current-user-principal at the URL the user
gave (or at `/.well-known/caldav` on that host when the URL leads nowhere), its calendar home,
and the calendars there with the components each takes (VEVENT, VTODO). Certificates are
verified, with an optional CA file as for mail; a password never goes over plain HTTP to
another machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from .errors import SyncError, SyncErrorKind, classify

if TYPE_CHECKING:
    from caldav.davclient import DAVClient

LOOPBACK = {"localhost", "127.0.0.1", "::1"}


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


def open_client(url: str, user: str, password: str | None, ca_file: str = "", timeout: float = 30.0) -> DAVClient:
    """A DAVClient for `url` (the `caldav` library is imported here, on first use only)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError("The CalDAV address must start with https:// and name a server.", SyncErrorKind.CONFIGURATION)
    if parts.scheme == "http" and password and parts.hostname not in LOOPBACK:
        raise SyncError("The password would cross the network unencrypted: use an https:// address.",
                        SyncErrorKind.CONFIGURATION)
    from caldav.davclient import DAVClient

    return DAVClient(
        url=url.strip(), username=user or None, password=password or None,
        ssl_verify_cert=ca_file or True, timeout=int(timeout), enable_rfc6764=False,
        auth_type="basic" if user and password else None,
    )


def _principal(client: DAVClient, url: str) -> Any:  # a caldav Principal
    from caldav.lib import error as dav_error

    try:
        return client.principal()  # type: ignore[no-untyped-call]
    except (dav_error.NotFoundError, dav_error.PropfindError, dav_error.ResponseError):
        known = urljoin(url, "/.well-known/caldav")
        client.url = client.url.join(known)
        return client.principal()  # type: ignore[no-untyped-call]


def find_calendars(client: DAVClient, url: str) -> list[CalendarInfo]:
    """Every calendar in the user's calendar home, with what it takes."""
    try:
        principal = _principal(client, url)
        found = []
        for calendar in principal.get_calendars():
            try:
                components = tuple(calendar.get_supported_components())
            except Exception:  # noqa: BLE001 - a server that does not say takes everything
                components = ()
            found.append(CalendarInfo(str(calendar.url), calendar.get_display_name() or "", components))
        return found
    except SyncError:
        raise
    except Exception as exc:  # noqa: BLE001 - sorted into kinds
        raise classify(exc) from exc


def create_calendar(client: DAVClient, url: str, name: str = "Finish Strong") -> CalendarInfo:
    """MKCALENDAR a collection for events and todos, where the server allows it."""
    try:
        principal = _principal(client, url)
        calendar = principal.make_calendar(name=name, supported_calendar_component_set=["VEVENT", "VTODO"])
        return CalendarInfo(str(calendar.url), name, ("VEVENT", "VTODO"))
    except Exception as exc:  # noqa: BLE001 - sorted into kinds
        raise classify(exc) from exc
