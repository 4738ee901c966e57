"""The IMAP account that files sent thank-yous in Sent and notices replies (issue 18).

Kept as its own settings row beside the SMTP account (mail_settings.py), never with a
password: with `use_smtp_login` (the default) the SMTP user name and its keyring entry serve
both, so most users type one password once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from .account_rows import load_account_row, save_account_row
from .mail_settings import load_account
from .settings_store import get_setting, set_setting

IMAP_ACCOUNT_KEY = "imap_account"
#: The reply radar's own choices (the nudge), apart from the account so an export of one
#: machine's account does not turn the nudge off on another.
REPLY_RADAR_KEY = "reply_radar"
SSL = "ssl"  # implicit TLS, port 993
STARTTLS = "starttls"  # port 143
DEFAULT_PORTS = {SSL: 993, STARTTLS: 143}


@dataclass
class ImapAccount:
    host: str = ""
    port: int = 993
    security: str = SSL
    user: str = ""
    use_smtp_login: bool = True  # the SMTP user name and password serve IMAP too
    ca_file: str = ""  # a company CA to trust besides the system's
    timeout: float = 30.0
    sent_folder: str = ""  # "" = found by SPECIAL-USE \Sent, else by the usual names
    extra_folder: str = ""  # a folder watched besides INBOX (e.g. where a filter files replies)

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImapAccount:
        names = {f.name for f in fields(cls)}
        account = cls(**{k: v for k, v in data.items() if k in names})
        if account.security not in DEFAULT_PORTS:
            account.security = SSL
        return account


@dataclass(frozen=True)
class Login:
    """Who logs in to the IMAP server, and under which keyring entry its password is."""

    host: str
    user: str
    keyring_host: str  # the SMTP host when the SMTP login is shared


def load_imap_account() -> ImapAccount:
    return load_account_row(IMAP_ACCOUNT_KEY, ImapAccount.from_dict)


def save_imap_account(account: ImapAccount) -> None:
    save_account_row(IMAP_ACCOUNT_KEY, account)


def imap_login(account: ImapAccount) -> Login:
    if account.use_smtp_login:
        smtp = load_account()
        return Login(account.host, smtp.user, smtp.host)
    return Login(account.host, account.user, account.host)


@dataclass
class ReplyRadar:
    nudge: bool = True  # add "Check in with …" when no reply came
    nudge_days: int = 7  # days after the thank-you

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReplyRadar:
        radar = cls()
        if isinstance(data.get("nudge"), bool):
            radar.nudge = data["nudge"]
        days = data.get("nudge_days")
        if isinstance(days, int) and not isinstance(days, bool) and 1 <= days <= 90:
            radar.nudge_days = days
        return radar


def load_reply_radar() -> ReplyRadar:
    stored = get_setting(REPLY_RADAR_KEY, {})
    return ReplyRadar.from_dict(stored if isinstance(stored, dict) else {})


def save_reply_radar(radar: ReplyRadar) -> None:
    set_setting(REPLY_RADAR_KEY, asdict(radar))
