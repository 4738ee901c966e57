"""The sync's bookkeeping: the offline queue, what we put on the server, and where we left off.

The queue is filled by triggers (migration 9), so nothing else in the store knows about sync.
A queue row is removed only when its interview's items are on the server *and* no change
arrived meanwhile (`changes` did not move), so a failed or interrupted sync loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import peewee
from peewee import JOIN, SQL

from ..domain.model import Step
from ..domain.sync_rules import MARKER_KIND, InterviewSnapshot, PersonRef, ReferralRef, TodoSnapshot, todo_ical_uid
from .database import db_proxy
from .follow_up_queries import WHO
from .models import BaseModel, FollowUp, Interview, InterviewPerson, Person, Referral, UtcDateTimeField, from_db_time


class SyncCollection(BaseModel):
    url = peewee.TextField(primary_key=True)
    mode = peewee.TextField(default="")  # "", "sync-token" or "ctag"
    sync_token = peewee.TextField(null=True)
    ctag = peewee.TextField(null=True)


class SyncItem(BaseModel):
    ical_uid = peewee.TextField(primary_key=True)
    interview_uid = peewee.TextField()
    kind = peewee.TextField()  # "event" or "todo"
    href = peewee.TextField(unique=True)
    etag = peewee.TextField(default="")
    due = UtcDateTimeField(null=True)
    done = UtcDateTimeField(null=True)
    content_hash = peewee.TextField(default="")


class SyncQueue(BaseModel):
    interview_uid = peewee.TextField(primary_key=True)
    changed_at = UtcDateTimeField()
    changes = peewee.IntegerField(default=1)
    attempts = peewee.IntegerField(default=0)
    last_error = peewee.TextField(default="")


class SyncTombstone(BaseModel):
    """An interview purged here (migration 12's trigger): never adopted again from the server."""

    interview_uid = peewee.TextField(primary_key=True)
    deleted_at = UtcDateTimeField()


@dataclass(frozen=True)
class QueuedInterview:
    interview_uid: str
    changed_at: datetime
    changes: int


def queued(limit: int | None = None) -> list[QueuedInterview]:
    """Interviews waiting to go up, oldest change first."""
    query = SyncQueue.select(SyncQueue.interview_uid, SyncQueue.changed_at, SyncQueue.changes).order_by(
        SyncQueue.changed_at, SyncQueue.interview_uid
    )
    if limit is not None:
        query = query.limit(limit)
    return [QueuedInterview(uid, from_db_time(at), n) for uid, at, n in db_proxy.execute(query)]


def queue_length() -> int:
    return int(SyncQueue.select().count())


def queued_change(interview_uid: str) -> datetime | None:
    """When the app last changed this interview's calendar items, if that is not on the server yet."""
    row = SyncQueue.get_or_none(SyncQueue.interview_uid == interview_uid)
    return None if row is None else row.changed_at


def dequeue(entry: QueuedInterview) -> bool:
    """Done with this interview, unless it changed while we were uploading (then it stays)."""
    return bool(SyncQueue.delete().where(
        SyncQueue.interview_uid == entry.interview_uid, SyncQueue.changes == entry.changes
    ).execute())


def mark_failed(interview_uid: str, error_kind: str) -> None:
    SyncQueue.update(attempts=SyncQueue.attempts + 1, last_error=error_kind).where(
        SyncQueue.interview_uid == interview_uid
    ).execute()


def enqueue(interview_uids: Iterable[str], now: datetime | None = None) -> None:
    """Queue interviews whose items must be written again (e.g. deleted on the phone)."""
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    rows = [{"interview_uid": uid, "changed_at": stamp} for uid in set(interview_uids)]
    if rows:
        SyncQueue.insert_many(rows).on_conflict_ignore().execute()


def enqueue_all() -> None:
    """After choosing another calendar everything goes up again (to the new place)."""
    enqueue(uid for (uid,) in Interview.select(Interview.uid).tuples())


def reset_sync_state() -> None:
    """Forget what was on the old server or calendar: tokens and items; queue everything."""
    with db_proxy.atomic():
        SyncItem.delete().execute()
        SyncCollection.delete().execute()
        enqueue_all()


def is_tombstoned(interview_uid: str) -> bool:
    """This folder deleted the interview (and purged it): what the server still has of it is not adopted."""
    return bool(SyncTombstone.select().where(SyncTombstone.interview_uid == interview_uid).exists())


def tombstoned_at(interview_uid: str) -> datetime | None:
    row = SyncTombstone.get_or_none(SyncTombstone.interview_uid == interview_uid)
    return None if row is None else row.deleted_at


def forget_tombstone(interview_uid: str) -> bool:
    """The user brings the interview back some other way than a row with its uid (which clears it by
    itself): it may be adopted again. True if there was one."""
    return bool(SyncTombstone.delete().where(SyncTombstone.interview_uid == interview_uid).execute())


def trash_interview(interview_uid: str, now: datetime) -> int | None:
    """Another Finish Strong deleted this interview (its marker, docs/SYNC.md): hidden here as the app's
    own Delete hides it, so Undo brings it back with its notes until the usual purge. Its id, or None
    when there is nothing here to hide (never had, or already deleted here)."""
    row = Interview.get_or_none(Interview.uid == interview_uid, Interview.deleted_at.is_null())
    if row is None:
        return None
    Interview.update(deleted_at=now).where(Interview.id == row.id).execute()
    return int(row.id)


def expired_markers(cutoff: datetime) -> list[SyncItem]:
    """Deletion markers put up (or seen) before `cutoff`: their time on the server is over."""
    return list(expired_markers_query(cutoff))


def expired_markers_query(cutoff: datetime) -> peewee.ModelSelect[SyncItem]:
    # The kind as a literal (a constant of ours), as in the partial index sync_item_marker (migration 12):
    # a bound parameter would keep SQLite from using it, and every sync asks this.
    return SyncItem.select().where(SQL(f"kind = '{MARKER_KIND}'"), SyncItem.due < cutoff)


def collection_state(url: str) -> SyncCollection:
    return SyncCollection.get_or_none(SyncCollection.url == url) or SyncCollection(url=url)


def save_collection_state(state: SyncCollection) -> None:
    SyncCollection.insert(
        url=state.url, mode=state.mode, sync_token=state.sync_token, ctag=state.ctag
    ).on_conflict_replace().execute()


def items_of(interview_uid: str) -> dict[str, SyncItem]:
    return {i.ical_uid: i for i in SyncItem.select().where(SyncItem.interview_uid == interview_uid)}


def item_by_uid(ical_uid: str) -> SyncItem | None:
    return SyncItem.get_or_none(SyncItem.ical_uid == ical_uid)


def items_by_href(hrefs: Iterable[str]) -> dict[str, SyncItem]:
    wanted = list(hrefs)
    found: dict[str, SyncItem] = {}
    for start in range(0, len(wanted), 500):
        for item in SyncItem.select().where(SyncItem.href.in_(wanted[start:start + 500])):
            found[item.href] = item
    return found


def all_item_etags() -> dict[str, str]:
    """href → ETag of everything we put up: the ctag fallback compares a listing with it."""
    return dict(SyncItem.select(SyncItem.href, SyncItem.etag).tuples())


def save_item(item: SyncItem) -> None:
    SyncItem.insert(
        ical_uid=item.ical_uid, interview_uid=item.interview_uid, kind=item.kind, href=item.href,
        etag=item.etag, due=item.due, done=item.done, content_hash=item.content_hash,
    ).on_conflict_replace().execute()


def forget_item(ical_uid: str) -> None:
    SyncItem.delete().where(SyncItem.ical_uid == ical_uid).execute()


def snapshots(interview_uids: list[str]) -> dict[str, InterviewSnapshot]:
    """What the calendar should show for these interviews; absent ones are deleted (or never were).

    Three queries for the whole batch. Nothing private is read: no debrief, drafts or notes.
    """
    rows = list(Interview.select().where(Interview.uid.in_(interview_uids), Interview.deleted_at.is_null()))
    if not rows:
        return {}
    by_id = {row.id: row for row in rows}
    names: dict[int, list[str]] = {}
    refs: dict[int, list[PersonRef]] = {}
    people = (
        InterviewPerson.select(InterviewPerson.interview, Person.name, Person.title, Person.uid)
        .join(Person)
        .where(InterviewPerson.interview.in_(list(by_id)))
        .order_by(InterviewPerson.interview, InterviewPerson.position)
        .tuples()
    )
    for interview_id, name, title, person_uid in people:
        names.setdefault(interview_id, []).append(f"{name}, {title}" if title else name)
        refs.setdefault(interview_id, []).append(PersonRef(person_uid, name, title))
    todos: dict[int, list[TodoSnapshot]] = {}
    query = (
        FollowUp.select(
            FollowUp.id, FollowUp.interview, FollowUp.step, Person.uid, Referral.uid, WHO,
            FollowUp.due_at, FollowUp.remind_at, FollowUp.done_at, Referral.name, Referral.organization,
        )
        .join(Person, join_type=JOIN.LEFT_OUTER)
        .switch(FollowUp)
        .join(Referral, join_type=JOIN.LEFT_OUTER, on=(FollowUp.referral_key == Referral.id))
        .where(FollowUp.interview.in_(list(by_id)))
        .order_by(FollowUp.interview, FollowUp.due_at, FollowUp.id)
    )
    for fid, iid, step, person_uid, referral_uid, who, due, remind, done, r_name, r_org in db_proxy.execute(query):
        uid = by_id[iid].uid
        todos.setdefault(iid, []).append(TodoSnapshot(
            follow_up_id=fid, ical_uid=todo_ical_uid(uid, step, person_uid, referral_uid),
            step_label=Step(step).label, who=who, due=from_db_time(due), remind=from_db_time(remind),
            done=from_db_time(done) if done else None, step=step, person_uid=person_uid,
            referral=ReferralRef(referral_uid, r_name or "", r_org or "") if referral_uid else None,
        ))
    return {
        row.uid: InterviewSnapshot(
            uid=row.uid, company=row.company, role=row.role, round=row.round, start=row.start_at,
            end=row.end_at, timezone=row.timezone, location=row.location, status=row.status,
            interviewers=tuple(names.get(row.id, [])), todos=tuple(todos.get(row.id, [])),
            people=tuple(refs.get(row.id, [])),
        )
        for row in rows
    }


def apply_remote_todo(follow_up_id: int, due: datetime, done: datetime | None) -> None:
    """Take a change made on another device: a tick (with its time) or a moved deadline.

    The reminder keeps its lead before the deadline, and is due again at its new time; a tick
    cancels it, as a tick in the app does.
    """
    row = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if row is None:
        return
    lead: timedelta = row.due_at - row.remind_at
    values: dict[str, object] = {"done_at": done if row.done_at is None else row.done_at}
    if due != row.due_at:
        values.update(due_at=due, remind_at=due - lead)
    if done is not None and row.done_at is None:
        values["alert_at"] = None
    elif due != row.due_at and row.done_at is None:
        values["alert_at"] = due - lead
    FollowUp.update(**values).where(FollowUp.id == follow_up_id).execute()


def move_interview(interview_uid: str, start: datetime, end: datetime) -> None:
    """Take an interview's new time from the calendar; its open steps move with it (the plan)."""
    from .interviews import resync_plan

    with db_proxy.atomic():
        row = Interview.get_or_none(Interview.uid == interview_uid)
        if row is None:
            return
        Interview.update(start_at=start, end_at=end).where(Interview.id == row.id).execute()
        resync_plan(row.id)
