"""Headers and the first lines of a fetched message → domain `Incoming` (domain/reply_match.py).

Only what matching needs is read: a fixed list of header fields, and for candidates the
start of the body (a DSN's report part, or the first lines shown on the interview). Nothing
else from the mailbox is parsed or kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

from ..domain.reply_match import DeliveryReport, Incoming, ids_in, normalize_id

#: The header fields fetched for every new message (BODY.PEEK[HEADER.FIELDS (...)]).
HEADER_FIELDS = ("MESSAGE-ID", "IN-REPLY-TO", "REFERENCES", "FROM", "SUBJECT", "DATE", "AUTO-SUBMITTED",
                 "X-AUTOREPLY", "X-AUTORESPOND", "PRECEDENCE", "CONTENT-TYPE")
FIRST_LINES = 3
FIRST_LINES_CHARS = 300


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def parse(raw: bytes, internal_date: datetime | None = None) -> Incoming:
    """`raw` is the header block, optionally followed by the start of the body."""
    message = message_from_bytes(raw, policy=policy.default)
    sender_name, sender = _sender(message)
    received = internal_date or _date(message) or datetime.now(UTC)
    content_type = message.get_content_type()
    is_report = content_type == "multipart/report" and (message.get_param("report-type") or "") == "delivery-status"
    report = _report(message) if is_report and message.is_multipart() else None
    return Incoming(
        message_id=normalize_id(_text(message.get("Message-ID", ""))),
        sender=sender.lower(),
        sender_name=sender_name,
        subject=_text(message.get("Subject", "")),
        received_at=received,
        in_reply_to=ids_in(_text(message.get("In-Reply-To", ""))),
        references=ids_in(_text(message.get("References", ""))),
        auto_submitted=_text(message.get("Auto-Submitted", "")),
        x_autoreply=bool(message.get("X-Autoreply") or message.get("X-Autorespond")),
        precedence=_text(message.get("Precedence", "")),
        is_report=is_report,
        report=report,
        first_lines=first_lines(message),
    )


def _sender(message: Message) -> tuple[str, str]:
    try:
        header = message.get("From")
        addresses: tuple[Address, ...] = getattr(header, "addresses", ())
        if addresses:
            return addresses[0].display_name, addresses[0].addr_spec
    except (IndexError, ValueError, AttributeError):
        pass
    pairs = getaddresses([str(message.get("From", ""))])
    return pairs[0] if pairs else ("", "")


def _date(message: Message) -> datetime | None:
    try:
        value = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _report(message: EmailMessage) -> DeliveryReport:
    failed: list[str] = []
    reason = ""
    original = ""
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            blocks = part.get_payload()
            for block in blocks if isinstance(blocks, list) else []:
                if not isinstance(block, Message):
                    continue
                action = _text(block.get("Action", "")).lower()
                recipient = _text(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
                address = recipient.partition(";")[2].strip() or recipient
                if action == "failed" and address:
                    failed.append(address.lower())
                    reason = reason or _text(block.get("Diagnostic-Code", "")).partition(";")[2].strip() \
                        or _text(block.get("Status", ""))
        elif kind in ("message/rfc822", "text/rfc822-headers") and not original:
            original = _original_id(part)
    return DeliveryReport(original, tuple(failed), reason)


def _original_id(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):  # message/rfc822
        return normalize_id(_text(payload[0].get("Message-ID", "")))
    if isinstance(payload, str):  # text/rfc822-headers
        headers = message_from_bytes(payload.encode("utf-8", "replace"), policy=policy.default)
        return normalize_id(_text(headers.get("Message-ID", "")))
    return ""


def first_lines(message: EmailMessage) -> str:
    """The first few non-empty, non-quoted lines of the text part, for the interview's display."""
    part = None
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, AttributeError, TypeError):
        part = None
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AttributeError, TypeError):
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        import re

        content = re.sub(r"<[^>]*>", " ", content)
    lines = []
    for line in content.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(">"):
            continue
        if stripped.startswith("On ") and stripped.endswith("wrote:"):
            break
        lines.append(stripped)
        if len(lines) == FIRST_LINES:
            break
    return "\n".join(lines)[:FIRST_LINES_CHARS]
