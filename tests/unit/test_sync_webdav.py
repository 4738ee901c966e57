"""The standard-library WebDAV client (sync/webdav.py) against a small real HTTP server on 127.0.0.1:
Basic auth in UTF-8, redirects, a closed keep-alive connection, and failures sorted into kinds by
class and status (the live CalDAV behaviour is tested on Radicale and Xandikos in tests/integration)."""

from __future__ import annotations

import base64
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop_app.sync.errors import SyncErrorKind, classify
from desktop_app.sync.webdav import DavClient, HttpStatusError, MultistatusError, parse_multistatus

PASSWORD = "correct horse ☃"
MULTISTATUS = (
    b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"><D:response><D:href>/cal/a.ics</D:href>'
    b"<D:propstat><D:prop><D:getetag>\"1\"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status>"
    b"</D:propstat></D:response></D:multistatus>"
)
Handler = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], tuple[str, list[tuple[str, str, str | None]]]]]:
    """Start a server whose every request is answered by `answer`; returns its URL and the requests seen."""
    servers: list[ThreadingHTTPServer] = []

    def start(answer: Handler) -> tuple[str, list[tuple[str, str, str | None]]]:
        seen: list[tuple[str, str, str | None]] = []

        class Handle(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                seen.append((self.command, self.path, self.headers.get("Authorization")))
                answer(self)

            do_GET = do_PROPFIND = do_PUT = do_REPORT = _any  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handle)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def reply(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_basic_auth_is_utf8_and_redirects_keep_the_method_and_the_final_url(serve) -> None:  # noqa: ANN001
    def answer(h: BaseHTTPRequestHandler) -> None:
        if h.path == "/.well-known/caldav":
            reply(h, 301, Location="/dav/")
        elif h.path == "/dav/":
            reply(h, 308, Location="/dav/home/")
        else:
            reply(h, 207, MULTISTATUS, Content_Type="application/xml")

    url, seen = serve(answer)
    client = DavClient(url + "/", "alex", PASSWORD)
    try:
        [found] = client.propfind(url + "/.well-known/caldav", "<D:getetag/>", 1)
    finally:
        client.close()
    assert [(method, path) for method, path, _ in seen] == [
        ("PROPFIND", "/.well-known/caldav"), ("PROPFIND", "/dav/"), ("PROPFIND", "/dav/home/")]
    expected = "Basic " + base64.b64encode(f"alex:{PASSWORD}".encode()).decode()
    assert {auth for _, _, auth in seen} == {expected}
    assert found.href == url + "/cal/a.ics" and found.text("{DAV:}getetag") == '"1"'


def test_a_refused_password_is_the_authentication_kind(serve) -> None:  # noqa: ANN001
    url, _ = serve(lambda h: reply(h, 401, WWW_Authenticate='Basic realm="x"'))
    client = DavClient(url + "/", "alex", "wrong")
    with pytest.raises(HttpStatusError) as raised:
        client.request(url + "/", "GET")
    client.close()
    assert classify(raised.value).kind is SyncErrorKind.AUTHENTICATION


def test_a_redirect_loop_and_a_refusal_are_the_server_kind(serve) -> None:  # noqa: ANN001
    url, seen = serve(lambda h: reply(h, 302, Location=h.path + "x"))
    client = DavClient(url + "/")
    with pytest.raises(HttpStatusError) as raised:
        client.request(url + "/", "GET")
    client.close()
    assert len(seen) == 6 and classify(raised.value).kind is SyncErrorKind.SERVER
    url, _ = serve(lambda h: reply(h, 403))
    client = DavClient(url + "/")
    with pytest.raises(HttpStatusError) as refused:
        client.propfind(url + "/", "<D:getetag/>", 0)
    client.close()
    assert refused.value.status == 403 and classify(refused.value).kind is SyncErrorKind.SERVER


def test_a_keep_alive_connection_the_server_closed_is_opened_again(serve) -> None:  # noqa: ANN001
    def answer(h: BaseHTTPRequestHandler) -> None:
        reply(h, 200, b"ok")
        h.close_connection = True  # without saying so: the next request meets a closed socket

    url, seen = serve(answer)
    client = DavClient(url + "/")
    try:
        assert [client.request(url + "/", "GET").body for _ in range(3)] == [b"ok"] * 3
    finally:
        client.close()
    assert len(seen) == 3


@pytest.mark.parametrize("body", [
    b"<not xml",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><D:multistatus xmlns:D="DAV:">&a;</D:multistatus>',
])
def test_an_answer_that_is_no_webdav_xml_is_the_server_kind(body: bytes) -> None:
    with pytest.raises(MultistatusError) as raised:
        parse_multistatus(body, "http://127.0.0.1/")
    assert classify(raised.value).kind is SyncErrorKind.SERVER


def test_nobody_listening_is_unreachable_and_silence_is_a_timeout() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: refused
        client = DavClient(f"http://127.0.0.1:{port}/")
        with pytest.raises(OSError) as refused:
            client.request(f"http://127.0.0.1:{port}/", "GET")
    assert classify(refused.value).kind is SyncErrorKind.UNREACHABLE
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts (in the backlog) and never answers
        port = silent.getsockname()[1]
        client = DavClient(f"http://127.0.0.1:{port}/", timeout=0.2)
        with pytest.raises(TimeoutError) as waited:
            client.request(f"http://127.0.0.1:{port}/", "GET")
        client.close()
    assert classify(waited.value).kind is SyncErrorKind.TIMEOUT
