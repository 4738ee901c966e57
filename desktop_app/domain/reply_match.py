"""Which sent thank-you (or referral) a new message answers, and whether it is a person's
reply, an auto-reply or a delivery failure. Pure rules: the IMAP client parses, this decides.

Order of evidence, strongest first: a delivery report (DSN) naming a sent Message-ID or
recipient; `In-Reply-To`/`References` naming a sent Message-ID; else mail from an address
the thank-you went to, received after it was sent; else mail from a referral's address.
A message that is any of these but was written by a machine (`Auto-Submitted`,
`X-Autoreply`, `Precedence: auto_reply`, an out-of-office subject) is an auto-reply, never a
reply, so the step is not marked "replied" by a vacation notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


class FindingKind(Enum):
    REPLY = "reply"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"


@dataclass(frozen=True)
class SentRecord:
    sent_id: int
    message_id: str  # with angle brackets, as sent
    recipients: tuple[str, ...]  # addresses, lower case
    sent_at: datetime


@dataclass(frozen=True)
class ReferralContact:
    referral_id: int
    address: str  # lower case
    since: datetime  # the interview's end: earlier mail is not an answer to the introduction


@dataclass(frozen=True)
class DeliveryReport:
    """The machine-readable part of a DSN (RFC 3464)."""

    original_message_id: str = ""
    failed_recipients: tuple[str, ...] = ()
    reason: str = ""  # Diagnostic-Code, else Status


@dataclass(frozen=True)
class Incoming:
    message_id: str
    sender: str  # address, lower case
    sender_name: str
    subject: str
    received_at: datetime
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    auto_submitted: str = ""
    x_autoreply: bool = False
    precedence: str = ""
    is_report: bool = False  # Content-Type multipart/report; report-type=delivery-status
    report: DeliveryReport | None = None
    first_lines: str = ""


@dataclass(frozen=True)
class Match:
    kind: FindingKind
    sent_id: int | None = None
    referral_id: int | None = None
    out_of_office_until: date | None = None
    reason: str = ""  # a bounce's reason, in the server's words


_OOO_SUBJECT = re.compile(
    r"out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|away from (the )?office"
    r"|on vacation|on holiday|on leave|abwesenheit|automatische antwort|réponse automatique|absence"
    r"|respuesta automática|fuera de la oficina|risposta automatica|fuori sede|afwezig",
    re.IGNORECASE,
)


def is_auto_reply(message: Incoming) -> bool:
    if message.auto_submitted and message.auto_submitted.strip().lower() != "no":
        return True
    if message.x_autoreply or message.precedence.strip().lower() in ("auto_reply", "auto-reply"):
        return True
    return bool(_OOO_SUBJECT.search(message.subject))


def normalize_id(text: str) -> str:
    """`<ABC@x>` as found in headers, for comparison: angle brackets kept, case of the domain ignored."""
    text = text.strip()
    if not text:
        return ""
    if not text.startswith("<"):
        text = f"<{text}>"
    local, _, domain = text.partition("@")
    return f"{local}@{domain.lower()}" if domain else local


def ids_in(header: str) -> tuple[str, ...]:
    """The Message-IDs in an `In-Reply-To` or `References` value, in order."""
    return tuple(normalize_id(m) for m in re.findall(r"<[^<>\s]+>", header))


def match(message: Incoming, sent: list[SentRecord], referrals: list[ReferralContact]) -> Match | None:
    by_id = {normalize_id(s.message_id): s for s in sent if s.message_id}
    if message.is_report or message.report is not None:
        return _bounce(message, by_id, sent)
    kind = FindingKind.AUTO_REPLY if is_auto_reply(message) else FindingKind.REPLY
    until = out_of_office_until(message) if kind is FindingKind.AUTO_REPLY else None
    # The direct parent first, then the thread from the newest reference back.
    for reference in (*message.in_reply_to, *reversed(message.references)):
        record = by_id.get(normalize_id(reference))
        if record is not None:
            return Match(kind, sent_id=record.sent_id, out_of_office_until=until)
    sender = message.sender.lower()
    if sender:
        answered = [s for s in sent if sender in s.recipients and s.sent_at <= message.received_at]
        if answered:
            latest = max(answered, key=lambda s: (s.sent_at, s.sent_id))
            return Match(kind, sent_id=latest.sent_id, out_of_office_until=until)
        for referral in referrals:
            if referral.address == sender and referral.since <= message.received_at:
                return Match(kind, referral_id=referral.referral_id, out_of_office_until=until)
    return None


def _bounce(message: Incoming, by_id: dict[str, SentRecord], sent: list[SentRecord]) -> Match | None:
    report = message.report or DeliveryReport()
    record = by_id.get(normalize_id(report.original_message_id)) if report.original_message_id else None
    if record is None:
        for reference in (*message.in_reply_to, *message.references):
            record = by_id.get(normalize_id(reference))
            if record is not None:
                break
    if record is None and report.failed_recipients:
        failed = {r.lower() for r in report.failed_recipients}
        candidates = [s for s in sent if failed & set(s.recipients) and s.sent_at <= message.received_at]
        record = max(candidates, key=lambda s: (s.sent_at, s.sent_id)) if candidates else None
    if record is None or not report.failed_recipients and not report.original_message_id:
        return None  # a report that names nothing of ours (or only says "delayed")
    return Match(FindingKind.BOUNCE, sent_id=record.sent_id, reason=report.reason)


_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january", "januar", "janvier", "enero"), ("feb", "february", "februar", "février", "febrero"),
    ("mar", "march", "märz", "mars", "marzo"), ("apr", "april", "avril", "abril"),
    ("may", "mai", "mayo"), ("jun", "june", "juni", "juin", "junio"), ("jul", "july", "juli", "juillet", "julio"),
    ("aug", "august", "août", "agosto"), ("sep", "sept", "september", "septembre", "septiembre"),
    ("oct", "october", "oktober", "octobre", "octubre"), ("nov", "november", "novembre", "noviembre"),
    ("dec", "december", "dezember", "décembre", "diciembre"),
), start=1) for name in names}
_MONTH = r"(?P<month>[a-zäéû]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_UNTIL = r"(?:until|till|through|back on|return(?:ing)? on|returning|back|bis|jusqu'au|hasta)\s+(?:\w+day,?\s+)?"
_DATE_PATTERNS = (
    re.compile(_UNTIL + r"(?P<iso>\d{4}-\d{2}-\d{2})", re.IGNORECASE),
    re.compile(_UNTIL + _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR, re.IGNORECASE),
    re.compile(_UNTIL + _MONTH + r"\s+" + _DAY + _YEAR, re.IGNORECASE),
)


def out_of_office_until(message: Incoming) -> date | None:
    """The return date an out-of-office notice states, where it is readable; else None."""
    text = f"{message.subject}\n{message.first_lines}"
    for pattern in _DATE_PATTERNS:
        for found in pattern.finditer(text):
            parts = found.groupdict()
            try:
                if parts.get("iso"):
                    return date.fromisoformat(parts["iso"])
                month = _MONTHS.get(parts["month"].lower())
                if month is None:
                    continue
                year = int(parts["year"]) if parts.get("year") else message.received_at.year
                day = date(year, month, int(parts["day"]))
                if not parts.get("year") and day < message.received_at.date():
                    day = date(year + 1, month, int(parts["day"]))  # "until 3 January" said in December
                return day
            except ValueError:
                continue
    return None
