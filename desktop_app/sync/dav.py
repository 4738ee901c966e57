"""The few WebDAV/CalDAV requests the sync makes, on the `caldav` library's DAVClient.

The library brings authentication, TLS with a CA file, redirects and the multistatus
parsers; the requests themselves are spelled out here because the sync depends on their
exact shape: conditional writes (`If-Match`, `If-None-Match: *`), RFC 6578 sync-collection
and the ctag. Every request is counted, so tests and `make bench` can show that a sync with
nothing new costs one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

from caldav.lib import error as dav_error

if TYPE_CHECKING:
    from caldav.response import DAVResponse

DAV = "{DAV:}"
CALSERVER = "{http://calendarserver.org/ns/}"
_SYNC_BODY = (
    '<?xml version="1.0" encoding="utf-8"?><D:sync-collection xmlns:D="DAV:">{token}'
    "<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>"
)
_STATE_BODY = (
    '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/">'
    "<D:prop><CS:getctag/><D:sync-token/></D:prop></D:propfind>"
)
_ETAGS_BODY = (
    '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>'
)
_MULTIGET_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?><C:calendar-multiget xmlns:D="DAV:" '
    'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop>'
)


class PreconditionFailed(Exception):
    """412: the object is not in the state our If-Match / If-None-Match said (someone else wrote)."""


class SyncTokenInvalid(Exception):
    """The server no longer knows our sync-token (or does not do sync-collection): list it all."""


@dataclass
class Changes:
    """A collection's changes since the last look: href → ETag, and hrefs now gone."""

    changed: dict[str, str] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    token: str | None = None
    complete: bool = False  # `changed` lists every object (a first or full listing): absent ones are gone
    truncated: bool = False  # the server sent a first page only (RFC 6578 3.6): ask again from `token`


class Dav:
    def __init__(self, client: Any) -> None:  # caldav.DAVClient
        self.client = client
        self.requests = 0
        self.writes = 0

    def _request(self, url: str, method: str, body: str = "", headers: dict[str, str] | None = None) -> DAVResponse:
        self.requests += 1
        if method in ("PUT", "DELETE", "MKCALENDAR"):
            self.writes += 1
        response: DAVResponse = self.client.request(url, method, body, headers or {})
        return response

    def absolute(self, base: str, href: str) -> str:
        return urljoin(base, href)

    def sync_changes(self, url: str, token: str | None) -> Changes:
        """RFC 6578 sync-collection: what changed since `token` (everything when None)."""
        body = _SYNC_BODY.format(token=f"<D:sync-token>{escape(token)}</D:sync-token>" if token else "<D:sync-token/>")
        try:
            response = self._request(url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml"})
        except dav_error.AuthorizationError as exc:
            if exc.status == 403:  # DAV:valid-sync-token, or sync-collection not allowed here
                raise SyncTokenInvalid from exc
            raise
        if response.status not in (200, 207):
            if response.status >= 500 and response.status != 501:
                raise dav_error.ReportError(url=url, reason=str(response.reason), status=response.status)
            raise SyncTokenInvalid
        result = response.parse_sync_collection()
        if not result.sync_token:
            raise SyncTokenInvalid
        changes = Changes(token=result.sync_token, complete=token is None, truncated=result.truncated)
        for item in result.changed:
            changes.changed[urljoin(url, item.href)] = item.etag or ""
        changes.deleted = [urljoin(url, href) for href in result.deleted]
        changes.changed.pop(url, None)  # some servers list the collection itself
        return changes

    def all_changes(self, url: str, token: str | None, pages: int = 1000) -> Changes:
        """`sync_changes`, following a truncated answer's pages until the server has said everything."""
        changes = self.sync_changes(url, token)
        while changes.truncated and pages > 0:
            pages -= 1
            more = self.sync_changes(url, changes.token)
            for href in more.deleted:
                changes.changed.pop(href, None)
            changes.changed.update(more.changed)
            changes.deleted = [h for h in changes.deleted if h not in more.changed] + more.deleted
            changes.token, changes.truncated = more.token, more.truncated
        return changes

    def collection_state(self, url: str) -> tuple[str | None, str | None]:
        """(ctag, sync-token) of the collection, one PROPFIND."""
        response = self._request(url, "PROPFIND", _STATE_BODY, {"Depth": "0", "Content-Type": "application/xml"})
        for result in response.parse_propfind():
            props = result.properties
            ctag, token = props.get(f"{CALSERVER}getctag"), props.get(f"{DAV}sync-token")
            return (str(ctag) if ctag else None, str(token) if token else None)
        return (None, None)

    def list_etags(self, url: str) -> Changes:
        """Every object's ETag (the fallback without sync-collection)."""
        response = self._request(url, "PROPFIND", _ETAGS_BODY, {"Depth": "1", "Content-Type": "application/xml"})
        changes = Changes(complete=True)
        for result in response.parse_propfind():
            href = urljoin(url, result.href)
            if href.rstrip("/") == url.rstrip("/"):
                continue
            changes.changed[href] = str(result.properties.get(f"{DAV}getetag") or "")
        return changes

    def multiget(self, url: str, hrefs: list[str]) -> dict[str, tuple[str, str]]:
        """href → (ETag, calendar data) for these objects, 100 per request."""
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(hrefs), 100):
            chunk = hrefs[start:start + 100]
            body = _MULTIGET_HEAD + "".join(
                f"<D:href>{escape(urlsplit(h).path)}</D:href>" for h in chunk
            ) + "</C:calendar-multiget>"
            response = self._request(url, "REPORT", body, {"Content-Type": "application/xml"})
            for result in response.parse_calendar_query():
                if result.status == 200 and result.calendar_data:
                    found[urljoin(url, result.href)] = (result.etag or "", result.calendar_data)
        return found

    def get(self, href: str) -> tuple[str, str] | None:
        """(calendar data, ETag) of one object, None if it is gone."""
        response = self._request(href, "GET")
        if response.status == 404:
            return None
        if response.status != 200:
            raise dav_error.DAVError(url=href, reason=str(response.reason), status=response.status)
        raw = response.raw
        return (raw if isinstance(raw, str) else raw.decode("utf-8"), response.headers.get("ETag", "") or "")

    def put(self, href: str, body: str, etag: str | None) -> str:
        """Write one object only if it is as we last saw it (`etag`), or new (None); returns the new ETag."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        response = self._request(href, "PUT", body, headers)
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status not in (200, 201, 204):
            raise dav_error.PutError(url=href, reason=str(response.reason), status=response.status)
        new_etag = response.headers.get("ETag") or ""
        return new_etag or self.etag_of(href)

    def etag_of(self, href: str) -> str:
        response = self._request(href, "PROPFIND", _ETAGS_BODY, {"Depth": "0", "Content-Type": "application/xml"})
        for result in response.parse_propfind():
            return str(result.properties.get(f"{DAV}getetag") or "")
        return ""

    def delete(self, href: str, etag: str | None) -> None:
        """Delete one object if it is as we last saw it; already gone is fine."""
        response = self._request(href, "DELETE", "", {"If-Match": etag} if etag else {})
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status not in (200, 204, 404):
            raise dav_error.DeleteError(url=href, reason=str(response.reason), status=response.status)
