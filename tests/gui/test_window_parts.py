"""The windows hold their dialog host and the main window its actions: objects, not base classes.

Why it matters (issue 13): a mixin reads and writes its host's attributes unseen, so a change
in the window broke it silently and mypy could not check it. These tests pin the shape and
show that each part works on its own, against a plain window.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from desktop_app.ui.cards.card_actions import CardActions
from desktop_app.ui.cards.card_editor import CardEditor
from desktop_app.ui.cards.envelope_dialog import EnvelopeDialog
from desktop_app.ui.mail.compose_window import ComposeWindow
from desktop_app.ui.main.main_actions import MainCommands, MainWindowActions
from desktop_app.ui.main.main_window import MainWindow
from desktop_app.ui.shared.dialogs import DialogHost
from desktop_app.ui.shared.editor_registry import EditorRegistry
from desktop_app.ui.shared.events import AppEvents
from desktop_app.ui.shared.window_services import WindowServices


def test_windows_hold_their_dialog_host_and_actions_instead_of_inheriting_them(make_window) -> None:  # type: ignore[no-untyped-def]
    for window_class in (MainWindow, ComposeWindow, CardEditor, EnvelopeDialog):
        assert DialogHost not in window_class.__mro__, window_class
    assert MainWindowActions not in MainWindow.__mro__
    window = make_window()
    assert isinstance(window.dialogs, DialogHost) and window.dialogs.parent is window
    assert window.services.dialogs is window.dialogs  # the helpers' dialogs are found where the window's are
    window.menu_actions.new_action.trigger()
    assert window.dialogs.active is not None and window.dialogs.active.isVisible()
    window.dialogs.active.reject()
    assert window.dialogs.active is None


def test_a_dialog_host_remembers_the_open_dialog_until_it_is_answered(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    host = DialogHost(parent)
    accepted: list[str] = []
    first = QDialog(parent)
    assert host.open_dialog(first, lambda: accepted.append("first")) is first  # returned at once: no exec()
    assert host.active is first and first.isVisible()
    assert first.windowModality() == Qt.WindowModality.WindowModal
    first.accept()
    assert host.active is None and accepted == ["first"]
    second = QDialog(parent)
    host.open_dialog(second, lambda: accepted.append("second"))
    second.reject()
    assert host.active is None and accepted == ["first"]  # cancelled: nothing done


def test_a_confirmation_is_plain_text_defaults_to_cancel_and_acts_only_on_its_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    host = DialogHost(parent)
    answered: list[str] = []
    box = host.confirm("Delete interview", "Delete <b>Acme</b>?", "Delete", lambda: answered.append("yes"))
    assert host.active is box and box.parent() is parent
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == "Delete <b>Acme</b>?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert answered == [] and host.active is None
    box = host.confirm("Delete interview", "Delete Acme?", "Delete", lambda: answered.append("yes"))
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert answered == ["yes"] and host.active is None


def test_the_menus_run_the_commands_they_are_given_without_the_main_window(qtbot, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    services = WindowServices(
        parent=window, clock=clock, events=AppEvents(window), undo_stack=QUndoStack(window),
        editors=EditorRegistry(window), dialogs=DialogHost(window), selected_interview=lambda: None,
        selected_follow_up=lambda: None, show_error=lambda _message: None, say=lambda _message, _ms: None,
        clear_selection=lambda: None,
    )
    ran: list[str] = []

    def recorder(name: str):  # type: ignore[no-untyped-def]
        return lambda: ran.append(name)

    commands = MainCommands(**{field.name: recorder(field.name) for field in fields(MainCommands)})
    actions = MainWindowActions(services, commands, CardActions(services))
    actions.fill_menus(window.menuBar())
    window.addToolBar(actions.toolbar(QLineEdit()))
    window.show()
    qtbot.waitExposed(window)
    expected = {
        "new_interview": actions.new_action, "edit_interview": actions.edit_action,
        "delete_interview": actions.delete_action, "import_invitation": actions.import_action,
        "export_calendar": actions.export_action, "import_data": actions.import_data_action,
        "open_settings": actions.settings_action, "quit_app": actions.quit_action, "go_today": actions.today_action,
        "previous_month": actions.prev_action, "next_month": actions.next_action, "about": actions.about_action,
        "open_debrief": actions.debrief_action, "open_thank_you": actions.thank_you_action,
        "focus_search": actions.find_action,
    }
    assert sorted(expected) == sorted(field.name for field in fields(MainCommands))  # every command has its entry
    for name, action in expected.items():
        action.trigger()
        assert ran[-1] == name, action.text()
    assert len(ran) == len(expected)
    assert [menu.text() for menu in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    file_menu = window.menuBar().actions()[0].menu()
    assert actions.restore_action in file_menu.actions() and actions.backup_action in file_menu.actions()
