"""The thank-you as an RFC 5322 message, a `mailto:` link or an unsent `.eml` draft."""

from __future__ import annotations

import os
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from urllib.parse import quote

from ..domain.one_line import one_line

#: Beyond about 2,000 characters some mail apps and browsers cut a mailto: link short.
MAX_MAILTO_CHARS = 2000


def build_message(sender: str, sender_name: str, to: list[str], subject: str, body: str,
                  when: datetime) -> EmailMessage:
    """UTF-8 text; a fresh Message-ID on the sender's domain; Date in the sender's zone."""
    message = EmailMessage()
    # Stored names are one line already; folding here too means no text can ever add a header.
    sender_name, sender, subject = one_line(sender_name), one_line(sender), one_line(subject)
    message["From"] = formataddr((sender_name, sender)) if sender_name else sender
    message["To"] = ", ".join(one_line(address) for address in to)
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    domain = sender.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(body, charset="utf-8")
    return message


def mailto_url(to: list[str], subject: str, body: str) -> str:
    """RFC 6068: addresses and the query percent-encoded (spaces as %20, line breaks as %0D%0A)."""
    addresses = ",".join(quote(a, safe="@") for a in to)
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{addresses}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def fits_mailto(url: str) -> bool:
    return len(url) <= MAX_MAILTO_CHARS


def write_eml(folder: Path, message: EmailMessage, name: str) -> Path:
    """An unsent draft (`X-Unsent: 1`): Outlook and Thunderbird open it ready to edit and send."""
    draft = EmailMessage()
    for key in ("From", "To", "Subject"):
        if message[key]:
            draft[key] = message[key]
    draft["X-Unsent"] = "1"
    draft.set_content(message.get_content(), charset="utf-8")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "thank-you"
    path = folder / f"{safe}.eml"
    # 0600 like every other file the app writes: a draft holds the user's words and addresses.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(bytes(draft))
    os.chmod(path, 0o600)  # an older draft of the same name may have been 0644
    return path
