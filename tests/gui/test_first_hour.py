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
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
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
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    qtbot.keyClicks(dialog.company, "Northwind Analytics")
    day = QDate.currentDate().addDays(5)
    dialog.start.setDateTime(QDateTime(day, QTime(10, 0)))
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert window.selected_interview == dialog.saved_id
    assert "Northwind Analytics" in window.details.title.text()


def test_a_search_hit_on_personal_notes_names_the_person(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.debrief_store import save_personal_notes
    from desktop_app.store.interviews import load_interview

    interview = sample_interview(clock.now, people=2)
    interview_id = save_interview(interview)
    sam = load_interview(interview_id).interviewers[1]
    assert sam.id is not None
    save_personal_notes(sam.id, "Loves sailing on weekends")
    window = make_window()
    window.menu_actions.find_action.trigger()
    qtbot.keyClicks(window.search_box, "sailing")
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() == 1)
    hit = window.search_panel.tree.topLevelItem(0).child(0)
    assert hit.text(0).startswith("Interviewer Dana Reyes 1: ")


def test_settings_wording_says_one_business_day_and_at_the_end(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(make_window())
    qtbot.addWidget(dialog)
    days = dialog.spins["referral_remind_business_days"]
    days.setValue(1)
    assert days.text() == "1 business day after the end"
    days.setValue(3)
    assert days.text() == "3 business days after the end"
    days.setValue(0)
    assert days.text() == "at the end"
    hours = dialog.spins["notes_remind_minutes"]
    hours.setValue(0)
    assert hours.text() == "at the end"  # not "0.00 h after the interview ends"
    hours.setValue(1.5)
    assert hours.text() == "1.50 h after the interview ends"
