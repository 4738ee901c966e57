"""Marks that never speak by colour alone: palette-aware colours, dark mode and high contrast followed at
run time, the calendar's days said in words, and status changes announced to a screen reader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QPalette

from desktop_app.domain.model import Step
from desktop_app.store.interviews import save_interview
from desktop_app.ui.main.calendar_view import CalendarLegend
from desktop_app.ui.main.mark_colours import DARK, HIGH_CONTRAST_DARK, HIGH_CONTRAST_LIGHT, LIGHT
from desktop_app.ui.shared import announce as announce_module
from desktop_app.ui.shared import theme
from desktop_app.ui.shared.formatting import local, to_qdate

from .conftest import sample_interview


@pytest.fixture
def follower(qapp) -> Iterator[theme.ThemeFollower]:  # type: ignore[no-untyped-def]
    """The application's follower (FinishStrongApp makes one at its start); a plain QApplication made by an
    earlier test module gets one for the test."""
    found = qapp.findChild(theme.ThemeFollower)
    made = found is None
    follower = found or theme.ThemeFollower(qapp)
    yield follower
    follower.set_choice("")  # back to the platform's own palette for the next test
    assert not theme.high_contrast_active()
    if made:
        follower.setParent(None)
        follower.deleteLater()


def _overdue_agenda_colour(window) -> str:  # type: ignore[no-untyped-def]
    items = [window.agenda.list.item(i) for i in range(window.agenda.list.count())]
    overdue = [item for item in items if "overdue" in item.text()]
    assert overdue, [item.text() for item in items]
    return overdue[0].foreground().color().name()


def _day_of(window, kind: str):  # type: ignore[no-untyped-def]
    """The day the calendar shows the first entry of `kind` on."""
    return next(day for day, entries in sorted(window.calendar._by_day.items())  # noqa: SLF001
                if any(e.kind == kind for e in entries))


def _window_with_overdue_email(make_window, clock):  # type: ignore[no-untyped-def]
    """A window on an interview three days ago (its e-mail overdue), the e-mail's day selected."""
    start = clock() - timedelta(days=3)
    save_interview(sample_interview(start))
    window = make_window()
    window.calendar.setCurrentPage(local(start).year, local(start).month)
    window.calendar.setSelectedDate(to_qdate(_day_of(window, Step.THANK_YOU_EMAIL.value)))
    return window, start


def test_a_dark_scheme_recolours_the_marks_and_the_overdue_text(qtbot, make_window, clock, follower,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    window, _start = _window_with_overdue_email(make_window, clock)
    assert _overdue_agenda_colour(window) == LIGHT.overdue
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)  # what colorSchemeChanged reports
    follower.apply()
    assert theme.is_dark(QGuiApplication.palette())
    qtbot.waitUntil(lambda: _overdue_agenda_colour(window) == DARK.overdue)
    legend = window.findChild(CalendarLegend)
    first_mark = legend._icons[0].pixmap().toImage()  # noqa: SLF001
    assert first_mark.pixelColor(first_mark.width() // 2, first_mark.height() // 2).name() == DARK.interview
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    follower.apply()
    assert not theme.is_dark(QGuiApplication.palette())
    qtbot.waitUntil(lambda: _overdue_agenda_colour(window) == LIGHT.overdue)


@pytest.mark.parametrize(("dark", "expected"), [(False, HIGH_CONTRAST_LIGHT), (True, HIGH_CONTRAST_DARK)])
def test_high_contrast_from_the_setting_gives_a_stark_palette_and_marks(qtbot, make_window, clock, follower,  # type: ignore[no-untyped-def]
                                                                       monkeypatch, dark, expected) -> None:
    window, _start = _window_with_overdue_email(make_window, clock)
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: dark)
    theme.set_contrast_choice("high")
    palette = QGuiApplication.palette()
    assert theme.high_contrast_active()
    assert palette.color(QPalette.ColorRole.Base).name() == ("#000000" if dark else "#ffffff")
    assert palette.color(QPalette.ColorRole.Text).name() == ("#ffffff" if dark else "#000000")
    qtbot.waitUntil(lambda: _overdue_agenda_colour(window) == expected.overdue)
    # The calendar paints its marks in the high-contrast colours too: a pixel of the marked day.
    image = window.calendar.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert expected.email in colours
    theme.set_contrast_choice("normal")
    assert not theme.high_contrast_active()


