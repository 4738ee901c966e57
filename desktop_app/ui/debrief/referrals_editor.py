"""Referrals: people or organizations the interviewer suggested, each a follow-up to do."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.debrief import Referral
from ...domain.model import Person
from ..main.interview_dialog import ERROR_STYLE
from ..shared.fields import short_text, split_pasted_mailbox
from ..shared.list_detail import ListDetailEditor

WARNING_STYLE = "color: #b45309;"


class ReferralsEditor(ListDetailEditor[Referral]):
    changed = Signal()

    def __init__(self, interviewers: list[Person], parent: QWidget | None = None) -> None:
        super().__init__("Referrals", 240, "No referrals yet. Did an interviewer suggest someone to talk to? "
                         "Each referral gets a follow-up in the plan.", parent)
        self.add = QPushButton("Add &referral")
        self.name = QLineEdit()
        self.name.setAccessibleName("Referral name")
        self.organization = QLineEdit()
        self.organization.setAccessibleName("Referral organization")
        self.contact = QLineEdit()
        self.contact.setAccessibleName("How to reach them")
        self.contact.setPlaceholderText("E-mail, phone, LinkedIn…")
        self.suggested_by = QComboBox()
        self.suggested_by.setAccessibleName("Suggested by")
        self.suggested_by.addItem("—", None)
        for person in interviewers:
            self.suggested_by.addItem(person.name, person.id)
        self.why = short_text("Why contact them", 3)
        self.outcome = short_text("Outcome", 3, "Asked for when you mark the follow-up done")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.form.addRow("&Name:", self.name)
        self.form.addRow("&Organization:", self.organization)
        self.form.addRow("How to &reach them:", self.contact)
        self.form.addRow("&Suggested by:", self.suggested_by)
        self.form.addRow("&Why:", self.why)
        self.form.addRow("O&utcome:", self.outcome)
        self.form.addRow("", self.warning)
        self.buttons.addWidget(self.add)
        self.buttons.addWidget(self.remove)
        self.buttons.addStretch(1)
        self.add.clicked.connect(self.add_referral)
        split_pasted_mailbox(self.contact, self.name)  # before storing: "Dana <dana@…>" lands split
        for edit in (self.name, self.organization, self.contact):
            edit.textEdited.connect(self.store_current)
        for text in (self.why, self.outcome):
            text.textChanged.connect(self.store_current)
        self.suggested_by.activated.connect(self.store_current)
        self._refresh(-1)

    def set_referrals(self, referrals: list[Referral]) -> None:
        self._items = [replace(r) for r in referrals]
        self._refresh(0 if referrals else -1)

    def referrals(self) -> list[Referral]:
        """Referrals with anything typed in them (an untouched new one holds nothing to keep)."""
        return [replace(r) for r in self._items if _has_text(r)]

    def set_ids(self, saved: list[Referral]) -> None:
        typed = [r for r in self._items if _has_text(r)]
        for mine, stored in zip(typed, saved, strict=False):
            mine.id = stored.id

    def add_referral(self) -> None:
        self.append(Referral())
        self.name.setFocus()

    # ---------------------------------------------------------------- ListDetailEditor
    def label(self, item: Referral) -> str:
        return ("⚠ " if _has_text(item) and not item.has_contact else "") + item.label

    def load(self, item: Referral) -> None:
        self.name.setText(item.name)
        self.organization.setText(item.organization)
        self.contact.setText(item.contact)
        self.suggested_by.setCurrentIndex(max(0, self.suggested_by.findData(item.suggested_by)))
        self.why.setPlainText(item.why)
        self.outcome.setPlainText(item.outcome)

    def save(self, item: Referral) -> None:
        item.name, item.organization, item.contact = self.name.text(), self.organization.text(), self.contact.text()
        item.suggested_by = self.suggested_by.currentData()
        item.why, item.outcome = self.why.toPlainText(), self.outcome.toPlainText()

    def shown(self, item: Referral) -> None:
        self._update_warning(item)

    def stored(self, item: Referral) -> None:
        self._update_warning(item)
        self.changed.emit()

    def removed(self) -> None:
        self.changed.emit()

    def _update_warning(self, r: Referral) -> None:
        if not _has_text(r):  # a new, empty referral: nothing is wrong before anything is typed
            self.warning.setText("")
        elif not r.name.strip() and not r.organization.strip():
            self.warning.setStyleSheet(ERROR_STYLE)
            self.warning.setText("Give the referral a name or an organization.")
        elif not r.has_contact:
            self.warning.setStyleSheet(WARNING_STYLE)
            self.warning.setText("⚠ No way to reach them yet. Fine for now — add it when you have it.")
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))


def _has_text(r: Referral) -> bool:
    return any(s.strip() for s in (r.name, r.organization, r.contact, r.why, r.outcome))
