"""Every password the app keeps in the keyring, by the account name the CLI takes:
`finish-strong password set|forget NAME` (docs/SETTINGS.md). A feature with a password adds a
row here and nothing else.

Apart from settings_keys.py so that building the command line (argparse needs the names)
imports nothing heavy: the settings are read only when a login is looked up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SecretAccount:
    """A password kept in the keyring (never in the database): `finish-strong password set NAME`."""

    name: str
    label: str
    #: (keyring host, user name) from the settings: the keyring entry is "user@host".
    login: Callable[[], tuple[str, str]] = field(compare=False)
    #: Settings to set first, shown when the login is not configured yet.
    needs: str = ""


def _smtp_login() -> tuple[str, str]:
    from .mail_settings import load_account

    account = load_account()
    return account.host.strip(), account.user.strip()


def _imap_login() -> tuple[str, str]:
    from .imap_settings import imap_login, load_imap_account

    login = imap_login(load_imap_account())
    return login.keyring_host.strip(), login.user.strip()


def _caldav_login() -> tuple[str, str]:
    from .sync_settings import load_sync_account

    account = load_sync_account()
    return account.keyring_host, account.user.strip()


SECRETS: dict[str, SecretAccount] = {
    "smtp": SecretAccount("smtp", "SMTP", _smtp_login, "smtp.host and smtp.user"),
    "imap": SecretAccount("imap", "IMAP", _imap_login,
                          "imap.host and imap.user, or smtp.host and smtp.user with imap.use_smtp_login"),
    "caldav": SecretAccount("caldav", "CalDAV", _caldav_login, "caldav.url and caldav.user"),
}
