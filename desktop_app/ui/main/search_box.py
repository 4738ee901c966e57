"""The toolbar's search field (kept apart so the results panel loads on first use)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """The toolbar's search field; Escape clears it (and so closes the results)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Search notes, people, companies (Ctrl+F)")
        self.setAccessibleName("Search")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(320)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
