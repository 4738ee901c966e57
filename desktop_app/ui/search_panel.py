"""Search results: grouped by interview, the matching words highlighted.

The box searches as the user types (after a short pause, so fast typists do not
queue a query per key); an FTS5 query on 10,000 interviews takes a few milliseconds.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..domain.debrief import SECTION_TITLES
from ..store.search import HIT_END, HIT_START, HitGroup, SearchHit, search_grouped
from .formatting import date_text, local
from .labels import plain_label

DEBOUNCE_MS = 150
_ROLE = Qt.ItemDataRole.UserRole


def snippet_html(snippet: str) -> str:
    """Escape everything the user wrote, then mark the matches (the only markup)."""
    escaped = html.escape(snippet).replace("\n", " · ")
    return escaped.replace(HIT_START, "<b><u>").replace(HIT_END, "</u></b>")


def source_label(hit: SearchHit) -> str:
    if hit.source == "interview":
        return "Interview"
    if hit.source.startswith("person:"):
        return "Interviewer"
    if hit.source == "questions":
        return "Open questions"
    if hit.source == "referrals":
        return "Referrals"
    return SECTION_TITLES.get(hit.source, hit.source)


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


class SearchPanel(QWidget):
    #: (interview id, source) of the result the user opened
    result_activated = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = plain_label()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Search results")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.text = ""
        self.tree.itemActivated.connect(self._activated)

    def request(self, text: str) -> None:
        self.text = text
        self.timer.start()

    def run(self) -> None:
        self.timer.stop()
        self.show_groups(search_grouped(self.text))

    def show_groups(self, groups: list[HitGroup]) -> None:
        self.tree.clear()
        total = sum(len(g.hits) for g in groups)
        if not groups:
            self.summary.setText(f"No notes, people or companies match “{self.text.strip()}”.")
            return
        self.summary.setText(f"{total} matches in {len(groups)} interviews" if total > 1 else "1 match")
        for group in groups:
            title = " — ".join(p for p in (group.company, group.role) if p)
            top = QTreeWidgetItem([f"{title}   ({date_text(local(group.start).date(), long=False)})"])
            top.setData(0, _ROLE, (group.interview_id, "interview"))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for hit in group.hits:
                child = QTreeWidgetItem(top)
                child.setData(0, _ROLE, (hit.interview_id, hit.source))
                label = QLabel(f"<i>{html.escape(source_label(hit))}:</i> {snippet_html(hit.snippet)}")
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setWordWrap(True)
                plain = hit.snippet.replace(HIT_START, "").replace(HIT_END, "")
                label.setAccessibleName(f"{source_label(hit)}: {plain}")
                child.setText(0, "")
                self.tree.setItemWidget(child, 0, label)
            top.setExpanded(True)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Word-wrapped labels in a tree need their row heights set for the current width."""
        width = max(100, self.tree.viewport().width() - 2 * self.tree.indentation())
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                label = self.tree.itemWidget(child, 0)
                if label is not None:
                    child.setSizeHint(0, QSize(width, label.heightForWidth(width) + 4))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_rows()

    def _activated(self, item: QTreeWidgetItem) -> None:
        interview_id, source = item.data(0, _ROLE)
        self.result_activated.emit(int(interview_id), str(source))
