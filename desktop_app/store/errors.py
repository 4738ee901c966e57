"""Errors the storage layer raises for problems the *user* can act on.

Kept apart from bugs (any other exception) so the UI and CLI can show a plain message
for these and a crash report for the rest, as qutebrowser does for its SQLite layer.
"""


class StoreError(Exception):
    """A problem with the data file or its contents, explained in plain words."""


class NewerSchemaError(StoreError):
    def __init__(self, found: int, supported: int, path: object) -> None:
        super().__init__(
            f"The database {path} was written by a newer version of Finish Strong "
            f"(schema version {found}; this version understands up to {supported}). "
            "Please update Finish Strong; the file has not been changed."
        )
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
            text = (f"The data file {path} is in use by another program (it holds a lock on it). "
                    "Close that program and try again. Nothing was changed.")
        elif value == "read-only":
            text = (f"The data file {path} or its folder cannot be written to (read-only, or it belongs to "
                    "another user). Make it writable for your user, or start Finish Strong with --data-dir "
                    "pointing to a folder you can write to. Nothing was changed.")
        elif value == "full":
            text = f"The disk holding {path} is full. Free some space and try again. Nothing was changed."
        else:
            text = f"The data file {path} cannot be opened right now. Nothing was changed."
        super().__init__(text)
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
        super().__init__("The file would change your mail server settings (" + "; ".join(changes) + "). "
                         "Nothing was imported.")
        self.changes = changes
