"""The one owner of every open editor window: debrief, thank-you e-mail, card, envelope, any later kind.

Windows are keyed by what they edit — ("debrief", interview_id), ("compose", interview_id),
("card", interview_id, person_id), ("envelope", interview_id, person_id) — so opening one
again brings the same window forward. Every action that replaces or removes data goes
through here:

- before it: `save_all()` (restore, import) or `close_for()` (deleting an interview or a
  person), so what was typed is stored while its row is still the one the window loaded;
- after it: `reconcile()`. A window whose interview (or person) is gone, or now has another
  `uid` under the same id, closes without writing; a window whose rows were replaced by a
  newer version (restore, import) or whose interviewers changed is built again from the
  database at the same place on screen.

Each window also gets a guard on its autosaver (see autosave.py), so even a change made
behind the app's back (the command line, another device) cannot make it write to a row it
did not load.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...store.row_identity import RowIdentity, row_identity
from .window_front import bring_forward

EditorKey = tuple[object, ...]
W = TypeVar("W", bound=QWidget)


class _All:
    """`reconcile(reload=ALL)`: every window's rows were replaced (a restore)."""


ALL = _All()


@dataclass
class _Entry:
    key: EditorKey
    window: QWidget
    create: Callable[[], QWidget]
    interview_id: int
    person_id: int | None
    loaded: RowIdentity | None
    #: Whether the window can be built again in place; a dialog that belongs to another editor cannot.
    reloadable: bool


