"""Every editor kind, open with unsaved typing, while its interview is restored, deleted or re-imported.

What a user would notice: text typed in a window landing on *another* interview (the bug this
guards against: after a restore, an open e-mail window autosaved onto the interview that now
had its id), or a window left showing data that are no longer there.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from desktop_app.paths import database_path
from desktop_app.store.backups import backup_connection
from desktop_app.store.database import db_proxy
from desktop_app.store.debrief_store import save_section
from desktop_app.store.interviews import delete_interview, load_interview, purge_deleted, save_interview
from desktop_app.ui.app import backup_actions
from desktop_app.ui.shared.autosave import Autosaver

from .conftest import sample_interview
from .test_invitations import ICS, import_dialog

KINDS = ("debrief", "compose", "card", "envelope")
TYPED = "TYPED-IN-THE-OPEN-WINDOW"
#: Tables whose rows an editor writes (or could write by mistake).
TABLES = ("interview", "person", "interview_person", "debrief", "email_draft", "card_draft")


def rows(path: Path, skip_interview: int | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every row an editor could write to, read with a connection of the test's own."""
    db = sqlite3.connect(path)
    try:
        found = {}
        for table in TABLES:
            column = "id" if table == "interview" else "interview_id" if table != "person" else None
            where = f" WHERE {column} IS NOT ?" if column and skip_interview is not None else ""
            args = (skip_interview,) if where else ()
            found[table] = sorted(db.execute(f"SELECT * FROM {table}{where}", args).fetchall(), key=repr)
        return found
    finally:
        db.close()


def open_editor(window, kind: str, interview_id: int) -> tuple[tuple[object, ...], QWidget]:  # type: ignore[no-untyped-def]
    """Open the editor of `kind` and type into it without letting the autosave run."""
    person_id = load_interview(interview_id).interviewers[0].id
    if kind == "debrief":
        window.open_debrief(interview_id)
        editor = window.debriefs.windows[interview_id]
        editor.sections["discussed"].setPlainText(TYPED)
        return ("debrief", interview_id), editor
    if kind == "compose":
        window.open_thank_you(interview_id)
        editor = window.thank_yous.windows[interview_id]
        editor.pages[0].body.setPlainText(TYPED)
        return ("compose", interview_id), editor
    card = window.cards.open(interview_id, person_id)
    card.text.setPlainText(TYPED)
    if kind == "card":
        return ("card", interview_id, person_id), card
    card.envelope()
    envelope = window.editors.get(("envelope", interview_id, person_id))
    assert envelope is not None and envelope.isVisible()
    envelope.recipient.setPlainText(TYPED)
    return ("envelope", interview_id, person_id), envelope


def pending(editor: QWidget) -> bool:
    autosaver = editor.findChild(Autosaver)
    return autosaver is not None and autosaver.pending


def two_interviews(clock) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    first = save_interview(sample_interview(clock() + timedelta(hours=2), people=1, company="Live One"))
    second = save_interview(sample_interview(clock() + timedelta(days=1), people=1, company="Live Two"))
    return first, second


@pytest.mark.parametrize("kind", KINDS)
def test_restoring_a_backup_where_the_id_is_another_interview_closes_the_editor_without_writing(
        qtbot, make_window, data_dir: Path, tmp_path: Path, clock, kind: str) -> None:  # type: ignore[no-untyped-def]
    # The backup: interview 1 is "Backup Co" with notes of its own.
    backup_id = save_interview(sample_interview(clock() + timedelta(hours=5), people=1, company="Backup Co"))
    save_section(backup_id, "discussed", "notes kept in the backup")
    backup = backup_connection(db_proxy.obj.connection(), tmp_path / "old.sqlite3")
    in_backup = rows(backup)
    # Now: that interview is gone for good, and a new one got its id.
    delete_interview(backup_id)
    purge_deleted()
    live_id, _other = two_interviews(clock)
    assert live_id == backup_id  # SQLite hands out the freed id again: the case that went wrong
    window = make_window()
    key, editor = open_editor(window, kind, live_id)

    assert backup_actions.restore_backup(window.services, backup)
    qtbot.waitUntil(lambda: window.editors.get(key) is None)
    qtbot.wait(1500)  # longer than any autosave delay: nothing is written late either
    assert not isValid(editor) or not editor.isVisible()
    assert rows(database_path(data_dir)) == in_backup  # not one byte of the typed text landed on "Backup Co"
    # What was typed was stored first, in the data kept as "before-restore".
    kept = next((data_dir / "backups").glob("*before-restore*"))
    assert TYPED in repr(rows(kept)) or kind == "envelope"  # the envelope stores on Print only


