"""Checks on a JSON import beyond its shape: every value the import writes must be usable.

Kept apart from json_import.py so the reader can change (streaming, new versions) while the
rules stay in one place. Each check raises `ImportFormatError` with one line naming the field;
nothing is written before all of them pass.

- **Every value in the document** (`check_values`): no lone surrogate in a string (SQLite cannot
  store it), no NaN/Infinity and no integer beyond SQLite's 64 bits (`1e30` as a sequence).
- **Every settings value** (`check_settings`): the type and range each reader expects, so an
  import can never make the Settings dialog, the mail window or the plan fail to open.
- **Dates** (`check_moment`): years 1900–2200 — year 1 or 9999 overflow as soon as a deadline
  is added or the time is shown in a local zone.
- **Caps** that keep the app responsive (interviewers per interview, attendees, note length).
- **One-line fields** (`fold_one_line_fields`): company, role, names… lose their line breaks
  (domain/one_line.py) before they are stored.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..domain.debrief import MAX_NOTE_CHARS
from ..domain.one_line import one_line
from ..domain.plan import PlanRules
from ..domain.validation import MAX_INTERVIEWERS, MAX_LONG_TEXT, MAX_SHORT_TEXT, is_valid_email
from ..domain.words import Words
from .errors import CONTEXT as STORE_CONTEXT
from .errors import QT_TRANSLATE_NOOP, ImportFormatError

SQLITE_INT_MAX = 2**63 - 1
MIN_YEAR, MAX_YEAR = 1900, 2200
#: An iCalendar SEQUENCE is a small counter; anything larger is not a real invitation.
MAX_SEQUENCE = 2**31 - 1
#: Plan rules: ten years in minutes, or in business days.
MAX_PLAN_MINUTES = 10 * 366 * 24 * 60
MAX_PLAN_BUSINESS_DAYS = 10 * 261
MAX_MY_ADDRESSES = 100
MAX_TEMPLATES = 100
MAX_MAIL_TIMEOUT = 600


#: Where a problem is: the import's own records and places (“Interview 3, follow-up 2”), translated too
Where = str | Words


def place(template: str, *values: object) -> Words:
    """A record of the file named for the user ("Interview %1"), in the StoreError context."""
    return Words(STORE_CONTEXT, template, values)


#: a field of a record: %1 the record, %2 the field's name as the file spells it
FIELD = QT_TRANSLATE_NOOP("StoreError", "%1 “%2”")
PERSON = QT_TRANSLATE_NOOP("StoreError", "Person %1")
INTERVIEW = QT_TRANSLATE_NOOP("StoreError", "Interview %1")
THE_FILE = place(QT_TRANSLATE_NOOP("StoreError", "the file"))


def _where(path: list[str | int]) -> Where:
    return " › ".join(str(p + 1) if isinstance(p, int) else p for p in path) or THE_FILE


def check_values(doc: Any) -> None:
    """Walk the whole document once (no recursion: depth is the parser's problem)."""
    pending: list[tuple[Any, list[str | int]]] = [(doc, [])]
    while pending:
        value, path = pending.pop()
        if isinstance(value, str):
            if _has_lone_surrogate(value):
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "“%1” holds an invalid character (a lone UTF-16 surrogate)."), _where(path))
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int):
            if abs(value) > SQLITE_INT_MAX:
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "“%1” is a number far too large (%2 digits)."),
                    _where(path), str(len(str(abs(value)))))
        elif isinstance(value, float):
            if not math.isfinite(value) or abs(value) > SQLITE_INT_MAX:
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "“%1” is not a usable number (%2)."), _where(path), repr(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if _has_lone_surrogate(key):
                    raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                        "StoreError", "A name in “%1” holds an invalid character."), _where(path))
                pending.append((item, [*path, key]))
        elif isinstance(value, list):
            pending.extend((item, [*path, n]) for n, item in enumerate(value))


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_moment(value: datetime, where: Where, key: str) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: “%2” is in the year %3; dates from %4 to %5 are accepted."),
            where, str(key), str(value.year), str(MIN_YEAR), str(MAX_YEAR))


