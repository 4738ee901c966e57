"""One thank-you compose window per interview, and the session's password store.

Opened from Edit > Thank-you e-mail (Ctrl+M), a double-click on a checklist's e-mail row,
and a thank-you reminder's Open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..shared.window_front import bring_forward

if TYPE_CHECKING:
    from ...mail.secrets import PasswordStore
    from .compose_window import ComposeWindow


class ComposeWindows(QObject):
    plan_changed = Signal()

    def __init__(self, owner: QWidget, clock: Callable[[], datetime], drafts_folder: Path) -> None:
        super().__init__(owner)
        self.owner = owner
        self.clock = clock
        self.drafts_folder = drafts_folder
        self.windows: dict[int, ComposeWindow] = {}
        self._passwords: PasswordStore | None = None

    @property
    def passwords(self) -> PasswordStore:
        """Shared by every window and the settings page: the session-only password lives here."""
        if self._passwords is None:
            from ...mail.secrets import PasswordStore

            self._passwords = PasswordStore()
        return self._passwords

    def open(self, interview_id: int, person_id: int | None = None) -> ComposeWindow:
        window = self.windows.get(interview_id)
        if window is None:
            from .compose_window import ComposeWindow  # not needed for the first paint

            window = ComposeWindow(interview_id, self.clock, self.passwords, self.drafts_folder, self.owner)
            window.plan_changed.connect(self.plan_changed)
            window.closed.connect(lambda i: self.windows.pop(i, None))
            self.windows[interview_id] = window
        if person_id is not None:
            window.select_person(person_id)
        bring_forward(window)
        return window

    def close_all(self) -> bool:
        return all(window.close() for window in list(self.windows.values()))
