"""The interviewers part of the interview form: a list and the selected person's details.

People are shared across interviews: choosing "someone you've met" links the same
person, so their details (and later their notes) follow them to the next round.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Person
from .fields import short_text
from .labels import hint


class InterviewerEditor(QWidget):
    def __init__(self, known_people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._known = known_people
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName("Interviewers")
        self.list.setMaximumWidth(220)
        self.add_new = QPushButton("&Add interviewer")
        self.known = QComboBox()
        self.known.setAccessibleName("Add someone you have met")
        self.remove = QPushButton("Remove")
        self.remove.setToolTip("Removes this interviewer's open follow-ups when you save; finished ones stay.")

        self.name = QLineEdit()
        self.name.setAccessibleName("Interviewer name")
        self.title = QLineEdit()
        self.title.setAccessibleName("Interviewer title")
        self.email = QLineEdit()
        self.email.setAccessibleName("Interviewer e-mail")
        self.email.setPlaceholderText("name@company.com")
        self.address = short_text("Interviewer postal address", 4, "For the handwritten note's envelope")

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("&Name:", self.name)
        form.addRow("&Title:", self.title)
        form.addRow("E-&mail:", self.email)
        form.addRow("Postal a&ddress:", self.address)
        self.placeholder = hint("No interviewers yet. Add the people you met: each gets a thank-you "
                                "e-mail and a handwritten note in the plan.")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_new)
        buttons.addWidget(self.known, 1)
        buttons.addWidget(self.remove)
        body = QHBoxLayout()
        body.addWidget(self.list)
        right = QVBoxLayout()
        right.addWidget(self.details)
        right.addWidget(self.placeholder)
        right.addStretch(1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body)
        layout.addLayout(buttons)

        self.add_new.clicked.connect(self._add_new)
        self.known.activated.connect(self._add_known)
        self.remove.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(self._show_current)
        for edit in (self.name, self.title, self.email):
            edit.textEdited.connect(self._store_current)
        self.address.textChanged.connect(self._store_current)
        self._refresh()

    # ---------------------------------------------------------------- data in / out
    def set_people(self, people: list[Person]) -> None:
        self._people = [replace(p) for p in people]
        self._refresh(select=0 if people else -1)

    def people(self) -> list[Person]:
        return [replace(p) for p in self._people]

    # ---------------------------------------------------------------- actions
    def _add_new(self) -> None:
        self._people.append(Person(name=""))
        self._refresh(select=len(self._people) - 1)
        self.name.setFocus()

    def _add_known(self, index: int) -> None:
        person_id = self.known.itemData(index)
        if person_id is None:
            return
        person = next(p for p in self._known if p.id == person_id)
        self._people.append(replace(person))
        self._refresh(select=len(self._people) - 1)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._people):
            del self._people[row]
            self._refresh(select=min(row, len(self._people) - 1))

    # ---------------------------------------------------------------- view sync
    def _refresh(self, select: int = -1) -> None:
        self._loading = True
        self.list.clear()
        for person in self._people:
            self.list.addItem(self._label(person))
        in_use = {p.id for p in self._people if p.id is not None}
        self.known.clear()
        self.known.addItem("Add someone you've met…", None)
        for person in self._known:
            if person.id not in in_use:
                extra = f" ({person.title})" if person.title else ""
                self.known.addItem(f"{person.name}{extra}", person.id)
        self.known.setEnabled(self.known.count() > 1)
        self._loading = False
        self.list.setCurrentRow(select)
        self._show_current(select)

    @staticmethod
    def _label(person: Person) -> str:
        return person.name.strip() or "(no name yet)"

    def _show_current(self, row: int) -> None:
        has = 0 <= row < len(self._people)
        self.details.setVisible(has)
        self.placeholder.setVisible(not self._people)
        self.remove.setEnabled(has)
        if not has:
            return
        self._loading = True
        person = self._people[row]
        self.name.setText(person.name)
        self.title.setText(person.title)
        self.email.setText(person.email)
        self.address.setPlainText(person.postal_address)
        self._loading = False

    def _store_current(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._people):
            return
        person = self._people[row]
        person.name = self.name.text()
        person.title = self.title.text()
        person.email = self.email.text()
        person.postal_address = self.address.toPlainText()
        self.list.item(row).setText(self._label(person))

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)


