"""Importing a JSON export as a stream: all or nothing, bounded memory, linear time.

The file is read member by member (`json_stream.py`); each person, interview, draft or
message is checked by the same functions as `parse_import` and written at once, inside one
transaction. A bad record anywhere — the last interview of 100,000 — raises before the
commit, so the data is as it was; so does a cancel (the progress callback raising).

Streaming needs the order our exports have: “format” and “version”, then “settings”,
“people”, “interviews”, then the drafts and sent messages. A file written by another tool
in another order is read whole instead (`import_json`, the same checks and writes).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import IO, Any

from peewee import fn

from ..domain import model
from . import reply_interchange
from .database import db_proxy
from .errors import QT_TRANSLATE_NOOP, ImportFormatError, MailSettingsChangeError
from .import_validation import INTERVIEW, PERSON, check_values, fold_one_line_fields, place
from .interviews import resync_plan
from .json_import import (
    INTERNAL_SETTINGS,
    MAIL_AND_CARD_CHECKS,
    MAIL_AND_CARD_KEYS,
    MAIL_AND_CARD_WRITERS,
    NOT_AN_EXPORT,
    NOT_UTF8,
    REBUILD_INDEX_ABOVE,
    check_header,
    check_person,
    check_settings,
    debrief_sections,
    follow_up_rows,
    import_interview,
    import_json,
    import_people,
    interview_values,
    link_rows,
    new_mail_seen,
    new_seen,
    question_rows,
    referral_rows,
    store_talking_points,
    upgrade_v1_interview,
)
from .json_import import _check_interview as check_interview
from .json_stream import NotAnObject, members
from .mail_settings import ACCOUNT_KEY, account_changes
from .models import CalendarLink, Debrief, FollowUp, Interview, InterviewPerson, OpenQuestion
from .models import Referral as ReferralRow
from .search import rebuild_index, reindex_interview
from .settings_store import set_setting

STREAMED = frozenset({"people", "interviews", *MAIL_AND_CARD_KEYS})
REPLY_KEYS = ("referral_answers", "check_ins_off")  # version 4, small: read whole
BATCH = 500  # people written per round of lookups
#: (bytes read, bytes in the file or None) — raise from it to cancel: nothing is kept
Progress = Callable[[int, int | None], None]


class _OutOfOrder(Exception):
    """The members come in an order the stream cannot check as it goes."""


class _CountingReader(io.RawIOBase):
    """Counts the bytes read from the file, for the progress callback."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def import_json_file(raw: IO[bytes], size: int | None = None, progress: Progress | None = None,
                     replace_settings: bool = False) -> tuple[int, int]:
    """Import the export in the binary file `raw`; (interviews, people) in it. All or nothing.

    `raw` must be seekable if the file may be in another order (read again, whole). A file that
    would change the mail server settings raises `MailSettingsChangeError` unless `replace_settings`."""
    counting = _CountingReader(raw)
    text = io.TextIOWrapper(io.BufferedReader(counting), encoding="utf-8-sig")
    with _file_errors():
        try:
            with db_proxy.atomic():
                return _StreamImport(lambda: progress(counting.count, size) if progress else None,
                                     replace_settings).run(text)
        except _OutOfOrder:
            raw.seek(0)
            return import_json(raw.read().decode("utf-8-sig"), replace_settings=replace_settings)


def check_file_header(raw: IO[bytes]) -> dict[str, Any]:
    """Read up to the first records and check “format”, “version” and “settings”, then rewind:
    the CLI refuses a file that is not an export before it opens (or creates) anything, and the
    window can ask about the mail settings first. Returns the settings (empty if none come first)."""
    text = io.TextIOWrapper(raw, encoding="utf-8-sig")
    try:
        with _file_errors():
            header: dict[str, Any] = {}
            complete = True  # the whole object was read (no records)
            for key, value in members(text, STREAMED):
                if key in STREAMED:
                    complete = False
                    break
                header[key] = value
            # A file written by another tool may name its format after the records: checked then.
            if complete or "format" in header or "version" in header:
                check_header(header.get("format"), header.get("version"))
            settings = header.get("settings", {})
            check_values({"settings": settings})
            check_settings(settings)
            return dict(settings)
    finally:
        text.detach()
        raw.seek(0)


