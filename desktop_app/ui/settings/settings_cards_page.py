"""Settings → Cards: the return address printed on envelopes and the handwritten-note template."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.cards import CARD_PLACEHOLDERS, unknown_placeholders
from ...store.settings_store import (
    default_card_template,
    load_card_template,
    load_return_address,
    save_card_template,
    save_return_address,
)
from ..shared.labels import hint


class CardsSettingsPage(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Handwritten cards"), parent)
        self.return_address = QPlainTextEdit(load_return_address())
        self.return_address.setAccessibleName(self.tr("Your return address"))
        self.return_address.setPlaceholderText(self.tr("Your name\nStreet and number\nCity, postcode\nCountry"))
        self.return_address.setTabChangesFocus(True)
        self.return_address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.template = QPlainTextEdit(load_card_template())
        self.template.setAccessibleName(self.tr("Card template"))
        self.template.setTabChangesFocus(True)
        self.template.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        names = ", ".join(f"${name}" for name in CARD_PLACEHOLDERS)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        address_label = QLabel(self.tr("&Return address:"))
        address_label.setBuddy(self.return_address)
        template_label = QLabel(self.tr("Card &template:"))
        template_label.setBuddy(self.template)
        form.addRow(address_label, self.return_address)
        form.addRow(template_label, self.template)
        outer.addLayout(form)
        # Broken by hand, not word-wrapped: a wrapped label's height is not in the dialog's size
        # hint, and the squeezed layout drew it over the template.
        explain = hint(self.tr("New card drafts start from the template. Placeholders:\n%1.\n"
                               "%2 is a ★ line about that interviewer from your debrief.")
                       .replace("%2", "$talking_point").replace("%1", names, 1))
        explain.setWordWrap(False)
        outer.addWidget(explain)
        outer.addStretch(1)  # on its own tab: fields at the top, not spread over the tab's height

    def problems(self) -> list[str]:
        unknown = unknown_placeholders(self.template.toPlainText())
        message = self.tr("The card template has an unknown placeholder: %1.")
        return [message.replace("%1", f"${name}") for name in unknown]

    def save(self) -> None:
        save_return_address(self.return_address.toPlainText())
        save_card_template(self.template.toPlainText())

    def restore_defaults(self) -> None:
        self.template.setPlainText(default_card_template())
