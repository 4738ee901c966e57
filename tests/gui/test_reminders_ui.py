"""Reminders inside the window when there is neither a notification server nor a tray."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.store.database import db_proxy
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import save_interview
from desktop_app.ui.reminders.reminder_controller import ReminderController

from .conftest import sample_interview


def controller_for(window, clock) -> ReminderController:  # type: ignore[no-untyped-def]
    controller = ReminderController(window.reminder_host, clock, use_tray=False, prefer_dbus=False)
    window.reminders = controller
    controller.start()
    return controller


def test_a_due_reminder_shows_in_the_banner_and_done_ticks_it(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=1, seconds=30)))
    window = make_window()
    controller = controller_for(window, clock)
    assert controller.notifier_name == "In-app banner"
    assert window.banner.isVisible()
    assert window.banner.text.text().startswith("Write your notes on the Northwind Analytics interview")
    done = next(b for b in window.banner.findChildren(type(window.details.edit)) if b.text() == "Done")
    done.click()
    assert checklist(interview_id)[0].done_at == clock.now
    assert not window.banner.isVisible()
    controller.stop()


def test_done_on_a_reminder_while_the_database_is_busy_says_so(qtbot, make_window, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=1, seconds=30)))
    window = make_window()
    controller = controller_for(window, clock)
    notes = checklist(interview_id)[0]
    db_proxy.obj.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(data_dir / "finish-strong.sqlite3")
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        controller.on_action(notes.id, "done")
        box = window.dialogs.active
        assert isinstance(box, QMessageBox) and "busy" in box.text()
    finally:
        other.rollback()
        other.close()
    assert checklist(interview_id)[0].done_at is None  # not ticked: the user can press Done again
    controller.stop()


def test_the_catch_up_summary_lists_what_was_missed(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now - timedelta(days=2), people=2))
    window = make_window()
    controller = controller_for(window, clock)
    assert window.banner.text.text().startswith("5 follow-ups came due while Finish Strong was closed")
    controller.on_action(0, "open")
    dialog = window.dialogs.active
    assert isinstance(dialog, QDialog) and dialog.windowTitle().startswith("Came due while")
    controller.stop()


def test_closing_without_a_tray_warns_when_reminders_are_pending(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now + timedelta(days=1)))
    window = make_window()
    controller = controller_for(window, clock)
    window.close()
    box = window.dialogs.active
    assert isinstance(box, QMessageBox) and "Reminders are pending" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()
    controller.stop()


def test_reminders_withdrawn_on_quitting_come_back_at_the_next_start(qtbot, make_window, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A notification whose Done/Snooze buttons died with the app is taken back, and shown again
    (in the catch-up summary) next time, rather than lost."""
    from desktop_app.store import reminder_store

    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=1, seconds=30)))
    window = make_window()
    controller = controller_for(window, clock)
    notes = checklist(interview_id)[0]
    assert reminder_store.next_alert_time() is None or reminder_store.next_alert_time() > clock.now  # shown
    monkeypatch.setattr(controller.notifier, "withdraw_actionable", lambda: [notes.id, 0])
    controller.stop()
    assert [r.follow_up_id for r in reminder_store.due_alerts(clock.now)] == [notes.id]
