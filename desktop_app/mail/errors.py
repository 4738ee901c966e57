"""Mail failures (SMTP now, IMAP next) carry a kind, so callers branch on what happened.

Only AUTHENTICATION forgets a stored password; TIMEOUT and UNREACHABLE may be retried later;
MAYBE_SENT warns before sending again. The message text is for the user and is never parsed.

What the user reads is a `Words` (domain/words.py, context "MailError"): an English template and its
values (host, port, the server's own reason, which stays as it came); the window and the command line
translate it at their boundary (`words_text`, ui/shared/errors.py). `str()` stays the English sentence
(logs, tests, `--json`).
"""

from __future__ import annotations

from enum import Enum

from ..domain.words import Words

CONTEXT = "MailError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; the mail code below the workers imports no Qt."""
    return text


def words(template: str, *values: object) -> Words:
    """A mail message: `template` (marked with QT_TRANSLATE_NOOP("MailError", …)) and its %1, %2… values.
    Ports and timeouts go in as text, so no locale groups them ("2,525")."""
    return Words(CONTEXT, template, values)


# Said alike by SMTP and IMAP (one translation each); in SILENT, REFUSED and UNREACHABLE %1 is "host:port".
UNTRUSTED = QT_TRANSLATE_NOOP("MailError", "The server's certificate is not trusted (%1). If your company uses its own "
                              "certificate authority, choose its CA file in the mail settings.")
SILENT = QT_TRANSLATE_NOOP("MailError", "The server %1 did not answer within %2 seconds.")
REFUSED = QT_TRANSLATE_NOOP("MailError", "Nothing answers at %1 (connection refused). Check the server name and port.")
UNREACHABLE = QT_TRANSLATE_NOOP("MailError", "The server %1 cannot be reached (%2).")


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

    def __init__(self, message: str | Words, kind: MailErrorKind = MailErrorKind.SERVER) -> None:
        super().__init__(str(message))
        self.kind = kind
        # What to show the user, translated at the boundary (a plain str is shown as it is).
        self.words = message if isinstance(message, Words) else Words(CONTEXT, message)
