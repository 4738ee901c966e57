"""The mail account (never its password: that is in the OS keyring) and the e-mail templates.

Both are ordinary settings rows, so they travel with export/import; a password never
could, since it is not here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from ..domain.email_draft import EmailTemplate, default_templates
from .account_rows import load_account_row, save_account_row
from .settings_store import draft_language, get_setting, set_setting

ACCOUNT_KEY = "mail_account"
TEMPLATES_KEY = "email_templates"
SSL = "ssl"  # implicit TLS, port 465
STARTTLS = "starttls"  # port 587
PLAIN = "none"  # no TLS: a relay on this computer only, when a password is given (mail/smtp_sender.py)
DEFAULT_PORTS = {SSL: 465, STARTTLS: 587, PLAIN: 25}


@dataclass
class MailAccount:
    host: str = ""
    port: int = 587
    security: str = STARTTLS
    user: str = ""
    sender: str = ""  # the From address
    sender_name: str = ""
    ca_file: str = ""  # a company CA to trust besides the system's
    timeout: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.sender.strip())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MailAccount:
        names = {f.name for f in fields(cls)}
        account = cls(**{k: v for k, v in data.items() if k in names})
        if account.security not in DEFAULT_PORTS:
            account.security = STARTTLS
        return account


#: What decides where the password goes, as whom, and which certificates are trusted.
SERVER_FIELDS = ("host", "port", "security", "user", "sender", "ca_file")


def account_changes(incoming: Any) -> list[str]:
    """The server settings an imported `mail_account` would replace, each as “old” → “new”.

    Only an account the user has set up (a server name) can be *replaced*: a file restored
    into a fresh installation fills in the empty account without asking.
    """
    if not isinstance(incoming, dict):
        return []
    stored = load_account()
    if not stored.host.strip():
        return []
    current, new = asdict(stored), asdict(MailAccount.from_dict(incoming))
    return [f"{key}: “{current[key]}” → “{new[key]}”" for key in SERVER_FIELDS if current[key] != new[key]]


def load_account() -> MailAccount:
    return load_account_row(ACCOUNT_KEY, MailAccount.from_dict)


def save_account(account: MailAccount) -> None:
    save_account_row(ACCOUNT_KEY, account)


def load_templates() -> list[EmailTemplate]:
    """The user's templates; until they save their own, the defaults in the app's language."""
    defaults = default_templates(draft_language())
    stored = get_setting(TEMPLATES_KEY)
    if not isinstance(stored, list) or not stored:
        return defaults
    templates = [EmailTemplate(str(t.get("name", "")), str(t.get("subject", "")), str(t.get("body", "")),
                               str(t.get("language", "en")), bool(t.get("formal", True)))
                 for t in stored if isinstance(t, dict)]
    return templates or defaults


def save_templates(templates: list[EmailTemplate]) -> None:
    set_setting(TEMPLATES_KEY, [asdict(t) for t in templates])
