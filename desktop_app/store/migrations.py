"""Numbered schema migrations, tracked in `PRAGMA user_version`.

Each migration is a list of SQL statements run in one transaction together with the
version bump, so a crash leaves the file at the old or the new version, never between.
The DDL is written out here, not derived from the models, so that migration 1 stays
what it was when later versions change the models.

Before upgrading a file that already holds data, a copy is taken with SQLite's
online backup API into the backups folder (store/backups.py, in the same rotation).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import peewee

from ..domain.company_key import company_key
from .errors import NewerSchemaError

MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        """CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            postal_address TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE interview (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            company TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            round TEXT NOT NULL DEFAULT '',
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            timezone TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'scheduled',
            notes TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        )""",
        "CREATE INDEX interview_start ON interview (start_at)",
        """CREATE TABLE interview_person (
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (interview_id, person_id)
        )""",
        "CREATE INDEX interview_person_person ON interview_person (person_id)",
        """CREATE TABLE follow_up (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
            referral_key INTEGER,
            due_at TEXT NOT NULL,
            remind_at TEXT NOT NULL,
            done_at TEXT
        )""",
        "CREATE INDEX follow_up_interview ON follow_up (interview_id)",
        "CREATE INDEX follow_up_due ON follow_up (due_at)",
        "CREATE INDEX follow_up_remind_open ON follow_up (remind_at) WHERE done_at IS NULL",
        """CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    ),
    # v2: the debrief (step 1), open questions, referrals and full-text search.
    2: (
        """CREATE TABLE debrief (
            interview_id INTEGER PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
            observations TEXT NOT NULL DEFAULT '',
            discussed TEXT NOT NULL DEFAULT '',
            recent_projects TEXT NOT NULL DEFAULT '',
            organizations TEXT NOT NULL DEFAULT '',
            industry_events TEXT NOT NULL DEFAULT '',
            conferences TEXT NOT NULL DEFAULT '',
            company_meetings TEXT NOT NULL DEFAULT '',
            anything_else TEXT NOT NULL DEFAULT ''
        )""",
        # v1's single notes field becomes the debrief's "anything else" section.
        "INSERT INTO debrief (interview_id, anything_else) SELECT id, notes FROM interview WHERE notes != ''",
        "ALTER TABLE interview DROP COLUMN notes",
        "ALTER TABLE interview_person ADD COLUMN talked_about TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE person ADD COLUMN personal_notes TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE open_question (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            question TEXT NOT NULL,
            answer TEXT NOT NULL DEFAULT '',
            answered INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX open_question_interview ON open_question (interview_id)",
        """CREATE TABLE referral (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL DEFAULT '',
            organization TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            suggested_by INTEGER REFERENCES person (id) ON DELETE SET NULL,
            why TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX referral_interview ON referral (interview_id)",
        # Full-text search: one FTS5 row per (interview, source); search_source gives each
        # row a stable rowid so one section can be re-indexed without scanning the index.
        """CREATE TABLE search_source (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            UNIQUE (interview_id, source)
        )""",
        """CREATE VIRTUAL TABLE search_index USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2'
        )""",
        # Filled by store.search.ensure_index() right after migrating.
        "INSERT INTO setting (key, value) VALUES ('search_index_version', '0')",
    ),
    # v3: reminders. `alert_at` is when the next notification is due for an open follow-up:
    # its reminder time, or a snooze; NULL once shown or done, so nothing fires twice.
    3: (
        "ALTER TABLE follow_up ADD COLUMN alert_at TEXT",
        "UPDATE follow_up SET alert_at = remind_at WHERE done_at IS NULL",
        "CREATE INDEX follow_up_alert ON follow_up (alert_at) WHERE alert_at IS NOT NULL",
    ),
    # v4: calendar invitations. The iCalendar UID (and SEQUENCE) an interview was imported
    # from, so that importing the same invitation again updates it instead of adding a twin.
    # A table of its own rather than columns on `interview`: most interviews have none.
    4: (
        """CREATE TABLE calendar_link (
            interview_id INTEGER PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
            ics_uid TEXT NOT NULL UNIQUE,
            sequence INTEGER NOT NULL DEFAULT 0
        )""",
    ),
    # v5: the thank-you e-mail. One draft per (interview, interviewer), saved as typed; every
    # message sent is kept on its interview (time, Message-ID, recipients, subject, body).
    5: (
        """CREATE TABLE email_draft (
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (interview_id, person_id)
        )""",
        """CREATE TABLE sent_email (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
            sent_at TEXT NOT NULL,
            message_id TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            how TEXT NOT NULL DEFAULT 'smtp'
        )""",
        "CREATE INDEX sent_email_interview ON sent_email (interview_id)",
    ),
    # v6: handwritten-note drafts (step 3), one per interview and interviewer, and when the
    # step's draft was last printed (the "draft printed" tick; "mailed" is done_at).
    6: (
        """CREATE TABLE card_draft (
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            size TEXT NOT NULL DEFAULT 'a2',
            orientation TEXT NOT NULL DEFAULT 'portrait',
            panel TEXT NOT NULL DEFAULT 'whole',
            guides INTEGER NOT NULL DEFAULT 1,
            line_spacing REAL NOT NULL DEFAULT 24,
            envelope TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (interview_id, person_id)
        )""",
        "ALTER TABLE follow_up ADD COLUMN printed_at TEXT",
    ),
    # v7: talking points that belong to someone. A row holds only what the user chose for one
    # ★ line (its owner, an edited phrase), keyed by the line's normalised text within its note
    # (a section, or one person's talked-about or personal notes); defaults are derived, never
    # stored. Open questions remember who asked them, so the answer goes to that person.
    7: (
        """CREATE TABLE talking_point (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            source_person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
            line_key TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
            phrase TEXT
        )""",
        "CREATE UNIQUE INDEX talking_point_line ON talking_point "
        "(interview_id, source, coalesce(source_person_id, 0), line_key)",
        "ALTER TABLE open_question ADD COLUMN asked_by INTEGER REFERENCES person (id) ON DELETE SET NULL",
    ),
    # v8: the reply radar (IMAP). `sent_copy`: which sent thank-yous are filed in the Sent folder
    # (no row = still to file). `mail_finding`: a reply, auto-reply or bounce matched to a sent
    # e-mail or a referral — headers and first lines only; the replied / bounced state of a sent
    # e-mail is its newest finding. `imap_folder_state`: UIDVALIDITY/UIDNEXT per account and
    # folder, so a check reads only new UIDs. `check_in_off`: interviews without the nudge.
    8: (
        """CREATE TABLE sent_copy (
            sent_email_id INTEGER PRIMARY KEY REFERENCES sent_email (id) ON DELETE CASCADE,
            folder TEXT NOT NULL,
            filed_at TEXT NOT NULL
        )""",
        """CREATE TABLE mail_finding (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            sent_email_id INTEGER REFERENCES sent_email (id) ON DELETE CASCADE,
            referral_id INTEGER REFERENCES referral (id) ON DELETE CASCADE,
            message_id TEXT NOT NULL,
            received_at TEXT NOT NULL,
            sender TEXT NOT NULL DEFAULT '',
            sender_name TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            first_lines TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            until TEXT,
            found_at TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX mail_finding_once ON mail_finding "
        "(kind, message_id, IFNULL(sent_email_id, 0), IFNULL(referral_id, 0))",
        "CREATE INDEX mail_finding_sent ON mail_finding (sent_email_id)",
        "CREATE INDEX mail_finding_referral ON mail_finding (referral_id)",
        """CREATE TABLE imap_folder_state (
            account TEXT NOT NULL,
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uidnext INTEGER NOT NULL,
            checked_at TEXT NOT NULL,
            PRIMARY KEY (account, folder)
        )""",
        # Interviews the user switched the "Check in with …" nudge off for.
        """CREATE TABLE check_in_off (
            interview_id INTEGER PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
            since TEXT NOT NULL
        )""",
    ),
    # v9: two-way sync with the user's CalDAV server (desktop_app/sync/, docs/SYNC.md).
    # sync_collection: per server collection, the RFC 6578 sync-token or the ctag last seen, so a
    #   sync with nothing new is one request. sync_item: per iCalendar object we put there, its
    #   href and ETag (for If-Match) and the due/done values both sides last agreed on (the base
    #   of the field-by-field merge). sync_queue: the offline queue, one row per interview whose
    #   calendar items must go up; filled by triggers, so every writer (GUI, CLI, import) queues
    #   without knowing about sync, and a row stays until the server took the change.
    #   Only the fields that reach the calendar fire the triggers: notes, drafts and personal
    #   notes never leave the machine, and a snooze (alert_at) changes nothing there.
    9: (
        """CREATE TABLE sync_collection (
            url TEXT PRIMARY KEY,
            mode TEXT NOT NULL DEFAULT '',
            sync_token TEXT,
            ctag TEXT
        )""",
        """CREATE TABLE sync_item (
            ical_uid TEXT PRIMARY KEY,
            interview_uid TEXT NOT NULL,
            kind TEXT NOT NULL,
            href TEXT NOT NULL UNIQUE,
            etag TEXT NOT NULL DEFAULT '',
            due TEXT,
            done TEXT,
            content_hash TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX sync_item_interview ON sync_item (interview_uid)",
        """CREATE TABLE sync_queue (
            interview_uid TEXT PRIMARY KEY,
            changed_at TEXT NOT NULL,
            changes INTEGER NOT NULL DEFAULT 1,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT ''
        )""",
        *(
            f"""CREATE TRIGGER sync_queue_{name} AFTER {event} BEGIN
                INSERT INTO sync_queue (interview_uid, changed_at)
                SELECT uid, strftime('%Y-%m-%d %H:%M:%S', 'now') FROM interview WHERE {where}
                ON CONFLICT (interview_uid) DO UPDATE
                SET changed_at = excluded.changed_at, changes = changes + 1, attempts = 0;
            END"""
            for name, event, where in (
                ("interview_insert", "INSERT ON interview", "id = NEW.id"),
                ("interview_update", "UPDATE OF company, role, round, start_at, end_at, timezone, location, "
                 "status, deleted_at ON interview", "id = NEW.id"),
                ("follow_up_insert", "INSERT ON follow_up", "id = NEW.interview_id"),
                ("follow_up_update", "UPDATE OF due_at, remind_at, done_at, person_id ON follow_up",
                 "id = NEW.interview_id"),
                ("follow_up_delete", "DELETE ON follow_up", "id = OLD.interview_id"),
                ("people_insert", "INSERT ON interview_person", "id = NEW.interview_id"),
                ("people_delete", "DELETE ON interview_person", "id = OLD.interview_id"),
                ("person_update", "UPDATE OF name, email ON person",
                 "id IN (SELECT interview_id FROM interview_person WHERE person_id = NEW.id)"),
                ("referral_update", "UPDATE OF name, organization ON referral", "id = NEW.interview_id"),
            )
        ),
        # A purged interview's row is gone: its uid comes from OLD.
        """CREATE TRIGGER sync_queue_interview_delete AFTER DELETE ON interview BEGIN
            INSERT INTO sync_queue (interview_uid, changed_at)
            VALUES (OLD.uid, strftime('%Y-%m-%d %H:%M:%S', 'now'))
            ON CONFLICT (interview_uid) DO UPDATE
            SET changed_at = excluded.changed_at, changes = changes + 1, attempts = 0;
        END""",
        # Everything there is goes up at the first sync.
        "INSERT INTO sync_queue (interview_uid, changed_at) SELECT uid, strftime('%Y-%m-%d %H:%M:%S', 'now') "
        "FROM interview",
    ),
    # v10: flat at any size (issue 21). Every column a start-up or per-screen query filters on
    # is indexed (tests/unit/test_query_plans.py checks each plan), and earlier rounds at the
    # same company come from a stored, indexed key: case- and accent-folded in Python
    # (domain/company_key.py; SQLite's lower() folds ASCII only), registered on the
    # connection as company_key() for this back-fill.
    10: (
        "ALTER TABLE interview ADD COLUMN company_key TEXT NOT NULL DEFAULT ''",
        "UPDATE interview SET company_key = company_key(company)",
        "CREATE INDEX interview_company ON interview (company_key, start_at)",
        # Partial: only hidden rows (awaiting undo or purge) are in it, so the planner never
        # prefers it for "deleted_at IS NULL" over a selective index such as start_at.
        "CREATE INDEX interview_deleted ON interview (deleted_at) WHERE deleted_at IS NOT NULL",
        # The tray's list and count and today's card drafts walk open follow-ups by deadline;
        # through follow_up_due they stepped over every done one of the whole history first.
        "CREATE INDEX follow_up_open_due ON follow_up (due_at) WHERE done_at IS NULL",
        # Search answers short prefixes ("t", "th", "the") from prefix indexes: one doclist read
        # newest first and stopped at the limit, instead of merging the doclists of every word
        # that starts with "t". Rebuilt by store.search.ensure_index() right after migrating.
        "DROP TABLE search_index",
        """CREATE VIRTUAL TABLE search_index USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
        )""",
        "UPDATE setting SET value = '0' WHERE key = 'search_index_version'",
    ),
    # v11 (issue 20): how a letter addresses a person: '' not known (the neutral greeting), 'ms' or
    # 'mr' (domain.model.FORMS_OF_ADDRESS). Chosen by the user in the interview form, never guessed;
    # every row of an older file starts as '' and keeps the greeting it had.
    11: (
        "ALTER TABLE person ADD COLUMN form_of_address TEXT NOT NULL DEFAULT ''",
        # The interview form's "someone you've met" asks for the first people whose name starts with
        # what was typed (store.interviews.find_people): one range of this index, however many people.
        "CREATE INDEX person_name ON person (name COLLATE NOCASE, id)",
    ),
    # v12 (issue 19, "the deleted interview comes back"): a tombstone per interview purged here, so a
    # sync never adopts it again from items another computer put back on the server
    # (store/sync_adopt.known_here). Written by the purge itself (a trigger, as the sync queue is), and
    # cleared when a row with that uid is made again here: a JSON import, a re-imported invitation.
    # One short row per deleted interview, kept: it is only ever read by uid.
    12: (
        """CREATE TABLE sync_tombstone (
            interview_uid TEXT PRIMARY KEY,
            deleted_at TEXT NOT NULL
        )""",
        """CREATE TRIGGER sync_tombstone_purge AFTER DELETE ON interview BEGIN
            INSERT INTO sync_tombstone (interview_uid, deleted_at)
            VALUES (OLD.uid, strftime('%Y-%m-%d %H:%M:%S', 'now'))
            ON CONFLICT (interview_uid) DO UPDATE SET deleted_at = excluded.deleted_at;
        END""",
        """CREATE TRIGGER sync_tombstone_back AFTER INSERT ON interview BEGIN
            DELETE FROM sync_tombstone WHERE interview_uid = NEW.uid;
        END""",
        # Deletion markers (sync_item kind 'deleted', docs/SYNC.md) are looked for at every sync to expire
        # them: partial, so that look reads the few markers, not every item of a large file.
        "CREATE INDEX sync_item_marker ON sync_item (due) WHERE kind = 'deleted'",
    ),
}

LATEST_VERSION = max(MIGRATIONS)


def schema_version(database: peewee.SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def has_tables(database: peewee.SqliteDatabase) -> bool:
    row = database.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def migrate(database: peewee.SqliteDatabase, path: Path, backups: Path) -> Path | None:
    """Bring the file to LATEST_VERSION. Returns the backup taken, if any."""
    current = schema_version(database)
    if current > LATEST_VERSION:
        raise NewerSchemaError(current, LATEST_VERSION, path)
    if current == LATEST_VERSION:
        return None
    backup = backup_database(database, backups, f"before-v{LATEST_VERSION}") if has_tables(database) else None
    # Python functions the DDL may call (back-fills of keys computed in domain/).
    database.connection().create_function("company_key", 1, company_key, deterministic=True)
    for version in range(current + 1, LATEST_VERSION + 1):
        with database.atomic():
            for statement in MIGRATIONS[version]:
                database.execute_sql(statement)
            # PRAGMA takes no parameters; `version` is an int from our own table.
            database.execute_sql(f"PRAGMA user_version = {int(version)}")
    return backup


def backup_database(database: peewee.SqliteDatabase, folder: Path, reason: str) -> Path:
    """A consistent copy through SQLite's online backup API (safe while in use); see store/backups.py.

    The backups module is imported here: most starts migrate nothing, and start-up memory is
    measured against a bare window (docs/PERFORMANCE.md).
    """
    from .backups import backup_connection, new_backup_path, rotate

    target = backup_connection(database.connection(), new_backup_path(folder, reason, datetime.now(UTC)))
    rotate(folder)
    return target