def check_sequence(value: int, where: Where) -> None:
    if value < 0:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: the invitation sequence is negative."), where)
    if value > MAX_SEQUENCE:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: the invitation sequence %2 is far too large (at most %3)."),
            where, str(value), MAX_SEQUENCE)


def check_interviewers(count: int, where: Where) -> None:
    if count > MAX_INTERVIEWERS:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1: %2 interviewers; at most %3 per interview are accepted."),
            where, count, str(MAX_INTERVIEWERS))


# ---------------------------------------------------------------------------- settings


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text_check(limit: int, single_line: bool = False) -> Callable[[Any, Where], None]:
    def check(value: Any, where: Where) -> None:
        if not isinstance(value, str):
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1 must be text."), where)
        if len(value) > limit:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1 is too long (%2 characters; at most %3)."), where, len(value), limit)
        if single_line and one_line(value) != value.strip():
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1 must be one line."), where)
    return check


def _plan_rules(value: Any, where: Where) -> None:
    if not isinstance(value, dict):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be an object."), where)
    known = PlanRules.__dataclass_fields__
    for key, number in value.items():
        if key not in known:
            continue  # a rule of a newer version: PlanRules.from_dict ignores it
        limit = MAX_PLAN_BUSINESS_DAYS if key.endswith("business_days") else MAX_PLAN_MINUTES
        if not _is_int(number) or not 0 <= number <= limit:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1: “%2” must be a whole number from 0 to %3."), where, str(key), limit)
    problems = PlanRules.from_dict(value).problems()
    if problems:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The plan settings in the file make no sense: %1"), Words("DomainText", problems[0]))


def _my_addresses(value: Any, where: Where) -> None:
    if not isinstance(value, list) or len(value) > MAX_MY_ADDRESSES:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be a list of at most %2 e-mail addresses."), where, str(MAX_MY_ADDRESSES))
    for n, address in enumerate(value, 1):
        if not isinstance(address, str) or len(address) > MAX_SHORT_TEXT or not is_valid_email(address):
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1, entry %2, is not an e-mail address."), where, str(n))


_MAIL_TEXT = {"host": 253, "user": MAX_SHORT_TEXT, "sender": MAX_SHORT_TEXT, "sender_name": MAX_SHORT_TEXT,
              "ca_file": 4096, "security": 16}


def _timeout(value: Any, field: Where) -> None:
    """A server timeout (SMTP, IMAP, CalDAV): whole or fractional seconds, within the settings' range."""
    if not (_is_int(value) or isinstance(value, float)) or not 1 <= value <= MAX_MAIL_TIMEOUT:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be a number of seconds from 1 to %2."), field, str(MAX_MAIL_TIMEOUT))


def _mail_account(value: Any, where: Where) -> None:
    if not isinstance(value, dict):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be an object."), where)
    for key, item in value.items():
        field = place(FIELD, where, key)
        if key in _MAIL_TEXT:
            _text_check(_MAIL_TEXT[key], single_line=True)(item, field)
        elif key == "port":
            if not _is_int(item) or not 1 <= item <= 65535:
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "%1 must be a port number from 1 to 65535."), field)
        elif key == "timeout":
            _timeout(item, field)
    if value.get("security", "starttls") not in ("ssl", "starttls"):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 “security” must be “ssl” or “starttls”."), where)
    if any(c.isspace() for c in value.get("host", "")):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 “host” must be a server name without spaces."), where)


def _imap_account(value: Any, where: Where) -> None:
    """The reply radar's account (store/imap_settings.py): the SMTP account's fields, and its own."""
    _mail_account(value, where)
    for key in ("sent_folder", "extra_folder"):
        if key in value:
            _text_check(1000, single_line=True)(value[key], place(FIELD, where, key))
    if "use_smtp_login" in value:
        _flag(value["use_smtp_login"], place(FIELD, where, "use_smtp_login"))


_SYNC_TEXT = {"url": 2000, "user": 255, "calendar": 2000, "task_list": 2000, "ca_file": 4096}


