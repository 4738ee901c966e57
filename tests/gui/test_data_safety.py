"""Back up, restore, recovery and the crash dialog, driven like a user in the window."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.paths import backups_dir, database_path
from desktop_app.store.backups import backup_files
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import load_debrief, save_section
from desktop_app.store.interviews import has_interviews, save_interview
from desktop_app.store.models import Interview
from desktop_app.ui.app import backup_actions
from desktop_app.ui.app.crash_details import CrashDialog
from desktop_app.ui.app.crash_dialog import CrashReporter
from desktop_app.ui.app.recovery_prompt import RecoveryPrompt, recover
from desktop_app.ui.app.startup_checks import StartupChecks
from tests.leak_check import files_containing

from .conftest import sample_interview

MARKER = "SECRET-NOTE-4711 <i>private</i>"


def has_company(name: str) -> bool:
    return Interview.select().where(Interview.company == name).exists()


def test_back_up_change_restore_and_see_the_earlier_data(qtbot, make_window, clock, data_dir: Path,
                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = save_interview(sample_interview(clock.now, company="Before Backup GmbH"))
    save_section(first, "discussed", "Notes worth keeping")
    window = make_window()
    target = tmp_path / "elsewhere" / "my-backup.sqlite3"
    target.parent.mkdir()
    assert backup_actions.back_up_to(window.services, target) == target
    assert target.stat().st_mode & 0o777 == 0o600

    later = save_interview(sample_interview(clock.now, company="After Backup AG"))
    save_section(first, "discussed", "Overwritten by mistake")
    window.refresh()
    window.select_interview(later)

    window.menu_actions.restore_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, backup_actions.RestoreDialog)
    dialog.choose_path(target)  # "Other file…" picked the backup made above
    confirm = window.dialogs.active
    assert "Restore" in confirm.windowTitle() and "1 interview, 1 with notes" in confirm.text()
    confirm.buttons()[[b.text() for b in confirm.buttons()].index("Restore")].click()

    assert load_debrief(first).sections["discussed"] == "Notes worth keeping"
    assert not has_company("After Backup AG") and has_company("Before Backup GmbH")
    assert window.selected_interview is None
    reasons = [p.name for p in backup_files(backups_dir(data_dir))]
    assert any("before-restore" in name for name in reasons)  # the current data were kept first
    assert window.statusBar().currentMessage().startswith("Restored the backup")


def test_restoring_a_damaged_file_is_refused_and_changes_nothing(qtbot, make_window, clock, data_dir: Path,
                                                                 tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now, company="Still Here Ltd"))
    window = make_window()
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    before = database_path(data_dir).read_bytes()
    window.menu_actions.restore_action.trigger()
    dialog = window.dialogs.active
    dialog.choose_path(damaged)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "nothing was restored" in dialog.error.text()
    assert not backup_actions.restore_backup(window.services, damaged)
    assert database_path(data_dir).read_bytes() == before
    assert has_interviews()
    dialog.reject()


def test_the_restore_list_shows_dates_and_counts(qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now))
    from desktop_app.store.backups import backup_live_file

    backup_live_file(database_path(data_dir), backups_dir(data_dir), "daily")
    window = make_window()
    window.menu_actions.restore_action.trigger()
    dialog = window.dialogs.active
    text = dialog.list.item(0).text()
    assert "1 interview, 0 with notes" in text and "(daily)" in text
    dialog.grab().save(str(Path("/tmp/finish-strong-restore-dialog.png")))
    dialog.reject()


def test_damage_found_after_the_first_paint_is_moved_aside_and_a_backup_restored(
        qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now, company="Backed Up Inc"))
    from desktop_app.store.backups import backup_live_file

    backup_live_file(database_path(data_dir), backups_dir(data_dir), "daily")
    window = make_window()
    checks = StartupChecks(window, database_path(data_dir), backups_dir(data_dir))
    checks.offer_recovery()
    prompt = window.dialogs.active
    assert isinstance(prompt, RecoveryPrompt)
    assert "damaged" in prompt.text() and str(data_dir) in prompt.text()
    assert prompt.restore_button.isEnabled()
    prompt.grab().save("/tmp/finish-strong-recovery-prompt.png")
    prompt.restore_button.click()
    qtbot.waitUntil(lambda: window.dialogs.active is not None
                    and "damaged file is kept" in window.dialogs.active.text())
    kept = list(data_dir.glob("finish-strong.damaged-*.sqlite3"))
    assert len(kept) == 1
    assert str(kept[0]) in window.dialogs.active.text()
    assert has_interviews()


def test_start_with_an_empty_database_keeps_the_damaged_file(data_dir: Path) -> None:
    save_interview(sample_interview(datetime.now().astimezone()))
    close_database()
    live = database_path(data_dir)
    live.write_bytes(b"garbage" * 1000)
    kept, backup = recover("empty", live, backups_dir(data_dir))
    assert backup is None and kept.read_bytes() == b"garbage" * 1000 and not live.exists()
    open_database(live, backups_dir(data_dir))
    assert not has_interviews()


def test_an_exception_while_saving_a_note_shows_details_logs_no_note_text_and_keeps_the_data(
        qtbot, make_window, clock, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.crash_log import setup_logging

    setup_logging(data_dir)
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=1)))
    save_section(interview_id, "discussed", "The saved version")
    window = make_window()
    reporter = CrashReporter(data_dir, window)
    reporter.parent_window = window

    def broken_index(interview: int, source: str, text: str) -> None:
        raise RuntimeError(f"indexer failed on {text}")  # a bug, with the note text in its message

    monkeypatch.setattr("desktop_app.store.debrief_store.index_source", broken_index)
    try:
        save_section(interview_id, "discussed", MARKER)  # the UPDATE ran, then the bug: rolled back
    except RuntimeError as exc:
        reporter.report((type(exc), exc, exc.__traceback__))
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    dialog = reporter.dialog
    assert isinstance(dialog, CrashDialog)
    assert "RuntimeError" in dialog.details.toPlainText() and "broken_index" in dialog.details.toPlainText()
    assert MARKER not in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.details.toPlainText()
    dialog.grab().save("/tmp/finish-strong-crash-dialog.png")
    assert load_debrief(interview_id).sections["discussed"] == "The saved version"
    assert files_containing(data_dir / "logs", MARKER) == []
    assert files_containing(data_dir / "logs", "SECRET-NOTE-4711") == []
    assert "RuntimeError" in (data_dir / "logs" / "finish-strong.log").read_text()
    dialog.close()


def test_a_full_disk_while_typing_says_so_keeps_the_text_and_saves_once_there_is_room(
        qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.database import db_proxy

    interview_id = save_interview(sample_interview(clock.now))
    window = make_window()
    window.open_debrief(interview_id)
    debrief = window.debriefs.windows[interview_id]
    database = db_proxy.obj
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {int(pages)}")  # SQLite's own SQLITE_FULL, for real
    # Under debrief_store.INDEX_LATER_CHARS: written by the GUI thread's own connection, the one whose
    # max_page_count stands in for a full disk (longer notes go through the writer thread; see
    # test_debrief.py for its failure path).
    typed = "Long notes about the team, the roadmap and the on-call rota. " * 1500
    debrief.sections["discussed"].setPlainText(typed)
    assert not debrief.autosaver.flush()
    assert "disk is full" in debrief.status.text() and "still here" in debrief.status.text()
    assert debrief.sections["discussed"].toPlainText() == typed
    assert load_debrief(interview_id).sections["discussed"] == ""  # nothing half-written
    database.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed
    assert debrief.autosaver.flush()
    assert load_debrief(interview_id).sections["discussed"] == typed
    debrief.close()


def test_an_exception_in_a_worker_thread_reaches_the_dialog_in_the_gui_thread(
        qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import threading

    window = make_window()
    reporter = CrashReporter(data_dir, window)
    reporter.install()
    try:
        def work() -> None:
            raise KeyError(MARKER)

        worker = threading.Thread(target=work, name="backup-test")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None)
    finally:
        reporter.uninstall()
    details = reporter.dialog.details.toPlainText()
    assert "builtins.KeyError" in details and "in work" in details and MARKER not in details
    assert "thread backup-test" in (data_dir / "logs" / "finish-strong.log").read_text()
    assert files_containing(data_dir / "logs", "SECRET-NOTE-4711") == []
    reporter.dialog.close()


def test_restoring_a_backup_from_an_older_version_migrates_it(qtbot, make_window, data_dir: Path,
                                                              tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from desktop_app.store.backups import inspect_backup
    from desktop_app.store.migrations import LATEST_VERSION, schema_version

    old = tmp_path / "schema-v1.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "schema-v1.sqlite3", old)
    info = inspect_backup(old, LATEST_VERSION)
    window = make_window()
    assert backup_actions.restore_backup(window.services, old)
    from desktop_app.store.database import db_proxy

    assert schema_version(db_proxy.obj) == LATEST_VERSION
    assert Interview.select().count() == info.interviews > 0


def test_a_full_disk_during_the_start_up_backup_says_disk_full_and_leaves_no_part_files(
        qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.demo import generate_demo
    from tests.fs_faults import fill, small_disk

    generate_demo(60, seed=3)  # a live file far larger than the room left for its backup
    backups = backups_dir(data_dir)
    with small_disk(backups, "128k"):
        leftover = backups / ".finish-strong-20260101T000000Z-daily.sqlite3.part"  # a copy killed last time
        leftover.write_bytes(b"half a copy")
        Path(f"{leftover}-journal").write_bytes(b"its journal")
        fill(backups, leave=16_384)
        window = make_window()
        checks = StartupChecks(window, database_path(data_dir), backups)
        checks.start()
        qtbot.waitUntil(lambda: window.dialogs.active is not None, timeout=20_000)
        checks.join()
        assert "disk holding your data is full" in window.dialogs.active.text()
        assert "nothing was lost" in window.dialogs.active.text()
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
        assert sorted(p.name for p in backups.iterdir()) == ["filler"]  # no .part, no -journal, no backup
        assert checks.result is not None and checks.result.healthy


@pytest.mark.parametrize(("page_size", "journal"), [(8192, "delete"), (1024, "wal"), (4096, "delete")])
def test_a_valid_backup_with_another_page_size_or_journal_mode_restores(
        qtbot, make_window, clock, data_dir: Path, tmp_path: Path, page_size: int, journal: str) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    save_interview(sample_interview(clock.now, company="In The Backup Ltd"))
    made_elsewhere = tmp_path / f"other-tool-{page_size}-{journal}.sqlite3"  # e.g. the sqlite3 shell's .backup
    copy = sqlite3.connect(made_elsewhere)
    sqlite3.connect(database_path(data_dir)).backup(copy)
    copy.execute("PRAGMA journal_mode = delete")
    copy.execute(f"PRAGMA page_size = {page_size}")
    copy.execute("VACUUM")
    copy.execute(f"PRAGMA journal_mode = {journal}")
    assert copy.execute("PRAGMA page_size").fetchone()[0] == page_size
    copy.close()
    save_interview(sample_interview(clock.now, company="After The Backup SA"))
    window = make_window()
    restored = backup_actions.restore_backup(window.services, made_elsewhere)
    assert restored, window.dialogs.active and window.dialogs.active.text()
    assert has_company("In The Backup Ltd") and not has_company("After The Backup SA")
    assert window.dialogs.active is None  # no error shown
    live = sqlite3.connect(database_path(data_dir))
    assert live.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert live.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    live.close()
    assert not list(data_dir.glob(".restore-*"))  # the converted copy is gone
