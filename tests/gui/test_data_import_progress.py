"""File ▸ Import data… (the import itself): beside the window, with progress; Cancel or a bad record changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.store import json_stream, json_stream_import
from desktop_app.store.demo import generate_demo
from desktop_app.store.interchange import export_json
from desktop_app.store.interviews import delete_interview, purge_deleted, save_interview
from desktop_app.store.models import Interview
from desktop_app.ui.app.data_import import ImportProgressDialog, start_import

from .conftest import sample_interview


def _export_file(tmp_path: Path, clock, count: int = 40) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """An export of `count` demo interviews, and the data left behind: one other interview."""
    generate_demo(count, now=clock.now)
    text = export_json()
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    for (interview_id,) in Interview.select(Interview.id).tuples():
        delete_interview(interview_id)
    purge_deleted()
    save_interview(sample_interview(clock.now, company="Already Here"))
    return path, text


def test_an_import_runs_beside_the_window_and_shows_its_result(qtbot, make_window, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, _ = _export_file(tmp_path, clock)
    before = json.loads(export_json())["interviews"]
    window = make_window()
    job = start_import(window, path)
    assert job is not None
    assert isinstance(window.dialogs.active, ImportProgressDialog)
    qtbot.waitUntil(lambda: window.import_job is None, timeout=20000)
    assert len(json.loads(export_json())["interviews"]) == len(before) + 40
    people = len(json.loads(path.read_text())["people"])
    assert window.statusBar().currentMessage() == f"Imported 40 interviews and {people} people from export.json."
    assert window.dialogs.active is None


def test_cancel_puts_everything_back(qtbot, make_window, clock, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(json_stream_import, "BATCH", 5)  # progress every five records
    monkeypatch.setattr(json_stream, "READ_SIZE", 2048)
    path, _ = _export_file(tmp_path, clock)
    before = export_json()
    window = make_window()
    job = start_import(window, path)
    dialog = window.dialogs.active
    job.cancel()  # as the Cancel button does (before the first batch is in)
    dialog.reject()
    assert not dialog.cancel_button.isEnabled() and "Cancelling" in dialog.label.text()
    qtbot.waitUntil(lambda: window.import_job is None, timeout=20000)
    assert export_json() == before
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."


def test_a_bad_record_changes_nothing_and_says_which(qtbot, make_window, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, text = _export_file(tmp_path, clock)
    doc = json.loads(text)
    doc["interviews"][30]["company"] = ""
    doc["interviews"][30]["role"] = "<b>Role</b>"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = export_json()
    window = make_window()
    start_import(window, path)
    qtbot.waitUntil(lambda: window.import_job is None, timeout=20000)
    assert export_json() == before
    box = window.dialogs.active
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Nothing was imported from export.json: Interview 31")


def test_a_file_that_is_no_export_is_refused_before_anything_starts(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "list.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    window = make_window()
    assert start_import(window, path) is None
    assert "not a Finish Strong export" in window.dialogs.active.text()
