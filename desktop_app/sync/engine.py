"""One sync: changes from the server come down first, then the queue goes up.

Down (pull.py): what changed on the server since the last sync-token or ctag, merged in.

Up (push): each queued interview's event and todos are rendered; only those whose content
changed are written, with `If-Match` (or `If-None-Match: *` when new). A 412 means someone
else wrote: the server's copy is read, merged, and written on top of *that* version, so no
change is overwritten unseen. A queue row is removed only when all its items are up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from ..domain.sync_rules import (
    GONE_PREFIX,
    MARKER_KIND,
    MARKER_LIFETIME,
    InterviewSnapshot,
    TodoSnapshot,
    TodoState,
    href_name,
    merge_todo,
)
from ..store import sync_store as store
from .dav import Dav, PreconditionFailed
from .errors import SyncError, SyncErrorKind, classify
from .ical_items import (
    RemoteItem,
    Rendered,
    due_as_datetime,
    parse_item,
    render_deletion_marker,
    render_event,
    render_todo,
)
from .pull import PullSide
from .report import SyncReport

__all__ = ["SyncEngine", "SyncReport"]

#: Failures after which the rest of the queue is not tried now (it would fail the same way).
_FATAL = {SyncErrorKind.AUTHENTICATION, SyncErrorKind.TLS, SyncErrorKind.UNREACHABLE, SyncErrorKind.TIMEOUT}
_BATCH = 200


class SyncEngine(PullSide):
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
        self.adopted: set[str] = set()

    # -- the whole run -------------------------------------------------------------------------

    def run(self) -> SyncReport:
        self.report = SyncReport()
        try:
            self.pull()
            self.push()
            self.expire_markers()
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
                # Done steps go up too (COMPLETED): a second computer adopting the interview shows them done.
                wanted.append((render_todo(snapshot, todo, now, changed), todo))
        for rendered, step in wanted:
            item = existing.pop(rendered.ical_uid, None)
            if item is not None and item.href.startswith(GONE_PREFIX):
                if step is not None and step.done is not None:
                    continue  # done, and its todo deleted elsewhere: stays gone
                item = None  # reopened since: it goes up again, as new
            if item is not None and item.content_hash == rendered.content_hash:
                continue
            assert snapshot is not None  # `wanted` is empty without it
            try:
                self._put(rendered, item, snapshot, step, entry)
            except _DeletedElsewhere as marker:
                # Deleted on another computer while this one changed it: to the trash here (Undo brings
                # it back), and what this interview still has on the server goes, as after any deletion.
                self._take_marker(item, marker.remote, entry.interview_uid, marker.href, marker.etag)
                self._push_interview(entry, None)
                return
        # The event first: a deleted interview's marker is up before its todos go (docs/SYNC.md).
        for item in sorted(existing.values(), key=lambda i: i.kind != "event"):
            if item.href.startswith(GONE_PREFIX):
                store.forget_item(item.ical_uid)
            elif item.kind == MARKER_KIND:
                continue  # a deletion marker stays until it expires (expire_markers)
            elif snapshot is None and item.kind == "event":
                self._mark_deleted(item)
            else:
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
                if rendered.kind == "event" and item is not None:
                    remote_event = parse_item(text)
                    if remote_event is not None and remote_event.deleted_at is not None:
                        raise _DeletedElsewhere(remote_event, href, etag) from None
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
                            todo = replace(todo, due=merged.state.due, done=merged.state.done,
                                           remind=todo.remind + (merged.state.due - todo.due))
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

    def _mark_deleted(self, item: store.SyncItem) -> None:
        """The interview was deleted here: its event becomes a deletion marker, so another computer that
        still has it moves it to its trash instead of putting it back (docs/SYNC.md)."""
        now = self.clock().replace(microsecond=0)
        rendered = render_deletion_marker(item.interview_uid, item.due or now, now)
        etag: str | None = item.etag or None
        for _attempt in range(4):
            try:
                new_etag = self.dav.put(item.href, rendered.body, etag)
            except PreconditionFailed:
                current = self.dav.get(item.href)  # changed meanwhile: deleted knowing that version
                if current is None:
                    store.forget_item(item.ical_uid)  # already gone there: nothing to mark
                    return
                etag = current[1] or None
                continue
            self._remember(item.ical_uid, item.interview_uid, MARKER_KIND, item.href, new_etag, now, None, "")
            self.report.up["deleted"] += 1
            return
        raise SyncError("An item kept changing on the server; it will be merged at the next sync.",
                        SyncErrorKind.CONFLICT)

    def expire_markers(self) -> None:
        """Deletion markers older than their lifetime go, so the server ends empty of the interview.
        One that is no longer a marker (the other computer brought the interview back) is left alone."""
        for item in store.expired_markers(self.clock() - MARKER_LIFETIME):
            try:
                self.dav.delete(item.href, item.etag or None)
            except PreconditionFailed:
                current = self.dav.get(item.href)
                if current is not None and _is_marker(current[0]):
                    self.dav.delete(item.href, current[1] or None)
            store.forget_item(item.ical_uid)

    def _delete(self, item: store.SyncItem) -> None:
        try:
            self.dav.delete(item.href, item.etag)
        except PreconditionFailed:
            current = self.dav.get(item.href)  # changed meanwhile: deleted knowing that version
            if current is not None:
                self.dav.delete(item.href, current[1] or None)
        store.forget_item(item.ical_uid)
        self.report.up["deleted"] += 1


class _DeletedElsewhere(Exception):  # noqa: N818 - a signal inside the push, never raised out of it
    """The event we meant to update is another computer's deletion marker: never written over."""

    def __init__(self, remote: RemoteItem, href: str, etag: str) -> None:
        super().__init__(href)
        self.remote, self.href, self.etag = remote, href, etag


def _is_marker(text: str) -> bool:
    remote = parse_item(text)
    return remote is not None and remote.deleted_at is not None


def _is_transport_error(exc: BaseException) -> bool:
    from .webdav import TRANSPORT_ERRORS

    return isinstance(exc, TRANSPORT_ERRORS)
