"""The whole flow without a mouse: every step reached by shortcuts, Tab, typing, Space and Enter only.

New interview (Ctrl+N), the form filled and saved (Enter), the debrief (Ctrl+D) with a talking point
(Ctrl+T), the thank-you e-mail (Ctrl+M) sent to the suite's real SMTP server (Ctrl+Return, the password
typed), the card (Ctrl+Shift+H) written to a PDF (Ctrl+Shift+S, the file name typed), a step ticked in
the checklist (Tab there, Space), a search (Ctrl+F), Settings (Ctrl+,) opened and closed (Escape).
Every key goes to whatever has the focus, as a keyboard does. Along the way: the focused widget always
*looks* focused (its picture changes when it loses the focus: a focus frame, a highlight, a caret), and
Tab leads out of every multi-line editor (no keyboard trap).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from desktop_app.domain.model import Step
from desktop_app.store.debrief_store import load_debrief
from desktop_app.store.email_store import thank_you_done
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import load_interview
from desktop_app.store.mail_settings import save_account
from tests.mail_server import PASSWORD, MailServer

pytestmark = [pytest.mark.filterwarnings("ignore:Session.login_data is deprecated:DeprecationWarning"),
              pytest.mark.usefixtures("no_keyring")]

Key = Qt.Key
Mod = Qt.KeyboardModifier


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with MailServer(tmp_path) as running:
        yield running


@pytest.fixture(autouse=True)
def visible_focus_style(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's style (FinishStrongApp sets it at start), also when an earlier test module made a plain
    QApplication."""
    from desktop_app.ui.shared.focus_style import VisibleFocusStyle

    if isinstance(qapp.style(), VisibleFocusStyle):
        yield
        return
    previous = qapp.style().name()
    qapp.setStyle(VisibleFocusStyle(previous))
    yield
    qapp.setStyle(previous)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    """ASCII as key presses; other letters as the keyboard layout's input method delivers them (QTest
    can only press keys for ASCII)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused(), event)


def tab_until(qtbot, found: Callable[[QWidget], bool], limit: int = 60) -> QWidget:  # type: ignore[no-untyped-def]
    seen = []
    for _ in range(limit):
        assert_focus_is_visible(qtbot)  # every stop on the way, not only the goal
        if found(focused()):
            return focused()
        seen.append(f"{type(focused()).__name__} {focused().accessibleName()!r}")
        press(Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; it went {seen}")


def go_on_anyway(qtbot, host) -> None:  # type: ignore[no-untyped-def]
    """The draft checker's findings ("Before you send"/"Before you save"): Tab to "… anyway", Space."""
    question = host.dialogs.active
    assert question.windowTitle().startswith("Before you"), question.windowTitle()
    qtbot.waitUntil(lambda: question.isAncestorOf(QApplication.focusWidget()))
    tab_until(qtbot, lambda w: isinstance(w, QPushButton) and "anyway" in w.text(), limit=10)
    assert_focus_is_visible(qtbot)
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: host.dialogs.active is not question)


