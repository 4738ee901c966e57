"""Every user setting by a documented name (`smtp.host`, `plan.email_due_minutes`, …), and
every password the app keeps in the keyring by account name (`smtp`, `imap`: secret_accounts.py).

`finish-strong settings` and `password` read these two tables only, so a feature adds its
settings and its secret by adding rows here (docs/SETTINGS.md lists them). A setting name
maps to a settings row and, for rows holding an object, a field in it; values are checked
with the same rules the GUI applies before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain.plan import PlanRules
from ..domain.validation import fill, is_valid_email, parse_address_list
from ..domain.words import Words
from .errors import CONTEXT as STORE_CONTEXT
from .errors import QT_TRANSLATE_NOOP
from .secret_accounts import SECRETS, SecretAccount  # noqa: F401 (the other table, re-exported)
from .settings_store import get_setting, set_setting


class SettingError(ValueError):
    """A setting name that does not exist, or a value it cannot take; the text says which.

    Like StoreError it keeps its English template (context "StoreError") and values, so
    `finish-strong settings set` says it in the user's language (ui/shared/errors.py store_error_text)."""

    def __init__(self, template: str, *values: object) -> None:
        super().__init__(fill(template, tuple(v if isinstance(v, int) else str(v) for v in values)))
        self.template, self.values = template, values


ONE_LINE = QT_TRANSLATE_NOOP("StoreError", "takes one line of text")
AT_MOST_CHARACTERS = QT_TRANSLATE_NOOP("StoreError", "takes at most %1 characters")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("StoreError", "“%1” is not an e-mail address")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("StoreError", "takes a whole number from %1 to %2")
SECONDS = QT_TRANSLATE_NOOP("StoreError", "takes a number of seconds from %1 to %2")
TRUE_FALSE = QT_TRANSLATE_NOOP("StoreError", "takes true or false")
ONE_OF = QT_TRANSLATE_NOOP("StoreError", "takes one of: %1")
NO_SUCH_SETTING = QT_TRANSLATE_NOOP("StoreError", "there is no setting “%1” (see `finish-strong settings list`)")
#: %1 the setting's name, %2 what it takes ("takes true or false")
REFUSED = QT_TRANSLATE_NOOP("StoreError", "%1 %2")
#: %1 the setting's name, %2 the plan's problem
NOT_CHANGED = QT_TRANSLATE_NOOP("StoreError", "%1 not changed: %2")


# ---------------------------------------------------------------------------------------------
# Value kinds: how a value is typed on the command line and shown back.


@dataclass(frozen=True)
class Text:
    multiline: bool = False
    email: bool = False  # empty, or one e-mail address
    limit: int = 10_000

    def parse(self, text: str) -> Any:
        value = text if self.multiline else text.strip()
        if not self.multiline and ("\n" in value or "\r" in value):
            raise SettingError(ONE_LINE)
        if len(value) > self.limit:
            raise SettingError(AT_MOST_CHARACTERS, self.limit)
        if self.email and value and not is_valid_email(value):
            raise SettingError(NOT_AN_EMAIL, value)
        return value

    def show(self, value: Any) -> str:
        return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class Integer:
    low: int
    high: int

    def parse(self, text: str) -> Any:
        try:
            value = int(text.strip())
        except ValueError:
            raise SettingError(WHOLE_NUMBER, str(self.low), str(self.high)) from None
        if not self.low <= value <= self.high:
            raise SettingError(WHOLE_NUMBER, str(self.low), str(self.high))
        return value

    def show(self, value: Any) -> str:
        return str(value)


@dataclass(frozen=True)
class Seconds:
    low: float = 1.0
    high: float = 600.0

    def parse(self, text: str) -> Any:
        try:
            value = float(text.strip())
        except ValueError:
            raise SettingError(SECONDS, f"{self.low:g}", f"{self.high:g}") from None
        if not self.low <= value <= self.high:  # NaN fails this too
            raise SettingError(SECONDS, f"{self.low:g}", f"{self.high:g}")
        return value

    def show(self, value: Any) -> str:
        return f"{value:g}" if isinstance(value, int | float) else str(value)


TRUE_WORDS, FALSE_WORDS = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


