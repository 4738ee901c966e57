"""Calendar invitations in the window: the File menu, dropping a file, confirming, exporting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from desktop_app.domain.model import Status
from desktop_app.store.follow_up_queries import INTERVIEW_KIND
from desktop_app.store.interviews import count_interviews, load_interview
from desktop_app.store.models import CalendarLink
from desktop_app.store.settings_store import load_my_addresses, save_my_addresses
from desktop_app.ui.main.import_dialog import ImportDialog
from desktop_app.ui.settings.settings_dialog import SettingsDialog

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"


def pick_file(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.dialogs.active
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def import_dialog(qtbot, window) -> ImportDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, ImportDialog))
    dialog = window.dialogs.active
    assert dialog.isVisible()
    return dialog


def drop(widget, paths: list[Path]) -> bool:  # type: ignore[no-untyped-def]
    """Drag files over `widget` and drop them as a file manager would; whether it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def interview_days(window, day: date) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.company for e in window.calendar.entries_on(day) if e.kind == INTERVIEW_KIND]


def test_import_from_the_menu_confirm_an_edited_company_and_see_it_on_the_calendar(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    save_my_addresses(["alex.candidate@gmail.com"])
    window = make_window()
    assert window.menu_actions.import_action.shortcut().toString() == "Ctrl+I"
    assert window.menu_actions.import_action in window.menuBar().actions()[0].menu().actions()
    window.menu_actions.import_action.trigger()
    pick_file(window, ICS / "google-calendar.ics")
    dialog = import_dialog(qtbot, window)

    (box,) = dialog.boxes
    assert box.title() == "1. New interview"
    assert box.company.text() == "Northwind Analytics" and box.role.text() == "Product Manager"
    texts = " | ".join(label.text() for label in box.findChildren(type(dialog.error)))
    assert "Dana Reyes <dana.reyes@northwind.example>\nSam Okafor <sam.okafor@northwind.example>" in texts
    assert "alex.candidate" not in texts
    assert "https://meet.google.com/xkp-qwer-tzu" in texts
    box.company.selectAll()
    qtbot.keyClicks(box.company, "Northwind Analytics GmbH")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert count_interviews() == 1
    interview = load_interview(window.selected_interview)
    assert interview.company == "Northwind Analytics GmbH"
    day = interview.start.astimezone().date()
    assert interview_days(window, day) == ["Northwind Analytics GmbH"]
    assert window.calendar.selectedDate().toPython() == day
    assert window.details.title.text() == "Northwind Analytics GmbH — Product Manager"
    assert window.details.checklist.topLevelItemCount() == 5
    assert "1 added" in window.statusBar().currentMessage()


def test_dropping_invitations_on_the_calendar_imports_each_event(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.calendar.acceptDrops() and window.acceptDrops()
    text_file = tmp_path / "cv.txt"
    text_file.write_text("not a calendar")
    assert not drop(window.calendar, [text_file]), "other files are not taken"

    assert drop(window.calendar, [ICS / "several-events.ics"])
    dialog = import_dialog(qtbot, window)
    assert [b.company.text() for b in dialog.boxes] == ["Adventure Works", "Adventure Works"]
    assert any("assumed to last one hour" in label.text() for label in dialog.boxes[1].findChildren(type(dialog.error)))
    dialog.confirm_button.click()
    assert count_interviews() == 2
    day = load_interview(window.selected_interview).start.astimezone().date()
    assert interview_days(window, day) == ["Adventure Works", "Adventure Works"]


def test_dropping_on_the_window_outside_the_calendar_works_too(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert drop(window, [ICS / "zoom.ics"])
    import_dialog(qtbot, window).confirm_button.click()
    assert count_interviews() == 1


def test_a_cancellation_asks_first(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    drop(window.calendar, [ICS / "google-calendar.ics"])
    import_dialog(qtbot, window).confirm_button.click()
    interview_id = CalendarLink.get().interview_id

    drop(window.calendar, [ICS / "google-calendar-cancel.ics"])
    dialog = import_dialog(qtbot, window)
    assert dialog.boxes[0].title() == "1. Cancelled by the organizer"
    assert dialog.confirm_button.text() == "Mark withdrawn"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert load_interview(interview_id).status == Status.SCHEDULED

    drop(window.calendar, [ICS / "google-calendar-cancel.ics"])
    import_dialog(qtbot, window).confirm_button.click()
    assert load_interview(interview_id).status == Status.WITHDRAWN
    assert "Withdrawn" in window.details.summary.text()


def test_a_bad_file_says_why_and_changes_nothing(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.import_action.trigger()
    pick_file(window, ICS / "recurring.ics")
    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QMessageBox))
    box = window.dialogs.active
    assert box.windowTitle() == "Cannot import recurring.ics"
    assert "repeats (RRULE); interviews do not recur" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert count_interviews() == 0 and window.right_stack.currentWidget() is window.welcome


def test_a_blank_company_is_refused_beside_the_field(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    drop(window, [ICS / "outlook-exchange.ics"])
    dialog = import_dialog(qtbot, window)
    dialog.boxes[0].company.clear()
    dialog.confirm_button.click()
    assert dialog.isVisible()
    assert dialog.boxes[0].error.isVisible() and "company" in dialog.boxes[0].error.text().lower()
    assert count_interviews() == 0
    qtbot.keyClicks(dialog.boxes[0].company, "Fabrikam")
    dialog.confirm_button.click()
    assert not dialog.isVisible() and count_interviews() == 1


def test_my_addresses_are_set_in_settings_and_keep_me_out(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, SettingsDialog)
    qtbot.keyClicks(dialog.addresses, "alex@candidate.example, not-an-address")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible() and "“not-an-address” is not an e-mail address." in dialog.error.text()
    assert load_my_addresses() == []
    dialog.addresses.setPlainText("alex@candidate.example\nALEX@candidate.example")
    save.click()
    assert not dialog.isVisible()
    assert load_my_addresses() == ["alex@candidate.example"]

    drop(window, [ICS / "apple-calendar.ics"])
    import_dialog(qtbot, window).confirm_button.click()
    assert [p.name for p in load_interview(window.selected_interview).interviewers] == ["Maria García"]


def test_the_empty_state_offers_to_import_an_invitation(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    button = next(b for b in window.welcome.findChildren(QPushButton) if b.text() == "Import invitation…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialogs.active, QFileDialog)
    window.dialogs.active.reject()


def test_export_calendar_writes_a_file_calendars_can_read(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    drop(window, [ICS / "zoom.ics"])
    import_dialog(qtbot, window).confirm_button.click()
    window.menu_actions.export_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "plan"
    dialog.selectFile(str(target))
    dialog.accept()
    written = tmp_path / "plan.ics"  # the suffix is added
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    assert calendar.events[0].summary == "Interview: Firmware Engineer – Contoso Robotics"
    # The interview and its notes step (Zoom lists no attendees, so no per-person steps).
    assert "Exported 2 events to plan.ics" in window.statusBar().currentMessage()

