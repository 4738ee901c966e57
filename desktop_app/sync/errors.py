"""Sync failures carry a kind, sorted where they arise (HTTP status, exception class), never by text.

The GUI and `finish-strong sync --json` show the kind; AUTHENTICATION asks for the password
again, UNREACHABLE and TIMEOUT just wait for the next try (the queue keeps every change).
What the user reads is worded by kind at the UI/CLI boundary (ui/shared/sync_words.py), in their
language; a failure with a reason of its own (no URL, an unreadable CA file) carries it as `Words`
(domain/words.py, context "SyncError"). `str()` stays English (logs, `--json`).
"""

from __future__ import annotations

from enum import Enum

from ..domain.words import Words

CONTEXT = "SyncError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; the sync engine imports no Qt."""
    return text


class SyncErrorKind(Enum):
    AUTHENTICATION = "authentication"   # 401: user name or password refused
    TLS = "tls"                         # certificate not trusted, handshake failed
    UNREACHABLE = "unreachable"         # name not found, connection refused, network down
    TIMEOUT = "timeout"                 # the server stopped answering
    SERVER = "server"                   # any other refusal or error answer (403, 5xx, bad XML)
    CONFLICT = "conflict"               # an item kept changing under us: retried next time
    CONFIGURATION = "configuration"     # our side: no URL, no calendar chosen, password over plain HTTP


class SyncError(Exception):
    """A sync failure the user can act on; `str()` says what happened and what to check."""

    def __init__(self, message: str | Words, kind: SyncErrorKind = SyncErrorKind.SERVER) -> None:
        super().__init__(str(message))
        self.kind = kind
        #: The failure's own reason in translatable form; None: the kind says it all.
        self.words = message if isinstance(message, Words) else None


_MESSAGES = {
    SyncErrorKind.AUTHENTICATION: "The calendar server did not accept the user name or password.",
    SyncErrorKind.TLS: "The calendar server's certificate could not be verified (check the CA file).",
    SyncErrorKind.UNREACHABLE: "The calendar server could not be reached; changes wait and go up later.",
    SyncErrorKind.TIMEOUT: "The calendar server stopped answering; changes wait and go up later.",
    SyncErrorKind.SERVER: "The calendar server refused a request.",
    SyncErrorKind.CONFLICT: "An item kept changing on the server; it will be merged at the next sync.",
}


def classify(exc: BaseException) -> SyncError:
    """The SyncError for an exception from the HTTP stack (sync/webdav.py), by class and status."""
    import http.client
    import ssl

    from .webdav import HttpStatusError, MultistatusError

    if isinstance(exc, SyncError):
        return exc
    if isinstance(exc, HttpStatusError):
        kind = SyncErrorKind.AUTHENTICATION if exc.status in (401, 407) else SyncErrorKind.SERVER
    elif isinstance(exc, ssl.SSLError | ssl.CertificateError):
        kind = SyncErrorKind.TLS
    elif isinstance(exc, TimeoutError):
        kind = SyncErrorKind.TIMEOUT
    elif isinstance(exc, ConnectionError | http.client.RemoteDisconnected):
        kind = SyncErrorKind.UNREACHABLE  # refused, reset, or closed before answering
    elif isinstance(exc, MultistatusError | http.client.HTTPException):
        kind = SyncErrorKind.SERVER  # an answer we cannot read
    elif isinstance(exc, OSError):
        kind = SyncErrorKind.UNREACHABLE  # name not found, network down, no route
    else:
        kind = SyncErrorKind.SERVER
    return SyncError(_MESSAGES[kind], kind)
