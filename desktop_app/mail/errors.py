"""Mail failures (SMTP now, IMAP next) carry a kind, so callers branch on what happened.

Only AUTHENTICATION forgets a stored password; TIMEOUT and UNREACHABLE may be retried later;
MAYBE_SENT warns before sending again. The message text is for the user and is never parsed.
"""

from __future__ import annotations

from enum import Enum


class MailErrorKind(Enum):
    AUTHENTICATION = "authentication"   # the server rejected the user name or password
    TLS = "tls"                         # certificate not trusted, handshake failed, STARTTLS missing
    UNREACHABLE = "unreachable"         # name not found, connection refused, network down
    TIMEOUT = "timeout"                 # the server stopped answering
    RECIPIENT_REFUSED = "recipient"     # the server refused an address
    MAYBE_SENT = "maybe-sent"           # the connection dropped after the message may have been accepted
    SERVER = "server"                   # any other answer from the server (its reason is in the text)
    CONFIGURATION = "configuration"     # our side: unreadable CA file, AUTH without TLS to a remote host


class MailError(Exception):
    """A mail failure the user can act on; `str()` says what happened and what to check."""

    def __init__(self, message: str, kind: MailErrorKind = MailErrorKind.SERVER) -> None:
        super().__init__(message)
        self.kind = kind
