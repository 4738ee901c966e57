"""Sending one message through the user's own SMTP account, with failures in plain words.

Blocking (smtplib): call it from a worker thread (see send_worker.py), never the GUI thread.
Certificates are always verified against the system's CAs, plus a company CA file if one
is chosen; there is no switch to turn verification off.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from email.message import EmailMessage

from ..domain.addresses import is_local_host
from ..store.mail_settings import PLAIN, SSL, MailAccount
from .errors import QT_TRANSLATE_NOOP, REFUSED, SILENT, UNREACHABLE, UNTRUSTED, MailError, MailErrorKind, words
from .tls import tls_context

Kind = MailErrorKind


class SendError(MailError):
    """A failure to send; its `kind` (mail/errors.py) says what happened, its text what to check."""


def _reason(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())


Connected = Callable[[socket.socket], None]


def send(account: MailAccount, password: str | None, message: EmailMessage,
         on_connect: Connected | None = None) -> dict[str, tuple[int, bytes]]:
    """Send `message`; returns the recipients refused while others were accepted (usually empty).

    `on_connect` receives the socket, so another thread can cancel by shutting it down.
    """
    where = f"{account.host}:{account.port}"
    try:
        return _send(account, password, message, on_connect)
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The server refused the user name or password: %1 "
                                                "(code %2)."), _reason(exc.smtp_error), str(exc.smtp_code)),
                        Kind.AUTHENTICATION) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        refused = "; ".join(f"{addr}: {_reason(err)} ({code})" for addr, (code, err) in exc.recipients.items())
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The server refused the recipient — %1."), refused),
                        Kind.RECIPIENT_REFUSED) from exc
    except smtplib.SMTPSenderRefused as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The server refused the sender address %1: %2."),
                              exc.sender, _reason(exc.smtp_error)), Kind.SERVER) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The server does not offer what is needed (%1). Check "
                                                "the security setting."), str(exc)), Kind.SERVER) from exc
    except ssl.SSLCertVerificationError as exc:
        raise SendError(words(UNTRUSTED, str(exc.verify_message)), Kind.TLS) from exc
    except ssl.SSLError as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The secure connection failed (%1). Check the port and "
                                                "the security setting (SSL/TLS is usually port 465, STARTTLS port "
                                                "587)."), str(exc.reason or exc)), Kind.TLS) from exc
    except _MaybeSent as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The connection dropped after the server may have "
                                                "accepted the message, so it may have been sent — check your Sent "
                                                "folder before sending again.")), Kind.MAYBE_SENT) from exc
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):  # smtplib raises it while handling the socket timeout
            raise SendError(words(SILENT, where, f"{account.timeout:g}"), Kind.TIMEOUT) from exc
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The server closed the connection (%1). Check the port "
                                                "and the security setting."), str(exc)), Kind.SERVER) from exc
    except TimeoutError as exc:
        raise SendError(words(SILENT, where, f"{account.timeout:g}"), Kind.TIMEOUT) from exc
    except ConnectionRefusedError as exc:
        raise SendError(words(REFUSED, where), Kind.UNREACHABLE) from exc
    except smtplib.SMTPResponseException as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The server answered with an error: %1 (code %2)."),
                              _reason(exc.smtp_error), str(exc.smtp_code)), Kind.SERVER) from exc
    except smtplib.SMTPException as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "Sending failed: %1."), str(exc)), Kind.SERVER) from exc
    except socket.gaierror as exc:
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "The server name %1 cannot be found (%2)."),
                              account.host, str(exc.strerror)), Kind.UNREACHABLE) from exc
    except OSError as exc:
        raise SendError(words(UNREACHABLE, where, str(exc.strerror or exc)), Kind.UNREACHABLE) from exc


class _MaybeSent(Exception):
    """The connection failed after the whole message went out and before the server answered it."""


class _Tracking:
    """Mixed into the clients: knows when the message's final "." has gone out. A failure after that
    point may follow the server's acceptance, so it must not be reported as "nothing was sent"."""

    body_sent = False

    def data(self, msg):  # type: ignore[no-untyped-def]
        self._in_data = True
        try:
            return super().data(msg)  # type: ignore[misc]
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            if self.body_sent:
                raise _MaybeSent() from exc
            raise

    def send(self, s):  # type: ignore[no-untyped-def]
        super().send(s)  # type: ignore[misc]
        if getattr(self, "_in_data", False) and isinstance(s, bytes):  # smtplib sends the body as bytes
            self.body_sent = True


def _client(account: MailAccount, context: ssl.SSLContext, on_connect: Connected | None) -> smtplib.SMTP:
    """A client connecting to the account's server; its socket is handed to `on_connect` as soon as it exists, before
    the greeting or the TLS handshake, so a silent server can be cancelled at any point."""

    def connected(sock: socket.socket) -> socket.socket:
        if on_connect is not None:
            on_connect(sock)
        return sock

    class Client(_Tracking, smtplib.SMTP):
        def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
            return connected(super()._get_socket(host, port, timeout))  # type: ignore[misc]  # not in typeshed

    class SslClient(_Tracking, smtplib.SMTP_SSL):
        def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
            raw = connected(socket.create_connection((host, port), timeout, self.source_address))
            try:
                return self.context.wrap_socket(raw, server_hostname=host)  # as SMTP_SSL does
            except BaseException:
                raw.close()
                raise

    if account.security == SSL:
        return SslClient(account.host, account.port, context=context, timeout=account.timeout)
    return Client(account.host, account.port, timeout=account.timeout)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII only; AUTH PLAIN is UTF-8 (RFC 4616), so a
    password like "Pässwörd" is sent that way instead of failing before it reaches the server."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    import base64

    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _send(account: MailAccount, password: str | None, message: EmailMessage,
          on_connect: Connected | None) -> dict[str, tuple[int, bytes]]:
    if account.security == PLAIN:
        _check_plain(account)  # before connecting: nothing, not even the greeting, goes to that host
    context = tls_context(account.ca_file, SendError)
    # Connects (and reads the greeting) in the constructor, which closes its socket if that fails.
    with _client(account, context, on_connect) as smtp:
        if account.security not in (SSL, PLAIN):
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise SendError(words(QT_TRANSLATE_NOOP("MailError", "%1 does not offer STARTTLS; the password would "
                                                        "travel unencrypted, so nothing was sent. Choose SSL/TLS or "
                                                        "another port."), account.host), Kind.TLS)
            smtp.starttls(context=context)
            smtp.ehlo()
            if on_connect is not None and smtp.sock is not None:
                on_connect(smtp.sock)  # the TLS-wrapped socket replaces the plain one
        if account.user:
            _login(smtp, account.user, password or "")
        return smtp.send_message(message)


def _check_plain(account: MailAccount) -> None:
    """Without TLS only a relay on this computer (a local MTA, a mail bridge) may see a password:
    to any other host it would cross the network readable by anyone on the way."""
    if account.user and not is_local_host(account.host):
        raise SendError(words(QT_TRANSLATE_NOOP("MailError", "%1 is not on this computer, and without TLS your "
                                                "password would travel unencrypted, so nothing was sent. Choose "
                                                "SSL/TLS or STARTTLS, or leave the user name empty if this server "
                                                "needs no password."), account.host), Kind.CONFIGURATION)
