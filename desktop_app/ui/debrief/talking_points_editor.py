"""The debrief's talking points: each ★ line, whom it is for, and the phrase the drafts will say.

A line in an interviewer's own notes is theirs (shown, not changeable); a line in the
shared sections is for the whole interview until the user picks one interviewer. The
phrase is derived from the note (domain/point_phrases.py) and editable; the edit is kept
(store/talking_point_store.py) and wins over the derived one until reset.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.debrief import SECTION_TITLES
from ...domain.model import Person
from ...domain.talking_points import PERSONAL, TalkingPoint
from ...store.talking_point_store import load_points, save_choice
from ..shared.errors import describe
from ..shared.labels import hint

NOTE, OWNER, PHRASE = range(3)


class TalkingPointsEditor(QWidget):
    """`failed(message)` when a choice could not be stored (the window shows it)."""

    failed = Signal(str)
    saved = Signal()

    def __init__(self, interview_id: int, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interview_id = interview_id
        self.people = [p for p in people if p.id is not None]
        self.names = {p.id: p.name for p in self.people}
        self.points: list[TalkingPoint] = []
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Talking points"))
        self.table.setHorizontalHeaderLabels([self.tr("★ Note, as written"), self.tr("For"),
                                              self.tr("The drafts say (edit freely)")])
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PHRASE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.reset = QPushButton(self.tr("&Reset phrase"))
        self.reset.setToolTip(self.tr("Go back to the phrase derived from the note"))
        self.empty = hint(self.tr("No talking points yet: flag a line in your notes with ★ (Ctrl+T)."))
        explain = hint(self.tr("Each point goes only into the drafts of the person it is for; points for the "
                               "whole interview go to everyone. The phrase is what the e-mail and the card say, "
                               "inside a sentence (“I especially enjoyed …”)."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._loading = False
        self.table.itemChanged.connect(self._phrase_edited)
        self.reset.clicked.connect(self.reset_selected)

    # ------------------------------------------------------------------ showing
    def reload(self) -> None:
        """Read the points again (after the notes were saved): lines may have come or gone."""
        self.points = load_points(self.interview_id)
        self._loading = True
        self.table.setRowCount(0)
        for row, point in enumerate(self.points):
            self.table.insertRow(row)
            note = QTableWidgetItem(f"★ {point.note}")
            note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            note.setToolTip(self._where(point))
            self.table.setItem(row, NOTE, note)
            self.table.setCellWidget(row, OWNER, self._owner_widget(row, point))
            phrase = QTableWidgetItem(point.phrase)
            phrase.setToolTip(self.tr("Your own wording (kept)") if point.edited
                              else self.tr("Derived from the note; edit it to make it yours"))
            if point.edited:
                font = QFont(phrase.font())
                font.setItalic(True)
                phrase.setFont(font)
            self.table.setItem(row, PHRASE, phrase)
        self._loading = False
        self.empty.setVisible(not self.points)
        self.table.setVisible(bool(self.points))

    def _where(self, point: TalkingPoint) -> str:
        if point.source_person is None:
            return self.tr("In the notes: %1").replace("%1", SECTION_TITLES.get(point.source, point.source))
        whose = self.names.get(point.source_person, "")
        if point.source == PERSONAL:
            return self.tr("In the personal notes on %1").replace("%1", whose)
        return self.tr("In what you talked about with %1").replace("%1", whose)

    def _owner_widget(self, row: int, point: TalkingPoint) -> QWidget:
        box = QComboBox()
        box.setAccessibleName(self.tr("Whom this point is for"))
        if point.owner_fixed:
            box.addItem(self.names.get(point.owner, ""), point.owner)
            box.setEnabled(False)
            box.setToolTip(self.tr("A point in someone's own notes is theirs"))
            return box
        box.addItem(self.tr("Whole interview"), None)
        for person in self.people:
            box.addItem(person.name, person.id)
        box.setCurrentIndex(max(0, box.findData(point.owner)) if point.owner is not None else 0)
        box.currentIndexChanged.connect(lambda _i, r=row, b=box: self._owner_chosen(r, b.currentData()))
        return box

    # ------------------------------------------------------------------ changes
    def _store(self, row: int, owner: int | None, phrase: str | None) -> None:
        point = self.points[row]
        try:
            save_choice(self.interview_id, point, owner, phrase)
        except Exception as exc:  # noqa: BLE001 (shown; the table keeps what was typed)
            self.failed.emit(describe(exc))
            return
        self.saved.emit()

    def _phrase_of(self, row: int) -> str | None:
        point = self.points[row]
        return point.phrase if point.edited else None

    def _owner_chosen(self, row: int, owner: int | None) -> None:
        self._store(row, owner, self._phrase_of(row))
        self._reload_soon()  # a derived phrase changes with its owner ("her team" → "your team")

    def _phrase_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != PHRASE:
            return
        row = item.row()
        self._store(row, self.points[row].owner, item.text())
        self._reload_soon()

    def _reload_soon(self) -> None:
        """Rebuilt after the signal returns: the table must not delete the item or the combo box
        whose own signal is still being delivered."""
        QTimer.singleShot(0, self, self.reload)

    def reset_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        for row in rows:
            self._store(row, self.points[row].owner, None)
        if rows:
            self.reload()
