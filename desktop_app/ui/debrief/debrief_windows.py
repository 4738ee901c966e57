"""Opens step 1's debrief window: one per interview, kept by the editor registry.

Opening it again brings the same one forward (the registry's key is ("debrief", interview_id));
a restore, import or delete closes or rebuilds it there (ui/shared/editor_registry.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..shared.editor_registry import EditorRegistry
    from .debrief_window import DebriefWindow

#: Which debrief tab a search hit's source opens.
TAB_FOR_SOURCE = {"questions": 2, "referrals": 3}


class DebriefWindows(QObject):
    plan_changed = Signal()

    def __init__(self, owner: QWidget, clock: Callable[[], datetime], editors: EditorRegistry) -> None:
        super().__init__(owner)
        self.owner = owner
        self.clock = clock
        self.editors = editors

    @property
    def windows(self) -> dict[int, DebriefWindow]:
        """The open debriefs by interview (a read-only view of the registry)."""
        return {key[1]: w for key, w in self.editors.windows() if key[0] == "debrief"}  # type: ignore[misc]

    def _create(self, interview_id: int) -> DebriefWindow:
        from .debrief_window import DebriefWindow  # not needed for the first paint

        window = DebriefWindow(interview_id, self.clock, self.owner)
        window.plan_changed.connect(self.plan_changed)
        return window

    def open(self, interview_id: int, source: str | None = None, show_earlier: bool = False) -> DebriefWindow:
        window = self.editors.open(("debrief", interview_id), lambda: self._create(interview_id), interview_id)
        if source is not None:
            tab = 1 if source.startswith("person:") else TAB_FOR_SOURCE.get(source, 0)
            window.tabs.setCurrentIndex(tab)
            editor = window.sections.get(source)
            if editor is not None:
                editor.setFocus()
        if show_earlier:
            window.earlier_button.setChecked(True)
        return window
