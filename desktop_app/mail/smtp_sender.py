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

from ..store.mail_settings import SSL, MailAccount
from .errors import MailError


class SendError(MailError):
    """A failure to send; its `kind` (mail/errors.py) says what happened, its text what to check."""


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise SendError(f"The CA file {ca_file} could not be read ({exc}).") from exc
    return context


def _reason(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())


Connected = Callable[[socket.socket], None]


def send(account: MailAccount, password: str | None, message: EmailMessage,
         on_connect: Connected | None = None) -> dict[str, tuple[int, bytes]]:
    """Send `message`; returns the recipients refused while others were accepted (usually empty).

    `on_connect` receives the socket, so another thread can cancel by shutting it down.
    """
    try:
        return _send(account, password, message, on_connect)
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError(f"The server refused the user name or password: {_reason(exc.smtp_error)} "
                        f"(code {exc.smtp_code}).") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        refused = "; ".join(f"{addr}: {_reason(err)} ({code})" for addr, (code, err) in exc.recipients.items())
        raise SendError(f"The server refused the recipient — {refused}.") from exc
    except smtplib.SMTPSenderRefused as exc:
        raise SendError(f"The server refused the sender address {exc.sender}: {_reason(exc.smtp_error)}.") from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise SendError(f"The server does not offer what is needed ({exc}). Check the security setting.") from exc
    except ssl.SSLCertVerificationError as exc:
        raise SendError(f"The server's certificate is not trusted ({exc.verify_message}). If your company "
                        "uses its own certificate authority, choose its CA file in the mail settings.") from exc
    except ssl.SSLError as exc:
        raise SendError(f"The secure connection failed ({exc.reason or exc}). Check the port and the "
                        "security setting (SSL/TLS is usually port 465, STARTTLS port 587).") from exc
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError) or "timed out" in str(exc):
            raise SendError(f"The server {account.host}:{account.port} did not answer within "
                            f"{account.timeout:g} seconds.") from exc
        raise SendError(f"The server closed the connection ({exc}). Check the port and the security "
                        "setting.") from exc
    except TimeoutError as exc:
        raise SendError(f"The server {account.host}:{account.port} did not answer within "
                        f"{account.timeout:g} seconds.") from exc
    except ConnectionRefusedError as exc:
        raise SendError(f"Nothing answers at {account.host}:{account.port} (connection refused). "
                        "Check the server name and port.") from exc
    except smtplib.SMTPResponseException as exc:
        raise SendError(f"The server answered with an error: {_reason(exc.smtp_error)} "
                        f"(code {exc.smtp_code}).") from exc
    except smtplib.SMTPException as exc:
        raise SendError(f"Sending failed: {exc}.") from exc
    except socket.gaierror as exc:
        raise SendError(f"The server name {account.host} cannot be found ({exc.strerror}).") from exc
    except OSError as exc:
        raise SendError(f"The server {account.host}:{account.port} cannot be reached "
                        f"({exc.strerror or exc}).") from exc


def _client(account: MailAccount, context: ssl.SSLContext, on_connect: Connected | None) -> smtplib.SMTP:
    """A client connecting to the account's server; its socket is handed to `on_connect` as soon as it exists, before
    the greeting or the TLS handshake, so a silent server can be cancelled at any point."""

    def connected(sock: socket.socket) -> socket.socket:
        if on_connect is not None:
            on_connect(sock)
        return sock

    class Client(smtplib.SMTP):
        def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
            return connected(super()._get_socket(host, port, timeout))  # type: ignore[misc]  # not in typeshed

    class SslClient(smtplib.SMTP_SSL):
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
    context = tls_context(account.ca_file)
    # Connects (and reads the greeting) in the constructor, which closes its socket if that fails.
    with _client(account, context, on_connect) as smtp:
        if account.security != SSL:
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise SendError(f"{account.host} does not offer STARTTLS; the password would travel "
                                "unencrypted, so nothing was sent. Choose SSL/TLS or another port.")
            smtp.starttls(context=context)
            smtp.ehlo()
            if on_connect is not None and smtp.sock is not None:
                on_connect(smtp.sock)  # the TLS-wrapped socket replaces the plain one
        if account.user:
            _login(smtp, account.user, password or "")
        return smtp.send_message(message)
