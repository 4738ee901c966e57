"""The interview form's "someone you've met": typed, offered from the store, chosen by keyboard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import Interview, Person
from desktop_app.store.interviews import PICKER_LIMIT, save_interview
from desktop_app.ui.main.interview_dialog import InterviewDialog


def _met(clock, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    start = clock() - timedelta(days=30)
    save_interview(Interview("Earlier GmbH", "Analyst", start, start + timedelta(hours=1), "Europe/Berlin",
                             interviewers=[Person(n, title="Zq title" if n == "Dana Reyes" else "") for n in names]))


def _new_dialog(qtbot, window) -> InterviewDialog:  # type: ignore[no-untyped-def]
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, InterviewDialog)
    dialog.activateWindow()
    return dialog


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: the completer's popup
def test_typing_offers_the_matching_people_and_the_keyboard_adds_one(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    _met(clock, ["Lena Vogt", "Dana Reyes", "dan Brown", *(f"Zq Person {n:03}" for n in range(40))])
    dialog = _new_dialog(qtbot, make_window())
    picker = dialog.interviewers.known
    picker.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker)
    qtbot.keyClicks(picker, "DA")
    assert [p.name for p in picker.found] == ["dan Brown", "Dana Reyes"]  # the start of the name, any case
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [picker.model_.item(r).text() for r in range(picker.model_.rowCount())] == [
        "dan Brown", "Dana Reyes (Zq title)"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [p.name for p in dialog.interviewers.people()] == ["Dana Reyes"]
    assert dialog.isVisible()  # Return chose a person; it did not save the form
    qtbot.waitUntil(lambda: picker.text() == "")

    qtbot.keyClicks(picker, "da")  # someone already on the interview is not offered again
    assert [p.name for p in picker.found] == ["dan Brown"]
    picker.completer_.popup().hide()
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # the list closed: Return takes the first one offered
    assert [p.name for p in dialog.interviewers.people()] == ["Dana Reyes", "dan Brown"]
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: picker.text() == "")

    qtbot.keyClicks(picker, "zq")
    assert len(picker.found) == PICKER_LIMIT  # a screenful, never the whole file
    assert picker.found[0].name == "Zq Person 000"
    picker.clear()
    qtbot.keyClicks(picker, "<b>nobody")
    assert picker.found == [] and not picker.completer_.popup().isVisible()
