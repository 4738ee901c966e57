"""Settings > Mail: the SMTP account (password to the keyring), a test message, the templates.

The templates editor lists the placeholders beside it and previews the result live with a
sample interview, so a typo like `$compnay` is seen (and refused) before it reaches a draft.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.email_draft import (
    PLACEHOLDERS,
    DraftContext,
    EmailTemplate,
    default_templates,
    render,
    unknown_placeholders,
)
from ...domain.model import Interview, Person
from ...domain.validation import is_valid_email
from ...domain.words import Words
from ...store.mail_settings import (
    DEFAULT_PORTS,
    PLAIN,
    SSL,
    STARTTLS,
    MailAccount,
    load_account,
    load_templates,
    save_account,
    save_templates,
)
from ...store.settings_store import draft_language
from ..main.interview_dialog import ERROR_STYLE
from ..shared.errors import words_text
from ..shared.fields import busy_bar, button_with_busy_bar, split_pasted_mailbox
from ..shared.labels import hint, plain_label

if TYPE_CHECKING:
    from ...mail.send_worker import SendJob

SECURITY_CHOICES = ((SSL, QT_TRANSLATE_NOOP("MailSettingsPage", "SSL/TLS (port 465)")),
                    (STARTTLS, QT_TRANSLATE_NOOP("MailSettingsPage", "STARTTLS (port 587)")),
                    (PLAIN, QT_TRANSLATE_NOOP("MailSettingsPage", "None — a server on this computer")))


def sample_context() -> DraftContext:
    start = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)
    interview = Interview("Northwind Analytics", "Product Manager", start, start + timedelta(hours=1), "UTC",
                          round="Final")
    person = Person("Zoë Ñúñez", title="Head of Product", id=1)
    return DraftContext(interview, person, ["your plan to move reporting to real-time dashboards"],
                        [("Can you start in April?", "Yes — I can start on 1 April.")], [], "Alex Kim",
                        introductions=["Ana Lima at Lumen & Co."])


class MailSettingsPage(QWidget):
    def __init__(self, passwords, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.passwords = passwords
        self.job: SendJob | None = None  # the test message on its way
        account = load_account()
        self.templates = load_templates()
        layout = QVBoxLayout(self)
        layout.addWidget(self._account_box(account))
        layout.addWidget(self._templates_box(), 1)

    @classmethod
    def for_window(cls, window: QWidget | None) -> MailSettingsPage:
        """Shares the main window's password store (the session-only password lives there)."""
        owner = getattr(window, "thank_yous", None)
        if owner is not None:
            return cls(owner.passwords)
        from ...mail.secrets import PasswordStore

        return cls(PasswordStore())

    # ------------------------------------------------------------------ account
    def _account_box(self, account: MailAccount) -> QGroupBox:
        box = QGroupBox(self.tr("Mail account (SMTP)"))
        form = QFormLayout(box)
        self.host = QLineEdit(account.host)
        self.host.setPlaceholderText(self.tr("smtp.example.com"))
        self.host.setMinimumWidth(self.host.fontMetrics().horizontalAdvance("smtp.example.com") + 24)
        self.security = QComboBox()
        for value, label in SECURITY_CHOICES:
            self.security.addItem(self.tr(str(label)), value)
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(account.port)
        self.security.currentIndexChanged.connect(
            lambda _i: self.port.setValue(DEFAULT_PORTS[self.security.currentData()]))
        self.user = QLineEdit(account.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to keep the one in your keyring"))
        # not `sender`: that would hide QObject.sender()
        self.sender_address = QLineEdit(account.sender)
        self.sender_address.setPlaceholderText(self.tr("you@example.com"))
        self.sender_name = QLineEdit(account.sender_name)
        split_pasted_mailbox(self.sender_address, self.sender_name)
        self.ca_file = QLineEdit(account.ca_file)
        self.ca_file.setPlaceholderText(self.tr("only for company servers with their own certificate authority"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(self.security)
        server_row.addWidget(self.port)
        for widget, name in ((self.host, self.tr("Server")), (self.port, self.tr("Port")),
                             (self.security, self.tr("Security")), (self.user, self.tr("User name")),
                             (self.password, self.tr("Password")), (self.sender_address, self.tr("Sender address")),
                             (self.sender_name, self.tr("Your name")), (self.ca_file, self.tr("CA file"))):
            widget.setAccessibleName(name)
        server_label = QLabel(self.tr("Ser&ver:"))  # a row of three widgets: the mnemonic needs its buddy set by hand
        server_label.setBuddy(self.host)
        form.addRow(server_label, server_row)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Sender &address:"), self.sender_address)
        form.addRow(self.tr("Your &name:"), self.sender_name)
        form.addRow(self.tr("CA file:"), ca_row)
        self.test_button = QPushButton(self.tr("Send &test message"))
        self.test_button.setToolTip(self.tr("Sends a short message to your own sender address"))
        self.test_button.clicked.connect(self.send_test)
        self.test_progress = busy_bar(self.tr("Sending the test message"))
        self.account_status = plain_label(self.tr("The password is kept in your system's keyring, never in a file."))
        self.account_status.setWordWrap(True)
        form.addRow("", button_with_busy_bar(self.test_button, self.test_progress))
        form.addRow(self.account_status)  # its own full-width row: a long server error is never cut off
        return box

    def _choose_ca(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..shared.file_folders import start_folder

        dialog = QFileDialog(self, self.tr("Certificate authority file"), str(start_folder(self)),
                             self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._ca_chosen)
        dialog.open()

    def _ca_chosen(self, path: str) -> None:
        from ..shared.file_folders import remember_folder

        remember_folder(self, path)
        self.ca_file.setText(path)

    def account(self) -> MailAccount:
        return MailAccount(host=self.host.text().strip(), port=self.port.value(),
                           security=self.security.currentData(), user=self.user.text().strip(),
                           sender=self.sender_address.text().strip(), sender_name=self.sender_name.text().strip(),
                           ca_file=self.ca_file.text().strip())

    def _say(self, text: str, error: bool = False) -> None:
        self.account_status.setStyleSheet(ERROR_STYLE if error else "")
        self.account_status.setText(text)

    # ------------------------------------------------------------------ templates
    def _templates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thank-you templates"))
        self.template_list = QComboBox()
        self.template_list.setAccessibleName(self.tr("Template"))
        self.template_list.addItems([t.name for t in self.templates])
        add = QPushButton(self.tr("&New"))
        remove = QPushButton(self.tr("Remove"))
        reset = QPushButton(self.tr("Restore defaults"))
        self.template_name = QLineEdit()
        self.template_name.setAccessibleName(self.tr("Template name"))
        self.template_subject = QLineEdit()
        self.template_subject.setAccessibleName(self.tr("Template subject"))
        self.template_body = QPlainTextEdit()
        self.template_body.setAccessibleName(self.tr("Template text"))
        lines = self.fontMetrics().lineSpacing()
        self.template_body.setMinimumHeight(lines * 8 + 12)  # most of a template at once
        self.template_error = plain_label()
        self.template_error.setStyleSheet(ERROR_STYLE)
        self.template_error.setWordWrap(True)
        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        for name, what in PLACEHOLDERS:
            item = QListWidgetItem(f"${name} — {QCoreApplication.translate('Placeholder', what)}")
            item.setData(Qt.ItemDataRole.UserRole, f"${name}")
            self.placeholders.addItem(item)
        self.placeholders.setToolTip(self.tr("Double-click to insert at the cursor"))
        self.placeholders.setWordWrap(True)
        self.placeholders.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped items laid out again: no overlap
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.setMinimumHeight(lines * 5 + 12)
        self.placeholders.itemDoubleClicked.connect(
            lambda item: self.template_body.insertPlainText(item.data(Qt.ItemDataRole.UserRole)))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setMinimumHeight(lines * 6 + 12)
        top = QHBoxLayout()
        top.addWidget(self.template_list, 1)
        for button in (add, remove, reset):
            top.addWidget(button)
        editor = QWidget()
        editor_layout = QFormLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addRow(self.tr("Name:"), self.template_name)
        editor_layout.addRow(self.tr("Subject:"), self.template_subject)
        editor_layout.addRow(self.template_body)
        editor_layout.addRow(self.template_error)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(plain_label(self.tr("Placeholders:")))
        side_layout.addWidget(self.placeholders, 1)
        side_layout.addWidget(plain_label(self.tr("Preview (sample interview):")))
        side_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(side)
        splitter.setSizes([480, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint(self.tr("A template that names an unknown placeholder cannot be saved.")))
        self._shown = -1
        self.template_list.currentIndexChanged.connect(self._show_template)
        for field in (self.template_name, self.template_subject):
            field.textChanged.connect(self._edited)
        self.template_body.textChanged.connect(self._edited)
        add.clicked.connect(self._add_template)
        remove.clicked.connect(self._remove_template)
        reset.clicked.connect(self._reset_templates)
        self._show_template(0)
        return box

    def _show_template(self, index: int) -> None:
        self._shown = -1  # not an edit while filling the fields
        if 0 <= index < len(self.templates):
            template = self.templates[index]
            self.template_name.setText(template.name)
            self.template_subject.setText(template.subject)
            self.template_body.setPlainText(template.body)
        self._shown = index
        self._update_preview()

    def _edited(self) -> None:
        if 0 <= self._shown < len(self.templates):
            self.templates[self._shown] = EmailTemplate(self.template_name.text(), self.template_subject.text(),
                                                        self.template_body.toPlainText())
            self.template_list.setItemText(self._shown, self.template_name.text() or self.tr("(unnamed)"))
        self._update_preview()

    def _update_preview(self) -> None:
        template = EmailTemplate(self.template_name.text(), self.template_subject.text(),
                                 self.template_body.toPlainText())
        unknown = unknown_placeholders(template.subject) + unknown_placeholders(template.body)
        self.template_error.setText(
            self.tr("Unknown placeholder: %1 — it would never be filled in.").replace(
                "%1", ", ".join(u if u.startswith("$") else f"${u}" for u in unknown)) if unknown else "")
        subject, body = render(template, sample_context())
        self.preview.setPlainText(self.tr("Subject: %1").replace("%1", subject) + f"\n\n{body}")

    def _add_template(self) -> None:
        first = default_templates(draft_language())[0]
        self.templates.append(replace(first, name=self.tr("New template")))
        self.template_list.addItem(self.tr("New template"))
        self.template_list.setCurrentIndex(len(self.templates) - 1)
        self.template_name.setFocus()
        self.template_name.selectAll()

    def _remove_template(self) -> None:
        index = self.template_list.currentIndex()
        if len(self.templates) > 1 and 0 <= index < len(self.templates):
            self._shown = -1
            del self.templates[index]
            self.template_list.removeItem(index)

    def _reset_templates(self) -> None:
        self._shown = -1
        self.templates = default_templates(draft_language())
        self.template_list.clear()
        self.template_list.addItems([t.name for t in self.templates])
        self._show_template(0)

    # ------------------------------------------------------------------ saving and testing
    def problems(self) -> list[str]:
        found = []
        account = self.account()
        if account.sender and not is_valid_email(account.sender):
            found.append(self.tr("“%1” is not an e-mail address.").replace("%1", account.sender))
        if account.host and not account.sender:
            found.append(self.tr("Add the sender address for your mail account."))
        for template in self.templates:
            unknown = unknown_placeholders(template.subject) + unknown_placeholders(template.body)
            if unknown:
                found.append(self.tr("The template “%1” names unknown placeholders: %2.")
                             .replace("%2", ", ".join(unknown)).replace("%1", template.name, 1))
            if not template.name.strip():
                found.append(self.tr("Every template needs a name."))
        return found

    def save(self) -> None:
        account = self.account()
        save_account(account)
        save_templates(self.templates)
        if self.password.text() and account.user:
            self.passwords.set(account.host, account.user, self.password.text())
            self.password.clear()

    def send_test(self) -> None:
        if self.job is not None:
            return
        account = self.account()
        if not account.configured or not is_valid_email(account.sender):
            self._say(self.tr("Fill in the server and a valid sender address first."), error=True)
            return
        password = self.password.text() or (self.passwords.get(account.host, account.user) if account.user else None)
        notice = self.passwords.tell_once()
        if account.user and not password:
            self._say((notice + " " if notice else "") + self.tr("Type the password first."), error=True)
            return
        from ...mail.message import build_message  # the typed password is stored on Save, not by a test
        from ...mail.send_worker import SendJob

        message = build_message(account.sender, account.sender_name, [account.sender],
                                self.tr("Finish Strong test message"),
                                self.tr("This is a test message from Finish Strong: your mail settings work."),
                                datetime.now().astimezone())
        job = SendJob(account, password, message)  # no parent: mail/job_keeper.py
        self.job = job
        # Emitted on the worker thread: bound methods of this page, queued, run on the GUI thread.
        job.succeeded.connect(self._test_sent, Qt.ConnectionType.QueuedConnection)
        job.failed.connect(self._test_failed, Qt.ConnectionType.QueuedConnection)
        self.test_button.setEnabled(False)
        self.test_progress.show()
        self._say(self.tr("Sending a test message…"))
        QTimer.singleShot(int(account.timeout * 2 * 1000) + 5000, job.cancel)
        job.start()

    def _test_sent(self, _refused: list[str]) -> None:
        self._test_done(self.tr("Test message sent to %1.").replace("%1", self.sender_address.text().strip()), False)

    def _test_failed(self, reason: Words, _kind: object = None) -> None:
        self._test_done(self.tr("Test failed — %1").replace("%1", words_text(reason)), True)

    def _test_done(self, text: str, error: bool) -> None:
        self.job = None
        self.test_button.setEnabled(True)
        self.test_progress.hide()
        self._say(text, error)
