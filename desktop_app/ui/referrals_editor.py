"""Referrals: people or organizations the interviewer suggested, each a follow-up to do."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.debrief import Referral
from ..domain.model import Person
from .fields import short_text
from .interview_dialog import ERROR_STYLE
from .labels import hint

WARNING_STYLE = "color: #b45309;"


class ReferralsEditor(QWidget):
    changed = Signal()

    def __init__(self, interviewers: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrals: list[Referral] = []
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName("Referrals")
        self.list.setMaximumWidth(240)
        self.add = QPushButton("Add &referral")
        self.remove = QPushButton("Remove")
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
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("&Name:", self.name)
        form.addRow("&Organization:", self.organization)
        form.addRow("How to &reach them:", self.contact)
        form.addRow("&Suggested by:", self.suggested_by)
        form.addRow("&Why:", self.why)
        form.addRow("O&utcome:", self.outcome)
        form.addRow("", self.warning)
        self.placeholder = hint("No referrals yet. Did an interviewer suggest someone to talk to? "
                                "Each referral gets a follow-up in the plan.")
        right = QVBoxLayout()
        right.addWidget(self.details)
        right.addWidget(self.placeholder)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_referral)
        self.remove.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._show)
        for edit in (self.name, self.organization, self.contact):
            edit.textEdited.connect(self._store)
        for text in (self.why, self.outcome):
            text.textChanged.connect(self._store)
        self.suggested_by.activated.connect(self._store)
        self._refresh(-1)

    def set_referrals(self, referrals: list[Referral]) -> None:
        self._referrals = [replace(r) for r in referrals]
        self._refresh(0 if referrals else -1)

    def referrals(self) -> list[Referral]:
        """Referrals with anything typed in them (an untouched new one holds nothing to keep)."""
        return [replace(r) for r in self._referrals if _has_text(r)]

    def set_ids(self, saved: list[Referral]) -> None:
        typed = [r for r in self._referrals if _has_text(r)]
        for mine, stored in zip(typed, saved, strict=False):
            mine.id = stored.id

    def add_referral(self) -> None:
        self._referrals.append(Referral())
        self._refresh(len(self._referrals) - 1)
        self.name.setFocus()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._referrals):
            del self._referrals[row]
            self._refresh(min(row, len(self._referrals) - 1))
            self.changed.emit()

    def _refresh(self, select: int) -> None:
        self._loading = True
        self.list.clear()
        for r in self._referrals:
            self.list.addItem(self._label(r))
        self._loading = False
        self.list.setCurrentRow(select)
        self._show(select)

    @staticmethod
    def _label(r: Referral) -> str:
        return ("⚠ " if _has_text(r) and not r.has_contact else "") + r.label

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self._referrals)
        self.details.setVisible(has)
        self.remove.setEnabled(has)
        self.placeholder.setVisible(not self._referrals)
        if not has:
            return
        self._loading = True
        r = self._referrals[row]
        self.name.setText(r.name)
        self.organization.setText(r.organization)
        self.contact.setText(r.contact)
        self.suggested_by.setCurrentIndex(max(0, self.suggested_by.findData(r.suggested_by)))
        self.why.setPlainText(r.why)
        self.outcome.setPlainText(r.outcome)
        self._loading = False
        self._update_warning(r)

    def _store(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._referrals):
            return
        r = self._referrals[row]
        r.name, r.organization, r.contact = self.name.text(), self.organization.text(), self.contact.text()
        r.suggested_by = self.suggested_by.currentData()
        r.why, r.outcome = self.why.toPlainText(), self.outcome.toPlainText()
        self.list.item(row).setText(self._label(r))
        self._update_warning(r)
        self.changed.emit()

    def _update_warning(self, r: Referral) -> None:
        if not r.name.strip() and not r.organization.strip():
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
