"""Small input-field helpers shared by the forms."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def short_text(accessible_name: str, lines: int, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of plain text (an address, a reason) inside a form: Tab leaves the field."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit
