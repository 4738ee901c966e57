"""The password never travels without TLS, except to a loopback address (a local bridge): a tiny
IMAP server on 127.0.0.1 that offers no STARTTLS and records what it was sent."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from desktop_app.mail import imap_client
from desktop_app.mail.errors import MailError, MailErrorKind
from desktop_app.mail.imap_client import Server, connect, is_loopback


class PlainServer:
    """Greets without STARTTLS, accepts LOGIN, answers LOGOUT; keeps every line it received."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.port = int(self.listener.getsockname()[1])
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        with conn, conn.makefile("rwb") as stream:
            stream.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plain test server\r\n")
            stream.flush()
            for line in stream:
                self.received.append(line)
                tag, _, command = line.decode().partition(" ")
                word = command.split(" ")[0].strip().upper()
                if word == "CAPABILITY":
                    stream.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
                if word == "LOGOUT":
                    stream.write(b"* BYE\r\n" + tag.encode() + b" OK bye\r\n")
                    stream.flush()
                    return
                stream.write(tag.encode() + b" OK done\r\n")
                stream.flush()

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def plain() -> Iterator[PlainServer]:
    server = PlainServer()
    yield server
    server.close()


def test_no_starttls_to_a_remote_host_sends_no_password(plain: PlainServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap_client, "is_loopback", lambda host: False)  # as if 127.0.0.1 were far away
    with pytest.raises(MailError) as failed, connect(Server("127.0.0.1", plain.port, "starttls", "zoe", "s3cret",
                                                            timeout=5)):
        pass
    assert failed.value.kind is MailErrorKind.TLS and "STARTTLS" in str(failed.value)
    assert not any(b"s3cret" in line or b"LOGIN" in line for line in plain.received)


def test_a_loopback_bridge_may_take_the_login_without_tls(plain: PlainServer) -> None:
    with connect(Server("127.0.0.1", plain.port, "starttls", "zoe", "s3cret", timeout=5)):
        pass
    assert any(b"LOGIN" in line and b"s3cret" in line for line in plain.received)


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("::1", True), ("[::1]", True), ("localhost", True), ("127.0.0.53", True),
    ("10.0.0.1", False), ("imap.example.com", False), ("localhost.evil.example", False), ("", False),
])
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(("raw", "readable"), [
    ("Envoy&AOk-s", "Envoyés"), ("&AMk-l&AOk-ments envoy&AOk-s", "Éléments envoyés"), ("Sent", "Sent"),
    ("A&-B", "A&B"), ("&ZeVnLIqe-", "日本語"), ("broken&@@-", "broken&@@-"), ("&AOk", "&AOk"),
])
def test_mailbox_names_are_read_as_people_read_them(raw: str, readable: str) -> None:
    assert imap_client.decode_name(raw) == readable
