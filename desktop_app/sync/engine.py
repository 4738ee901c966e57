"""One sync: changes from the server come down first, then the queue goes up.

Down (pull): the collection's changes since the last sync-token (RFC 6578), or, on servers
without it, nothing when the ctag is unchanged, else a listing of ETags. Only objects whose
ETag moved are fetched. A todo ticked or moved elsewhere is merged into the app field by
field (domain/sync_rules.merge_todo); one deleted elsewhere is put back unless its step is done.

Up (push): each queued interview's event and todos are rendered; only those whose content
changed are written, with `If-Match` (or `If-None-Match: *` when new). A 412 means someone
else wrote: the server's copy is read, merged, and written on top of *that* version, so no
change is overwritten unseen. A queue row is removed only when all its items are up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..domain.sync_rules import (
    InterviewSnapshot,
    Merged,
    TodoSnapshot,
    TodoState,
    href_name,
    is_our_href,
    merge_todo,
)
from ..store import sync_store as store
from .dav import Changes, Dav, PreconditionFailed, SyncTokenInvalid
from .errors import SyncError, SyncErrorKind, classify
from .ical_items import RemoteItem, Rendered, due_as_datetime, parse_item, render_event, render_todo

log = logging.getLogger(__name__)
#: Failures after which the rest of the queue is not tried now (it would fail the same way).
_FATAL = {SyncErrorKind.AUTHENTICATION, SyncErrorKind.TLS, SyncErrorKind.UNREACHABLE, SyncErrorKind.TIMEOUT}
_BATCH = 200


@dataclass
class SyncReport:
    """What one sync did; `finish-strong sync --json` prints it, the status bar sums it up."""

    up: dict[str, int] = field(default_factory=lambda: {"created": 0, "updated": 0, "deleted": 0})
    down: dict[str, int] = field(default_factory=lambda: {"ticked": 0, "moved": 0, "restored": 0, "adopted": 0})
    requests: int = 0
    writes: int = 0
    conflicts_merged: int = 0
    queued: int = 0  # interviews still waiting to go up
    error: SyncError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok, "up": self.up, "down": self.down, "requests": self.requests, "writes": self.writes,
            "conflicts_merged": self.conflicts_merged, "queued": self.queued,
            "error": None if self.error is None else {"kind": self.error.kind.value, "message": str(self.error)},
        }


class SyncEngine:
    def __init__(
        self,
        dav: Dav,
        event_url: str,
        todo_url: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        use_sync_token: bool = True,
    ) -> None:
        self.dav = dav
        # One spelling per collection (with the trailing slash), so "is this item in it" is a prefix test.
        self.event_url = event_url.rstrip("/") + "/"
        self.todo_url = todo_url.rstrip("/") + "/"
        self.clock = clock
        self.use_sync_token = use_sync_token
        self.report = SyncReport()

    # -- the whole run -------------------------------------------------------------------------

    def run(self) -> SyncReport:
        self.report = SyncReport()
        try:
            self.pull()
            self.push()
            if self.dav.writes:
                # Move the sync-token past our own writes (and take anything that came in meanwhile):
                # an item we created and the phone deleted before the next sync is otherwise never
                # reported, since it did not exist at the older token.
                self.pull()
                if store.queue_length():
                    self.push()
        except SyncError as exc:
            self.report.error = exc
        except Exception as exc:  # noqa: BLE001 - sorted into kinds; a bug still shows in the log
            if not _is_transport_error(exc):
                raise
            self.report.error = classify(exc)
        self.report.requests, self.report.writes = self.dav.requests, self.dav.writes
        self.report.queued = store.queue_length()
        return self.report

    # -- down ----------------------------------------------------------------------------------

    def pull(self) -> None:
        for url in dict.fromkeys((self.event_url, self.todo_url)):
            state = store.collection_state(url)
            changes = self._changes(url, state)
            self._take_changes(url, changes)
            store.save_collection_state(state)  # only once applied: a failure reads them again

    def _changes(self, url: str, state: store.SyncCollection) -> Changes:
        if self.use_sync_token and state.mode in ("", "sync-token"):
            token = state.sync_token if state.mode == "sync-token" else None
            try:
                changes = self.dav.sync_changes(url, token)
            except SyncTokenInvalid:
                changes = None
                if token is not None:  # expired: start over with a full listing by sync-collection
                    try:
                        changes = self.dav.sync_changes(url, None)
                    except SyncTokenInvalid:
                        changes = None
            if changes is not None:
                state.mode, state.sync_token = "sync-token", changes.token
                return changes
            state.mode, state.sync_token = "ctag", None
        ctag, _ = self.dav.collection_state(url)
        if ctag and ctag == state.ctag and state.mode == "ctag":
            return Changes()
        state.mode, state.ctag = "ctag", ctag
        return self.dav.list_etags(url)

    def _take_changes(self, url: str, changes: Changes) -> None:
        deleted = list(changes.deleted)
        if changes.complete:  # a full listing: what we put here and is not listed is gone
            deleted += [h for h in store.all_item_etags() if h.startswith(url) and h not in changes.changed]
        known = store.items_by_href([*changes.changed, *deleted])
        fetch = [
            href for href, etag in changes.changed.items()
            if (href in known and (not etag or known[href].etag != etag)) or (href not in known and is_our_href(href))
        ]
        for href, (etag, data) in self.dav.multiget(url, fetch).items():
            self._take_remote(href, etag, data)
        for href in deleted:
            if href in known:
                self._remote_deleted(known[href])

    def _take_remote(self, href: str, etag: str, data: str) -> None:
        remote = parse_item(data)
        if remote is None or not remote.ical_uid:
            return
        item = store.item_by_uid(remote.ical_uid)
        interview_uid = item.interview_uid if item else remote.interview_uid
        if interview_uid is None:
            return
        snapshot = store.snapshots([interview_uid]).get(interview_uid)
        if snapshot is None:
            return  # not an interview of this app (or deleted here: the push removes it)
        if remote.kind == "event":
            self._take_event(item, remote, snapshot, href, etag)
            return
        todo = next((t for t in snapshot.todos if t.ical_uid == remote.ical_uid), None)
        if todo is None or remote.due is None:
            return
        remote_state = TodoState(due_as_datetime(remote.due, todo.due, snapshot.timezone), remote.done)
        merged = self._merge(item, todo, remote_state, interview_uid, remote.changed_at)
        pending = store.queued_change(interview_uid) is not None
        if merged.change_local:
            self._apply_locally(todo, merged.state)
        if item is None:
            self.report.down["adopted"] += 1
        content_hash = "" if (pending or merged.change_remote) else self._hash_of(interview_uid, todo.ical_uid)
        self._remember(todo.ical_uid, interview_uid, "todo", href, etag, merged.state.due,
                       merged.state.done, content_hash)
        if merged.change_remote:
            store.enqueue([interview_uid])

    def _take_event(self, item: store.SyncItem | None, remote: RemoteItem, snapshot: InterviewSnapshot, href: str,
                    etag: str) -> None:
        """An interview moved elsewhere (the phone, the other computer) moves here, by the same rule
        as a deadline: the side that changed it, or the later edit. Other edits of the event stay on
        the server until the app changes the interview."""
        if item is None:
            self.report.down["adopted"] += 1
        pending = store.queued_change(snapshot.uid) is not None
        start = self._event_start(item, snapshot, remote, store.queued_change(snapshot.uid))
        content_hash = item.content_hash if item else ""
        if start != snapshot.start and isinstance(remote.due, datetime) and remote.end is not None:
            store.move_interview(snapshot.uid, start, start + (remote.end - remote.due))
            self.report.down["moved"] += 1
            moved = store.snapshots([snapshot.uid])[snapshot.uid]
            now = self.clock()
            content_hash = "" if pending else render_event(moved, now, now).content_hash
        self._remember(remote.ical_uid, snapshot.uid, "event", href, etag, start, None, content_hash)
        if start != remote.due:
            store.enqueue([snapshot.uid])

    @staticmethod
    def _event_start(item: store.SyncItem | None, snapshot: InterviewSnapshot, remote: RemoteItem,
                     local_changed: datetime | None) -> datetime:
        """Where the interview starts after merging its time (the app's when the server has no time)."""
        if not isinstance(remote.due, datetime) or remote.due == snapshot.start:
            return snapshot.start
        base = TodoState(item.due, None) if item and item.due else None
        merged = merge_todo(base, TodoState(snapshot.start, None), TodoState(remote.due, None), local_changed,
                            remote.changed_at)
        return merged.state.due

    def _merge(self, item: store.SyncItem | None, todo: TodoSnapshot, remote: TodoState, interview_uid: str,
               remote_changed: datetime | None) -> Merged:
        base = TodoState(item.due, item.done) if item and item.due else None
        return merge_todo(base, TodoState(todo.due, todo.done), remote, store.queued_change(interview_uid),
                          remote_changed)

    def _apply_locally(self, todo: TodoSnapshot, state: TodoState) -> None:
        if state.done is not None and todo.done is None:
            self.report.down["ticked"] += 1
        if state.due != todo.due:
            self.report.down["moved"] += 1
        store.apply_remote_todo(todo.follow_up_id, state.due, state.done)

    def _hash_of(self, interview_uid: str, ical_uid: str) -> str:
        snapshot = store.snapshots([interview_uid])[interview_uid]
        todo = next(t for t in snapshot.todos if t.ical_uid == ical_uid)
        now = self.clock()
        return render_todo(snapshot, todo, now, now).content_hash

    @staticmethod
    def _remember(ical_uid: str, interview_uid: str, kind: str, href: str, etag: str, due: datetime | None,
                  done: datetime | None, content_hash: str) -> None:
        store.save_item(store.SyncItem(
            ical_uid=ical_uid, interview_uid=interview_uid, kind=kind, href=href, etag=etag,
            due=due, done=done, content_hash=content_hash,
        ))

    def _remote_deleted(self, item: store.SyncItem) -> None:
        store.forget_item(item.ical_uid)
        snapshot = store.snapshots([item.interview_uid]).get(item.interview_uid)
        if snapshot is None:
            return
        todo = next((t for t in snapshot.todos if t.ical_uid == item.ical_uid), None)
        if item.kind == "todo" and (todo is None or todo.done is not None):
            return  # a done step's todo may go; the app keeps the record
        store.enqueue([item.interview_uid])  # the app owns the plan: it goes back up
        self.report.down["restored"] += 1

    # -- up ------------------------------------------------------------------------------------

    def push(self) -> None:
        entries = store.queued()
        for start in range(0, len(entries), _BATCH):
            batch = entries[start:start + _BATCH]
            snapshots = store.snapshots([e.interview_uid for e in batch])
            for entry in batch:
                try:
                    self._push_interview(entry, snapshots.get(entry.interview_uid))
                except Exception as exc:  # noqa: BLE001 - sorted into kinds below
                    if not (_is_transport_error(exc) or isinstance(exc, SyncError)):
                        raise
                    error = classify(exc)
                    store.mark_failed(entry.interview_uid, error.kind.value)
                    if error.kind in _FATAL:
                        raise error from exc
                    self.report.error = error  # this interview waits; the others still go up
                    continue
                store.dequeue(entry)

    def _push_interview(self, entry: store.QueuedInterview, snapshot: InterviewSnapshot | None) -> None:
        existing = store.items_of(entry.interview_uid)
        now = self.clock().replace(microsecond=0)
        changed = min(entry.changed_at, now)
        wanted: list[tuple[Rendered, TodoSnapshot | None]] = []
        if snapshot is not None:
            wanted.append((render_event(snapshot, now, changed), None))
            withdrawn = snapshot.status == "withdrawn"  # its open steps are no longer due (as in `due`)
            for todo in snapshot.todos:
                if withdrawn and todo.done is None:
                    continue
                if todo.done is None or todo.ical_uid in existing:  # a done step is shown only if it was up
                    wanted.append((render_todo(snapshot, todo, now, changed), todo))
        for rendered, todo in wanted:
            item = existing.pop(rendered.ical_uid, None)
            if item is not None and item.content_hash == rendered.content_hash:
                continue
            self._put(rendered, item, snapshot, todo, entry)  # type: ignore[arg-type]
        for item in existing.values():
            self._delete(item)

    def _put(self, rendered: Rendered, item: store.SyncItem | None, snapshot: InterviewSnapshot,
             todo: TodoSnapshot | None, entry: store.QueuedInterview) -> None:
        collection = self.event_url if rendered.kind == "event" else self.todo_url
        href = item.href if item else collection + href_name(rendered.ical_uid)
        etag = item.etag if item else None
        base = TodoState(item.due, item.done) if item and item.due else None
        for _attempt in range(4):
            try:
                new_etag = self.dav.put(href, rendered.body, etag)
            except PreconditionFailed:
                current = self.dav.get(href)
                if current is None:  # deleted on the server since: the app owns it, put it back
                    etag = None
                    continue
                text, etag = current
                if rendered.kind == "event":
                    snapshot, rendered = self._merge_event_conflict(item, snapshot, text, entry)
                elif todo is not None:
                    remote = parse_item(text, snapshot.timezone)
                    if remote is not None and remote.due is not None:
                        state = TodoState(due_as_datetime(remote.due, todo.due, snapshot.timezone), remote.done)
                        merged = merge_todo(base, TodoState(todo.due, todo.done), state, entry.changed_at,
                                            remote.changed_at)
                        self.report.conflicts_merged += 1
                        if merged.change_local:
                            self._apply_locally(todo, merged.state)
                            todo = TodoSnapshot(todo.follow_up_id, todo.ical_uid, todo.step_label, todo.who,
                                                merged.state.due, todo.remind + (merged.state.due - todo.due),
                                                merged.state.done)
                        now = self.clock().replace(microsecond=0)
                        rendered = render_todo(snapshot, todo, now, now)
                continue
            key = "updated" if item is not None else "created"
            self.report.up[key] += 1
            self._remember(rendered.ical_uid, snapshot.uid, rendered.kind, href, new_etag,
                           todo.due if todo else snapshot.start, todo.done if todo else None, rendered.content_hash)
            return
        raise SyncError("An item kept changing on the server; it will be merged at the next sync.",
                        SyncErrorKind.CONFLICT)

    def _merge_event_conflict(self, item: store.SyncItem | None, snapshot: InterviewSnapshot, text: str,
                              entry: store.QueuedInterview) -> tuple[InterviewSnapshot, Rendered]:
        """The event changed on the server since we last saw it: its time merges, the rest is ours."""
        self.report.conflicts_merged += 1
        remote = parse_item(text, snapshot.timezone)
        if remote is not None and isinstance(remote.due, datetime) and remote.end is not None:
            start = self._event_start(item, snapshot, remote, entry.changed_at)
            if start != snapshot.start:
                store.move_interview(snapshot.uid, start, start + (remote.end - remote.due))
                self.report.down["moved"] += 1
                snapshot = store.snapshots([snapshot.uid])[snapshot.uid]
        now = self.clock().replace(microsecond=0)
        return snapshot, render_event(snapshot, now, now)

    def _delete(self, item: store.SyncItem) -> None:
        try:
            self.dav.delete(item.href, item.etag)
        except PreconditionFailed:
            current = self.dav.get(item.href)  # changed meanwhile: deleted knowing that version
            if current is not None:
                self.dav.delete(item.href, current[1] or None)
        store.forget_item(item.ical_uid)
        self.report.up["deleted"] += 1


def _is_transport_error(exc: BaseException) -> bool:
    import niquests.exceptions as http
    from caldav.lib import error as dav_error

    return isinstance(exc, http.RequestException | dav_error.DAVError | OSError)
