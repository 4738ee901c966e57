"""Keeps one debrief window per interview: opening it again brings the same one forward."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..shared.window_front import bring_forward

if TYPE_CHECKING:
    from .debrief_window import DebriefWindow

#: Which debrief tab a search hit's source opens.
TAB_FOR_SOURCE = {"questions": 2, "referrals": 3}


class DebriefWindows(QObject):
    plan_changed = Signal()

    def __init__(self, owner: QWidget, clock: Callable[[], datetime]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.clock = clock
        self.windows: dict[int, DebriefWindow] = {}

    def open(self, interview_id: int, source: str | None = None, show_earlier: bool = False) -> DebriefWindow:
        window = self.windows.get(interview_id)
        if window is None:
            from .debrief_window import DebriefWindow  # not needed for the first paint

            window = DebriefWindow(interview_id, self.clock, self.owner)
            window.plan_changed.connect(self.plan_changed)
            window.closed.connect(lambda i: self.windows.pop(i, None))
            self.windows[interview_id] = window
        if source is not None:
            tab = 1 if source.startswith("person:") else TAB_FOR_SOURCE.get(source, 0)
            window.tabs.setCurrentIndex(tab)
            editor = window.sections.get(source)
            if editor is not None:
                editor.setFocus()
        if show_earlier:
            window.earlier_button.setChecked(True)
        bring_forward(window)
        return window

    def close_all(self) -> bool:
        """Close every debrief (each saves first); False if one could not save."""
        for window in list(self.windows.values()):
            if not window.close():
                return False
        return True
