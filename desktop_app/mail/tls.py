"""The one TLS context SMTP and IMAP both use, so their certificate checks cannot drift apart.

Verification is always on: the system's CAs, plus a company CA file when the user chose one.
"""

from __future__ import annotations

import ssl

from .errors import QT_TRANSLATE_NOOP, MailError, MailErrorKind, words


def tls_context(ca_file: str = "", error: type[MailError] = MailError) -> ssl.SSLContext:
    """A verifying context; an unreadable CA file raises `error` (SMTP passes its SendError) of kind
    CONFIGURATION, because the fix is in the user's settings, not on the server."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise error(words(QT_TRANSLATE_NOOP("MailError", "The CA file %1 could not be read (%2)."), ca_file,
                              str(exc)), MailErrorKind.CONFIGURATION) from exc
    return context