@dataclass(frozen=True)
class Flag:
    def parse(self, text: str) -> Any:
        word = text.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise SettingError(TRUE_FALSE)

    def show(self, value: Any) -> str:
        return "true" if value else "false"


@dataclass(frozen=True)
class Choice:
    values: tuple[str, ...]

    def parse(self, text: str) -> Any:
        word = text.strip().lower()
        if word not in self.values:
            raise SettingError(ONE_OF, ", ".join(self.values))
        return word

    def show(self, value: Any) -> str:
        return str(value)


@dataclass(frozen=True)
class Addresses:
    def parse(self, text: str) -> Any:
        valid, invalid = parse_address_list(text)
        if invalid:
            raise SettingError(NOT_AN_EMAIL, invalid[0])
        return valid

    def show(self, value: Any) -> str:
        return ", ".join(a for a in value if isinstance(a, str)) if isinstance(value, list) else ""


Kind = Text | Integer | Seconds | Flag | Choice | Addresses


@dataclass(frozen=True)
class SettingKey:
    name: str  # what the user types: "smtp.host"
    row: str  # the settings row it is kept in
    field: str | None  # the field inside that row's object; None when the row is the value
    kind: Kind
    default: Any
    help: str


# ---------------------------------------------------------------------------------------------
# The tables. Defaults repeat the dataclasses' (MailAccount, ImapAccount, PlanRules, ReplyRadar);
# tests/unit/test_settings_cli.py checks that they agree.

_SECURITY = Choice(("ssl", "starttls"))
_MINUTES = Integer(0, 24 * 60 * 14)
_PLAN_HELP = {
    "notes_remind_minutes": "notes: reminder, minutes after the interview ends",
    "notes_due_minutes": "notes: due, minutes after the end",
    "email_remind_minutes": "thank-you e-mail: reminder, minutes after the end",
    "email_due_minutes": "thank-you e-mail: due, minutes after the end",
    "card_remind_minutes": "handwritten note: reminder, minutes after the end",
    "card_due_minutes": "handwritten note: due, minutes after the end",
    "referral_remind_business_days": "referral: reminder, business days after the end",
    "referral_due_business_days": "referral: due, business days after the end",
}

