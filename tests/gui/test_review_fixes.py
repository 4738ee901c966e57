"""Edits, undo and failures behave as a user expects (found in review)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.domain.model import Step
from desktop_app.store.database import db_proxy
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import count_interviews, load_interview, save_interview
from desktop_app.ui.main.interview_dialog import InterviewDialog

from .conftest import mark_done_anyway, sample_interview


def edit_dialog(window, interview_id: int) -> InterviewDialog:  # type: ignore[no-untyped-def]
    window.select_interview(interview_id)
    window.menu_actions.edit_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, InterviewDialog)
    return dialog


def save(dialog: InterviewDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def tick(qtbot, window, row: int, done: bool = True) -> None:  # type: ignore[no-untyped-def]
    item = window.details.checklist.topLevelItem(row)
    item.setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
    if done and window.clock() < load_interview(window.selected_interview).end:
        mark_done_anyway(qtbot, window)
    qtbot.waitUntil(lambda: (checklist(window.selected_interview)[row].done_at is not None) == done)


def test_reopening_a_step_after_the_interview_moved_gives_it_the_new_deadline(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    start = clock.now.replace(second=0) + timedelta(days=1)
    interview_id = save_interview(sample_interview(start))
    window = make_window()
    window.select_interview(interview_id)
    tick(qtbot, window, 1)  # the thank-you e-mail
    dialog = edit_dialog(window, interview_id)
    dialog.start.setDateTime(dialog.start.dateTime().addDays(3))
    save(dialog)
    tick(qtbot, window, 1, done=False)
    email = checklist(interview_id)[1]
    assert email.due_at == load_interview(interview_id).end + timedelta(hours=4)


def test_undo_after_an_edit_undoes_the_edit(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    start = clock.now.replace(second=0) + timedelta(days=1)
    interview_id = save_interview(sample_interview(start))
    window = make_window()
    window.select_interview(interview_id)
    tick(qtbot, window, 0)  # notes done
    dialog = edit_dialog(window, interview_id)
    dialog.start.setDateTime(dialog.start.dateTime().addDays(7))
    save(dialog)
    moved_end = load_interview(interview_id).end

    window.menu_actions.undo_action.trigger()  # undoes the edit, not the tick
    assert load_interview(interview_id).end == moved_end - timedelta(days=7)
    assert checklist(interview_id)[0].done_at is not None
    window.menu_actions.undo_action.trigger()  # now the tick: the notes step reopens at the current plan
    notes = checklist(interview_id)[0]
    assert notes.done_at is None and notes.due_at == load_interview(interview_id).end + timedelta(hours=1)
    window.menu_actions.redo_action.trigger()
    window.menu_actions.redo_action.trigger()
    assert load_interview(interview_id).end == moved_end


def test_moving_the_start_keeps_the_length_the_user_chose(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    day = dialog.start.dateTime().date()
    dialog.start.setDateTime(QDateTime(day, QTime(10, 0)))
    dialog.end.setDateTime(QDateTime(day, QTime(12, 0)))  # a two-hour interview
    dialog.start.setDateTime(QDateTime(day, QTime(10, 30)))
    assert dialog.end.dateTime().time() == QTime(12, 30)


def test_cancel_asks_before_discarding_typed_changes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()  # nothing typed: closes at once

    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    qtbot.keyClicks(dialog.company, "Half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_box is not None
    dialog.discard_box.button(QMessageBox.StandardButton.Cancel).click()  # "Keep editing"
    assert dialog.isVisible() and dialog.company.text() == "Half typed"
    dialog.reject()
    dialog.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert count_interviews() == 0


def test_a_locked_database_keeps_the_form_open_with_a_plain_message(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    qtbot.keyClicks(dialog.company, "Locked Ltd")
    db_proxy.obj.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(data_dir / "finish-strong.sqlite3")
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        save(dialog)
        assert dialog.isVisible()
        assert "busy" in dialog.save_error.text() and dialog.save_error.isVisible()
    finally:
        other.rollback()
        other.close()
    save(dialog)  # the lock is gone: the same form saves
    assert not dialog.isVisible() and count_interviews() == 1


def test_a_tick_that_cannot_be_stored_is_reported_and_not_kept(qtbot, make_window, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(days=1)))  # over: ticks ask nothing
    window = make_window()
    window.select_interview(interview_id)
    db_proxy.obj.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(data_dir / "finish-strong.sqlite3")
    other.execute("BEGIN IMMEDIATE")
    try:
        window.details.checklist.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
        qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QMessageBox))
        assert "busy" in window.dialogs.active.text()
    finally:
        other.rollback()
        other.close()
    assert checklist(interview_id)[0].done_at is None
    assert window.undo_stack.count() == 0  # no undo entry for a change that did not happen
    assert window.details.checklist.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked
    assert checklist(interview_id)[0].step == Step.NOTES
