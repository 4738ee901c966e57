"""What a desktop user expects of the window beyond the main path."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.plan import PlanRules
from desktop_app.store.database import db_proxy
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import save_interview
from desktop_app.store.settings_store import load_rules
from desktop_app.ui.settings.settings_dialog import SettingsDialog

from .conftest import sample_interview


def test_window_size_is_remembered(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(720, 520)  # inside the offscreen 800x600 screen
    window.close()
    again = make_window()
    assert again.size() == QSize(720, 520)


def test_every_menu_action_has_a_keyboard_route(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    actions = window.menu_actions
    for action in (actions.new_action, actions.edit_action, actions.delete_action, actions.undo_action,
                   actions.redo_action, actions.today_action, actions.prev_action, actions.next_action,
                   actions.settings_action, actions.quit_action, actions.import_action, actions.export_action):
        assert not action.shortcut().isEmpty(), action.text()
    for menu in window.menuBar().actions():
        assert "&" in menu.text(), menu.text()  # Alt+letter opens every menu


def test_controls_have_accessible_names(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.calendar.accessibleName() == "Interview calendar"
    assert window.agenda.list.accessibleName() == "Day agenda"
    assert window.details.checklist.accessibleName() == "Follow-up checklist"
    window.menu_actions.new_action.trigger()
    dialog = window.dialogs.active
    for field in (dialog.company, dialog.role, dialog.start, dialog.end, dialog.timezone):
        assert field.accessibleName()


def test_settings_change_the_plan_of_new_interviews(qtbot, make_window, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    assert isinstance(dialog, SettingsDialog)
    dialog.spins["notes_due_minutes"].setValue(2.5)  # hours
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert load_rules().notes_due_minutes == 150

    start = clock.now + timedelta(days=1)
    interview_id = save_interview(sample_interview(start))
    notes = checklist(interview_id)[0]
    assert notes.due_at - (start + timedelta(hours=1)).replace(microsecond=0) == timedelta(minutes=150)


def test_settings_refuse_a_reminder_after_its_deadline(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    dialog.spins["email_remind_minutes"].setValue(10)
    dialog.spins["email_due_minutes"].setValue(4)
    dialog.accept()
    assert dialog.isVisible()
    assert "thank-you e-mail reminder comes after its deadline" in dialog.error.text()
    assert load_rules() == PlanRules()
    dialog.restore_defaults()
    dialog.accept()
    assert not dialog.isVisible()


def test_each_month_change_reloads_with_exactly_two_queries(make_window, clock) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now + timedelta(days=40)))
    window = make_window()
    for _ in range(3):
        statements: list[str] = []
        connection = db_proxy.obj.connection()
        connection.set_trace_callback(statements.append)
        try:
            window.calendar.showNextMonth()
        finally:
            connection.set_trace_callback(None)
        assert len(statements) == 2, statements  # interviews, follow-ups: not zero, not per day
        assert all(s.lstrip().upper().startswith("SELECT") for s in statements)
    window.go_today()
    window.calendar.showNextMonth()
    target = (clock.now + timedelta(days=40)).astimezone().date()
    if (window.calendar.yearShown(), window.calendar.monthShown()) != (target.year, target.month):
        window.calendar.showNextMonth()
    assert any(e.company == "Northwind Analytics" for e in window.calendar.entries_on(target))  # really reloaded


def test_deleted_interviews_are_purged_when_the_window_closes(make_window, clock) -> None:  # type: ignore[no-untyped-def]
    interview_id = save_interview(sample_interview(clock.now + timedelta(days=1)))
    window = make_window()
    window.select_interview(interview_id)
    window.menu_actions.delete_action.trigger()
    next(b for b in window.dialogs.active.buttons() if b.text() == "Delete").click()
    window.close()
    rows = db_proxy.obj.execute_sql("SELECT count(*) FROM interview").fetchone()[0]
    follow_ups = db_proxy.obj.execute_sql("SELECT count(*) FROM follow_up").fetchone()[0]
    assert (rows, follow_ups) == (0, 0)


def test_paging_through_many_months_is_stable(make_window) -> None:  # type: ignore[no-untyped-def]
    """A broken Qt binding (PySide6 6.12.0 on Python 3.11) lost a reference to None on every
    call and aborted the app after a dozen month changes on a full database."""
    import sys

    from desktop_app.store.demo import generate_demo

    generate_demo(300)
    window = make_window()
    before = sys.getrefcount(None)
    for _ in range(24):
        window.calendar.showNextMonth()
    for _ in range(24):
        window.calendar.showPreviousMonth()
    assert sys.getrefcount(None) >= before - 100
    assert window.agenda.heading.text()


def test_start_at_login_writes_and_removes_an_autostart_entry(qtbot, make_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "io.github.finishstrong.FinishStrong.desktop"
    window = make_window()
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    assert not dialog.autostart.isChecked()  # off by default
    dialog.autostart.setChecked(True)
    dialog.accept()
    text = entry.read_text(encoding="utf-8")
    assert "Exec=" in text and "--minimized" in text and "X-GNOME-Autostart-enabled=true" in text
    window.menu_actions.settings_action.trigger()
    dialog = window.dialogs.active
    assert dialog.autostart.isChecked()
    dialog.autostart.setChecked(False)
    dialog.accept()
    assert not entry.exists()


def test_reminders_start_only_after_the_window_has_painted(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    """The notification server may take seconds to answer: the window must not wait for it."""
    from PySide6.QtCore import QEvent, QObject

    from desktop_app.paths import ui_state_path
    from desktop_app.ui.app.application import AfterFirstPaint
    from desktop_app.ui.main.main_window import MainWindow

    events: list[str] = []

    class PaintLog(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    window = MainWindow(ui_state_path(data_dir))
    qtbot.addWidget(window)
    AfterFirstPaint(window, lambda: events.append("reminders"))
    log = PaintLog(window)
    window.installEventFilter(log)
    window.show()
    qtbot.waitUntil(lambda: "reminders" in events)
    assert events.index("paint") < events.index("reminders")
    assert events.count("reminders") == 1