@pytest.mark.parametrize("kind", KINDS)
def test_restoring_a_backup_of_the_same_interview_reloads_the_editor_from_it(
        qtbot, make_window, data_dir: Path, tmp_path: Path, clock, kind: str) -> None:  # type: ignore[no-untyped-def]
    live_id, other_id = two_interviews(clock)
    save_section(live_id, "discussed", "as in the backup")
    window = make_window()
    key, editor = open_editor(window, kind, live_id)  # a card stores its first draft when opened
    backup = backup_connection(db_proxy.obj.connection(), tmp_path / "same.sqlite3")  # without the typing
    in_backup = rows(backup)

    assert backup_actions.restore_backup(window.services, backup)
    qtbot.wait(1500)
    assert rows(database_path(data_dir)) == in_backup  # the old text was not written over the restored one
    again = window.editors.get(key)
    if kind == "envelope":
        assert again is None  # a dialog of the card: closed, not rebuilt
        assert window.editors.get(("card", *key[1:])) is not None
    else:
        assert again is not None and again is not editor and again.isVisible()  # rebuilt from the backup
        assert not pending(again)
    if kind == "debrief":
        assert again.sections["discussed"].toPlainText() == "as in the backup"


@pytest.mark.parametrize("kind", KINDS)
def test_deleting_the_interview_saves_and_closes_its_editor_and_touches_no_other_row(
        qtbot, make_window, data_dir: Path, clock, kind: str) -> None:  # type: ignore[no-untyped-def]
    live_id, other_id = two_interviews(clock)
    window = make_window()
    window.select_interview(live_id)
    key, editor = open_editor(window, kind, live_id)
    others = rows(database_path(data_dir), skip_interview=live_id)

    window.delete_interview()
    box = window.dialogs.active
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Delete").click()
    qtbot.waitUntil(lambda: window.editors.get(key) is None)
    assert not isValid(editor) or not editor.isVisible()
    mine = rows(database_path(data_dir))
    assert rows(database_path(data_dir), skip_interview=live_id) == others
    assert TYPED in repr(mine) or kind == "envelope"  # saved while the row was still its own

    # Undo brings the interview back; an editor opened again is closed again by Redo.
    window.undo_stack.undo()
    key, editor = open_editor(window, kind, live_id)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.editors.get(key) is None)
    assert rows(database_path(data_dir), skip_interview=live_id) == others


@pytest.mark.parametrize("kind", KINDS)
def test_reimporting_the_invitation_of_an_open_editor_rebuilds_or_closes_it(
        qtbot, make_window, data_dir: Path, clock, kind: str) -> None:  # type: ignore[no-untyped-def]
    _live, other_id = two_interviews(clock)
    window = make_window()

    def import_file(name: str) -> int:
        window.invitations.import_files([ICS / name])
        dialog = import_dialog(qtbot, window)
        for box in dialog.boxes:
            if not box.company.text():
                box.company.setText("Contoso")
        dialog.accept()
        qtbot.waitUntil(lambda: window.dialogs.active is None)
        return window.selected_interview

    imported = import_file("outlook-exchange.ics")
    key, editor = open_editor(window, kind, imported)
    others = rows(database_path(data_dir), skip_interview=imported)
    start_before = load_interview(imported).start

    assert import_file("outlook-exchange-update.ics") == imported
    assert load_interview(imported).start != start_before  # the update did replace the row
    qtbot.wait(1500)
    assert rows(database_path(data_dir), skip_interview=imported) == others
    again = window.editors.get(key)
    assert again is not editor  # closed (envelope) or rebuilt from the updated row
    if kind != "envelope":
        assert again is not None and again.isVisible() and not pending(again)
        assert TYPED in repr(rows(database_path(data_dir)))  # stored before the import, on its own row


