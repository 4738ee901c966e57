"""The first things a new user does, without a stumble: pasted "Name <address>" lands split, a new
referral form is not already in error, the interview just saved is the one shown."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.store.debrief_store import load_debrief
from desktop_app.store.interviews import save_interview
from desktop_app.ui.main.interview_dialog import InterviewDialog

from .conftest import sample_interview
from .test_debrief import open_debrief


def paste(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_name_and_address_is_split_for_an_interviewer(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.new_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, InterviewDialog)
    qtbot.mouseClick(dialog.interviewers.add_new, Qt.MouseButton.LeftButton)
    paste(qtbot, dialog.interviewers.email, "Dana Reyes <dana@northwind.example>")
    assert dialog.interviewers.email.text() == "dana@northwind.example"
    assert dialog.interviewers.name.text() == "Dana Reyes"
    [person] = dialog.interviewers.people()
    assert (person.name, person.email) == ("Dana Reyes", "dana@northwind.example")

    qtbot.mouseClick(dialog.interviewers.add_new, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.interviewers.name, "Sam")  # a name typed first is kept
    paste(qtbot, dialog.interviewers.email, '"Okafor, Sam" <sam@northwind.example>')
    assert dialog.interviewers.people()[1].name == "Sam"
    assert dialog.interviewers.people()[1].email == "sam@northwind.example"


def test_a_new_referral_shows_no_error_and_a_pasted_contact_is_split(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now - timedelta(hours=2)))
    debrief = open_debrief(make_window(), interview_id)
    debrief.tabs.setCurrentWidget(debrief.referrals)
    qtbot.mouseClick(debrief.referrals.add, Qt.MouseButton.LeftButton)
    assert not debrief.referrals.warning.isVisible() and debrief.referrals.warning.text() == ""
    paste(qtbot, debrief.referrals.contact, "Ana Lima <ana@lima.example>")
    assert debrief.referrals.name.text() == "Ana Lima"
    assert debrief.referrals.contact.text() == "ana@lima.example"
    qtbot.waitUntil(lambda: [r.contact for r in load_debrief(interview_id).referrals] == ["ana@lima.example"],
                    timeout=3000)
    assert load_debrief(interview_id).referrals[0].name == "Ana Lima"


def test_after_saving_the_details_show_the_interview_just_saved(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    earlier = save_interview(sample_interview(clock.now + timedelta(days=1), company="Contoso"))
    window = make_window()
    window.select_interview(earlier)
    window.new_action.trigger()
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.company, "Northwind Analytics")
    day = QDate.currentDate().addDays(5)
    dialog.start.setDateTime(QDateTime(day, QTime(10, 0)))
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert window.selected_interview == dialog.saved_id
    assert "Northwind Analytics" in window.details.title.text()
