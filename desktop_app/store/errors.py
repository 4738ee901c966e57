"""Errors the storage layer raises for problems the *user* can act on.

Kept apart from bugs (any other exception) so the UI and CLI can show a plain message
for these and a crash report for the rest, as qutebrowser does for its SQLite layer.

The messages people meet most (a newer or busy file, a file that is no export) keep their English
template and values (`template`, `values`), marked for `pyside6-lupdate` in the "StoreError" context:
ui/shared/errors.py `store_error_text` words them in the user's language, in the window and the
command line. An import's format checks (import_validation.py, json_import.py, ics_reader.py) are
built the same way with `worded()`; where a problem is ("Interview 3, follow-up 2") is a translatable
`Words` value (domain/words.py) too.
"""

from __future__ import annotations

from ..domain.validation import fill

CONTEXT = "StoreError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; store/ imports no Qt."""
    return text


class StoreError(Exception):
    """A problem with the data file or its contents, explained in plain words."""

    #: The English template (%1, %2…) and its values, when the message is translatable; "" otherwise.
    template = ""
    values: tuple[object, ...] = ()

    @classmethod
    def worded(cls, template: str, *values: object) -> StoreError:
        """The error with `template` filled in as its English message, keeping both for translation.

        A value may be a domain FieldError (its English message here; translated by store_error_text)."""
        error = cls(fill(template, tuple(v if isinstance(v, int) else getattr(v, "message", str(v)) for v in values)))
        error.template, error.values = template, values
        return error


NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "StoreError", "The database %1 was written by a newer version of Finish Strong (schema version %2; this "
    "version understands up to %3). Please update Finish Strong; the file has not been changed.")


class NewerSchemaError(StoreError):
    def __init__(self, found: int, supported: int, path: object) -> None:
        self.template, self.values = NEWER_SCHEMA, (str(path), str(found), str(supported))
        super().__init__(fill(self.template, self.values))
        self.found = found
        self.supported = supported


class UnreadableDatabaseError(StoreError):
    """The file is damaged, garbage or another program's: recovery (ui/recovery.py) is offered.

    `path` is the file concerned when it is the live database, so recovery can move it aside.
    """

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseUnavailableError(StoreError):
    """A healthy-looking database that cannot be used now: locked, or the folder cannot be written.

    Never a reason to offer recovery: the file is not damaged, it is in use or protected.
    `kind` is the store's FaultKind (busy, read-only, full, bug) so callers can branch on it.
    """

    def __init__(self, kind: object, path: object) -> None:
        value = getattr(kind, "value", kind)
        if value == "busy":
            text = QT_TRANSLATE_NOOP("StoreError", "The data file %1 is in use by another program (it holds a lock "
                                     "on it). Close that program and try again. Nothing was changed.")
        elif value == "read-only":
            text = QT_TRANSLATE_NOOP("StoreError", "The data file %1 or its folder cannot be written to (read-only, "
                                     "or it belongs to another user). Make it writable for your user, or start "
                                     "Finish Strong with --data-dir pointing to a folder you can write to. Nothing "
                                     "was changed.")
        elif value == "full":
            text = QT_TRANSLATE_NOOP("StoreError", "The disk holding %1 is full. Free some space and try again. "
                                     "Nothing was changed.")
        else:
            text = QT_TRANSLATE_NOOP("StoreError", "The data file %1 cannot be opened right now. Nothing was "
                                     "changed.")
        self.template, self.values = text, (str(path),)
        super().__init__(fill(text, self.values))
        self.kind = kind
        self.path = path


class RestoreRefusedError(StoreError):
    """SQLite would not copy a backup into the live file, for a reason other than the folder."""


class DataFolderError(StoreError):
    """The data folder cannot be created or written (read-only, no permission, disk full)."""


class ImportFormatError(StoreError):
    """The file to import is not a Finish Strong export we can read; nothing was changed."""


class MailSettingsChangeError(ImportFormatError):
    """The file would change the mail server settings; the user must say yes (CLI: --replace-settings).

    Where the password goes and which certificates are trusted must never change silently
    because a file was imported. `changes` names each setting, old → new.
    """

    def __init__(self, changes: list[str]) -> None:
        self.template = QT_TRANSLATE_NOOP("StoreError", "The file would change your mail server settings (%1). "
                                          "Nothing was imported.")
        self.values = ("; ".join(changes),)
        super().__init__(fill(self.template, self.values))
        self.changes = changes
