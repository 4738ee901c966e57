"""Undoable edits: deleting an interview and ticking a follow-up.

Deleting only hides the interview (a soft delete) so Undo can bring it back with its
plan intact; the window purges hidden interviews when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QUndoCommand

from ..store.follow_up_queries import set_done
from ..store.interviews import delete_interview, restore_interview


class DeleteInterviewCommand(QUndoCommand):
    def __init__(self, interview_id: int, label: str, changed: Callable[[], None]) -> None:
        super().__init__(f"Delete {label}")
        self.interview_id = interview_id
        self.changed = changed

    def redo(self) -> None:
        delete_interview(self.interview_id)
        self.changed()

    def undo(self) -> None:
        restore_interview(self.interview_id)
        self.changed()


class ToggleDoneCommand(QUndoCommand):
    def __init__(
        self, follow_up_id: int, done_at: datetime | None, was: datetime | None, changed: Callable[[], None]
    ) -> None:
        super().__init__("Tick follow-up" if done_at else "Reopen follow-up")
        self.follow_up_id = follow_up_id
        self.done_at = done_at
        self.was = was
        self.changed = changed

    def redo(self) -> None:
        set_done(self.follow_up_id, self.done_at)
        self.changed()

    def undo(self) -> None:
        set_done(self.follow_up_id, self.was)
        self.changed()
