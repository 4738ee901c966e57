"""The log: rotated, private, and never holding note text or a registered secret."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.crash_log import forget_secret, log, log_exception, register_secret, setup_logging
from tests.leak_check import files_containing

MARKER = "MARKER-note-text-Ünïcødé-<b>"


def save_note(text: str) -> None:
    note = {"text": text}  # a local holding user text: must not reach the log
    raise ValueError(f"could not save {note['text']}")


def test_an_exception_is_logged_without_its_message_or_locals(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    try:
        save_note(MARKER)
    except ValueError as exc:
        details = log_exception(type(exc), exc, exc.__traceback__)
    log.info("saved %s", MARKER)  # even a careless call with arguments
    log.warning("while saving", exc_info=(ValueError, ValueError(MARKER), None))
    text = path.read_text(encoding="utf-8")
    assert "in save_note" in text and "builtins.ValueError" in text and "message withheld" in text
    assert MARKER not in details
    assert files_containing(tmp_path, MARKER) == []
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_a_registered_secret_is_scrubbed_from_anything_written(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    register_secret("hunter2-smtp")
    try:
        log.error("login failed for hunter2-smtp")  # a message built without arguments
        log.handlers[0].flush()
    finally:
        forget_secret("hunter2-smtp")
    assert "***" in path.read_text(encoding="utf-8")
    assert files_containing(tmp_path, b"hunter2-smtp") == []


def test_the_log_rotates(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    for n in range(4000):
        log.info("line %d " + "x" * 100, n)
    logging.shutdown()
    rotated = sorted(path.parent.iterdir())
    assert len(rotated) >= 2 and all(p.stat().st_size <= 300 * 1024 for p in rotated)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in rotated)
