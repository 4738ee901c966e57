"""One interview's follow-up checklist: steps in order, deadlines, overdue in red, ticks."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...domain.model import Step
from ...domain.plan import is_overdue
from ...store.follow_up_queries import ChecklistRow
from ..shared.domain_words import domain_text
from ..shared.formatting import datetime_text
from .agenda_view import dot_icon
from .kinds import KIND_SHAPES
from .mark_colours import mark_colours

if TYPE_CHECKING:
    from ...store.reply_store import Outcome

_ID_ROLE = Qt.ItemDataRole.UserRole
#: Rows that open where the step is done on a double-click (see `open_requested`).
_OPENS = {Step.NOTES: QT_TRANSLATE_NOOP("Checklist", "Double-click to write your debrief"),
          Step.THANK_YOU_EMAIL: QT_TRANSLATE_NOOP("Checklist", "Double-click to write the e-mail"),
          Step.HANDWRITTEN_NOTE: QT_TRANSLATE_NOOP("Checklist", "Double-click to write and print the card draft"),
          Step.CHECK_IN: QT_TRANSLATE_NOOP("Checklist", "No reply yet: double-click for a short check-in draft")}
#: pyside6-lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped step text: Qt paints wrapped text but sizes rows for one line."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        style = self.view.style()
        reserved = (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
                    + style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 24)
        width = max(self.view.header().sectionSize(0) - reserved, 40)
        text = str(index.data() or "")
        height = option.fontMetrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text).height() + 4
        return QSize(hint.width(), max(hint.height(), height))


class Checklist(QTreeWidget):
    """Ticking an item emits `toggled(follow_up_id, done)`; the window stores it."""

    toggled = Signal(int, bool)
    #: A row double-clicked or Enter pressed: open where that step is done (debrief, e-mail, card).
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Follow-up checklist"))
        self.setHeaderLabels([self.tr("Step"), self.tr("Due"), self.tr("Done")])
        self.setRootIsDecorated(False)
        # Whose step a row is must show in full ("Send a thank-you e-mail — Sam Okafor" next to Dana's):
        # a narrow pane wraps the row onto a second line instead of cutting the name off.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegate(_WrappingDelegate(self))
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())  # re-wrap at the new width
        self._filling = False
        self._answers: dict[int, str] = {}  # follow-up id -> the answer's Message-ID (reply radar)
        self._shown: tuple[list[ChecklistRow], datetime, bool, dict[int, Outcome] | None] | None = None
        self.answer_opener: dict[str, Any] = {}  # keyword arguments for answer_opener.open_answer (tests)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemChanged.connect(self._changed)
        self.itemActivated.connect(lambda item, _c: self.open_requested.emit(int(item.data(0, _ID_ROLE))))

    def show_rows(self, rows: list[ChecklistRow], now: datetime, withdrawn: bool = False,
                  replies: dict[int, Outcome] | None = None) -> None:
        """`withdrawn`: the interview was cancelled, so its open steps are shown as withdrawn, never overdue.
        `replies`: the reply radar's newest finding per follow-up id (store/reply_store.py)."""
        self._shown = (rows, now, withdrawn, replies)
        colours = mark_colours(self.palette())
        self._filling = True
        try:
            current = self.current_id()
            self.clear()
            self._answers = {fid: found.message_id for fid, found in (replies or {}).items() if found.message_id}
            for number, row in enumerate(rows, 1):
                who = f" — {row.person}" if row.person else ""
                if row.step is Step.CHECK_IN:
                    who = " " + self.tr("with %1").replace("%1", row.person) if row.person else ""
                item = QTreeWidgetItem([f"{number}. {domain_text(row.step.label)}{who}", datetime_text(row.due_at),
                                        ""])
                item.setData(0, _ID_ROLE, row.id)
                if row.step in _OPENS:
                    item.setToolTip(0, f"{item.text(0)}\n{self.tr(str(_OPENS[row.step]))}")
                item.setIcon(0, dot_icon(colours.kind(row.step.value), shape=KIND_SHAPES.get(row.step.value, "circle")))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if row.done_at else Qt.CheckState.Unchecked)
                if row.done_at:
                    item.setText(2, datetime_text(row.done_at))
                elif withdrawn:
                    item.setText(2, self.tr("Withdrawn"))
                    item.setIcon(0, dot_icon(colours.withdrawn_colour(),
                                             shape=KIND_SHAPES.get(row.step.value, "circle")))
                    for column in range(3):
                        item.setForeground(column, QBrush(colours.withdrawn_colour()))
                elif is_overdue(row.due_at, row.done_at, now):
                    item.setText(2, self.tr("Overdue"))
                    for column in range(3):
                        item.setForeground(column, QBrush(colours.overdue_colour()))
                if row.step is Step.HANDWRITTEN_NOTE:
                    _show_card_ticks(item, row)
                if replies and row.id in replies:
                    self._show_reply(item, row, replies[row.id])
                self.addTopLevelItem(item)
                if row.id == current:
                    self.setCurrentItem(item)
        finally:
            self._filling = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None and not self._filling:
            self.show_rows(*self._shown)  # the marks' and the overdue text's colours follow the palette

    def _show_reply(self, item: QTreeWidgetItem, row: ChecklistRow, found: Outcome) -> None:
        """Replied / out of office / bounced in the Done column (short: the Step column keeps its room);
        the done time, who answered, the subject and first lines (or the server's reason) on hover."""
        first_name = (row.person or "").split(" ")[0]
        if found.kind == "bounce":
            state = (self.tr("Bounced — check {name}'s address").format(name=first_name) if first_name
                     else self.tr("Bounced — check the address"))
            for column in range(3):
                item.setForeground(column, QBrush(mark_colours(self.palette()).overdue_colour()))
        elif found.kind == "auto_reply":
            state = (self.tr("Out of office until {date}").format(date=found.until.strftime("%d %b %Y"))
                     if found.until else self.tr("Out of office"))
        else:
            state = self.tr("Replied {when}").format(when=datetime_text(found.received_at))
        details = [item.text(2), f"{found.sender}: {found.subject}", found.detail or found.first_lines]
        item.setText(2, state)
        # Escaped and wrapped as rich text on purpose: Qt guesses whether a tooltip is markup, and
        # a sender's subject must show as typed, never as formatting.
        text = "\n".join(d for d in details if d)
        tip = escape(text).replace("\n", "<br>")
        for column in range(3):
            item.setToolTip(column, f"<p style='white-space:pre-wrap'>{tip}</p>")
        item.setData(2, Qt.ItemDataRole.AccessibleDescriptionRole, text)

    def _context_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        item = self.itemAt(position)
        message_id = self._answers.get(int(item.data(0, _ID_ROLE))) if item is not None else None
        if not message_id:
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addAction(self.tr("Open the answer in your mail app"), lambda: self.open_answer(message_id))
        menu.popup(self.viewport().mapToGlobal(position))

    def open_answer(self, message_id: str) -> bool:
        """A message link where a mail app handles them, else the stored headers and first lines as
        an `.eml` file (ui/mail/answer_opener.py); failing both, the Message-ID is copied, to search
        for in the mail app. `answer_opener` may be replaced (tests: no mail app)."""
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QToolTip

        from ..mail.answer_opener import open_answer

        if open_answer(message_id, **self.answer_opener):
            return True
        QGuiApplication.clipboard().setText(message_id)
        QToolTip.showText(self.mapToGlobal(self.rect().center()),
                          self.tr("No mail app opens message links here; the Message-ID was copied — search "
                                  "for it in your mail app."), self)
        return False

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(0, _ID_ROLE))

    def item_for(self, follow_up_id: int) -> QTreeWidgetItem | None:
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.data(0, _ID_ROLE) == follow_up_id:
                return item
        return None

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        self.toggled.emit(int(item.data(0, _ID_ROLE)), item.checkState(0) == Qt.CheckState.Checked)


def _show_card_ticks(item: QTreeWidgetItem, row: ChecklistRow) -> None:
    """Step 3 has two ticks: "draft printed" (set by printing) and "mailed" (the checkbox)."""
    if row.done_at:
        item.setText(2, translate("Checklist", "Mailed %1").replace("%1", datetime_text(row.done_at)))
    else:
        printed = ("☑ " + translate("Checklist", "Printed %1").replace("%1", datetime_text(row.printed_at))
                   if row.printed_at else "☐ " + translate("Checklist", "Not printed"))
        item.setText(2, " · ".join(t for t in (item.text(2), printed) if t))
    item.setToolTip(0, translate("Checklist", "Tick when the card is mailed. “Draft printed” is set when you print "
                                              "the draft; double-click to open the card."))
