"""The nudge's draft: "Check in with Dana" — a short message naming the role and one point,
to copy or open in the mail app; mark it done, or switch check-ins off for this interview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.check_in_store import check_in_text, check_ins_enabled, set_check_ins_enabled
from ...store.follow_up_queries import set_done


class CheckInDialog(QDialog):
    def __init__(self, follow_up_id: int, interview_id: int, person_id: int, person: str,
                 clock: Callable[[], datetime], changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up_id, self.interview_id, self.clock, self.changed = follow_up_id, interview_id, clock, changed
        self.setWindowTitle(self.tr("Check in with {person}").format(person=person))
        address, subject, body = check_in_text(interview_id, person_id)
        self.address = address
        self.subject = QLineEdit(subject)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(body)  # plain text: names and points show as typed
        self.body.setAccessibleName(self.tr("Check-in draft"))
        self.enabled = QCheckBox(self.tr("Suggest check-ins for this interview"))
        self.enabled.setChecked(check_ins_enabled(interview_id))
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject)
        buttons = QDialogButtonBox()
        copy = QPushButton(self.tr("&Copy"))
        mail_app = QPushButton(self.tr("Open in &mail app"))
        mail_app.setEnabled(bool(address))
        done = QPushButton(self.tr("Mark as &done"))
        for button in (copy, mail_app, done):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        copy.clicked.connect(self.copy)
        mail_app.clicked.connect(self.open_mail_app)
        done.clicked.connect(self.mark_done)
        buttons.rejected.connect(self.reject)
        self.finished.connect(self._store_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.enabled)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def copy(self) -> None:
        subject = self.tr("Subject: %1").replace("%1", self.subject.text())
        QGuiApplication.clipboard().setText(f"{subject}\n\n{self.body.toPlainText()}")

    def open_mail_app(self) -> None:
        from ...mail.message import mailto_url

        QDesktopServices.openUrl(QUrl(mailto_url([self.address], self.subject.text(), self.body.toPlainText())))

    def mark_done(self) -> None:
        set_done(self.follow_up_id, self.clock())
        self.changed()
        self.accept()

    def _store_choice(self, _result: int) -> None:
        if self.enabled.isChecked() != check_ins_enabled(self.interview_id):
            set_check_ins_enabled(self.interview_id, self.enabled.isChecked(), self.clock())
            self.changed()
