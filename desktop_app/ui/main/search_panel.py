"""Search results: grouped by interview, the matching words highlighted.

The box searches as the user types (after a short pause, so fast typists do not
queue a query per key). The query runs on a thread of its own (`search_runner.py`): a newer
keystroke interrupts an older query, and the window keeps painting while SQLite works. Short
or very common words are answered from the most recent matches (store/search.py), and the
panel says so: "showing the 200 most recent matches — type more to narrow".
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...store.search import HIT_END, HIT_START, HitGroup, SearchHit, SearchResults, source_title
from ..shared.announce import say
from ..shared.domain_words import domain_text
from ..shared.errors import short_reason
from ..shared.formatting import date_text, local
from ..shared.labels import plain_label

#: pyside6-lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

DEBOUNCE_MS = 150
SLICE_HITS = 25  # results added per turn of the event loop: typing never waits for all 200
_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


class HtmlDelegate(QStyledItemDelegate):
    """Paints rows that carry HTML (escaped user text plus <b> around matches), wrapped.

    Laying out rich text is the costly part of showing results, and the view asks for the
    same rows' sizes again on every insertion and resize, so sizes are cached by (text,
    width, font): each row is laid out once per width."""

    SIZE_CACHE_LIMIT = 2000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE))
        document.setTextWidth(self._width(option))
        return document

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = self.parent()
        if width <= 0 and isinstance(view, QTreeWidget):  # asked for a size before layout
            width = view.viewport().width() - 2 * view.indentation()
        return max(120, width)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = index.data(HTML_ROLE)
        if text is None:
            return super().sizeHint(option, index)
        key = (text, self._width(option), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > self.SIZE_CACHE_LIMIT:
                self._sizes.clear()
            document = self._document(option, index)
            size = self._sizes[key] = QSize(int(document.idealWidth()), int(document.size().height()))
        return size


def snippet_html(snippet: str) -> str:
    """Escape everything the user wrote, then mark the matches (the only markup)."""
    escaped = html.escape(snippet).replace("\n", " · ")
    return escaped.replace(HIT_START, "<b><u>").replace(HIT_END, "</u></b>")


def source_label(hit: SearchHit, people: dict[int, str] | None = None) -> str:
    if hit.source.startswith("person:"):  # their details, what was said, personal notes: name whose
        name = (people or {}).get(int(hit.source.split(":", 1)[1]), "")
        return translate("SearchPanel", "Interviewer %1").replace("%1", name) if name else \
            translate("SearchPanel", "Interviewer")
    title = source_title(hit.source)
    fixed = {"Interview": translate("SearchPanel", "Interview"),
             "Open questions": translate("SearchPanel", "Open questions"),
             "Referrals": translate("SearchPanel", "Referrals")}
    return fixed.get(title) or domain_text(title)


class SearchPanel(QWidget):
    #: (interview id, source) of the result the user opened
    result_activated = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = plain_label()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.header().setStretchLastSection(True)
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
        from .search_runner import SearchRunner  # its thread starts with the first search

        self.runner = SearchRunner(self)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.shown_generation = 0  # the request whose answer is on screen in full (tests wait for it)
        self._fill = 0
        self._warm = False
        self._slice_timer = QTimer(self)  # owned by the panel: nothing fires after it is gone
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(lambda: self._add_slice(self._fill))
        self._pending: list[HitGroup] = []
        self._pending_generation = 0

    def warm_up(self) -> None:
        """Lay out one rich-text row off screen: the first layout loads fonts and costs tens of
        milliseconds, paid here (the box got the focus) rather than between two keystrokes."""
        if self._warm:
            return
        self._warm = True
        document = QTextDocument()
        document.setDefaultFont(self.tree.font())
        document.setHtml("<i>Interview:</i> <b><u>warm</u></b> · up")
        document.setTextWidth(300)
        document.size()
        date_text(local(datetime.now(UTC)).date(), long=False)

    def request(self, text: str) -> None:
        self.text = text
        self.timer.start()

    def run(self) -> None:
        """Ask now (Enter, or the pause after typing); the answer arrives through `_finished`."""
        self.timer.stop()
        self.runner.request(self.text)

    def _finished(self, generation: int, results: SearchResults) -> None:
        if generation != self.runner.generation:
            return  # overtaken by a newer keystroke while it travelled
        self.show_results(results, generation)

    def _failed(self, generation: int, exc: BaseException) -> None:
        reason = short_reason(exc)
        if reason is None:
            raise exc  # a bug: the crash dialog, as anywhere else
        if generation == self.runner.generation:
            self.shown_generation = generation
            self.tree.clear()
            self.summary.setText(self.tr("The search could not run {reason}").format(reason=reason))

    def show_results(self, results: SearchResults, generation: int | None = None) -> None:
        self.show_groups(results.groups, generation)
        if results.truncated:
            self.summary.setText(
                self.tr("Showing the {count} most recent matches — type more to narrow.").format(count=results.limit)
            )

    def show_groups(self, groups: list[HitGroup], generation: int | None = None) -> None:
        """Show `groups`, SLICE_HITS hits per turn of the event loop (the first slice at once);
        `shown_generation` becomes `generation` when the last one is in."""
        self.tree.clear()
        self._slice_timer.stop()
        self._fill += 1  # a fill still under way for older results stops
        self._pending = list(reversed(groups))
        self._pending_generation = self.runner.generation if generation is None else generation
        total = sum(len(g.hits) for g in groups)
        if not groups:
            say(self.summary, self.tr("No notes, people or companies match “%1”.").replace("%1", self.text.strip()))
            self.shown_generation = self._pending_generation
            return
        say(self.summary, self.tr("%1 matches in %2 interviews").replace("%2", str(len(groups))).replace(
            "%1", str(total), 1) if total > 1 else self.tr("1 match"))  # heard while typing in the search box
        self._add_slice(self._fill)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _add_slice(self, fill: int) -> None:
        if fill != self._fill:
            return
        added = 0
        while self._pending and added < SLICE_HITS:
            group = self._pending.pop()
            self._add_group(group)
            added += len(group.hits)
        if self._pending:
            self._slice_timer.start()
        else:
            self.shown_generation = self._pending_generation

    def _add_group(self, group: HitGroup) -> None:
        title = " — ".join(p for p in (group.company, group.role) if p)
        top = QTreeWidgetItem([f"{title}   ({date_text(local(group.start).date(), long=False)})"])
        top.setData(0, HTML_ROLE, f"<b>{html.escape(top.text(0))}</b>")  # wrapped, never cut off
        top.setData(0, _ROLE, (group.interview_id, "interview"))
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        for hit in group.hits:
            child = QTreeWidgetItem(top)
            child.setData(0, _ROLE, (hit.interview_id, hit.source))
            plain = hit.snippet.replace(HIT_START, "").replace(HIT_END, "")
            label = source_label(hit, group.people)
            child.setText(0, f"{label}: {plain}")  # what screen readers and tests read
            child.setData(0, HTML_ROLE, f"<i>{html.escape(label)}:</i> {snippet_html(hit.snippet)}")
        top.setExpanded(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.tree.doItemsLayout()  # wrapped rows change height with the width

    def _activated(self, item: QTreeWidgetItem) -> None:
        interview_id, source = item.data(0, _ROLE)
        self.result_activated.emit(int(interview_id), str(source))
