"""Typed dates and times land as typed, in the interview form, under three locales.

Characters are typed into the real field with QTest.keyClicks (after Ctrl+A, as a user would
replace the text), then focus leaves with Tab; what is read is checked, and so is what is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.store.interviews import count_interviews
from desktop_app.ui.main.interview_dialog import InterviewDialog


@pytest.fixture(params=["en_US", "en_GB", "de_DE"])
def locale(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def new_dialog(qtbot, window) -> InterviewDialog:  # type: ignore[no-untyped-def]
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, InterviewDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def type_into(qtbot, entry, text: str) -> None:  # type: ignore[no-untyped-def]
    entry.edit.setFocus()
    qtbot.waitUntil(entry.edit.hasFocus, timeout=3000)
    qtbot.keyClick(entry.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry.edit, text)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Tab)  # focus leaves: the field reads what was typed


#: What a user of each locale types, and the ISO and short forms every locale accepts.
TYPED = {
    "en_US": ["12/01/26 2:00 PM", "12/1/2026 2pm", "12/1/26 14:00"],
    "en_GB": ["01/12/2026 14:00", "1/12/26 2pm", "01/12/2026 2:00 pm"],
    "de_DE": ["1.12.26 14:00", "01.12.2026 14.00", "1.12.2026 2 pm"],
}
COMMON = ["2026-12-01 14:00", "2026-12-01T14:00", "2026-12-01 2pm"]


def test_typed_dates_and_times_land_as_typed(qtbot, make_window, locale: str) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, make_window())
    for text in TYPED[locale] + COMMON:
        type_into(qtbot, dialog.start, text)
        assert dialog.start.problem() == "", (text, dialog.start.problem())
        assert dialog.start.value() == datetime(2026, 12, 1, 14, 0), text
        assert dialog.end.value() == datetime(2026, 12, 1, 15, 0), text  # the end follows, same length
    shown = dialog.start.text()
    if locale == "en_US":
        assert "PM" in shown.upper() and "14" not in shown  # a 12-hour locale shows its clock
    else:
        assert "14:00" in shown and "PM" not in shown.upper()  # a 24-hour locale shows 24 hours
    type_into(qtbot, dialog.start, "2026-12-01 2:30 pm")
    assert dialog.start.value() == datetime(2026, 12, 1, 14, 30)
    type_into(qtbot, dialog.start, "2026-12-01 14.45")
    assert dialog.start.value() == datetime(2026, 12, 1, 14, 45)


def test_text_that_cannot_be_read_stays_as_typed_with_the_reason_beside_it(qtbot, make_window, locale: str) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, make_window())
    before = dialog.start.value()
    qtbot.keyClicks(dialog.company, "Northwind")
    for bad in ("31/31/26 14:00", "tomorrow afternoon", "2026-12-01 25:00", "<b>2026-12-01</b> 9"):
        type_into(qtbot, dialog.start, bad)
        assert dialog.start.text() == bad  # never silently changed
        assert dialog.start.error.isVisible() and dialog.start.problem()
        assert dialog.start.value() == before
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and count_interviews() == 0  # nothing saved while the text cannot be read
    type_into(qtbot, dialog.start, "2026-12-01 14:00")
    assert not dialog.start.error.isVisible()


def test_an_hour_without_am_or_pm_is_asked_about_in_a_twelve_hour_locale(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        dialog = new_dialog(qtbot, make_window())
        type_into(qtbot, dialog.start, "12/1/26 2:00")
        assert dialog.start.text() == "12/1/26 2:00" and "am or pm" in dialog.start.problem()
        type_into(qtbot, dialog.start, "12/1/26 2:00 P")  # the report: "2:00 P" fell back to AM
        assert dialog.start.value() == datetime(2026, 12, 1, 14, 0)
    finally:
        QLocale.setDefault(previous)


def test_the_end_follows_the_start_and_keeps_a_length_the_user_set(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    dialog = new_dialog(qtbot, make_window())
    type_into(qtbot, dialog.start, "2026-12-01 14:00")
    assert dialog.end.value() == datetime(2026, 12, 1, 15, 0)
    type_into(qtbot, dialog.end, "2026-12-01 16:30")  # a 2½-hour interview
    type_into(qtbot, dialog.start, "2026-12-02 9:00 am")
    assert dialog.end.value() == datetime(2026, 12, 2, 11, 30)


def test_a_date_picked_on_the_calendar_keeps_the_time(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    dialog = new_dialog(qtbot, make_window())
    type_into(qtbot, dialog.start, "2026-12-01 14:30")
    dialog.start.calendar.clicked.emit(QDate(2026, 12, 3))
    assert dialog.start.value() == datetime(2026, 12, 3, 14, 30)
    assert dialog.end.value() == datetime(2026, 12, 3, 15, 30)
