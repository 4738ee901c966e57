"""A German user sets "Frau" for an interviewer in the interview form: the first drafts greet her so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.store.interviews import list_people, load_interview
from desktop_app.store.settings_store import set_draft_language
from desktop_app.ui.app.translations import install_language
from desktop_app.ui.main.interview_dialog import InterviewDialog

pytestmark = pytest.mark.usefixtures("no_keyring")  # the compose window's password store


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("de", qapp)
    set_draft_language("de")
    yield
    install_language("en", qapp)
    set_draft_language("en")


def test_frau_chosen_in_the_form_makes_the_german_drafts_say_sehr_geehrte_frau(  # type: ignore[no-untyped-def]
        qtbot, make_window, german) -> None:
    window = make_window()
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, InterviewDialog)
    qtbot.keyClicks(dialog.company, "Nordwind GmbH")
    qtbot.keyClicks(dialog.role, "Produktmanagerin")
    day = QDate.currentDate().addDays(-1)
    dialog.start.setDateTime(QDateTime(day, QTime(10, 0)))
    dialog.end.setDateTime(QDateTime(day, QTime(11, 0)))
    dialog.timezone.setCurrentText("Europe/Berlin")
    editor = dialog.interviewers
    qtbot.mouseClick(editor.add_new, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name, "Lena Vogt")
    combo = editor.form_of_address
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Frau", "Herr"]
    assert combo.currentIndex() == 0  # not known until chosen: never guessed from "Lena"
    # by keyboard: Tab from the name reaches the form of address, a key press chooses "Frau"
    dialog.activateWindow()
    editor.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "ms"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.saved_id is not None
    assert [(p.name, p.form_of_address) for p in list_people()] == [("Lena Vogt", "ms")]

    interview_id = dialog.saved_id
    window.select_interview(interview_id)
    window.menu_actions.thank_you_action.trigger()
    compose = window.thank_yous.windows[interview_id]
    body = compose.current().body.toPlainText()
    assert body.splitlines()[0] == "Sehr geehrte Frau Vogt,"
    assert "vielen Dank" in body
    compose.close()

    person = load_interview(interview_id).interviewers[0].id
    card = window.cards.open(interview_id, person)
    assert card.text.toPlainText().splitlines()[0] == "Sehr geehrte Frau Vogt,"
    card.close()

    # Edit: the form comes back as chosen, and "—" returns to the neutral greeting for new drafts
    window.menu_actions.edit_action.trigger()
    again = window.dialogs.active
    assert isinstance(again, InterviewDialog)
    assert again.interviewers.form_of_address.currentText() == "Frau"
    again.interviewers.form_of_address.setCurrentIndex(0)
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert [p.form_of_address for p in list_people()] == [""]


def test_the_forms_validation_messages_are_german_with_the_locales_numbers(  # type: ignore[no-untyped-def]
        qtbot, make_window, german) -> None:
    from PySide6.QtCore import QLocale

    window = make_window()
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, InterviewDialog)
    dialog.role.setText("x" * 1234)
    dialog.timezone.setCurrentText("Mars/Olympus")
    qtbot.mouseClick(dialog.interviewers.add_new, Qt.MouseButton.LeftButton)
    dialog.interviewers.email.setText("lena.vogt.example")
    dialog.interviewers.store_current()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing saved
    assert dialog.errors["company"].text() == "Bitte den Namen des Unternehmens eingeben."
    count = QLocale().toString(1234)  # the locale's digits ("1,234" / "1.234"), whatever the language
    assert dialog.errors["role"].text() == f"Die Stelle ist zu lang ({count} Zeichen; höchstens 300)."
    assert dialog.errors["timezone"].text() == "„Mars/Olympus“ ist keine bekannte Zeitzone."
    assert dialog.errors["interviewers"].text().splitlines() == [
        "Gesprächsperson 1: Bitte den Namen der Person eingeben.",
        "Gesprächsperson 1: „lena.vogt.example“ ist keine E-Mail-Adresse."]
