"""Settings › Replies, "Replies (IMAP)": the mailbox that files sent thank-yous in Sent and tells
replies, auto-replies and bounces apart; "Check now"; the nudge after N days without a reply.

Its own widget, on its own tab beside Mail (the Mail tab has no room left at 1280×800): the
SMTP account stays in settings_mail_page.py; "Use the SMTP login" is on by default, so one
keyring password serves both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.words import Words
from ...mail.secrets import PasswordStore
from ...store.imap_settings import (
    DEFAULT_PORTS,
    SSL,
    STARTTLS,
    ImapAccount,
    ReplyRadar,
    imap_login,
    load_imap_account,
    load_reply_radar,
    save_imap_account,
    save_reply_radar,
)
from ..main.interview_dialog import ERROR_STYLE
from ..shared.errors import words_text
from ..shared.fields import busy_bar, button_with_busy_bar
from ..shared.labels import hint, plain_label


class ImapSettingsBox(QGroupBox):
    def __init__(self, passwords: PasswordStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Replies (IMAP)"))
        self.passwords = passwords
        self.job: QObject | None = None
        self.data_changed: Callable[[], None] | None = None  # set by the dialog: reload after a finding
        account, radar = load_imap_account(), load_reply_radar()
        self.host = QLineEdit(account.host)
        self.host.setPlaceholderText(self.tr("imap.example.com"))
        self.host.setToolTip(self.tr("Empty: no copies in Sent and no reply radar"))
        self.security = QComboBox()
        self.security.addItem(self.tr("SSL/TLS (port 993)"), SSL)
        self.security.addItem(self.tr("STARTTLS (port 143)"), STARTTLS)
        self.security.setCurrentIndex(0 if account.security == SSL else 1)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(account.port)
        self.security.currentIndexChanged.connect(
            lambda _i: self.port.setValue(DEFAULT_PORTS[self.security.currentData()]))
        self.same_login = QCheckBox(self.tr("Use the SMTP &login (user name and password)"))
        self.same_login.setChecked(account.use_smtp_login)
        self.user = QLineEdit(account.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in your keyring"))
        self.same_login.toggled.connect(self._login_toggled)
        self.ca_file = QLineEdit(account.ca_file)
        self.ca_file.setPlaceholderText(self.tr("only for company servers with their own certificate authority"))
        self.sent_folder = QLineEdit(account.sent_folder)
        self.sent_folder.setPlaceholderText(self.tr("automatic: the server's Sent folder"))
        self.extra_folder = QLineEdit(account.extra_folder)
        self.extra_folder.setPlaceholderText(self.tr("optional: a folder besides INBOX"))
        self.sent_folder.setToolTip(self.tr("Empty: the folder the server flags as Sent, else one named Sent, "
                                            "Sent Items or Sent Messages"))
        self.extra_folder.setToolTip(self.tr("A folder watched for replies besides INBOX, e.g. where a filter "
                                             "files mail from recruiters"))
        self.nudge = QCheckBox(self.tr("Suggest a check-in when no reply came after"))
        self.nudge.setChecked(radar.nudge)
        self.nudge_days = QSpinBox()
        self.nudge_days.setRange(1, 90)
        self.nudge_days.setValue(radar.nudge_days)
        self.nudge_days.setSuffix(self.tr(" days"))
        for widget, name in ((self.host, self.tr("IMAP server")), (self.port, self.tr("IMAP port")),
                             (self.security, self.tr("IMAP security")), (self.user, self.tr("IMAP user name")),
                             (self.password, self.tr("IMAP password")), (self.ca_file, self.tr("IMAP CA file")),
                             (self.sent_folder, self.tr("Sent folder")), (self.extra_folder, self.tr("Also watch")),
                             (self.nudge_days, self.tr("Days before the check-in"))):
            widget.setAccessibleName(name)
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(self.security)
        server_row.addWidget(self.port)
        server_label = QLabel(self.tr("Ser&ver:"))
        server_label.setBuddy(self.host)
        nudge_row = QHBoxLayout()
        nudge_row.addWidget(self.nudge)
        nudge_row.addWidget(self.nudge_days)
        nudge_row.addStretch(1)
        self.check_button = QPushButton(self.tr("Check &now"))
        self.check_button.setToolTip(self.tr("Files sent thank-yous in Sent and looks for replies now"))
        self.check_button.clicked.connect(self.check_now)
        self.progress = busy_bar(self.tr("Checking for replies"))
        self.status = plain_label(self.tr("Checked after start-up and every 15 minutes while Finish Strong runs."))
        self.status.setWordWrap(True)
        check_row = button_with_busy_bar(self.check_button, self.progress)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(server_label, server_row)
        form.addRow("", self.same_login)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("CA file:"), ca_row)
        form.addRow(self.tr("Sent folder:"), self.sent_folder)
        form.addRow(self.tr("Also watch:"), self.extra_folder)
        form.addRow("", nudge_row)
        form.addRow("", check_row)
        form.addRow(self.status)
        form.addRow(hint(self.tr(
            "Every thank-you sent through Finish Strong is filed once in your Sent folder. New mail in INBOX "
            "is matched to what you sent: only the headers and first lines of answers are read and kept; "
            "auto-replies and bounces are told apart. The password stays in your system's keyring.")))
        self._login_toggled(self.same_login.isChecked())

    def _choose_ca(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self, self.tr("Certificate authority file"), "",
                             self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()

    def _login_toggled(self, same: bool) -> None:
        self.user.setEnabled(not same)
        self.password.setEnabled(not same)

    def account(self) -> ImapAccount:
        return ImapAccount(host=self.host.text().strip(), port=self.port.value(), security=self.security.currentData(),
                           user=self.user.text().strip(), use_smtp_login=self.same_login.isChecked(),
                           ca_file=self.ca_file.text().strip(), sent_folder=self.sent_folder.text().strip(),
                           extra_folder=self.extra_folder.text().strip())

    def problems(self) -> list[str]:
        account = self.account()
        if account.host and not account.use_smtp_login and not account.user:
            return [self.tr("Add the IMAP user name, or tick “Use the SMTP login”.")]
        return []

    def save(self) -> None:
        account = self.account()
        save_imap_account(account)
        save_reply_radar(ReplyRadar(self.nudge.isChecked(), self.nudge_days.value()))
        login = imap_login(account)
        if self.password.text() and not account.use_smtp_login and login.user:
            self.passwords.set(login.keyring_host, login.user, self.password.text())
            self.password.clear()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def check_now(self) -> None:
        """A check with the values in the form (saved or not), in the background."""
        if self.job is not None:
            return
        account = self.account()
        if not account.configured:
            self._say(self.tr("Fill in the IMAP server first."), error=True)
            return
        login = imap_login(account)
        typed = self.password.text() if not account.use_smtp_login else ""
        password = typed or (self.passwords.get(login.keyring_host, login.user) if login.user else None)
        if not login.user or not password:
            self._say(self.tr("Type the user name and password first (or those of the SMTP account)."), error=True)
            return
        from ...mail.check_worker import CheckJob
        from ...store.mail_settings import load_account

        job = CheckJob(account, load_account(), password)  # no parent: mail/job_keeper.py
        self.job = job
        job.finished.connect(self._checked, Qt.ConnectionType.QueuedConnection)
        job.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.check_button.setEnabled(False)
        self.progress.show()
        self._say(self.tr("Checking…"))
        job.start()

    def _checked(self, findings: list) -> None:  # type: ignore[type-arg]
        counts = {kind: sum(1 for f in findings if f.kind == kind)
                  for kind in ("filed_sent", "reply", "auto_reply", "bounce")}
        text = self.tr("Checked: {filed} filed in Sent, {replies} replies, {auto} auto-replies, {bounces} bounced.")
        self._done(text.format(filed=counts["filed_sent"], replies=counts["reply"], auto=counts["auto_reply"],
                               bounces=counts["bounce"]), False)
        if findings and self.data_changed is not None:
            self.data_changed()

    def _failed(self, kind: str, reason: Words) -> None:
        text = words_text(reason)  # the check's reason (mail/errors.py) in the user's language
        self._done(self.tr("Check failed ({kind}) — {text}").format(kind=kind, text=text), True)

    def _done(self, text: str, error: bool) -> None:
        self.job = None
        self.check_button.setEnabled(True)
        self.progress.hide()
        self._say(text, error)
