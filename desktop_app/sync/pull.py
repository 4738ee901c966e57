"""The down half of a sync: what changed on the server since the last look, merged into the app.

The collection's changes since the last sync-token (RFC 6578), or, on servers without it, nothing
when the ctag is unchanged, else a listing of ETags. With interviews and follow-ups in two
collections of one calendar home, one PROPFIND (Depth 1) on the home first reads every
collection's sync-token and ctag, and only a collection whose value moved is asked for changes:
a sync with nothing new is one request either way. Only objects whose ETag moved are fetched
(calendar-multiget). A todo ticked or moved elsewhere is merged field by field
(domain/sync_rules.merge_todo), an interview moved elsewhere by the same rule; one deleted
elsewhere is put back unless its step is done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from urllib.parse import unquote

from ..domain.sync_rules import (
    MARKER_KIND,
    InterviewSnapshot,
    Merged,
    TodoSnapshot,
    TodoState,
    gone_href,
    is_our_href,
    merge_todo,
)
from ..store import sync_store as store
from ..store.sync_adopt import adopt_step, take_todo_state
from .adopt import adopt_event
from .dav import Changes, Dav, SyncTokenInvalid
from .ical_items import RemoteItem, due_as_datetime, parse_item, render_event, render_todo
from .report import SyncReport
from .webdav import HttpStatusError


class PullSide:
    """The pull methods of SyncEngine (a base class, so each half stays readable on its own)."""

    dav: Dav
    report: SyncReport
    event_url: str
    todo_url: str
    use_sync_token: bool
    clock: Callable[[], datetime]
    adopted: set[str]  # interviews of another Finish Strong created here during this run

    def pull(self) -> None:
        urls = list(dict.fromkeys((self.event_url, self.todo_url)))
        states = {url: store.collection_state(url) for url in urls}
        modes = {state.mode if self.use_sync_token else "ctag" for state in states.values()}
        want_ctag = bool(modes & {"", "ctag"})  # a sync-token mode needs no ctag, and the reverse
        seen = self._states_at_once(urls, want_ctag, bool(modes & {"", "sync-token"}))
        for url in urls:
            state = states[url]
            if url in seen and self._unchanged(state, seen[url]):
                continue
            changes = self._changes(url, state, seen.get(url) if want_ctag else None)
            self._take_changes(url, changes)
            store.save_collection_state(state)  # only once applied: a failure reads them again

    def _states_at_once(self, urls: list[str], ctag: bool, token: bool) -> dict[str, tuple[str | None, str | None]]:
        """(ctag, sync-token) of two collections with one parent, in one request; {} when there is one
        collection (its sync-collection REPORT is one request already) or the server will not list them."""
        parents = {url.rstrip("/").rsplit("/", 1)[0] + "/" for url in urls}
        if len(urls) < 2 or len(parents) != 1:
            return {}
        try:
            found = self.dav.child_states(parents.pop(), ctag, token)
        except HttpStatusError as exc:
            if exc.status in (401, 407) or exc.status >= 500:
                raise
            return {}  # e.g. 403 on the home: ask each collection
        # The server may spell a collection's path otherwise (%40 for @): compare them unquoted.
        by_path = {unquote(href): state for href, state in found.items()}
        return {url: by_path[unquote(url)] for url in urls if unquote(url) in by_path}

    def _unchanged(self, state: store.SyncCollection, seen: tuple[str | None, str | None]) -> bool:
        """RFC 6578 section 4: the DAV:sync-token property is the token a REPORT would return now."""
        ctag, token = seen
        if state.mode == "sync-token" and self.use_sync_token:
            return token is not None and token == state.sync_token
        return state.mode == "ctag" and ctag is not None and ctag == state.ctag

    def _changes(self, url: str, state: store.SyncCollection,
                 seen: tuple[str | None, str | None] | None = None) -> Changes:
        if self.use_sync_token and state.mode in ("", "sync-token"):
            token = state.sync_token if state.mode == "sync-token" else None
            try:
                changes = self.dav.all_changes(url, token)
            except SyncTokenInvalid:
                changes = None
                if token is not None:  # expired: start over with a full listing by sync-collection
                    try:
                        changes = self.dav.all_changes(url, None)
                    except SyncTokenInvalid:
                        changes = None
            if changes is not None:
                state.mode, state.sync_token = "sync-token", changes.token
                return changes
            state.mode, state.sync_token = "ctag", None
        ctag = seen[0] if seen is not None else self.dav.collection_state(url)[0]
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
        fetched = [(href, etag, parse_item(data)) for href, (etag, data) in self.dav.multiget(url, fetch).items()]
        fetched.sort(key=lambda f: f[2] is None or f[2].kind != "event")  # an interview before its todos
        for href, etag, remote in fetched:
            if remote is not None and remote.ical_uid:
                self._take_remote(href, etag, remote)
        for href in deleted:
            if href in known:
                self._remote_deleted(known[href])

    def _take_remote(self, href: str, etag: str, remote: RemoteItem) -> None:
        item = store.item_by_uid(remote.ical_uid)
        interview_uid = item.interview_uid if item else remote.interview_uid
        if interview_uid is None:
            return
        if item is not None and item.kind == MARKER_KIND and remote.deleted_at is None:
            store.forget_item(item.ical_uid)  # the other computer brought it back: the marker is no more
            return
        if remote.kind == "event" and remote.deleted_at is not None:
            self._take_marker(item, remote, interview_uid, href, etag)
            return
        snapshot = store.snapshots([interview_uid]).get(interview_uid)
        if snapshot is None:
            # Another Finish Strong's interview (docs/SYNC.md): created here from what its event carries.
            # Deleted here, or not ours: left alone (the push removes what this folder deleted).
            if item is not None or remote.kind != "event" or not adopt_event(remote):
                return
            self.adopted.add(interview_uid)
            snapshot = store.snapshots([interview_uid])[interview_uid]
        if remote.kind == "event":
            self._take_event(item, remote, snapshot, href, etag)
            return
        if interview_uid in self.adopted:
            self._take_adopted_todo(remote, interview_uid, href, etag)
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

    def _take_marker(self, item: store.SyncItem | None, remote: RemoteItem, interview_uid: str, href: str,
                     etag: str) -> None:
        """Another Finish Strong deleted this interview (its event is a deletion marker): here it goes to
        the trash as the app's own Delete puts it (Undo brings it back until the usual purge), and its
        todos, which that computer deletes too, are not put back. A phone never writes a marker."""
        if item is None and interview_uid not in store.snapshots([interview_uid]):
            return  # never had it here (or deleted it too): nothing to do, nothing to remember
        trashed = store.trash_interview(interview_uid, self.clock().replace(microsecond=0))
        if trashed is not None:
            self.report.down["deleted"] += 1
            self.report.trashed.append(trashed)
        self._remember(remote.ical_uid, interview_uid, MARKER_KIND, href, etag,
                       remote.deleted_at or self.clock(), None, "")

    def _take_adopted_todo(self, remote: RemoteItem, interview_uid: str, href: str, etag: str) -> None:
        """A todo of an interview adopted in this sync: its deadline, reminder and completion as the
        server has them (the other computer's plan), so neither side has anything to write afterwards."""
        follow_up_id = adopt_step(interview_uid, remote.data or {})
        snapshot = store.snapshots([interview_uid])[interview_uid]
        todo = next((t for t in snapshot.todos if t.follow_up_id == follow_up_id), None)
        if todo is None or remote.due is None or todo.ical_uid != remote.ical_uid:
            return
        due = due_as_datetime(remote.due, todo.due, snapshot.timezone)
        take_todo_state(todo.follow_up_id, due, remote.remind, remote.done)
        self.report.down["adopted"] += 1
        self._remember(todo.ical_uid, interview_uid, "todo", href, etag, due, remote.done,
                       self._hash_of(interview_uid, todo.ical_uid))

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
        if item is None and snapshot.uid in self.adopted:  # made from this very event: nothing to write back
            now = self.clock()
            content_hash = render_event(snapshot, now, now).content_hash
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
        if item.kind == MARKER_KIND:
            return  # a deletion marker removed (expired, or by a phone): nothing to put back
        snapshot = store.snapshots([item.interview_uid]).get(item.interview_uid)
        if snapshot is None:
            return
        todo = next((t for t in snapshot.todos if t.ical_uid == item.ical_uid), None)
        if item.kind == "todo" and (todo is None or todo.done is not None):
            if todo is not None:  # a done step's todo may go; the app keeps the record and does not put it back
                self._remember(item.ical_uid, item.interview_uid, "todo", gone_href(item.ical_uid), "",
                               item.due, item.done, "")
            return
        store.enqueue([item.interview_uid])  # the app owns the plan: it goes back up
        self.report.down["restored"] += 1