def test_the_system_high_contrast_preference_is_followed(follower, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    follower.set_choice("")
    assert theme.high_contrast_active()
    follower.set_choice("normal")  # the setting wins over the system
    assert not theme.high_contrast_active()


def test_a_marked_day_says_what_is_due_in_words(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    window, start = _window_with_overdue_email(make_window, clock)
    email_day = _day_of(window, Step.THANK_YOU_EMAIL.value)
    words = window.calendar.day_words(email_day)
    assert "E-mail overdue" in words, words
    assert window.calendar.dateTextFormat(to_qdate(email_day)).toolTip() == words  # the mouse's words
    description = window.calendar.view.accessibleDescription()  # the screen reader's words
    assert "E-mail overdue" in description
    window.calendar.setSelectedDate(to_qdate(local(start).date()))
    assert "Interview" in window.calendar.view.accessibleDescription()
    empty = local(start - timedelta(days=3)).date()
    assert window.calendar.day_words(empty) == ""
    assert window.calendar.dateTextFormat(to_qdate(empty)).toolTip() == ""


def test_the_day_words_say_done_and_due(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.follow_up_queries import checklist, set_done

    start = clock() - timedelta(hours=2)
    interview_id = save_interview(sample_interview(start))
    notes = next(row for row in checklist(interview_id) if row.step is Step.NOTES)
    set_done(notes.id, clock())
    window = make_window()
    all_words = " ".join(window.calendar.day_words(day) for day in window.calendar._by_day)  # noqa: SLF001
    assert "Notes done" in all_words and "E-mail due" in all_words and "Card due" in all_words, all_words


@pytest.fixture
def announcements(monkeypatch) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """Every QAccessibleAnnouncementEvent the app posts: (message, assertive)."""
    said: list[tuple[str, bool]] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:  # type: ignore[no-untyped-def]
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(), event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
        real(event)

    monkeypatch.setattr(announce_module.QAccessible, "updateAccessibility", record)
    return said


def test_status_bar_messages_are_announced(qtbot, make_window, announcements) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.statusBar().showMessage("Interview saved; its follow-up plan is up to date.", 5000)
    assert ("Interview saved; its follow-up plan is up to date.", False) in announcements
    window.statusBar().clearMessage()
    assert len(announcements) == 1  # a cleared message says nothing


def test_moving_onto_a_marked_day_by_keyboard_announces_it(qtbot, make_window, clock, announcements) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    window, _start = _window_with_overdue_email(make_window, clock)
    email_day = _day_of(window, Step.THANK_YOU_EMAIL.value)
    window.calendar.setSelectedDate(to_qdate(email_day - timedelta(days=1)))
    window.activateWindow()
    window.calendar.view.setFocus()
    qtbot.waitUntil(lambda: window.calendar.view.hasFocus())
    announcements.clear()
    QTest.keyClick(window.calendar.view, Qt.Key.Key_Right)  # the next day: the e-mail, overdue
    assert window.calendar.selectedDate() == to_qdate(email_day)
    assert any("E-mail overdue" in message for message, _assertive in announcements), announcements


def test_announcing_nothing_posts_nothing(qtbot, make_window, announcements) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    announce_module.announce(window, "  \n ")
    announce_module.announce(window, "<b>Sent</b>\nto Dana", assertive=True)
    assert announcements == [("<b>Sent</b> to Dana", True)]  # plain text, one line


@pytest.mark.usefixtures("no_keyring")
def test_marking_the_e_mail_sent_is_announced_but_autosave_is_not(qtbot, make_window, clock,  # type: ignore[no-untyped-def]
                                                                  announcements) -> None:
    interview_id = save_interview(sample_interview(clock() - timedelta(hours=2)))
    window = make_window()
    window.select_interview(interview_id)
    window.menu_actions.thank_you_action.trigger()
    compose = window.thank_yous.windows[interview_id]
    page = compose.current()
    page.body.setFocus()
    qtbot.keyClicks(page.body, " Thanks again.")
    qtbot.waitUntil(lambda: "Draft saved" in compose.status.text(), timeout=3000)
    assert not any("Draft saved" in message for message, _a in announcements)
    compose.mark_button.click()
    assert any(message.startswith("Marked as sent") for message, _a in announcements), announcements


def test_a_reminder_banner_is_announced_at_once(qtbot, make_window, announcements) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.reminder_host.show_banner(7, "Thank-you e-mail due", "Northwind — Dana Reyes")
    assert ("Thank-you e-mail due. Northwind — Dana Reyes", True) in announcements


@pytest.mark.parametrize(("palette", "needed"), [(theme.high_contrast_palette(False), 7.0),
                                                 (theme.high_contrast_palette(True), 7.0),
                                                 (theme.dark_palette(), 4.5)], ids=["hc-light", "hc-dark", "dark"])
def test_the_palettes_text_has_enough_contrast(qapp, palette: QPalette, needed: float) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.test_mark_contrast import contrast_ratio

    role = QPalette.ColorRole
    pairs = [(role.Text, role.Base), (role.WindowText, role.Window), (role.ButtonText, role.Button),
             (role.HighlightedText, role.Highlight), (role.ToolTipText, role.ToolTipBase), (role.Link, role.Base),
             (role.PlaceholderText, role.Base)]
    for text, background in pairs:
        ratio = contrast_ratio(palette.color(text).name(), palette.color(background).name())
        assert ratio >= needed, f"{text.name} on {background.name}: {ratio:.2f}:1"
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text).name()
    assert contrast_ratio(disabled, palette.color(role.Base).name()) >= 4.5  # readable, yet unlike enabled text
