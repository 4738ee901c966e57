"""The CalDAV account (never its password: that is in the OS keyring) and the chosen collections.

An ordinary settings row, so `finish-strong settings` and the Settings window share it
(store/settings_keys.py names its fields `caldav.*`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import urlsplit

from .account_rows import load_account_row, save_account_row
from .settings_store import get_setting, set_setting

ACCOUNT_KEY = "sync_account"


@dataclass
class SyncAccount:
    url: str = ""        # the server, or any URL on it (discovery finds the calendars)
    user: str = ""
    calendar: str = ""   # the collection for interviews (VEVENT)
    task_list: str = ""  # the collection for follow-ups (VTODO); empty: the interviews' calendar
    ca_file: str = ""    # a company CA to trust besides the system's
    timeout: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.url.strip() and self.calendar.strip())

    @property
    def todo_collection(self) -> str:
        return (self.task_list or self.calendar).strip()

    @property
    def keyring_host(self) -> str:
        """The keyring entry is "user@caldav/host[:port]": never the SMTP entry of the same host."""
        netloc = urlsplit(self.url.strip()).netloc.rsplit("@", 1)[-1]
        return f"caldav/{netloc}" if netloc else ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SyncAccount:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def load_sync_account() -> SyncAccount:
    return load_account_row(ACCOUNT_KEY, SyncAccount.from_dict)


def save_sync_account(account: SyncAccount) -> None:
    save_account_row(ACCOUNT_KEY, account)


#: When the last sync ran and how it ended, for the status bar and Settings › Sync (this machine's).
LAST_SYNC_KEY = "sync_last"


def load_last_sync() -> dict[str, Any]:
    stored = get_setting(LAST_SYNC_KEY, {})
    return stored if isinstance(stored, dict) else {}


def save_last_sync(summary: dict[str, Any]) -> None:
    set_setting(LAST_SYNC_KEY, summary)
