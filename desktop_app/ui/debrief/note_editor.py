"""A plain-text note field where any line can be flagged as a talking point.

Plain text on purpose: markup typed or pasted into notes is kept literally and never
rendered. Flagged lines (starting with ★) are shown bold on a tinted background.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...domain.debrief import MAX_NOTE_CHARS, is_talking_point, toggle_talking_point

TOGGLE_SHORTCUT = "Ctrl+T"


class TalkingPointHighlighter(QSyntaxHighlighter):
    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        if is_talking_point(text):
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(QColor(250, 204, 21, 70))  # translucent amber: readable light and dark
            self.setFormat(0, len(text), fmt)


class NoteEditor(QPlainTextEdit):
    #: a paste or drop refused because the note would exceed MAX_NOTE_CHARS: the message to show
    refused = Signal(str)

    def __init__(self, accessible_name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._highlighter = TalkingPointHighlighter(self.document())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Handled here rather than by a window shortcut, so it works in any window that
        # hosts a note and cannot clash with the main window's Ctrl+T (Today).
        if QKeySequence(event.keyCombination()).matches(QKeySequence(TOGGLE_SHORTCUT)) == (
                QKeySequence.SequenceMatch.ExactMatch):
            self.toggle_talking_point()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        """A paste or drop that would make the note longer than the cap is refused, with a reason."""
        incoming = len(source.text()) if source.hasText() else 0
        cursor = self.textCursor()
        after = self.document().characterCount() - 1 - abs(cursor.selectionEnd() - cursor.selectionStart()) + incoming
        if after > MAX_NOTE_CHARS:
            self.refused.emit(QCoreApplication.translate(
                "NoteEditor", "Not pasted: this note would have {0:,} characters; one note holds at most {1:,} "
                "(about a megabyte). Paste a shorter part.").format(after, MAX_NOTE_CHARS))
            return
        super().insertFromMimeData(source)

    def toggle_talking_point(self) -> None:
        """Flag or unflag every line the cursor or selection touches (one undo step)."""
        cursor = self.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        block = self.document().findBlock(start)
        last = self.document().findBlock(end)
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        while block.isValid():
            line = QTextCursor(block)
            line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            line.insertText(toggle_talking_point(block.text()))
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()
