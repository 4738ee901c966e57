"""The interviewers part of the interview form: a list and the selected person's details.

People are shared across interviews: choosing "someone you've met" links the same
person, so their details (and later their notes) follow them to the next round.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from ...domain.model import Person
from ..shared.fields import short_text, split_pasted_mailbox
from ..shared.list_detail import ListDetailEditor
from .person_picker import FindPeople, PersonPicker


class InterviewerEditor(ListDetailEditor[Person]):
    def __init__(self, find_people: FindPeople, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Interviewers"), 220, self.tr(
            "No interviewers yet. Add the people you met: each gets a thank-you e-mail and a handwritten note in "
            "the plan."), parent)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.add_new = QPushButton(self.tr("&Add interviewer"))
        self.known = PersonPicker(find_people)
        self.remove.setToolTip(self.tr("Removes this interviewer's open follow-ups when you save; finished ones stay."))

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Interviewer name"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Interviewer title"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Interviewer e-mail"))
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.address = short_text(self.tr("Interviewer postal address"), 4,
                                  self.tr("For the handwritten note's envelope"))
        self.form_of_address = self._form_of_address_box()
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Form of address:"), self.form_of_address)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("E-&mail:"), self.email)
        self.form.addRow(self.tr("Postal a&ddress:"), self.address)
        QWidget.setTabOrder(self.name, self.form_of_address)  # in the order shown, though made after the others
        QWidget.setTabOrder(self.form_of_address, self.title)

        self.buttons.addWidget(self.add_new)
        self.buttons.addWidget(self.known, 1)
        self.buttons.addWidget(self.remove)

        self.add_new.clicked.connect(self._add_new)
        self.known.chosen.connect(self._add_known)
        split_pasted_mailbox(self.email, self.name)  # before storing: "Dana <dana@…>" lands split
        for edit in (self.name, self.title, self.email):
            edit.textEdited.connect(self.store_current)
        self.address.textChanged.connect(self.store_current)
        self.form_of_address.currentIndexChanged.connect(self.store_current)
        self._refresh(-1)

    def _form_of_address_box(self) -> QComboBox:
        """— / Ms / Mr: what the letters' greeting says ("Sehr geehrte Frau Vogt,"); never guessed from the name."""
        box = QComboBox()
        box.setAccessibleName(self.tr("Interviewer form of address"))
        box.setToolTip(self.tr("How the thank-you e-mail and card greet this person (in German “Sehr geehrte Frau "
                               "Vogt,”). Leave it at — for a greeting with the full name."))
        for text, value, spoken in ((self.tr("—"), "", self.tr("Not known")), (self.tr("Ms"), "ms", ""),
                                    (self.tr("Mr"), "mr", "")):
            box.addItem(text, value)
            if spoken:
                box.setItemData(box.count() - 1, spoken, Qt.ItemDataRole.AccessibleTextRole)
        return box

    # ---------------------------------------------------------------- data in / out
    def set_people(self, people: list[Person]) -> None:
        self._items = [replace(p) for p in people]
        self._refresh(0 if people else -1)

    def people(self) -> list[Person]:
        return [replace(p) for p in self._items]

    # ---------------------------------------------------------------- actions
    def _add_new(self) -> None:
        self.append(Person(name=""))
        self.name.setFocus()

    def _add_known(self, person: Person) -> None:
        if person.id is not None and person.id not in {p.id for p in self._items}:
            self.append(replace(person))

    # ---------------------------------------------------------------- ListDetailEditor
    def label(self, item: Person) -> str:
        return item.name.strip() or self.tr("(no name yet)")

    def refreshed(self) -> None:
        """The picker offers everyone met before who is not on this interview yet."""
        self.known.in_use = {p.id for p in self._items if p.id is not None}

    def load(self, item: Person) -> None:
        self.name.setText(item.name)
        self.title.setText(item.title)
        self.email.setText(item.email)
        self.address.setPlainText(item.postal_address)
        self.form_of_address.setCurrentIndex(max(0, self.form_of_address.findData(item.form_of_address)))

    def save(self, item: Person) -> None:
        item.name = self.name.text()
        item.title = self.title.text()
        item.email = self.email.text()
        item.postal_address = self.address.toPlainText()
        item.form_of_address = str(self.form_of_address.currentData() or "")
