"""Write `schema-v1.sqlite3`: a database as version 1 of Finish Strong left it.

The schema comes straight from MIGRATIONS[1] through plain sqlite3 (not the models),
and the rows have fixed uids, so the migration tests can check that a file written by
an old version opens with its data intact. Regenerate only if v1 itself was wrong:

    .venv/bin/python tests/data/make_v1_fixture.py
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "schema-v1.sqlite3"

INTERVIEW_UID = "v1-interview-0001"
PERSON_UID = "v1-person-0001"
FOLLOW_UPS = [
    # uid, step, person, due_at, remind_at, done_at  (UTC text, as v1 stored it)
    ("v1-follow-up-notes", "notes", None, "2024-05-14 16:00:00", "2024-05-14 15:00:00", "2024-05-14 15:20:00"),
    ("v1-follow-up-email", "thank_you_email", PERSON_UID, "2024-05-14 19:00:00", "2024-05-14 16:00:00", None),
    ("v1-follow-up-card", "handwritten_note", PERSON_UID, "2024-05-15 15:00:00", "2024-05-14 17:00:00", None),
]


def build(target: Path) -> Path:
    from desktop_app.store.migrations import MIGRATIONS

    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target)
    try:
        with connection:
            for statement in MIGRATIONS[1]:
                connection.execute(statement)
            connection.execute("PRAGMA user_version = 1")
            connection.execute(
                "INSERT INTO person (id, uid, name, title, email, postal_address) VALUES (?, ?, ?, ?, ?, ?)",
                (1, PERSON_UID, "Dana Reyes", "Hiring Manager", "dana@example.com", "1 Main Street\nSpringfield"),
            )
            connection.execute(
                "INSERT INTO interview (id, uid, company, role, round, start_at, end_at, timezone, location,"
                " status, notes, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (1, INTERVIEW_UID, "Café Météo <b>", "Data Analyst", "Panel", "2024-05-14 14:00:00",
                 "2024-05-14 15:00:00", "Europe/Berlin", "Video call", "done", "Ask about the 🚀 launch.", None),
            )
            connection.execute("INSERT INTO interview_person (interview_id, person_id, position) VALUES (1, 1, 0)")
            for n, (uid, step, person, due_at, remind_at, done_at) in enumerate(FOLLOW_UPS, 1):
                connection.execute(
                    "INSERT INTO follow_up (id, uid, interview_id, step, person_id, referral_key, due_at,"
                    " remind_at, done_at) VALUES (?, ?, 1, ?, ?, NULL, ?, ?, ?)",
                    (n, uid, step, 1 if person else None, due_at, remind_at, done_at),
                )
            connection.execute("INSERT INTO setting (key, value) VALUES ('plan_rules', '{\"email_due_minutes\": 180}')")
    finally:
        connection.close()
    return target


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))  # run as a script from anywhere
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE))
