"""The toolbar's search field (kept apart so the results panel loads on first use)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget


class SearchBox(QLineEdit):
    """The toolbar's search field; Escape clears it (and so closes the results)."""

    #: the box got the focus: typing comes next, so the results panel is built now, not on the first key
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search notes, people, companies (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search"))
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):  # Qt's clear button is icon-only: name it for screen readers
            button.setAccessibleName(self.tr("Clear the search"))
        self.setMaximumWidth(320)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        QTimer.singleShot(0, self.focused.emit)  # after the focus change is painted

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
