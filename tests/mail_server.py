"""A real SMTP server for the mail tests: aiosmtpd with a trustme certificate and AUTH.

`MailServer(folder, implicit_tls=...)` listens on 127.0.0.1 (implicit TLS like port 465,
or STARTTLS required like 587), accepts LOGIN/PLAIN with one user and password, refuses
any recipient at refused.example, and keeps every message it accepted.
"""

from __future__ import annotations

import ssl
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from desktop_app.store.mail_settings import PLAIN, SSL, STARTTLS, MailAccount
from tests.local_servers import free_port

USER = "zoe@mail.example"
PASSWORD = "Pässwörd-4-SMTP ✓"
REFUSED_DOMAIN = "refused.example"


class _Handler:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.drop_after_data = False  # take the whole message, then drop the connection without answering

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd API)
        if address.lower().endswith("@" + REFUSED_DOMAIN):
            return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        if self.drop_after_data:
            server.transport.abort()  # the message arrived, but the client never hears "250"
            return "421 never seen"
        return "250 Message accepted for delivery"


def _authenticate(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER
          and auth_data.password.decode() == PASSWORD)
    return AuthResult(success=ok, handled=False, message=None if ok else "535 5.7.8 Authentication credentials invalid")


class MailServer:
    def __init__(self, folder: Path, implicit_tls: bool = False, plain: bool = False,
                 host: str = "127.0.0.1") -> None:
        """`plain=True`: no TLS at all, like a local MTA or a mail bridge (AUTH allowed without TLS)."""
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(context)
        self.ca_file = folder / "test-ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        self.handler = _Handler()
        self.port = free_port()
        self.implicit_tls = implicit_tls
        self.plain = plain
        self.host = host
        # Implicit TLS is TLS from the first byte, but aiosmtpd only counts STARTTLS as TLS for AUTH.
        options = {"authenticator": _authenticate, "auth_require_tls": not (implicit_tls or plain)}
        if plain:
            self.port = free_port(host)
            self.controller = Controller(self.handler, hostname=host, port=self.port, **options)
        elif implicit_tls:
            self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ssl_context=context,
                                         server_hostname="127.0.0.1", **options)
        else:
            self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, tls_context=context,
                                         require_starttls=True, **options)

    def __enter__(self) -> MailServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        return self.handler.messages

    def account(self, trust: bool = True, **changes: object) -> MailAccount:
        values: dict[str, object] = dict(
            host=self.host, port=self.port, security=PLAIN if self.plain else SSL if self.implicit_tls else STARTTLS,
            user=USER,
            sender=USER, sender_name="Alex Kim", ca_file=str(self.ca_file) if trust else "", timeout=10.0)
        values.update(changes)
        return MailAccount(**values)  # type: ignore[arg-type]
