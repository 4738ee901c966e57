"""Server accounts (SMTP, IMAP, CalDAV) kept as one JSON settings row each, never with a password.

One load/save pair serves all three, so "a damaged row reads as the defaults" and "the password
never reaches the database" cannot drift apart between them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from .settings_store import get_setting, set_setting

Account = TypeVar("Account")


def load_account_row(key: str, from_dict: Callable[[dict[str, Any]], Account]) -> Account:
    """The account in settings row `key`; a missing or non-object row gives the defaults."""
    stored = get_setting(key, {})
    return from_dict(stored if isinstance(stored, dict) else {})


def save_account_row(key: str, account: Any) -> None:
    """Store a dataclass account as row `key`."""
    data = asdict(account)
    assert "password" not in data  # the password lives only in the keyring (mail/secrets.py)
    set_setting(key, data)