class EditorRegistry(QObject):
    """Owned by the main window; helpers reach it through the narrow `WindowServices`."""

    #: A window was closed or rebuilt because its data were replaced or removed (for the status bar).
    editors_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[EditorKey, _Entry] = {}

    # ------------------------------------------------------------------ opening
    def get(self, key: EditorKey) -> QWidget | None:
        entry = self._entries.get(key)
        return entry.window if entry is not None else None

    def open(self, key: EditorKey, create: Callable[[], W], interview_id: int, person_id: int | None = None,
             reloadable: bool = True) -> W:
        """The open window for `key` brought forward, or a new one from `create()`."""
        existing = self._entries.get(key)
        if existing is not None:
            bring_forward(existing.window)
            return existing.window  # type: ignore[return-value]  # the same `create` made it
        window = create()
        self._add(_Entry(key, window, create, interview_id, person_id, row_identity(interview_id), reloadable))
        bring_forward(window)
        return window

    def _add(self, entry: _Entry) -> None:
        self._entries[entry.key] = entry
        window = entry.window
        forget = lambda *_args, e=entry: self._forget(e)  # noqa: E731
        closed = getattr(window, "closed", None)
        if closed is not None:
            closed.connect(forget)
        if isinstance(window, QDialog):
            window.finished.connect(forget)
        window.destroyed.connect(forget)
        autosaver = getattr(window, "autosaver", None)
        if autosaver is not None:
            autosaver.guard = lambda e=entry: self._still_loaded(e, row_identity(e.interview_id))
            # Queued: the autosaver is inside its own flush when it finds out.
            autosaver.orphaned.connect(lambda: QTimer.singleShot(0, self.reconcile))

    def _forget(self, entry: _Entry) -> None:
        if self._entries.get(entry.key) is entry:
            del self._entries[entry.key]

    def windows(self) -> Iterator[tuple[EditorKey, QWidget]]:
        return ((key, entry.window) for key, entry in list(self._entries.items()))

    def __len__(self) -> int:
        return len(self._entries)

    # ------------------------------------------------------------------ before a change
    def save_all(self) -> bool:
        """Store what every window holds (their rows are still theirs); False if one could not save."""
        for entry in list(self._entries.values()):
            autosaver = getattr(entry.window, "autosaver", None)
            # flush_all: a debrief also waits for its writer thread (very long notes)
            flush = getattr(entry.window, "flush_all", None) or (autosaver.flush if autosaver is not None else None)
            if flush is not None and not flush():
                return False
        return True

    def close_all(self, save: bool = True) -> bool:
        """Close every window, each saving first; False (the rest stay open) if one could not save.

        `save=False` drops what was not stored yet: for a damaged file that nothing may write to.
        """
        for entry in self._dependents_first(list(self._entries.values())):
            if entry.key in self._entries and not self._close(entry, save=save):
                return False
        return True

    def close_for(self, interview_id: int, person_id: int | None = None) -> bool:
        """Close the windows of an interview (or of one of its people) about to be removed, saving first."""
        for entry in self._dependents_first(list(self._entries.values())):
            if entry.interview_id != interview_id:
                continue
            if person_id is not None and entry.person_id != person_id:
                continue
            if entry.key in self._entries and not self._close(entry, save=True):
                return False
        return True

    # ------------------------------------------------------------------ after a change
    def reconcile(self, reload: Collection[int] | _All = ()) -> None:
        """Bring every window in line with the database after rows were replaced or removed.

        `reload`: interviews whose rows were replaced wholesale (restore, import): their windows
        drop what they hold (it was stored before the change) and are built again.
        """
        identities: dict[int, RowIdentity | None] = {}
        for entry in self._dependents_first(list(self._entries.values())):
            if entry.key not in self._entries:
                continue  # closed with the window it belonged to
            if entry.interview_id not in identities:
                identities[entry.interview_id] = row_identity(entry.interview_id)
            now = identities[entry.interview_id]
            if not self._still_loaded(entry, now):
                self._close(entry, save=False)
                self.editors_changed.emit(self.tr("A window was closed: what it showed was replaced or removed."))
            elif isinstance(reload, _All) or entry.interview_id in reload:
                self._rebuild(entry, save=False)
            elif entry.person_id is None and now is not None and entry.loaded is not None \
                    and now.people != entry.loaded.people:
                self._rebuild(entry, save=True)  # the interviewers changed: one page per interviewer

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _still_loaded(entry: _Entry, now: RowIdentity | None) -> bool:
        loaded = entry.loaded
        if loaded is None or now is None or now.interview_uid != loaded.interview_uid:
            return False
        if entry.person_id is not None:
            return now.has_person(entry.person_id, loaded.person_uid(entry.person_id))
        return True

    def _close(self, entry: _Entry, save: bool) -> bool:
        for child in self._children_of(entry):
            self._close(child, save)
        autosaver = getattr(entry.window, "autosaver", None)
        if not save and autosaver is not None:
            autosaver.discard()
        if isinstance(entry.window, QDialog):
            entry.window.reject()
            closed = True
        else:
            closed = entry.window.close()
        if closed:
            self._forget(entry)
        return closed

    def _rebuild(self, entry: _Entry, save: bool) -> None:
        """The same window built again from the database, where the old one was."""
        if not entry.reloadable:
            self._close(entry, save)
            return
        geometry = entry.window.saveGeometry()
        if not self._close(entry, save):
            return  # could not save: it stays as it is and says why
        window = entry.create()
        window.restoreGeometry(geometry)
        self._add(_Entry(entry.key, window, entry.create, entry.interview_id, entry.person_id,
                         row_identity(entry.interview_id), entry.reloadable))
        bring_forward(window)
        self.editors_changed.emit(self.tr("A window was reloaded with the data now stored."))

    def _children_of(self, entry: _Entry) -> list[_Entry]:
        return [other for other in self._entries.values() if other is not entry and _within(other.window, entry)]

    def _dependents_first(self, entries: list[_Entry]) -> list[_Entry]:
        """Dialogs that belong to an editor before the editor (an envelope before its card)."""
        return sorted(entries, key=lambda e: 0 if any(_within(e.window, o) for o in entries if o is not e) else 1)


def _within(widget: QWidget, entry: _Entry) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is entry.window:
            return True
        parent = parent.parentWidget()
    return False
