"""Invitations as people get them: a bad event on its own row, events left out, no title, skipped attendees."""

from __future__ import annotations

from pathlib import Path

from desktop_app.store.interviews import count_interviews
from desktop_app.store.models import Interview
from desktop_app.ui.main.import_dialog import ImportDialog

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"


def open_import(qtbot, window, name: str) -> ImportDialog:  # type: ignore[no-untyped-def]
    window.invitations.import_files([ICS / name])
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, ImportDialog))
    return window.dialogs.active


def test_a_bad_event_shows_on_its_row_and_another_can_be_left_out(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_import(qtbot, window, "one-bad-event.ics")
    assert [b.title() for b in dialog.problem_boxes] == ["2. Cannot be imported"]
    problem = dialog.problem_boxes[0].findChild(type(dialog.error), "eventProblem")
    assert "Event 2" in problem.text() and "no start time" in problem.text()
    notes = [label.text() for box in dialog.boxes for label in box.findChildren(type(dialog.error), "importNote")]
    assert any("Monica Hall" in n and n.startswith("Skipped an attendee line") for n in notes)
    dialog.resize(700, 700)
    dialog.grab().save("/tmp/finish-strong-import-problem.png")
    assert [b.title() for b in dialog.boxes] == ["1. New interview", "3. New interview"]
    dialog.boxes[1].setChecked(False)  # the user leaves the hiring-manager round out
    dialog.accept()
    assert not dialog.isVisible()
    assert [row.role for row in Interview.select()] == ["Site Reliability Engineer"]


def test_leaving_every_event_out_imports_nothing_and_says_so(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_import(qtbot, window, "one-bad-event.ics")
    for box in dialog.boxes:
        box.setChecked(False)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible() and "left out" in dialog.error.text()
    assert count_interviews() == 0
    dialog.reject()


def test_an_invitation_without_a_title_asks_for_the_company(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = open_import(qtbot, window, "no-title.ics")
    box = dialog.boxes[0]
    assert box.company.text() == ""
    dialog.accept()
    assert dialog.isVisible() and box.error.text() == "The invitation has no title: enter the company."
    box.company.setText("Pied Piper <b>Inc</b>")
    dialog.accept()
    assert not dialog.isVisible()
    assert [row.company for row in Interview.select()] == ["Pied Piper <b>Inc</b>"]
