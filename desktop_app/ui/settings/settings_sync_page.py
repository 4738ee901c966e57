"""Settings › Sync: the CalDAV server, user, password (keyring), CA file, and which calendar
takes the interviews and which task list the follow-ups (docs/SYNC.md).

"Find my calendars" and "Create “Finish Strong”" talk to the server in a worker thread; the
page only shows what came back. The password goes to the keyring on OK, never to the database.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.sync_settings import SyncAccount, load_last_sync, load_sync_account, save_sync_account
from ..shared.sync_words import sync_error_text, sync_kind_name


class _Bridge(QObject):
    done = Signal(object, object)  # (result, error) back on the GUI thread


class SyncSettingsPage(QWidget):
    def __init__(self, passwords, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.passwords = passwords
        self.bridge = _Bridge(self)
        self.bridge.done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.pending: Callable[[object], None] | None = None
        account = self.original = load_sync_account()
        box = QGroupBox(self.tr("Calendar server (CalDAV)"))
        form = QFormLayout(box)
        self.url = QLineEdit(account.url)
        self.url.setPlaceholderText("https://cloud.example.com/remote.php/dav")
        self.user = QLineEdit(account.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in your system's keyring"))
        self.ca_file = QLineEdit(account.ca_file)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("CA file (optional):"), ca_row)
        self.find_button = QPushButton(self.tr("Find my calendars"))
        self.find_button.clicked.connect(self.find_calendars)
        self.create_button = QPushButton(self.tr("Create “Finish Strong”"))
        self.create_button.clicked.connect(self.create_calendar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.calendar = QComboBox()
        self.task_list = QComboBox()
        for combo, current in ((self.calendar, account.calendar), (self.task_list, account.task_list)):
            combo.setMinimumContentsLength(30)
            if current:
                combo.addItem(current, current)
        form.addRow(self.tr("&Interviews go to:"), self.calendar)
        form.addRow(self.tr("&Follow-ups go to:"), self.task_list)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        last = load_last_sync()
        if last:
            kind = last.get("error_kind")
            result = self.tr("failed ({kind})").format(kind=sync_kind_name(kind)) if kind else self.tr("OK")
            self.status.setText(self.tr("Last sync: {at} UTC, {result}.").format(at=str(last.get("at", "")),
                                                                                 result=result))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.status)
        note = QLabel(self.tr("Interviews and open follow-ups (with their reminders) go to your calendar; "
                              "notes, drafts and personal notes never leave this computer."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA file"), "", self.tr("Certificates (*.pem *.crt)"))
        if path:
            self.ca_file.setText(path)

    def account(self) -> SyncAccount:
        return SyncAccount(
            url=self.url.text().strip(), user=self.user.text().strip(),
            calendar=str(self.calendar.currentData() or ""), task_list=str(self.task_list.currentData() or ""),
            ca_file=self.ca_file.text().strip(), timeout=self.original.timeout,
        )

    def _password(self, account: SyncAccount) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        return self.passwords.get(account.keyring_host, account.user) if account.user else None

    def _run(self, job: Callable[[], object], then: Callable[[object], None]) -> None:
        self.find_button.setEnabled(False)
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Asking the server…"))
        self.pending = then

        def work() -> None:
            try:
                self.bridge.done.emit(job(), None)
            except Exception as exc:  # noqa: BLE001 - SyncError with a kind, shown as text
                self.bridge.done.emit(None, exc)

        threading.Thread(target=work, name="caldav-settings", daemon=True).start()

    def _finished(self, result: object, error: object) -> None:
        self.find_button.setEnabled(True)
        self.create_button.setEnabled(True)
        if error is not None:
            from ...sync.errors import classify

            assert isinstance(error, BaseException)
            failure = classify(error)
            self.status.setText(self.tr("Could not reach your calendars ({kind}): {reason}").format(
                kind=sync_kind_name(failure.kind.value), reason=sync_error_text(failure)))
            return
        if self.pending is not None:
            self.pending(result)

    def _job(self, create: bool) -> Callable[[], object]:
        account = self.account()
        password = self._password(account)

        def job() -> object:
            from ...sync.connect import create_calendar, find_calendars, open_client

            client = open_client(account.url, account.user, password, account.ca_file, account.timeout)
            try:
                if create:
                    create_calendar(client, account.url)
                return find_calendars(client, account.url)
            finally:
                client.close()

        return job

    def find_calendars(self) -> None:
        self._run(self._job(create=False), self._show_calendars)

    def create_calendar(self) -> None:
        self._run(self._job(create=True), self._show_calendars)

    def _show_calendars(self, result: object) -> None:
        calendars = list(result)  # type: ignore[call-overload]
        for combo, wanted in ((self.calendar, "takes_events"), (self.task_list, "takes_todos")):
            current = combo.currentData()
            combo.clear()
            for found in calendars:
                if getattr(found, wanted):
                    combo.addItem(found.name or found.url, found.url)
                    combo.setItemData(combo.count() - 1, found.url, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        finish_strong = [c for c in calendars if c.name == "Finish Strong"]
        self.create_button.setEnabled(not finish_strong)
        self.status.setText(self.tr("Found {count} calendar(s).").format(count=len(calendars)) if calendars
                            else self.tr("No calendars found: create “Finish Strong”."))

    def save(self) -> None:
        """Another calendar chosen starts the sync over there at its next run (sync/runner.py)."""
        account = self.account()
        save_sync_account(account)
        if self.password.text() and account.user:
            self.passwords.set(account.keyring_host, account.user, self.password.text())
        self.original = account