def _sync_account(value: Any, where: Where) -> None:
    """The CalDAV account (store/sync_settings.py): one-line texts and a timeout; never a password."""
    if not isinstance(value, dict):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be an object."), where)
    for key, item in value.items():
        field = place(FIELD, where, key)
        if key in _SYNC_TEXT:
            _text_check(_SYNC_TEXT[key], single_line=True)(item, field)
        elif key == "timeout":
            _timeout(item, field)


def _reply_radar(value: Any, where: Where) -> None:
    if not isinstance(value, dict):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be an object."), where)
    if "nudge" in value:
        _flag(value["nudge"], place(FIELD, where, "nudge"))
    days = value.get("nudge_days", 7)
    if not _is_int(days) or not 1 <= days <= 90:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 “nudge_days” must be a whole number from 1 to 90."), where)


def _email_templates(value: Any, where: Where) -> None:
    if not isinstance(value, list) or len(value) > MAX_TEMPLATES:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be a list of at most %2 templates."), where, str(MAX_TEMPLATES))
    for n, template in enumerate(value, 1):
        if not isinstance(template, dict):
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "%1, template %2, must be an object."), where, str(n))
        for key, limit, single in (("name", MAX_SHORT_TEXT, True), ("subject", MAX_LONG_TEXT, True),
                                   ("body", MAX_NOTE_CHARS, False)):
            if key in template:
                _text_check(limit, single)(template[key], place(QT_TRANSLATE_NOOP(
                    "StoreError", "%1, template %2, “%3”"), where, n, key))


def _paused_until(value: Any, where: Where) -> None:
    if value is None:
        return
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be null or an ISO 8601 date-time with a UTC offset."), where)
    check_moment(moment, where, "reminders_paused_until")


def _flag(value: Any, where: Where) -> None:
    if not isinstance(value, bool):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "%1 must be true or false."), where)


#: What each setting must hold. A setting not listed here is stored as it is (nothing reads it),
#: within the size cap; a module that starts reading a new setting adds its check here.
SETTING_CHECKS: dict[str, Callable[[Any, Where], None]] = {
    "plan_rules": _plan_rules,
    "my_addresses": _my_addresses,
    "return_address": _text_check(MAX_LONG_TEXT),
    "card_template": _text_check(MAX_NOTE_CHARS),
    "mail_account": _mail_account,
    "email_templates": _email_templates,
    "reminders_paused_until": _paused_until,
    "tray_hint_shown": _flag,
    "imap_account": _imap_account,  # issue 18, the reply radar
    "reply_radar": _reply_radar,
    "sync_account": _sync_account,  # issue 19, CalDAV sync
}
MAX_UNKNOWN_SETTING_CHARS = 100_000


def check_settings(settings: Any) -> None:
    if not isinstance(settings, dict):
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "“settings” must be an object."))
    for key, value in settings.items():
        check = SETTING_CHECKS.get(key)
        if check is not None:
            check(value, place(QT_TRANSLATE_NOOP("StoreError", "The setting “%1”"), key))
        elif len(repr(value)) > MAX_UNKNOWN_SETTING_CHARS:
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "The setting “%1” is too large."), str(key))


# ---------------------------------------------------------------------------- one-line fields

_ONE_LINE = {
    "people": ("name", "title", "email"),
    "interviews": ("company", "role", "round"),
    "referrals": ("name", "organization", "contact"),
    "email_drafts": ("subject",),
}


def fold_one_line_fields(doc: dict[str, Any]) -> None:
    """Fold line breaks in the fields that become headers or one-line labels (in place)."""
    for person in doc.get("people", []):
        _fold(person, _ONE_LINE["people"])
    for interview in doc.get("interviews", []):
        _fold(interview, _ONE_LINE["interviews"])
        for referral in interview.get("referrals", []):
            _fold(referral, _ONE_LINE["referrals"])
    for draft in doc.get("email_drafts", []):
        _fold(draft, _ONE_LINE["email_drafts"])


def _fold(record: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if isinstance(record.get(key), str):
            record[key] = one_line(record[key])
