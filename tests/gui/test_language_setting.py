"""Settings › General › Language: stored, and the next start speaks it (and writes its drafts in it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.store.settings_store import draft_language, load_language, set_draft_language
from desktop_app.ui.app.translations import apply_language, install_language


def test_choosing_german_in_settings_makes_the_next_start_german(qtbot, make_window, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.settings.settings_dialog import SettingsDialog

    window = make_window()
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert load_language() == "de"
    try:
        assert apply_language(qapp) == "de"  # what the start-up does once the database is open
        assert QCoreApplication.translate("InterviewDialog", "New interview") == "Neues Gespräch"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert draft_language() == "de"
        again = SettingsDialog(window)
        qtbot.addWidget(again)
        assert again.language.currentText() == "Deutsch" and again.windowTitle() == "Einstellungen"
    finally:
        install_language("en", qapp)
        set_draft_language("en")
    assert QCoreApplication.translate("InterviewDialog", "New interview") == "New interview"


def test_back_to_the_system_language(qtbot, make_window, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.settings.settings_dialog import SettingsDialog

    window = make_window()
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    again = SettingsDialog(window)
    qtbot.addWidget(again)
    again.language.setCurrentIndex(0)  # "As the system"
    again.accept()
    assert load_language() == ""
    try:
        assert apply_language(qapp) == "en"  # the suite's system language (tests/conftest.py: LANGUAGE=en)
    finally:
        install_language("en", qapp)
        set_draft_language("en")


def test_a_reminder_speaks_the_users_language_and_english_matches_the_command_line(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desktop_app.domain.model import Step
    from desktop_app.domain.reminders import Reminder, body, summary_title, title
    from desktop_app.ui.reminders.reminder_words import ReminderWords

    due = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
    reminders = [Reminder(1, 1, step, "Zqcorp", "Analyst", person, due, due)
                 for step in Step for person in ("Dana Reyes", None)]
    words = ReminderWords()
    # English: word for word what `finish-strong due` prints (domain/reminders.py).
    assert [words.title(r) for r in reminders] == [title(r) for r in reminders]
    assert words.body(reminders[0], "today at 2:00 PM") == body(reminders[0], "today at 2:00 PM")
    assert [words.summary_title(n) for n in (1, 3)] == [summary_title(n) for n in (1, 3)]
    install_language("de", qapp)
    try:
        email = next(r for r in reminders if r.step is Step.THANK_YOU_EMAIL and r.person)
        assert words.title(email) == "Dankes-E-Mail an Dana Reyes senden"
        assert words.summary_title(3) == "3 Schritte wurden fällig, während Finish Strong geschlossen war"
    finally:
        install_language("en", qapp)
