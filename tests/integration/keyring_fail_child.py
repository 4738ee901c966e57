"""Child process for the no-keyring test: PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring.

Types the password into Settings > Mail and saves, sends a real message with it, provokes an
error that carries the password into the app's log, and prints what the app told the user as
JSON. The parent then scans every file for the password.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.crash_log import ensure_logging, log, log_exception
from desktop_app.mail.message import build_message
from desktop_app.mail.secrets import PasswordStore
from desktop_app.mail.smtp_sender import send
from desktop_app.paths import backups_dir, database_path
from desktop_app.store.database import close_database, open_database
from desktop_app.store.mail_settings import MailAccount, load_account
from desktop_app.ui.settings.settings_mail_page import MailSettingsPage


def main() -> None:
    data_dir, account_json, password = Path(sys.argv[1]), sys.argv[2], sys.stdin.read()
    app = QApplication([])
    open_database(database_path(data_dir), backups_dir(data_dir))
    account = MailAccount(**json.loads(account_json))
    store = PasswordStore()
    page = MailSettingsPage(store)
    page.host.setText(account.host)
    page.port.setValue(account.port)
    page.user.setText(account.user)
    page.sender_address.setText(account.sender)
    page.ca_file.setText(account.ca_file)
    page.password.setText(password)
    page.save()
    told = [store.tell_once(), store.tell_once()]
    saved = load_account()
    again = store.get(saved.host, saved.user)
    message = build_message(saved.sender, "", ["zoe@northwind.example"], "Thanks", "Zoë Ñúñez", datetime.now(UTC))
    refused = send(saved, again, message)
    # The app's log is on (as after the first paint), and an unexpected error carrying the password
    # in its message, a local variable and a log call's text is logged the way the crash hook does.
    ensure_logging(data_dir)
    log.warning(f"about to fail with {again}")
    try:
        secret_in_a_local = again
        raise RuntimeError(f"login refused for password {secret_in_a_local}")
    except RuntimeError as exc:
        log_exception(type(exc), exc, exc.__traceback__, "a provoked failure")
    close_database()
    page.deleteLater()
    app.processEvents()
    print(json.dumps({"told": told, "session_only": store.session_only, "same": again == password,
                      "field_cleared": page.password.text() == "", "refused": list(refused)}))


if __name__ == "__main__":
    main()