@contextmanager
def _file_errors() -> Iterator[None]:
    """Reading errors said as `ImportFormatError`s, in the words `parse_import` uses."""
    try:
        yield
    except UnicodeDecodeError as exc:
        raise ImportFormatError.worded(NOT_UTF8) from exc
    except RecursionError:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file is not a Finish Strong export (it is nested far too deeply).")) from None
    except NotAnObject:
        raise ImportFormatError.worded(NOT_AN_EXPORT) from None
    except ImportFormatError:
        raise
    except ValueError as exc:
        raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
            "StoreError", "The file is not valid JSON (%1)."), str(exc)) from exc


class _StreamImport:
    def __init__(self, tick: Callable[[], object], replace_settings: bool = False) -> None:
        self.tick = tick
        self.replace_settings = replace_settings
        self.header: dict[str, Any] = {}
        self.version = 0
        self.people: dict[str, model.Person] = {}
        self.person_ids: dict[str, int] = {}
        self.interview_ids: dict[str, int] = {}
        self.seen = new_seen()
        self.mail_seen = new_mail_seen()
        self.done: set[str] = set()

    def run(self, text: IO[str]) -> tuple[int, int]:
        for key, value in members(text, STREAMED):
            if key in ("format", "version", "settings"):
                if self.done & STREAMED:
                    raise _OutOfOrder
                self.header[key] = value
            elif key in STREAMED:
                self._array(key, value)
            elif key in REPLY_KEYS:
                self._replies(key, value)
            self.done.add(key)
        self._start()
        for key in ("people", "interviews", *(MAIL_AND_CARD_KEYS if self.version >= 3 else ())):
            if key not in self.done:
                raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                    "StoreError", "The file: “%1” is missing."), str(key))
        if len(self.interview_ids) > REBUILD_INDEX_ABOVE:
            rebuild_index()
        else:
            for interview_id in self.interview_ids.values():
                reindex_interview(interview_id)
        self.tick()
        return len(self.interview_ids), len(self.people)

    def _start(self) -> None:
        """Check the header and store the settings, once, before the first record."""
        if self.version:
            return
        if "format" not in self.header or "version" not in self.header:
            raise _OutOfOrder  # maybe later in the file: read it whole
        self.version = check_header(self.header["format"], self.header["version"])
        settings = self.header.get("settings", {})
        check_values({"settings": settings})
        check_settings(settings)
        changes = account_changes(settings.get(ACCOUNT_KEY))
        if changes and not self.replace_settings:
            raise MailSettingsChangeError(changes)
        for key, value in sorted(settings.items()):
            if key not in INTERNAL_SETTINGS:
                set_setting(key, value)

    def _array(self, key: str, value: Any) -> None:
        if not isinstance(value, Iterator):
            raise ImportFormatError.worded(QT_TRANSLATE_NOOP(
                "StoreError", "The file: “%1” has the wrong type."), str(key))
        self._start()
        needs = {"people": set(), "interviews": {"people", "settings"}}.get(key, {"people", "interviews"})
        if key in self.done or not needs <= self.done:
            raise _OutOfOrder
        if key == "people":
            self._people(value)
        elif key == "interviews":
            self._interviews(value)
        elif self.version >= 3:
            check, write = MAIL_AND_CARD_CHECKS[key], MAIL_AND_CARD_WRITERS[key]
            for n, record in enumerate(value, 1):
                if key == "sent_emails" and self.version < 4 and isinstance(record, dict):
                    record.update(reply_interchange.empty_state())  # as reply_interchange.upgrade does
                check_values({key: [record]})
                check(record, n, self.seen["interview"], self.people, self.mail_seen[key])
                fold_one_line_fields({key: [record]})
                write(record, self.interview_ids, self.person_ids)

    def _replies(self, key: str, value: Any) -> None:
        """Version 4's small lists (read whole): answers found for referrals, check-ins switched off."""
        self._start()
        if key in self.done or not {"people", "interviews"} <= self.done:
            raise _OutOfOrder
        if self.version < 4:
            return  # as parse_import does: older files have no radar state
        doc = {key: value}
        check_values(doc)
        if key == "referral_answers":
            reply_interchange.check_referral_answers(doc, self.seen["referral"])
            reply_interchange.import_referral_answers(doc)
        else:
            reply_interchange.check_check_ins_off(doc, self.seen["interview"])
            reply_interchange.import_check_ins_off(doc, self.interview_ids, datetime.now(UTC))

    def _people(self, records: Iterator[Any]) -> None:
        batch: list[dict[str, Any]] = []
        for n, p in enumerate(records, 1):
            check_values({"people": [p]})  # lone surrogates, huge numbers, NaN: as parse_import does
            check_person(p, place(PERSON, n), self.people)
            fold_one_line_fields({"people": [p]})
            batch.append(p)
            if len(batch) == BATCH:
                self.person_ids.update(import_people(batch))
                batch = []
                self.tick()
        self.person_ids.update(import_people(batch))

    def _interviews(self, records: Iterator[Any]) -> None:
        batch: list[dict[str, Any]] = []
        for n, i in enumerate(records, 1):
            if self.version == 1:
                upgrade_v1_interview(i)
            check_values({"interviews": [i]})
            check_interview(i, place(INTERVIEW, n), self.people, self.seen)
            fold_one_line_fields({"interviews": [i]})
            batch.append(i)
            if len(batch) == BATCH:
                self._write_interviews(batch)
                batch = []
                self.tick()
        self._write_interviews(batch)

    def _write_interviews(self, batch: list[dict[str, Any]]) -> None:
        """New interviews (the bulk case) in a few statements; ones already stored one by one."""
        ids = insert_new_interviews(batch, self.person_ids)
        if ids is None:
            ids = [import_interview(i, self.person_ids) for i in batch]
        for interview_id, i in zip(ids, batch, strict=True):
            if not i["follow_ups"]:  # written by another tool: give it the plan every interview has
                resync_plan(interview_id)
            self.interview_ids[i["id"]] = interview_id


