"""Small input-field helpers shared by the forms."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton


def short_text(accessible_name: str, lines: int, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of plain text (an address, a reason) inside a form: Tab leaves the field."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def busy_bar(accessible_name: str) -> QProgressBar:
    """A hidden, indeterminate bar shown while a server is asked (no server gives a useful percentage)."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setMaximumWidth(120)
    bar.setAccessibleName(accessible_name)
    bar.hide()
    return bar


def button_with_busy_bar(button: QPushButton, bar: QProgressBar) -> QHBoxLayout:
    """The button, its busy bar beside it, then space: one row of a settings form."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(bar)
    row.addStretch(1)
    return row


def split_pasted_mailbox(address: QLineEdit, name: QLineEdit) -> None:
    """"Dana Reyes <dana@example.com>" pasted or typed into `address` becomes the bare address, and
    the name goes into `name` when that is still empty. Connect before any handler that stores the
    fields, so it stores them split."""
    from ...domain.addresses import split_name_address

    def edited(text: str) -> None:
        if "<" not in text and "(" not in text:
            return
        found = split_name_address(text)
        if found is None:
            return
        who, bare = found
        address.setText(bare)
        if who and not name.text().strip():
            name.setText(who)

    address.textEdited.connect(edited)
