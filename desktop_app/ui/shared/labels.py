"""Small label helpers shared by the panels, so headings look the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def heading(scale: float = 1.2, name: str = "") -> QLabel:
    """A bold, larger, plain-text label (user text in it is never read as markup)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def plain_label(text: str = "") -> QLabel:
    """A label for text that may contain what the user typed: never interpreted as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def menu_text(text: str) -> str:
    """Text for a menu entry, button or group title: a "&" in a name is shown, not made a shortcut."""
    return text.replace("&", "&&")


def plain_text_labels(widget: QWidget) -> None:
    """Make every label inside a stock dialog (QInputDialog, QMessageBox) plain text.

    Their labels are Qt.AutoText, which shows "<b>" in a name from a file as bold; there is no
    setter for it on QInputDialog.
    """
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def hint(text: str = "", centered: bool = False) -> QLabel:
    """A quieter, wrapped explanation: empty states and notes beside a form (legible: 4.5:1 or more)."""
    from .quiet_text import QuietLabel

    label = QuietLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if centered:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
