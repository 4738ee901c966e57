"""The few WebDAV/CalDAV requests the sync makes, on sync/webdav.py's DavClient.

The requests are spelled out here because the sync depends on their exact shape: conditional
writes (`If-Match`, `If-None-Match: *`), RFC 6578 sync-collection and the ctag. Every request
is counted, so tests and `make bench` can show that a sync with nothing new costs one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

from .webdav import CALDAV, CALSERVER, DAV, DavClient, DavResource, HttpStatusError, Response, parse_multistatus

_SYNC_BODY = (
    '<?xml version="1.0" encoding="utf-8"?><D:sync-collection xmlns:D="DAV:">{token}'
    "<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>"
)
_STATE_PROPS = "<CS:getctag/><D:sync-token/>"
_MULTIGET_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?><C:calendar-multiget xmlns:D="DAV:" '
    'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop>'
)
_XML = {"Content-Type": "application/xml; charset=utf-8"}


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


def _same(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


class Dav:
    def __init__(self, client: DavClient | None) -> None:
        self.client = client
        self.requests = 0
        self.writes = 0

    def _request(self, url: str, method: str, body: str = "", headers: dict[str, str] | None = None) -> Response:
        self.requests += 1
        if method in ("PUT", "DELETE", "MKCALENDAR"):
            self.writes += 1
        assert self.client is not None
        return self.client.request(url, method, body, headers or {})

    def _multistatus(self, url: str, method: str, body: str, depth: int | None) -> list[DavResource]:
        headers = dict(_XML, **({"Depth": str(depth)} if depth is not None else {}))
        response = self._request(url, method, body, headers)
        if response.status != 207:
            raise HttpStatusError(response.status, method, url)
        return parse_multistatus(response.body, response.url)[0]

    def absolute(self, base: str, href: str) -> str:
        return urljoin(base, href)

    def sync_changes(self, url: str, token: str | None) -> Changes:
        """RFC 6578 sync-collection: what changed since `token` (everything when None)."""
        body = _SYNC_BODY.format(token=f"<D:sync-token>{escape(token)}</D:sync-token>" if token else "<D:sync-token/>")
        response = self._request(url, "REPORT", body, dict(_XML, Depth="1"))
        if response.status != 207:
            if response.status >= 500 and response.status != 501:
                raise HttpStatusError(response.status, "REPORT", url)
            raise SyncTokenInvalid  # 403 valid-sync-token, or sync-collection not done here (400, 404, 501)
        resources, root = parse_multistatus(response.body, response.url)
        new_token = (root.findtext(f"{DAV}sync-token") or "").strip()
        if not new_token:
            raise SyncTokenInvalid
        changes = Changes(token=new_token, complete=token is None)
        for resource in resources:
            if _same(resource.href, url):
                changes.truncated = changes.truncated or resource.status == 507  # more pages (RFC 6578 3.6)
                continue
            if resource.status == 404:
                changes.deleted.append(resource.href)
            else:
                changes.changed[resource.href] = resource.text(f"{DAV}getetag") or ""
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
        for resource in self._propfind(url, _STATE_PROPS, 0):
            return (resource.text(f"{CALSERVER}getctag") or None, resource.text(f"{DAV}sync-token") or None)
        return (None, None)

    def child_states(self, parent: str, ctag: bool = True,
                     token: bool = True) -> dict[str, tuple[str | None, str | None]]:
        """(ctag, sync-token) of every collection in `parent` (the calendar home), one PROPFIND Depth 1:
        with interviews and follow-ups in two collections, a sync with nothing new still costs one.
        Only the properties asked for (a server such as Radicale computes each over every object)."""
        props = ("<CS:getctag/>" if ctag else "") + ("<D:sync-token/>" if token else "")
        return {
            resource.href.rstrip("/") + "/": (resource.text(f"{CALSERVER}getctag") or None,
                                              resource.text(f"{DAV}sync-token") or None)
            for resource in self._propfind(parent, props, 1)
        }

    def _propfind(self, url: str, props: str, depth: int) -> list[DavResource]:
        body = ('<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:" '
                f'xmlns:CS="http://calendarserver.org/ns/"><D:prop>{props}</D:prop></D:propfind>')
        return self._multistatus(url, "PROPFIND", body, depth)

    def list_etags(self, url: str) -> Changes:
        """Every object's ETag (the fallback without sync-collection)."""
        changes = Changes(complete=True)
        for resource in self._propfind(url, "<D:getetag/>", 1):
            if not _same(resource.href, url):
                changes.changed[resource.href] = resource.text(f"{DAV}getetag") or ""
        return changes

    def multiget(self, url: str, hrefs: list[str]) -> dict[str, tuple[str, str]]:
        """href → (ETag, calendar data) for these objects, 100 per request."""
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(hrefs), 100):
            chunk = hrefs[start:start + 100]
            body = _MULTIGET_HEAD + "".join(
                f"<D:href>{escape(urlsplit(h).path)}</D:href>" for h in chunk
            ) + "</C:calendar-multiget>"
            for resource in self._multistatus(url, "REPORT", body, 1):
                data = resource.text(f"{CALDAV}calendar-data")
                if resource.status in (None, 200) and data:
                    found[resource.href] = (resource.text(f"{DAV}getetag") or "", data)
        return found

    def get(self, href: str) -> tuple[str, str] | None:
        """(calendar data, ETag) of one object, None if it is gone."""
        response = self._request(href, "GET")
        if response.status in (404, 410):
            return None
        if response.status != 200:
            raise HttpStatusError(response.status, "GET", href)
        return (response.text, response.headers.get("etag", ""))

    def put(self, href: str, body: str, etag: str | None) -> str:
        """Write one object only if it is as we last saw it (`etag`), or new (None); returns the new ETag."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        response = self._request(href, "PUT", body, headers)
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status not in (200, 201, 204):
            raise HttpStatusError(response.status, "PUT", href)
        return response.headers.get("etag") or self.etag_of(href)

    def etag_of(self, href: str) -> str:
        for resource in self._propfind(href, "<D:getetag/>", 0):
            return resource.text(f"{DAV}getetag") or ""
        return ""

    def delete(self, href: str, etag: str | None) -> None:
        """Delete one object if it is as we last saw it; already gone is fine."""
        response = self._request(href, "DELETE", "", {"If-Match": etag} if etag else {})
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status not in (200, 204, 404, 410):
            raise HttpStatusError(response.status, "DELETE", href)
