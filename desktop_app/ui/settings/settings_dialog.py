"""Settings: the follow-up plan's default deadlines and reminder times, and the user's own
e-mail addresses (attendees with these are not made interviewers on an invitation import).
The Mail tab is its own module (settings_mail_page.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.addresses import parse_mailboxes
from ...domain.plan import PlanRules
from ...reminders import autostart
from ...store.settings_store import (
    load_contrast,
    load_language,
    load_my_addresses,
    load_rules,
    save_contrast,
    save_language,
    save_my_addresses,
    save_rules,
)
from ..app.translations import LANGUAGES
from ..main.interview_dialog import ERROR_STYLE
from ..shared.domain_words import domain_text
from ..shared.labels import hint
from ..shared.theme import set_contrast_choice
from .settings_cards_page import CardsSettingsPage

# (field, label, unit) — hour fields are stored in minutes, shown in hours.
HOUR_FIELDS = [
    ("notes_remind_minutes", QT_TRANSLATE_NOOP("SettingsDialog", "Notes: remind"),
     QT_TRANSLATE_NOOP("SettingsDialog", "h after the interview ends")),
    ("notes_due_minutes", QT_TRANSLATE_NOOP("SettingsDialog", "Notes: due"),
     QT_TRANSLATE_NOOP("SettingsDialog", "h after the interview ends")),
    ("email_remind_minutes", QT_TRANSLATE_NOOP("SettingsDialog", "Thank-you e-mail: remind"),
     QT_TRANSLATE_NOOP("SettingsDialog", "h after the end")),
    ("email_due_minutes", QT_TRANSLATE_NOOP("SettingsDialog", "Thank-you e-mail: due"),
     QT_TRANSLATE_NOOP("SettingsDialog", "h after the end")),
    ("card_remind_minutes", QT_TRANSLATE_NOOP("SettingsDialog", "Handwritten note: remind"),
     QT_TRANSLATE_NOOP("SettingsDialog", "h after the end")),
    ("card_due_minutes", QT_TRANSLATE_NOOP("SettingsDialog", "Handwritten note: due"),
     QT_TRANSLATE_NOOP("SettingsDialog", "h after the end")),
]
DAY_FIELDS = [
    ("referral_remind_business_days", QT_TRANSLATE_NOOP("SettingsDialog", "Referral: remind")),
    ("referral_due_business_days", QT_TRANSLATE_NOOP("SettingsDialog", "Referral: due")),
]


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, notifier_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        rules = load_rules()
        self.spins: dict[str, QDoubleSpinBox | QSpinBox] = {}
        group = QGroupBox(self.tr("Follow-up plan defaults"))
        form = QFormLayout(group)
        for name, label_source, unit in HOUR_FIELDS:
            label = self.tr(str(label_source))
            spin = QDoubleSpinBox()
            spin.setRange(0, 24 * 14)
            spin.setDecimals(2)
            spin.setSingleStep(0.25)
            spin.setSuffix(" " + self.tr(str(unit)))
            spin.setSpecialValueText(self.tr("at the end"))  # not "0.00 h after the interview ends"
            spin.setValue(getattr(rules, name) / 60)
            spin.setAccessibleName(label)
            form.addRow(self.tr("%1:").replace("%1", label), spin)
            self.spins[name] = spin
        for name, label_source in DAY_FIELDS:
            label = self.tr(str(label_source))
            day_spin = QSpinBox()
            day_spin.setRange(0, 30)
            day_spin.setSpecialValueText(self.tr("at the end"))
            # "1 business day", "2 business days": the suffix follows the number.
            day_spin.valueChanged.connect(lambda value, box=day_spin: box.setSuffix(" " + self._days_after(value)))
            day_spin.setSuffix(" " + self._days_after(2))
            day_spin.setValue(getattr(rules, name))
            day_spin.valueChanged.emit(day_spin.value())
            day_spin.setAccessibleName(label)
            form.addRow(self.tr("%1:").replace("%1", label), day_spin)
            self.spins[name] = day_spin
        invitations = QGroupBox(self.tr("Invitations"))
        invitations_layout = QVBoxLayout(invitations)
        explain = QLabel(self.tr("&Your e-mail addresses, one per line. On an imported invitation, every other "
                                 "attendee becomes an interviewer."))
        explain.setWordWrap(True)
        self.addresses = QPlainTextEdit("\n".join(load_my_addresses()))
        self.addresses.setAccessibleName(self.tr("Your e-mail addresses"))
        self.addresses.setPlaceholderText(self.tr("alex@example.com"))
        self.addresses.setTabChangesFocus(True)
        self.addresses.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        explain.setBuddy(self.addresses)
        invitations_layout.addWidget(explain)
        invitations_layout.addWidget(self.addresses)
        note = hint(self.tr("New defaults apply to interviews you create or change from now on."))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        reminders = QGroupBox(self.tr("Reminders"))
        reminders_form = QFormLayout(reminders)
        self.notifier_label = QLabel(notifier_name or self.tr("not started"))
        self.notifier_label.setAccessibleName(self.tr("Notifications are shown by"))
        reminders_form.addRow(self.tr("Shown as:"), self.notifier_label)
        self.autostart = QCheckBox(self.tr("Start Finish Strong at login, in the tray"))
        self.autostart.setChecked(autostart.is_enabled())
        reminders_form.addRow("", self.autostart)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():  # each in its own language: findable whatever is shown now
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(load_language())))
        self.language.setToolTip(self.tr("The language of the windows and of new drafts, from the next start"))
        appearance = QGroupBox(self.tr("Language and display"))
        appearance_form = QFormLayout(appearance)
        appearance_form.addRow(self.tr("&Language:"), self.language)
        self.contrast = QComboBox()
        self.contrast.setAccessibleName(self.tr("Contrast"))
        self.contrast.addItem(self.tr("As the system"), "")
        self.contrast.addItem(self.tr("High contrast"), "high")
        self.contrast.addItem(self.tr("Normal"), "normal")
        self.contrast.setCurrentIndex(max(0, self.contrast.findData(load_contrast())))
        self.contrast.setToolTip(self.tr("High contrast: black and white with strong colours, applied at once"))
        appearance_form.addRow(self.tr("C&ontrast:"), self.contrast)
        form.addRow(note)  # under the defaults it speaks of
        general = QWidget()
        layout = QVBoxLayout(general)
        layout.addWidget(group)
        layout.addWidget(reminders)
        layout.addWidget(appearance)
        layout.addWidget(invitations)
        layout.addStretch(1)  # spare height below the groups, not inside them
        from .settings_mail_page import MailSettingsPage  # its own page, built with the dialog

        self.mail_page = MailSettingsPage.for_window(parent)
        from .settings_imap_box import ImapSettingsBox  # issue 18: its own tab beside Mail (the Mail tab is full)

        self.imap_box = ImapSettingsBox(self.mail_page.passwords)
        events = getattr(parent, "events", None)
        self.imap_box.data_changed = events.data_changed.emit if events is not None else None
        replies = QWidget()
        replies_layout = QVBoxLayout(replies)
        replies_layout.addWidget(self.imap_box)
        replies_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self.mail_page, self.tr("&Mail"))
        self.tabs.addTab(replies, self.tr("&Replies"))
        self.cards = CardsSettingsPage()
        self.tabs.addTab(self.cards, self.tr("&Cards"))
        from .settings_sync_page import SyncSettingsPage  # CalDAV (docs/SYNC.md); talks to the server only on request

        self.sync_page = SyncSettingsPage(self.mail_page.passwords)
        self.tabs.addTab(self.sync_page, self.tr("S&ync"))
        outer = QVBoxLayout(self)
        self.resize(940, 740)  # roomy enough to read the mail templates, and within a 1280×800 screen
        outer.addWidget(self.tabs)
        outer.addWidget(self.error)
        outer.addWidget(buttons)

    def _days_after(self, value: int) -> str:
        """The suffix after a number of business days: singular for 1 (each language's own forms)."""
        if value == 1:
            return self.tr("business day after the end", "", value)
        return self.tr("business days after the end", "", value)

    def rules(self) -> PlanRules:
        values: dict[str, object] = {}
        for name, spin in self.spins.items():
            values[name] = round(spin.value() * 60) if isinstance(spin, QDoubleSpinBox) else int(spin.value())
        return PlanRules.from_dict(values)

    def restore_defaults(self) -> None:
        defaults = PlanRules()
        for name, spin in self.spins.items():
            value = getattr(defaults, name)
            spin.setValue(value / 60 if isinstance(spin, QDoubleSpinBox) else value)

    def accept(self) -> None:
        rules = self.rules()
        mailboxes, not_addresses = parse_mailboxes(self.addresses.toPlainText())  # "Alex <alex@…>" too
        addresses = [address for _name, address in mailboxes]
        problems = [domain_text(p) for p in rules.problems()]
        problems += [self.tr("“%1” is not an e-mail address.").replace("%1", a) for a in not_addresses]
        problems += self.mail_page.problems()
        problems += self.imap_box.problems()
        problems += self.cards.problems()
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        if problems:
            return
        save_rules(rules)
        save_my_addresses(addresses)
        save_language(str(self.language.currentData()))
        save_contrast(str(self.contrast.currentData()))
        set_contrast_choice(str(self.contrast.currentData()))
        self.mail_page.save()
        self.imap_box.save()
        self.cards.save()
        self.sync_page.save()
        try:
            if self.autostart.isChecked() != autostart.is_enabled():
                autostart.set_enabled(self.autostart.isChecked())
        except OSError as exc:
            self.error.setText(self.tr("Could not change start at login: %1").replace("%1", str(exc.strerror or exc)))
            self.error.show()
            return
        super().accept()
