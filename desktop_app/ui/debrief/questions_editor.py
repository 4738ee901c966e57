"""Open questions: what was left unresolved, who asked, the answer to give later.

"Answered in the interview" means nothing is owed; otherwise the answer goes into the
e-mail of the person who asked (or everyone's, when nobody in particular asked).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from ...domain.debrief import OpenQuestion
from ...domain.model import Person
from ..shared.labels import hint

_ID = Qt.ItemDataRole.UserRole


class QuestionsEditor(QWidget):
    """Emits `changed` on every edit; `questions()` gives the list to store."""

    changed = Signal()

    def __init__(self, people: list[Person] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = [p for p in people or [] if p.id is not None]
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName("Open questions")
        self.table.setHorizontalHeaderLabels([self.tr("Question left open"), self.tr("Answer to give"),
                                              self.tr("Answered in the interview"), self.tr("Asked by")])
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.add = QPushButton("&Add question")
        self.remove = QPushButton("Remove")
        note = hint(self.tr("Answered in the interview: nothing to send. Otherwise your answer goes into the "
                            "e-mail of whoever asked."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._loading = False
        self.add.clicked.connect(self.add_question)
        self.remove.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._edited)

    def set_questions(self, questions: list[OpenQuestion]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for q in questions:
            self._append(q)
        self._loading = False

    def _append(self, q: OpenQuestion) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        question = QTableWidgetItem(q.question)
        question.setData(_ID, q.id)
        answered = QTableWidgetItem()
        answered.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        answered.setCheckState(Qt.CheckState.Checked if q.answered else Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, question)
        self.table.setItem(row, 1, QTableWidgetItem(q.answer))
        self.table.setItem(row, 2, answered)
        asker = QComboBox()
        asker.setAccessibleName(self.tr("Asked by"))
        asker.addItem(self.tr("Everyone"), None)
        for person in self.people:
            asker.addItem(person.name, person.id)
        asker.setCurrentIndex(max(0, asker.findData(q.asked_by)) if q.asked_by is not None else 0)
        asker.currentIndexChanged.connect(lambda _i: self._edited())
        self.table.setCellWidget(row, 3, asker)
        return row

    def set_ids(self, questions: list[OpenQuestion]) -> None:
        """After a save, remember the ids the store gave the new rows."""
        self._loading = True
        for (row, _), q in zip(self._rows(), questions, strict=False):
            item = self.table.item(row, 0)
            if item is not None:
                item.setData(_ID, q.id)
        self._loading = False

    def questions(self) -> list[OpenQuestion]:
        return [q for _, q in self._rows()]

    def _rows(self) -> list[tuple[int, OpenQuestion]]:
        result = []
        for row in range(self.table.rowCount()):
            question = self.table.item(row, 0)
            answer = self.table.item(row, 1)
            answered = self.table.item(row, 2)
            asker = self.table.cellWidget(row, 3)
            text = question.text() if question else ""
            reply = answer.text() if answer else ""
            if not text.strip() and not reply.strip():
                continue  # an empty row holds nothing to keep
            result.append((row, OpenQuestion(
                question=text, answer=reply,
                answered=answered is not None and answered.checkState() == Qt.CheckState.Checked,
                id=question.data(_ID) if question else None,
                asked_by=asker.currentData() if isinstance(asker, QComboBox) else None,
            )))
        return result

    def add_question(self) -> None:
        row = self._append(OpenQuestion(question=""))
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
