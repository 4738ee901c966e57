"""The draft checker's findings beside a draft (e-mail or card), live as the user types.

Each finding says what is wrong and how to fix it; activating it selects the spot in the
text. The rules are domain/draft_checker.py; this widget only shows them. Windows ask
`findings()` before sending or printing, so the user is asked once with the whole list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.draft_checker import DraftFacts, Finding, check_draft
from .finding_words import FindingWords

_FINDING = Qt.ItemDataRole.UserRole
#: Typing pauses this long before the draft is checked again (the checks are cheap, the list redraw is not).
RECHECK_MS = 250


def qt_position(text: str, index: int) -> int:
    """A Python string index as a QTextDocument position (UTF-16 units: an emoji counts twice)."""
    return len(text[:index].encode("utf-16-le")) // 2


class DraftCheckerPanel(QWidget):
    def __init__(self, editor: QPlainTextEdit, facts: Callable[[], DraftFacts],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.facts = facts
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Draft check"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setToolTip(self.tr("Click a finding to select the spot in the text"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.refresh)
        editor.textChanged.connect(self._text_changed)
        self.list.itemClicked.connect(self.show_spot)
        self.list.itemActivated.connect(self.show_spot)
        self._findings: list[Finding] = []
        self.words = FindingWords(self)
        self.refresh()

    def _text_changed(self) -> None:
        """Typing is checked after a pause; a draft filled in before the window shows is checked at
        once, so the window never opens on the findings of an empty text."""
        if self.isVisible():
            self.timer.start()
        else:
            self.refresh()

    def findings(self) -> list[Finding]:
        """The findings for the text as it is now (checked again, not the last shown list)."""
        self.refresh()
        return list(self._findings)

    def refresh(self) -> None:
        self.timer.stop()
        self._findings = check_draft(self.editor.toPlainText(), self.facts())
        self.list.clear()
        for finding in self._findings:
            message, fix = self.words.parts(finding)
            item = QListWidgetItem(f"{message}\n→ {fix}")
            item.setData(_FINDING, finding)
            item.setToolTip(f"{message} {fix}")
            self.list.addItem(item)
        count = len(self._findings)
        if count == 0:
            self.title.setText(self.tr("Draft check: nothing to fix"))
            calm = QListWidgetItem(self.tr("Name, company and role as on the interview, a specific point, the "
                                           "answers owed, no one else's notes, no stock filler, a good length."))
            calm.setFlags(Qt.ItemFlag.NoItemFlags)  # a statement, not a finding to click
            self.list.addItem(calm)
        else:
            self.title.setText(self.tr("Draft check: %n to look at", "", count))

    def show_spot(self, item: QListWidgetItem) -> None:
        finding = item.data(_FINDING)
        if not isinstance(finding, Finding):
            return
        text = self.editor.toPlainText()
        cursor = QTextCursor(self.editor.document())
        start = min(finding.start, len(text))
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, min(finding.end, len(text))), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
