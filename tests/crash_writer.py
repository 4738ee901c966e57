"""The writer the SIGKILL crash test forks: saves through the app's own store code and acknowledges.

Lives in an importable module so the multiprocessing *forkserver* can preload it: each
writer then starts in a few milliseconds, forked from a clean process without Qt.
Every acknowledgement is sent only after the store call returned (its transaction committed).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

from desktop_app.domain.model import Interview, Person
from desktop_app.paths import backups_dir, database_path
from desktop_app.store.database import open_database
from desktop_app.store.debrief_store import save_section
from desktop_app.store.interviews import save_interview

START = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)


def interview(life: int, n: int) -> Interview:
    people = [Person(name=f"Person {life}-{n}-{k}", email=f"p{life}x{n}x{k}@example.com") for k in range(2)]
    return Interview(f"L{life}-{n}", "Engineer", START, START + timedelta(hours=1), "UTC", interviewers=people)


def write_until_killed(data: str, life: int, acks: Connection) -> None:
    folder = Path(data)
    open_database(database_path(folder), backups_dir(folder))
    n = 0
    anchor: int | None = None
    while True:
        if n % 2 == 0 or anchor is None:
            interview_id = save_interview(interview(life, n))
            anchor = anchor or interview_id
            acks.send_bytes(f"i {life} {n} {interview_id}".encode())
        else:
            save_section(anchor, "discussed", f"life {life} write {n} " + "x" * (n % 7) * 300)
            acks.send_bytes(f"s {life} {n} {anchor}".encode())
        n += 1
