"""Without a mouse: Tab reaches every control of a window and leads out of every one (no keyboard trap).

Each window is opened on fixture data and Tab is pressed through it, the way a keyboard user moves,
from whatever has the focus. Every enabled, visible control that takes Tab focus must be reached,
and the focus must come back round to where it started: a text field that swallowed Tab (a plain
text editor without `setTabChangesFocus`) would stop the walk and fail.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QWidget

from desktop_app.domain.model import Interview, Person
from desktop_app.store.interviews import load_interview, save_interview


def _ids(clock) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = clock() - timedelta(hours=3)
    interview_id = save_interview(Interview(
        company="Northwind", role="Analyst", start=start, end=start + timedelta(hours=1), timezone="Europe/Berlin",
        interviewers=[Person("Dana Reyes", email="dana@northwind.example", postal_address="1 Road\nTown")]))
    person = load_interview(interview_id).interviewers[0].id
    assert person is not None
    return interview_id, person


def _tabbable(top: QWidget) -> list[QWidget]:
    found = []
    for widget in top.findChildren(QWidget):
        if not (widget.isVisibleTo(top) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if isinstance(parent, QComboBox):  # an editable combo box's line edit: the box takes the focus
            continue
        if widget.focusProxy() is not None:
            continue
        found.append(widget)
    return found


def _label(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text or widget.objectName()!r}"


def walk_with_tab(qtbot, top: QWidget, presses: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    visited: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return visited


def _open(name: str, window, ids):  # type: ignore[no-untyped-def]
    if name == "interview-form":
        from desktop_app.ui.main.interview_dialog import InterviewDialog

        return InterviewDialog(load_interview(ids[0]), window.clock().date(), window)
    if name == "card-editor":
        return window.cards.open(ids[0], ids[1])
    if name == "thank-you-email":
        return window.thank_yous.open(ids[0])
    if name == "envelope":
        editor = window.cards.open(ids[0], ids[1])
        editor.envelope()
        return editor.dialogs.active
    if name == "settings":
        from desktop_app.ui.settings.settings_dialog import SettingsDialog

        return SettingsDialog(window)
    if name == "debrief":
        return window.debriefs.open(ids[0])
    raise AssertionError(name)


@pytest.mark.parametrize("name", ["interview-form", "card-editor", "thank-you-email", "envelope", "settings",
                                  "debrief"])
def test_tab_reaches_every_control_and_never_gets_stuck(qtbot, make_window, clock, name: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    top = _open(name, window, _ids(clock))
    qtbot.addWidget(top)
    top.show()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and top.isAncestorOf(QApplication.focusWidget())
                    or QApplication.focusWidget() is top)
    controls = _tabbable(top)
    visited = walk_with_tab(qtbot, top, 2 * len(controls) + 2)
    missed = [_label(w) for w in controls if w not in visited]
    assert not missed, f"Tab never reaches: {missed}; it went {[_label(w) for w in visited]}"
    # Round and round: the second lap visits what the first did (a trap would repeat one widget).
    first = visited[0]
    assert visited.count(first) >= 2, f"Tab never came back to {type(first).__name__}: stuck at " \
                                       f"{type(visited[-1]).__name__} {visited[-1].accessibleName()!r}"


def _type(text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClicks(focused, text)


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifier)


def test_a_new_interview_with_its_interviewer_by_keyboard_alone(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.interviews import list_people
    from desktop_app.ui.main.interview_dialog import InterviewDialog

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    _press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File ▸ New interview…
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, InterviewDialog))
    dialog = window.dialogs.active
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.company)  # the first field, ready to type
    _type("Keyboard GmbH")
    _press(Qt.Key.Key_Tab)
    _type("Analyst")
    while QApplication.focusWidget() is not dialog.interviewers.add_new:  # Tab on to "Add interviewer"
        _press(Qt.Key.Key_Tab)
    _press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.interviewers.name)
    _type("Dana Reyes")
    _press(Qt.Key.Key_Return)  # the dialog's default button: Save
    qtbot.waitUntil(lambda: window.dialogs.active is None)
    assert dialog.saved_id is not None
    saved = load_interview(dialog.saved_id)
    assert (saved.company, saved.role, [p.name for p in saved.interviewers]) == ("Keyboard GmbH", "Analyst",
                                                                                 ["Dana Reyes"])
    assert [p.name for p in list_people()] == ["Dana Reyes"]
