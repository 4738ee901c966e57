"""A small WebDAV client on the standard library: `http.client`, `ssl` and `xml.etree`.

The sync needs a handful of requests (PROPFIND, REPORT, MKCALENDAR, GET, PUT, DELETE) with
Basic authentication, verified TLS and redirects; a general client library (the `caldav`
package and its HTTP stack: niquests, urllib3-future, qh3, lxml) made the installed bundle a
quarter larger for that. One connection per server is kept open for the whole sync.

Failures keep their class: `HttpStatusError` (with the status) for an answer we cannot use,
`MultistatusError` for XML we cannot read, and `OSError` / `ssl.SSLError` /
`http.client.HTTPException` from the network. `errors.classify` sorts them into kinds.
"""

from __future__ import annotations

import base64
import http.client
import ssl
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"
CALSERVER = "{http://calendarserver.org/ns/}"
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
_REDIRECTS = {301, 302, 303, 307, 308}
_MAX_REDIRECTS = 5


class HttpStatusError(Exception):
    """The server answered with a status the request cannot go on from (401 is authentication)."""

    def __init__(self, status: int, method: str, url: str) -> None:
        super().__init__(f"{method} {url}: HTTP {status}")
        self.status = status


class MultistatusError(Exception):
    """An answer that should be WebDAV XML and is not (or declares entities, which we never read)."""


#: Everything the network or the server can raise from a request (bugs in our code are not in it).
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    HttpStatusError, MultistatusError, http.client.HTTPException, OSError,
)


@dataclass
class Response:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes
    url: str  # after redirects

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass
class DavResource:
    """One `<D:response>` of a multistatus: its href (absolute), status and the properties found (200)."""

    href: str
    status: int | None
    props: dict[str, ET.Element] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        element = self.props.get(name)
        return None if element is None else (element.text or "").strip()


def _status_code(line: str | None) -> int | None:
    parts = (line or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def parse_multistatus(body: bytes, base: str) -> tuple[list[DavResource], ET.Element]:
    """The responses of a 207 answer, hrefs made absolute against `base`, and the root element."""
    if b"<!DOCTYPE" in body[:2048] or b"<!ENTITY" in body:
        raise MultistatusError("entity declarations in a WebDAV answer")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise MultistatusError(str(exc)) from exc
    found = []
    for response in root.iter(f"{DAV}response"):
        href = response.findtext(f"{DAV}href")
        if href is None:
            continue
        resource = DavResource(urljoin(base, href.strip()), _status_code(response.findtext(f"{DAV}status")))
        for propstat in response.findall(f"{DAV}propstat"):
            if _status_code(propstat.findtext(f"{DAV}status")) != 200:
                continue
            prop = propstat.find(f"{DAV}prop")
            for element in prop if prop is not None else ():
                resource.props[element.tag] = element
        found.append(resource)
    return found, root


class DavClient:
    """Requests to one CalDAV account: Basic auth, verified TLS (system CAs plus an optional CA file)."""

    def __init__(self, url: str, user: str = "", password: str | None = None,
                 context: ssl.SSLContext | None = None, timeout: float = 30.0) -> None:
        self.url = url
        self.timeout = timeout
        self.context = context or ssl.create_default_context()
        self._auth = None
        if user and password:
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            self._auth = f"Basic {token}"
        self._connections: dict[tuple[str, str, int], http.client.HTTPConnection] = {}

    def _connection(self, scheme: str, host: str, port: int) -> http.client.HTTPConnection:
        key = (scheme, host, port)
        if key not in self._connections:
            if scheme == "https":
                self._connections[key] = http.client.HTTPSConnection(
                    host, port, timeout=self.timeout, context=self.context)
            else:
                self._connections[key] = http.client.HTTPConnection(host, port, timeout=self.timeout)
        return self._connections[key]

    def _send(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        scheme, host = parts.scheme, parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        wanted = {"User-Agent": "Finish Strong", **headers}
        if self._auth and (scheme == "https" or host in LOOPBACK):  # never a password in clear to a remote host
            wanted["Authorization"] = self._auth
        for attempt in (0, 1):
            connection = self._connection(scheme, host, port)
            reused = connection.sock is not None
            try:
                connection.request(method, path, body=body or None, headers=wanted)
                answer = connection.getresponse()
                data = answer.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                connection.close()
                if reused and attempt == 0:
                    continue  # the server closed an idle keep-alive connection: once more on a new one
                raise
            except BaseException:
                connection.close()
                raise
            if answer.will_close:
                connection.close()
            return Response(answer.status, {k.lower(): v for k, v in answer.getheaders()}, data, url)
        raise AssertionError("unreachable")

    def request(self, url: str, method: str = "GET", body: str | bytes = "",
                headers: dict[str, str] | None = None) -> Response:
        """One request, following redirects (RFC 6764's `.well-known/caldav` is one); 401 raises."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        for _hop in range(_MAX_REDIRECTS + 1):
            response = self._send(method, url, data, headers or {})
            if response.status in (401, 407):
                raise HttpStatusError(response.status, method, url)
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                return response
            target = urljoin(url, location)
            if urlsplit(target).scheme not in ("http", "https"):
                raise HttpStatusError(response.status, method, url)
            if response.status == 303:
                method, data = "GET", b""
            url = target
        raise HttpStatusError(310, method, url)  # too many redirects

    def propfind(self, url: str, props: str, depth: int) -> list[DavResource]:
        """PROPFIND for the properties in `props` (their XML, namespaces D, C and CS declared)."""
        body = ('<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:" '
                'xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:CS="http://calendarserver.org/ns/">'
                f"<D:prop>{props}</D:prop></D:propfind>")
        response = self.request(url, "PROPFIND", body, {"Depth": str(depth),
                                                        "Content-Type": "application/xml; charset=utf-8"})
        if response.status != 207:
            raise HttpStatusError(response.status, "PROPFIND", url)
        return parse_multistatus(response.body, response.url)[0]

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()