SETTINGS: tuple[SettingKey, ...] = (
    SettingKey("smtp.host", "mail_account", "host", Text(limit=255), "", "SMTP server name"),
    SettingKey("smtp.port", "mail_account", "port", Integer(1, 65535), 587, "SMTP port"),
    SettingKey("smtp.security", "mail_account", "security", _SECURITY, "starttls",
               "ssl (implicit TLS, usually 465) or starttls (usually 587)"),
    SettingKey("smtp.user", "mail_account", "user", Text(limit=255), "", "SMTP user name (empty: no login)"),
    SettingKey("smtp.sender", "mail_account", "sender", Text(email=True, limit=320), "", "your From address"),
    SettingKey("smtp.sender_name", "mail_account", "sender_name", Text(limit=200), "", "your name on the From line"),
    SettingKey("smtp.ca_file", "mail_account", "ca_file", Text(limit=4096), "",
               "a company CA file trusted besides the system's"),
    SettingKey("smtp.timeout", "mail_account", "timeout", Seconds(), 30.0, "seconds to wait for the server"),
    SettingKey("imap.host", "imap_account", "host", Text(limit=255), "", "IMAP server name (empty: no IMAP)"),
    SettingKey("imap.port", "imap_account", "port", Integer(1, 65535), 993, "IMAP port"),
    SettingKey("imap.security", "imap_account", "security", _SECURITY, "ssl",
               "ssl (implicit TLS, usually 993) or starttls (usually 143)"),
    SettingKey("imap.use_smtp_login", "imap_account", "use_smtp_login", Flag(), True,
               "log in with the SMTP user name and password"),
    SettingKey("imap.user", "imap_account", "user", Text(limit=255), "",
               "IMAP user name (when imap.use_smtp_login is false)"),
    SettingKey("imap.ca_file", "imap_account", "ca_file", Text(limit=4096), "",
               "a company CA file trusted besides the system's"),
    SettingKey("imap.timeout", "imap_account", "timeout", Seconds(), 30.0, "seconds to wait for the server"),
    SettingKey("imap.sent_folder", "imap_account", "sent_folder", Text(limit=1000), "",
               "where sent thank-yous are filed (empty: found by the server's \\Sent flag or name)"),
    SettingKey("imap.extra_folder", "imap_account", "extra_folder", Text(limit=1000), "",
               "a folder watched for replies besides INBOX"),
    SettingKey("reply.nudge", "reply_radar", "nudge", Flag(), True,
               "add a 'Check in with …' follow-up when no reply came"),
    SettingKey("reply.nudge_days", "reply_radar", "nudge_days", Integer(1, 90), 7,
               "days after the thank-you before the check-in"),
    SettingKey("caldav.url", "sync_account", "url", Text(limit=2000), "",
               "CalDAV server URL (empty: no sync; docs/SYNC.md)"),
    SettingKey("caldav.user", "sync_account", "user", Text(limit=255), "", "CalDAV user name"),
    SettingKey("caldav.calendar", "sync_account", "calendar", Text(limit=2000), "",
               "URL of the calendar for interviews (`finish-strong sync --find` lists them)"),
    SettingKey("caldav.task_list", "sync_account", "task_list", Text(limit=2000), "",
               "URL of the task list for follow-ups (empty: the interviews' calendar)"),
    SettingKey("caldav.ca_file", "sync_account", "ca_file", Text(limit=4096), "",
               "a company CA file trusted besides the system's"),
    SettingKey("caldav.timeout", "sync_account", "timeout", Seconds(), 30.0, "seconds to wait for the server"),
    *(SettingKey(f"plan.{name}", "plan_rules", name,
                 Integer(0, 30) if name.endswith("days") else _MINUTES, default, _PLAN_HELP[name])
      for name, default in PlanRules().to_dict().items()),
    SettingKey("my_addresses", "my_addresses", None, Addresses(), [],
               "your own e-mail addresses, comma-separated (never made interviewers)"),
    SettingKey("cards.return_address", "return_address", None, Text(multiline=True, limit=2000), "",
               "your postal address for envelopes (several lines)"),
    SettingKey("cards.template", "card_template", None, Text(multiline=True, limit=20_000), "",
               "the template new handwritten notes start from (empty: the built-in one)"),
    SettingKey("language", "language", None, Choice(("", "en", "de", "fr", "es")), "",
               "the language of the windows and of new drafts: en, de, fr or es (empty: the system's); "
               "used from the next start"),
    SettingKey("contrast", "contrast", None, Choice(("", "high", "normal")), "",
               "high or normal contrast colours (empty: the system's preference)"),
)

#: A settings row's own rule across its fields, checked before the row is written.
ROW_CHECKS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "plan_rules": lambda row: PlanRules.from_dict(row).problems(),
}


# ---------------------------------------------------------------------------------------------


def find(name: str) -> SettingKey:
    for key in SETTINGS:
        if key.name == name:
            return key
    raise SettingError(NO_SUCH_SETTING, name)


def read(key: SettingKey) -> Any:
    stored = get_setting(key.row)
    if key.field is None:
        value = stored
    else:
        value = stored.get(key.field) if isinstance(stored, dict) else None
    if value is None or not _fits(key, value):
        return key.default
    return value


def _fits(key: SettingKey, value: Any) -> bool:
    """A stored value of the wrong type (an old file, a hand edit) reads as the default."""
    try:
        key.kind.parse(key.kind.show(value))
    except SettingError:
        return False
    return True


def write(name: str, text: str) -> Any:
    """Parse `text` for setting `name` and store it; returns the stored value."""
    key = find(name)
    try:
        value = key.kind.parse(text)
    except SettingError as exc:
        raise SettingError(REFUSED, name, Words(STORE_CONTEXT, exc.template, exc.values)) from None
    if key.field is None:
        set_setting(key.row, value)
        return value
    stored = get_setting(key.row, {})
    row = dict(stored) if isinstance(stored, dict) else {}
    for other in SETTINGS:  # fill the row's other fields, so a new row is complete
        if other.row == key.row and other.field is not None and other.field not in row:
            row[other.field] = other.default
    row[key.field] = value
    check = ROW_CHECKS.get(key.row)
    problems = check(row) if check else []
    if problems:
        raise SettingError(NOT_CHANGED, name, Words("DomainText", problems[0]))
    set_setting(key.row, row)
    return value
