"""Opens the thank-you compose window (one per interview, kept by the editor registry under
("compose", interview_id)), and holds the session's password store.

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

if TYPE_CHECKING:
    from ...mail.secrets import PasswordStore
    from ..shared.editor_registry import EditorRegistry
    from .compose_window import ComposeWindow


class ComposeWindows(QObject):
    plan_changed = Signal()

    def __init__(self, owner: QWidget, clock: Callable[[], datetime], drafts_folder: Path,
                 editors: EditorRegistry) -> None:
        super().__init__(owner)
        self.owner = owner
        self.clock = clock
        self.drafts_folder = drafts_folder
        self.editors = editors
        self._passwords: PasswordStore | None = None

    @property
    def windows(self) -> dict[int, ComposeWindow]:
        """The open compose windows by interview (a read-only view of the registry)."""
        return {key[1]: w for key, w in self.editors.windows() if key[0] == "compose"}  # type: ignore[misc]

    @property
    def passwords(self) -> PasswordStore:
        """Shared by every window and the settings page: the session-only password lives here."""
        if self._passwords is None:
            from ...mail.secrets import PasswordStore

            self._passwords = PasswordStore()
        return self._passwords

    def _create(self, interview_id: int) -> ComposeWindow:
        from .compose_window import ComposeWindow  # not needed for the first paint

        window = ComposeWindow(interview_id, self.clock, self.passwords, self.drafts_folder, self.owner)
        window.plan_changed.connect(self.plan_changed)
        return window

    def open(self, interview_id: int, person_id: int | None = None) -> ComposeWindow:
        window = self.editors.open(("compose", interview_id), lambda: self._create(interview_id), interview_id)
        if person_id is not None:
            window.select_person(person_id)
        return window
