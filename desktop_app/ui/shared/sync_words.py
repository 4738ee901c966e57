"""A sync failure in the user's words, by its kind (sync/errors.py): Settings › Sync, the status bar
and `finish-strong sync`.

Plain Python like errors.py: the command line imports it without Qt, and in English it prints the
templates as they are; once a translator is loaded (the window, or the command line in another
language) `words_text` translates them. A failure with a reason of its own (no URL, an unreadable
CA file) says that reason; any other says what its kind means and what to do.
"""

from __future__ import annotations

from ...domain.words import Words
from .errors import words_text

CONTEXT = "SyncError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation without importing Qt: the CLI uses this module too."""
    return text


#: What each kind means for the user, by the kind's value (sync/errors.py SyncErrorKind)
KIND_TEXT = {
    "authentication": QT_TRANSLATE_NOOP("SyncError", "The calendar server did not accept the user name or "
                                        "password. Check them in Settings › Sync."),
    "tls": QT_TRANSLATE_NOOP("SyncError", "The calendar server's certificate could not be verified (check the "
                             "CA file)."),
    "unreachable": QT_TRANSLATE_NOOP("SyncError", "The calendar server could not be reached; changes wait and "
                                     "go up later."),
    "timeout": QT_TRANSLATE_NOOP("SyncError", "The calendar server stopped answering; changes wait and go up "
                                 "later."),
    "server": QT_TRANSLATE_NOOP("SyncError", "The calendar server refused a request."),
    "conflict": QT_TRANSLATE_NOOP("SyncError", "An item kept changing on the server; it will be merged at the "
                                  "next sync."),
    "configuration": QT_TRANSLATE_NOOP("SyncError", "Sync is not set up: choose a CalDAV server and calendar in "
                                       "Settings › Sync."),
}
#: The kind in a few words, for the status bar and the last sync's line in Settings › Sync
KIND_NAME = {
    "authentication": QT_TRANSLATE_NOOP("SyncError", "password refused"),
    "tls": QT_TRANSLATE_NOOP("SyncError", "certificate not trusted"),
    "unreachable": QT_TRANSLATE_NOOP("SyncError", "server not reachable"),
    "timeout": QT_TRANSLATE_NOOP("SyncError", "server not answering"),
    "server": QT_TRANSLATE_NOOP("SyncError", "server error"),
    "conflict": QT_TRANSLATE_NOOP("SyncError", "changed meanwhile"),
    "configuration": QT_TRANSLATE_NOOP("SyncError", "not set up"),
}


def _kind(error: object) -> str:
    return str(getattr(getattr(error, "kind", None), "value", "server"))


def sync_error_text(error: object) -> str:
    """What went wrong and what to do, in the user's language (its own reason, else its kind's)."""
    own = getattr(error, "words", None)
    if isinstance(own, Words):
        return words_text(own)
    return words_text(Words(CONTEXT, KIND_TEXT.get(_kind(error), KIND_TEXT["server"])))


def sync_kind_name(kind: str) -> str:
    """A kind's value ("authentication") in a few of the user's words ("password refused")."""
    return words_text(Words(CONTEXT, KIND_NAME.get(kind, KIND_NAME["server"])))
