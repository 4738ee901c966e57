"""The main path a user takes: empty window → new interview → its plan → tick → restart."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.paths import backups_dir, database_path
from desktop_app.store.database import close_database, open_database
from desktop_app.store.follow_up_queries import INTERVIEW_KIND, checklist
from desktop_app.store.interviews import count_interviews, save_interview
from desktop_app.ui.main.interview_dialog import InterviewDialog
from desktop_app.ui.main.main_window import EMPTY_TEXT

from .conftest import mark_done_anyway, sample_interview


def open_new_dialog(window) -> InterviewDialog:  # type: ignore[no-untyped-def]
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, InterviewDialog)
    assert dialog.isVisible()
    return dialog


def fill(qtbot, dialog: InterviewDialog, day: QDate, company: str = "Northwind Analytics") -> None:  # type: ignore[no-untyped-def]
    if company.isascii():
        qtbot.keyClicks(dialog.company, company)
    else:  # QTest can only type ASCII; non-ASCII arrives as a paste would
        dialog.company.insert(company)
    qtbot.keyClicks(dialog.role, "Product Manager")
    dialog.start.setDateTime(QDateTime(day, QTime(10, 0)))
    dialog.end.setDateTime(QDateTime(day, QTime(11, 0)))
    dialog.timezone.setCurrentText("Europe/Berlin")
    qtbot.mouseClick(dialog.interviewers.add_new, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.interviewers.name, "Dana Reyes")
    qtbot.keyClicks(dialog.interviewers.email, "dana@northwind.example")


def save(qtbot, dialog: InterviewDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_empty_database_shows_a_helpful_empty_state(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.windowTitle() == "Finish Strong"
    assert window.right_stack.currentWidget() is window.welcome
    texts = [label.text() for label in window.welcome.findChildren(type(window.agenda.heading))]
    assert EMPTY_TEXT in texts
    assert not window.menu_actions.edit_action.isEnabled() and not window.menu_actions.delete_action.isEnabled()


def test_create_interview_see_it_on_the_calendar_tick_a_step_and_restart(qtbot, make_window, clock, data_dir) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    day = QDate.currentDate().addDays(3)
    window.calendar.setSelectedDate(day)
    dialog = open_new_dialog(window)
    fill(qtbot, dialog, day)
    save(qtbot, dialog)

    assert not dialog.isVisible()
    assert count_interviews() == 1
    entries = window.calendar.entries_on(datetime(day.year(), day.month(), day.day()).date())
    interview = [e for e in entries if e.kind == INTERVIEW_KIND]
    assert [e.company for e in interview] == ["Northwind Analytics"]
    assert window.agenda.list.count() >= 1
    assert "Northwind Analytics" in window.agenda.list.item(0).text()

    tree = window.details.checklist
    steps = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    # Three of the four steps: the fourth (referrals) appears when a referral is added in
    # the debrief, see test_debrief.py.
    assert steps == [
        "1. Write your notes",
        "2. Send a thank-you e-mail — Dana Reyes",
        "3. Mail a handwritten note — Dana Reyes",
    ]
    tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Checked)
    # The interview is in three days: ticking a step now asks first (both answers: tests/gui/test_send_safely.py).
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QMessageBox))
    next(b for b in window.dialogs.active.buttons() if b.text() == "Mark done").click()
    qtbot.waitUntil(lambda: tree.topLevelItem(1).text(2) != "")  # shows when it was done

    window.close()
    close_database()  # a real restart: a new connection reads what the first one wrote
    open_database(database_path(data_dir), backups_dir(data_dir))
    again = make_window()
    again.calendar.setSelectedDate(day)
    again.agenda.list.setCurrentRow(0)
    tree = again.details.checklist
    assert tree.topLevelItem(1).checkState(0) == Qt.CheckState.Checked
    assert tree.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked
    done = [row.done_at for row in checklist(again.selected_interview)]
    assert done[1] == clock.now


def test_blank_company_end_before_start_and_bad_email_are_shown_inline_and_nothing_saved(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_new_dialog(window)
    day = QDate.currentDate()
    dialog.start.setDateTime(QDateTime(day, QTime(15, 0)))
    dialog.end.setDateTime(QDateTime(day, QTime(14, 0)))
    qtbot.mouseClick(dialog.interviewers.add_new, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.interviewers.name, "Dana")
    qtbot.keyClicks(dialog.interviewers.email, "dana.example.com")
    save(qtbot, dialog)

    assert dialog.isVisible(), "an invalid form must stay open"
    assert dialog.errors["company"].isVisible()
    assert "company" in dialog.errors["company"].text().lower()
    assert dialog.errors["end"].isVisible()
    assert "end after it starts" in dialog.errors["end"].text()
    assert "dana.example.com" in dialog.errors["interviewers"].text()
    assert count_interviews() == 0

    qtbot.keyClicks(dialog.company, "Fixed Inc.")
    dialog.end.setDateTime(QDateTime(day, QTime(16, 0)))
    dialog.interviewers.email.clear()
    qtbot.keyClicks(dialog.interviewers.email, "dana@example.com")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert count_interviews() == 1


def test_markup_and_unicode_are_kept_literally(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_new_dialog(window)
    day = QDate.currentDate().addDays(1)
    fill(qtbot, dialog, day, company="<b>Zürich</b> & Co 🚀 شركة")
    save(qtbot, dialog)
    assert window.details.title.text().startswith("<b>Zürich</b> & Co 🚀 شركة")
    assert window.details.title.textFormat() == Qt.TextFormat.PlainText


def test_delete_asks_and_can_be_undone(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    start = datetime.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=1)
    interview_id = save_interview(sample_interview(start))
    window.refresh()
    window.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
    window.select_interview(interview_id)
    assert window.menu_actions.delete_action.isEnabled()

    window.menu_actions.delete_action.trigger()
    box = window.dialogs.active
    assert isinstance(box, QMessageBox) and "Northwind Analytics" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert count_interviews() == 1

    window.menu_actions.delete_action.trigger()
    box = window.dialogs.active
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert count_interviews() == 0
    assert window.details.isHidden()
    assert not window.calendar.entries_on(start.date())

    window.menu_actions.undo_action.trigger()
    assert count_interviews() == 1
    assert any(e.interview_id == interview_id for e in window.calendar.entries_on(start.date()))


def test_overdue_follow_ups_are_red_and_say_so(make_window, clock) -> None:  # type: ignore[no-untyped-def]
    start = clock.now - timedelta(days=2)
    interview_id = save_interview(sample_interview(start))
    window = make_window()
    window.select_interview(interview_id)
    tree = window.details.checklist
    first = tree.topLevelItem(0)
    assert first.text(2) == "Overdue"
    assert first.foreground(0).color().red() > 200


def test_editing_the_time_moves_open_follow_ups_and_keeps_done_ones(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    start = clock.now.replace(second=0) + timedelta(days=1)  # the form edits whole minutes
    interview_id = save_interview(sample_interview(start))
    window = make_window()
    window.select_interview(interview_id)
    tree = window.details.checklist
    tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    mark_done_anyway(qtbot, window)
    qtbot.waitUntil(lambda: checklist(interview_id)[0].done_at is not None)
    before = checklist(interview_id)

    window.menu_actions.edit_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, InterviewDialog) and dialog.company.text() == "Northwind Analytics"
    dialog.start.setDateTime(dialog.start.dateTime().addDays(1))  # the end follows
    save(qtbot, dialog)

    after = checklist(interview_id)
    assert after[0].due_at == before[0].due_at and after[0].done_at == before[0].done_at
    for old, new in zip(before[1:], after[1:], strict=True):
        assert new.due_at - old.due_at == timedelta(days=1)