def _any_stored(model: Any, uids: list[str]) -> bool:
    return bool(uids) and model.select(model.id).where(model.uid.in_(uids)).exists()


def _insert_rows(model: Any, rows: list[dict[str, Any]]) -> None:
    """Rows of dicts (field name → value) in one prepared statement: the bulk import's writes.

    Column names come from the model (never from the file); values go through each field's
    own conversion, so times are stored exactly as the ORM stores them."""
    if not rows:
        return
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(fields))})'
    db_proxy.connection().executemany(
        sql, ([f.db_value(row[f.name]) for f in fields] for row in rows)
    )


def insert_new_interviews(batch: list[dict[str, Any]], person_ids: dict[str, int]) -> list[int] | None:
    """Insert interviews none of whose ids (nor their questions', referrals', follow-ups') are
    stored yet; their row ids, or None (nothing written) when some are — then the caller
    matches and replaces record by record. The rows are the same `import_interview` writes."""
    if not batch or _any_stored(Interview, [i["id"] for i in batch]) or any(
        _any_stored(model, [c["id"] for i in batch for c in i[key]])
        for model, key in ((OpenQuestion, "open_questions"), (ReferralRow, "referrals"), (FollowUp, "follow_ups"))
    ):
        return None
    next_id = (Interview.select(fn.MAX(Interview.id)).scalar() or 0) + 1
    next_referral = (ReferralRow.select(fn.MAX(ReferralRow.id)).scalar() or 0) + 1
    ids = list(range(next_id, next_id + len(batch)))
    invitations = [(interview_id, i["invitation"]) for interview_id, i in zip(ids, batch, strict=True)
                   if i.get("invitation") is not None]
    if invitations:  # the file wins: a link to the same invitation held by another interview moves here
        CalendarLink.delete().where(CalendarLink.ics_uid.in_([inv["uid"] for _, inv in invitations])).execute()
    interviews, links, debriefs, questions, referrals, follow_ups = [], [], [], [], [], []
    for interview_id, i in zip(ids, batch, strict=True):
        interviews.append({"id": interview_id, "uid": i["id"], **interview_values(i)})
        links += link_rows(i, interview_id, person_ids)
        sections = debrief_sections(i)
        if any(sections.values()):
            debriefs.append({"interview": interview_id, **sections})
        questions += question_rows(i, interview_id, person_ids)
        referral_ids: dict[str, int] = {}
        for row in referral_rows(i, interview_id, person_ids):
            referral_ids[row["uid"]] = next_referral
            referrals.append({"id": next_referral, **row})
            next_referral += 1
        follow_ups += follow_up_rows(i, interview_id, person_ids, referral_ids, {})
    _insert_rows(Interview, interviews)
    _insert_rows(CalendarLink, [{"interview": interview_id, "ics_uid": inv["uid"], "sequence": inv["sequence"]}
                                for interview_id, inv in invitations])
    for table, rows in ((InterviewPerson, links), (Debrief, debriefs), (OpenQuestion, questions),
                        (ReferralRow, referrals), (FollowUp, follow_ups)):
        _insert_rows(table, rows)
    for interview_id, i in zip(ids, batch, strict=True):
        if i.get("talking_points"):
            store_talking_points(i, interview_id, person_ids)
    return ids
