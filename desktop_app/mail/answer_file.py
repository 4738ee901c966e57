"""The `.eml` fallback for "Open the answer in your mail app" where no mail app handles `mid:`
(or macOS `message:`) links: a small message file rebuilt from what the reply radar stored.

Only what is already in the database goes into the file — the answer's headers (From, Subject,
Date, Message-ID) and its first lines — nothing is read from the mailbox for it. The body says so,
because a user opening the file expects the whole message. The file is private (0600) and lives in
the data folder's cache, which `write_answer_file` prunes of files older than a day.
"""

from __future__ import annotations

import os
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from ..store.reply_store import StoredAnswer

#: Answer files older than this are removed when the next one is written (the mail app has long read them).
KEEP_SECONDS = 24 * 60 * 60


def answer_message(answer: StoredAnswer, note: str) -> bytes:
    """The `.eml` bytes: the stored headers, then `note` (says only the first lines are here) and
    the first lines. Subject and names are header data, kept as UTF-8 (RFC 6532)."""
    from email.utils import format_datetime, formataddr

    # UTF-8 headers (RFC 6532): the encoded-word folding of Python's email package can drop a
    # space between non-ASCII words, and a subject must come back exactly as stored.
    message = EmailMessage(policy=SMTP.clone(utf8=True))
    name, sender, subject = (_one_line(t) for t in (answer.sender_name, answer.sender, answer.subject))
    message["From"] = formataddr((name, sender)) if name else sender
    message["Subject"] = subject
    message["Date"] = format_datetime(answer.received_at)
    message["Message-ID"] = _one_line(answer.message_id)
    message["X-Finish-Strong"] = "first lines only"
    message.set_content(f"{note}\n\n{answer.first_lines}\n", charset="utf-8")
    return message.as_bytes()


def _one_line(text: str) -> str:
    """Stored header text as one line: a line break in a header would start a new header."""
    return " ".join(text.split())


def write_answer_file(folder: Path, answer: StoredAnswer, note: str, now: float | None = None) -> Path:
    """Write the answer's `.eml` into `folder` (created 0700) as a new 0600 file and return its path."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _prune(folder, time.time() if now is None else now)
    data = answer_message(answer, note)
    for attempt in range(100):
        path = folder / f"answer-{os.getpid()}-{time.time_ns()}-{attempt}.eml"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        return path
    raise FileExistsError(folder)


def _prune(folder: Path, now: float) -> None:
    for old in folder.glob("answer-*.eml"):
        try:
            if now - old.stat().st_mtime > KEEP_SECONDS:
                old.unlink()
        except OSError:
            continue  # another instance removed it, or it is not ours to remove: never a reason to fail
