"""File ▸ Import data (JSON)…: a file that would replace the mail server settings lists each change
and asks first; Cancel changes nothing; a plain file imports without a question; a bad one says why."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.store.interchange import export_json
from desktop_app.store.interviews import save_interview
from desktop_app.store.mail_settings import MailAccount, load_account, save_account
from desktop_app.store.models import Interview
from desktop_app.ui.main.data_import import import_data_file

from .conftest import sample_interview


def _file_with(tmp_path: Path, clock, account: dict | None) -> Path:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now, company="In The Database AG"))
    doc = json.loads(export_json())
    doc["interviews"][0]["company"] = "From The File GmbH"  # the file renames it
    if account is not None:
        doc["settings"]["mail_account"] = account
    path = tmp_path / "export.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_changing_the_mail_server_lists_the_changes_and_asks(qtbot, make_window, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_account(MailAccount(host="smtp.mine.example", port=587, user="me", sender="me@mine.example"))
    path = _file_with(tmp_path, clock, {"host": "smtp.elsewhere.example", "port": 25, "user": "me",
                                        "sender": "me@mine.example"})
    window = make_window()
    import_data_file(window, path)
    box = window.dialogs.active
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
    assert "host: “smtp.mine.example” → “smtp.elsewhere.example”" in box.text()
    assert "port: “587” → “25”" in box.text()
    box.grab().save("/tmp/finish-strong-replace-mail-settings.png")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert load_account().host == "smtp.mine.example"
    assert not Interview.select().where(Interview.company == "From The File GmbH").exists()  # nothing imported

    import_data_file(window, path)
    box = window.dialogs.active
    next(b for b in box.buttons() if b.text() == "Import and replace").click()
    qtbot.waitUntil(lambda: window.import_job is None, timeout=20000)  # it runs beside the window
    assert load_account().host == "smtp.elsewhere.example"
    assert Interview.select().where(Interview.company == "From The File GmbH").exists()
    assert window.statusBar().currentMessage().startswith("Imported 1 interviews")


def test_a_file_without_mail_changes_imports_at_once_and_a_bad_one_says_why(qtbot, make_window, clock,  # type: ignore[no-untyped-def]
                                                                             tmp_path) -> None:
    path = _file_with(tmp_path, clock, None)
    window = make_window()
    import_data_file(window, path)
    qtbot.waitUntil(lambda: window.import_job is None, timeout=20000)  # it runs beside the window
    assert window.dialogs.active is None, window.dialogs.active.text()
    assert Interview.select().where(Interview.company == "From The File GmbH").exists()
    bad = tmp_path / "bad.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["settings"]["mail_account"] = {"host": ["<b>list</b>"]}
    bad.write_text(json.dumps(doc), encoding="utf-8")
    import_data_file(window, bad)
    box = window.dialogs.active
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
    assert "Nothing was imported from bad.json" in box.text() and "“host” must be text" in box.text()