def test_an_editor_never_autosaves_onto_a_row_replaced_behind_its_back(
        qtbot, make_window, data_dir: Path, clock) -> None:  # type: ignore[no-untyped-def]
    """A change the window was not told about (say, the command line): the guard stops the write."""
    _first, live_id = two_interviews(clock)
    window = make_window()
    window.open_debrief(live_id)
    editor = window.debriefs.windows[live_id]
    delete_interview(live_id)  # directly in the store: no registry involved
    purge_deleted()
    replacement = save_interview(sample_interview(clock() + timedelta(days=3), company="Someone Else"))
    assert replacement == live_id  # the highest id is handed out again
    before = rows(database_path(data_dir))
    editor.sections["discussed"].setPlainText(TYPED)
    qtbot.waitUntil(lambda: window.editors.get(("debrief", live_id)) is None, timeout=5000)
    assert rows(database_path(data_dir)) == before



def test_removing_an_interviewer_in_the_form_closes_their_card_and_rebuilds_the_e_mail_window(
        qtbot, make_window, data_dir: Path, clock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.ui.main.interview_dialog import InterviewDialog

    live_id = save_interview(sample_interview(clock() + timedelta(hours=2), people=2, company="Two People"))
    other_id = save_interview(sample_interview(clock() + timedelta(days=1), people=1, company="Live Two"))
    dana0, dana1 = (p.id for p in load_interview(live_id).interviewers)
    window = make_window()
    window.select_interview(live_id)
    card = window.cards.open(live_id, dana1)
    card.text.setPlainText(TYPED)  # typed for the interviewer about to be removed
    window.open_thank_you(live_id)
    compose = window.thank_yous.windows[live_id]
    assert len(compose.pages) == 2
    others = rows(database_path(data_dir), skip_interview=live_id)

    window.menu_actions.edit_action.trigger()
    form = window.dialogs.active
    assert isinstance(form, InterviewDialog)
    form.interviewers.select(1)
    form.interviewers.remove_current()
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.editors.get(("card", live_id, dana1)) is None)
    rebuilt = window.thank_yous.windows[live_id]
    assert rebuilt is not compose and [p.person.id for p in rebuilt.pages] == [dana0]  # one tab left
    assert rows(database_path(data_dir), skip_interview=live_id) == others
    assert other_id not in {k[1] for k, _w in window.editors.windows()}
    assert TYPED in repr(rows(database_path(data_dir))["card_draft"])  # stored before the row left the card

    # Undo brings the interviewer back: the e-mail window gets their tab again.
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(window.thank_yous.windows[live_id].pages) == 2)
    assert rows(database_path(data_dir), skip_interview=live_id) == others


def test_damage_found_after_the_first_paint_closes_every_editor_before_the_file_is_moved_aside(
        qtbot, make_window, data_dir: Path, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.paths import backups_dir
    from desktop_app.store.backups import backup_live_file
    from desktop_app.ui.app.recovery_prompt import RecoveryPrompt
    from desktop_app.ui.app.startup_checks import StartupChecks

    live_id, other_id = two_interviews(clock)
    backup_live_file(database_path(data_dir), backups_dir(data_dir), "daily")
    in_backup = rows(next(backups_dir(data_dir).glob("*daily*")))
    window = make_window()
    opened = [open_editor(window, kind, interview)
              for kind, interview in (("debrief", live_id), ("compose", other_id), ("envelope", live_id))]
    assert len(window.editors) == 4  # the envelope's card too

    checks = StartupChecks(window, database_path(data_dir), backups_dir(data_dir))
    checks.offer_recovery()
    assert len(window.editors) == 0  # before the prompt: nothing may write to the damaged file
    assert not any(isValid(editor) and editor.isVisible() for _key, editor in opened)
    prompt = window.dialogs.active
    assert isinstance(prompt, RecoveryPrompt)
    prompt.restore_button.click()
    qtbot.waitUntil(lambda: window.dialogs.active is not None and window.dialogs.active is not prompt)
    qtbot.wait(1500)
    assert rows(database_path(data_dir)) == in_backup  # the restored data, with nothing typed written over it
