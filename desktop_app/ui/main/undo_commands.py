"""Undoable edits: deleting an interview and ticking a follow-up.

Deleting only hides the interview (a soft delete) so Undo can bring it back with its
plan intact; the window purges hidden interviews when it closes. Commands see the window
through `WindowServices`: they report failures with its `show_error`, announce changes on
its events, and let its editor registry close or rebuild the editors of what they change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ...domain.model import Interview
from ...store.follow_up_queries import set_done
from ...store.interviews import delete_interview, reopen_follow_up, restore_interview, save_interview
from ..shared.errors import ENVIRONMENT_ERRORS, describe

if TYPE_CHECKING:
    from ..shared.window_services import WindowServices


class StoreCommand(QUndoCommand):
    """A command whose redo/undo writes to the database and may fail for outside reasons.

    A failed first redo makes the command obsolete, so QUndoStack drops it instead of
    keeping an entry for a change that never happened; the user is told why.
    """

    def __init__(self, text: str, window: WindowServices) -> None:
        super().__init__(text)
        self.window = window

    def changed(self) -> None:
        self.window.events.data_changed.emit()

    def _safely(self, action: Callable[[], object], changed: Callable[[], None]) -> None:
        try:
            action()
        except ENVIRONMENT_ERRORS as exc:
            self.setObsolete(True)
            self.window.show_error(describe(exc))
            return
        changed()


class DeleteInterviewCommand(StoreCommand):
    def __init__(self, interview_id: int, label: str, window: WindowServices) -> None:
        super().__init__(f"Delete {label}", window)
        self.interview_id = interview_id

    def redo(self) -> None:
        # Its editors store what they hold while the row is still theirs, then close.
        if not self.window.editors.close_for(self.interview_id):
            self.setObsolete(True)  # one could not save: nothing is deleted, its status line says why
            return
        self._safely(lambda: delete_interview(self.interview_id), self.changed)

    def undo(self) -> None:
        self._safely(lambda: restore_interview(self.interview_id), self.changed)


class ToggleDoneCommand(StoreCommand):
    def __init__(
        self, follow_up_id: int, done_at: datetime | None, was: datetime | None, window: WindowServices
    ) -> None:
        super().__init__("Tick follow-up" if done_at else "Reopen follow-up", window)
        self.follow_up_id = follow_up_id
        self.done_at = done_at
        self.was = was

    def redo(self) -> None:
        self._apply(self.done_at)

    def undo(self) -> None:
        self._apply(self.was)

    def _apply(self, done_at: datetime | None) -> None:
        def write() -> None:
            if done_at is None:
                reopen_follow_up(self.follow_up_id)  # back to the deadline the plan gives it now
            else:
                set_done(self.follow_up_id, done_at)

        self._safely(write, self.changed)


class EditInterviewCommand(StoreCommand):
    """An edit made in the form; undo saves the interview as it was before (plan included)."""

    def __init__(self, before: Interview, after: Interview, window: WindowServices) -> None:
        super().__init__(f"Edit {before.company}", window)
        self.before = before
        self.after = after
        self._done_by_form = True

    def redo(self) -> None:
        if self._done_by_form:  # the form already saved it when the command was pushed
            self._done_by_form = False
            return
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)

    def _save(self, interview: Interview) -> None:
        """Interviewers may come or go: editors store first, then close or rebuild to match."""
        editors = self.window.editors
        editors.save_all()

        def changed() -> None:
            editors.reconcile()
            self.changed()

        self._safely(lambda: save_interview(interview), changed)