def _label(widget: QWidget) -> str:
    text = widget.text() if callable(getattr(widget, "text", None)) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def back_to(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """What the window manager does when a dialog on `window` closes (offscreen does not)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.isAncestorOf(QApplication.focusWidget()))


def _picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def assert_focus_is_visible(qtbot, widget: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
    """The focused widget is drawn differently once it loses the focus: the focus shows.

    Pictured as after a key press (Qt styles draw focus frames once the keyboard has moved the focus in
    that window, not after a click), which is how a keyboard user sees it."""
    widget = widget or focused()
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusPolicy() & Qt.FocusPolicy.ClickFocus
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # what a Tab press sets
    with_focus = _picture(widget)
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    without = _picture(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    assert with_focus != without, f"{_label(widget)} looks the same focused"


def leaves_by_tab(editor: QWidget) -> None:
    """Tab moves on from a multi-line editor (a tab character would be a trap)."""
    assert isinstance(editor, (QPlainTextEdit, QTextEdit))
    text = editor.toPlainText()
    press(Key.Key_Tab)
    assert focused() is not editor, f"Tab stayed in {editor.accessibleName()!r}"
    assert editor.toPlainText() == text  # and typed nothing into it
    press(Key.Key_Backtab)
    assert focused() is editor


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the file name's completer popup
def test_the_whole_flow_by_keyboard_alone(qtbot, make_window, clock, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.cards.card_editor import CardEditor
    from desktop_app.ui.debrief.debrief_window import DebriefWindow
    from desktop_app.ui.mail.compose_window import ComposeWindow
    from desktop_app.ui.main.interview_dialog import InterviewDialog
    from desktop_app.ui.settings.settings_dialog import SettingsDialog

    save_account(server.account())  # the mail account is set up (Settings › Mail is its own test)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert_focus_is_visible(qtbot)

    # 1. New interview: Ctrl+N, type, Tab, Enter.
    press(Key.Key_N, Mod.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, InterviewDialog))
    form = window.dialogs.active
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.company)
    assert_focus_is_visible(qtbot)
    type_text("Keyboard GmbH")
    press(Key.Key_Tab)
    type_text("Analyst")
    day = (clock() - timedelta(days=1)).date().isoformat()
    tab_until(qtbot, lambda w: w is form.start or form.start.isAncestorOf(w))
    press(Key.Key_A, Mod.ControlModifier)
    type_text(f"{day} 09:00")
    tab_until(qtbot, lambda w: w is form.end or form.end.isAncestorOf(w))
    press(Key.Key_A, Mod.ControlModifier)
    type_text(f"{day} 10:00")
    tab_until(qtbot, lambda w: w is form.interviewers.add_new)
    assert_focus_is_visible(qtbot)
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.interviewers.name)
    type_text("Dana Reyes")
    tab_until(qtbot, lambda w: w is form.interviewers.email)
    type_text("dana@keyboard.example")
    address = tab_until(qtbot, lambda w: w is form.interviewers.address)
    type_text("1 Road")
    leaves_by_tab(address)
    tab_until(qtbot, lambda w: w is form.interviewers.email)  # Enter in the address would start a new line
    press(Key.Key_Return)  # the dialog's default button: Save
    qtbot.waitUntil(lambda: window.dialogs.active is None)
    interview_id = form.saved_id
    assert interview_id is not None and load_interview(interview_id).company == "Keyboard GmbH"
    assert window.selected_interview == interview_id
    dana = load_interview(interview_id).interviewers[0].id

    # 2. Debrief: Ctrl+D, a talking point with Ctrl+T, Tab out of the note, Ctrl+W.
    window.activateWindow()  # what the window manager does when a dialog closes (offscreen does not)
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    press(Key.Key_D, Mod.ControlModifier)
    debrief = window.debriefs.windows[interview_id]
    assert isinstance(debrief, DebriefWindow)
    debrief.activateWindow()
    qtbot.waitUntil(lambda: debrief.isAncestorOf(QApplication.focusWidget()))
    assert_focus_is_visible(qtbot)  # the tabs of the sections
    note = tab_until(qtbot, lambda w: isinstance(w, QPlainTextEdit))  # the first section's note
    assert_focus_is_visible(qtbot)
    type_text("Their move to real-time dashboards")
    press(Key.Key_T, Mod.ControlModifier)  # the line becomes a talking point (★)
    leaves_by_tab(note)
    press(Key.Key_W, Mod.ControlModifier)
    qtbot.waitUntil(lambda: not debrief.isVisible())
    sections = load_debrief(interview_id).sections
    assert any("★ Their move to real-time dashboards" in text for text in sections.values()), sections

    # 3. The thank-you e-mail: Ctrl+M, Ctrl+Return, the password typed, sent to the SMTP server.
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    press(Key.Key_M, Mod.ControlModifier)
    compose = window.thank_yous.windows[interview_id]
    assert isinstance(compose, ComposeWindow)
    compose.activateWindow()
    qtbot.waitUntil(lambda: compose.isAncestorOf(QApplication.focusWidget()))
    assert_focus_is_visible(qtbot)
    body = tab_until(qtbot, lambda w: w is compose.current().body)
    assert "real-time dashboards" in compose.current().body.toPlainText()
    leaves_by_tab(body)
    press(Key.Key_Return, Mod.ControlModifier)
    while compose.job is None and not thank_you_done(interview_id, dana):
        qtbot.waitUntil(lambda: compose.dialogs.active is not None or compose.job is not None, timeout=5000)
        if isinstance(compose.dialogs.active, QInputDialog):  # the password, asked once (no keyring here)
            qtbot.waitUntil(lambda: compose.dialogs.active.isAncestorOf(QApplication.focusWidget()))
            type_text(PASSWORD)
            press(Key.Key_Return)
        elif compose.dialogs.active is not None:
            go_on_anyway(qtbot, compose)
    qtbot.waitUntil(lambda: compose.job is None, timeout=15000)
    assert thank_you_done(interview_id, dana)
    [arrived] = server.messages
    assert "real-time dashboards" in arrived.get_content()
    assert "Sent to" in compose.status.text()
    back_to(qtbot, compose)
    press(Key.Key_W, Mod.ControlModifier)
    qtbot.waitUntil(lambda: not compose.isVisible())

    # 4. The card: Ctrl+Shift+H, Ctrl+Shift+S, the file name typed, Enter.
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    press(Key.Key_H, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), CardEditor) or any(
        isinstance(w, CardEditor) and w.isVisible() for w in QApplication.topLevelWidgets()))
    card = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CardEditor) and w.isVisible())
    card.activateWindow()
    qtbot.waitUntil(lambda: card.isAncestorOf(QApplication.focusWidget()))
    assert_focus_is_visible(qtbot)
    press(Key.Key_S, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: card.dialogs.active is not None)
    if not isinstance(card.dialogs.active, QFileDialog):
        go_on_anyway(qtbot, card)
    qtbot.waitUntil(lambda: isinstance(card.dialogs.active, QFileDialog))
    files = card.dialogs.active
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.waitUntil(lambda: files.isAncestorOf(QApplication.focusWidget()))
    pdf = tmp_path / "card.pdf"
    press(Key.Key_A, Mod.ControlModifier)
    type_text(str(pdf))
    press(Key.Key_Return)
    qtbot.waitUntil(pdf.exists)
    assert pdf.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "card.pdf" in card.status.text())
    back_to(qtbot, card)
    press(Key.Key_W, Mod.ControlModifier)
    qtbot.waitUntil(lambda: not card.isVisible())

    # 5. Tick a step: Tab to the checklist, Down to the notes row, Space.
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    checklist_view = window.details.checklist
    tab_until(qtbot, lambda w: w is checklist_view)
    assert_focus_is_visible(qtbot)
    notes = next(row for row in checklist(interview_id) if row.step is Step.NOTES)
    while checklist_view.current_id() != notes.id:
        press(Key.Key_Down)
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: next(r for r in checklist(interview_id) if r.id == notes.id).done_at is not None)

    # 6. Search: Ctrl+F, type, the results list the interview.
    press(Key.Key_F, Mod.ControlModifier)
    assert focused() is window.search_box
    assert_focus_is_visible(qtbot)
    type_text("dashboards")
    qtbot.waitUntil(lambda: window.right_stack.currentWidget() is window.search_panel)
    tree = window.search_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0 and "Keyboard GmbH" in tree.topLevelItem(0).text(0),
                    timeout=5000)
    assert "match" in window.search_panel.summary.text()
    press(Key.Key_Escape)

    # 7. Settings: Ctrl+, opens it, Tab moves through it, Escape closes it without saving.
    window.activateWindow()
    press(Key.Key_Comma, Mod.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, SettingsDialog))
    settings = window.dialogs.active
    assert isinstance(settings, QDialog)
    qtbot.waitUntil(lambda: settings.isAncestorOf(QApplication.focusWidget()))
    for _ in range(5):
        assert_focus_is_visible(qtbot)
        press(Key.Key_Tab)
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dialogs.active is None)
