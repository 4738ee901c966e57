"""The envelope for a card: the interviewer's postal address and the user's return address.

A missing address is asked for here (the empty field is pointed at), never printed blank.
What is typed is kept: the recipient's on their profile, the return address in Settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.cards import ENVELOPE_SIZES, PaperSize, envelope_missing
from ...store.card_store import postal_address, save_postal_address
from ...store.settings_store import load_return_address, save_return_address
from ..main.interview_dialog import ERROR_STYLE
from ..shared.dialogs import DialogHost
from ..shared.domain_words import domain_text
from ..shared.labels import hint, menu_text, plain_label
from .print_flow import Paint, PrintFlow, envelope_painter


def _address_edit(name: str, text: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 14)
    return edit


class EnvelopeDialog(QDialog):
    def __init__(self, person_id: int, name: str, envelope: PaperSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = DialogHost(self)  # its questions and print dialogs; the open one is `dialogs.active`
        self.setWindowTitle(self.tr("Envelope for %1").replace("%1", name))
        self.person_id = person_id
        self.name = name
        self.printing = PrintFlow(self.dialogs, self._report)
        self.size_box = QComboBox()
        self.size_box.setAccessibleName(self.tr("Envelope size"))
        for key, paper in ENVELOPE_SIZES.items():
            self.size_box.addItem(domain_text(paper.label), key)
        self.size_box.setCurrentIndex(max(self.size_box.findData(envelope.key), 0))
        self.recipient = _address_edit(self.tr("Recipient's postal address"),
                                       postal_address(person_id),
                                       self.tr("Company\nStreet and number\nCity, postcode\nCountry"))
        # not `sender`: that would hide QObject.sender()
        self.return_address = _address_edit(self.tr("Your return address"), load_return_address(),
                                            self.tr("Your name\nStreet and number\nCity, postcode"))
        self.status = plain_label()  # messages quote the name: plain text, never markup
        self.status.setWordWrap(True)
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        # A grid, not a QFormLayout: the form squeezed its fixed-height address boxes onto each other.
        form = QGridLayout()
        for row, (text, field) in enumerate(((self.tr("&Envelope:"), self.size_box),
                                             (self.tr("&To %1:").replace("%1", menu_text(name)), self.recipient),
                                             (self.tr("&From (you):"), self.return_address))):
            label = plain_label(text)  # the name is shown as typed; "&" in it is not a shortcut
            label.setBuddy(field)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        job = self.tr("Envelope — %1").replace("%1", name)  # the print queue's and the PDF's name
        self.preview_button.clicked.connect(lambda: self._go(lambda p: self.printing.preview_paint(p, None, job)))
        self.print_button.clicked.connect(lambda: self._go(lambda p: self.printing.dialog_paint(p, None, job)))
        self.pdf_button.clicked.connect(lambda: self._go(lambda paint: self.printing.pdf_paint(paint, job)))
        for edit in (self.recipient, self.return_address):  # a shown error goes away as soon as it is fixed
            edit.textChanged.connect(self._recheck)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(520)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("The name goes above the address. What you type here is kept: theirs on "
                                      "their profile, yours in Settings → Cards.")))
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def envelope(self) -> PaperSize:
        return ENVELOPE_SIZES[str(self.size_box.currentData())]

    def check(self) -> bool:
        """Save what was typed; say what is missing and put the cursor there."""
        recipient, sender = self.recipient.toPlainText(), self.return_address.toPlainText()
        save_postal_address(self.person_id, recipient)
        save_return_address(sender)
        problems = self._problems(recipient, sender)
        self._show_problems(problems)
        if problems:
            (self.recipient if not recipient.strip() else self.return_address).setFocus()
        return not problems

    def _recheck(self) -> None:
        if self.error.isHidden():
            return
        self._show_problems(self._problems(self.recipient.toPlainText(), self.return_address.toPlainText()))

    def _problems(self, recipient: str, sender: str) -> list[str]:
        who = self.name.strip() or self.tr("The interviewer")
        words = {"recipient": self.tr("%1 has no postal address yet.").replace("%1", who),
                 "sender": self.tr("Your return address is missing (Settings → Cards).")}
        return [words[which] for which in envelope_missing(recipient, sender)]

    def _show_problems(self, problems: list[str]) -> None:
        """An error appearing grows the dialog (wrapped lines included) instead of piling the
        address fields on top of each other."""
        self.error.setText(" ".join(problems))
        self.error.setVisible(bool(problems))
        layout = self.layout()
        assert layout is not None  # set in __init__
        width = max(self.width(), self.minimumWidth())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalMinimumSize().height()
        if self.height() < needed:
            self.resize(width, needed)

    def _go(self, start: Callable[[Paint], None]) -> None:
        if not self.check():
            return
        start(envelope_painter(self.envelope(), self.name, self.recipient.toPlainText(),
                               self.return_address.toPlainText()))

    def _report(self, message: str) -> None:
        self.status.setText(message)
