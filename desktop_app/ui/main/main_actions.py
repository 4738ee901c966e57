"""The main window's actions, menus and toolbar, with their shortcuts.

An object the window holds (`window.menu_actions`), so that main_window.py keeps to wiring and
behaviour. It gets the window's commands by name (`MainCommands`) and its `WindowServices`, never
the window itself; every menu entry shows its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QSizePolicy, QToolBar, QWidget

from ... import APP_NAME

if TYPE_CHECKING:
    from ..cards.card_actions import CardActions
    from ..shared.window_services import WindowServices

#: pyside6-lupdate finds translate("Context", "text") calls by this name; the texts stay under "Menus".
translate = QCoreApplication.translate

Command = Callable[[], object]


@dataclass(frozen=True)
class MainCommands:
    """What the menus and the toolbar run: the window's commands, each called without arguments."""

    new_interview: Command
    edit_interview: Command
    delete_interview: Command
    import_invitation: Command
    export_calendar: Command
    import_data: Command
    open_settings: Command
    quit_app: Command
    go_today: Command
    previous_month: Command
    next_month: Command
    about: Command
    open_debrief: Command
    open_thank_you: Command
    focus_search: Command


def _run(command: Command) -> Callable[[bool], None]:
    """A slot for `triggered(bool)` that calls `command()`: the checked flag is not its argument."""

    def triggered(_checked: bool = False) -> None:
        command()

    return triggered


class MainWindowActions:
    """The actions (created at once, so shortcuts work from the first paint), menus and toolbar."""

    def __init__(self, services: WindowServices, commands: MainCommands, cards: CardActions) -> None:
        self.services = services
        self.cards = cards
        c = commands
        S = QKeySequence.StandardKey
        self.new_action = self._action(translate("Menus", "&New interview…"), c.new_interview, S.New)
        self.edit_action = self._action(translate("Menus", "&Edit interview…"), c.edit_interview, "Ctrl+E")
        self.delete_action = self._action(translate("Menus", "&Delete interview"), c.delete_interview, S.Delete)
        self.import_action = self._action(translate("Menus", "&Import invitation…"), c.import_invitation, "Ctrl+I")
        self.export_action = self._action(translate("Menus", "E&xport calendar…"), c.export_calendar, "Ctrl+Shift+E")
        self.import_data_action = self._action(translate("Menus", "Import &data (JSON)…"), c.import_data)
        self.backup_action = self._action(translate("Menus", "&Back up now…"), self.back_up_now, "Ctrl+Shift+B")
        self.restore_action = self._action(translate("Menus", "&Restore from backup…"), self.restore_from_backup,
                                           "Ctrl+Shift+R")
        self.settings_action = self._action(translate("Menus", "&Settings…"), c.open_settings, "Ctrl+,")
        self.quit_action = self._action(translate("Menus", "&Quit"), c.quit_app, "Ctrl+Q")
        self.today_action = self._action(translate("Menus", "&Today"), c.go_today, "Ctrl+T")
        self.prev_action = self._action(translate("Menus", "&Previous month"), c.previous_month, "Ctrl+PgUp")
        self.next_action = self._action(translate("Menus", "Ne&xt month"), c.next_month, "Ctrl+PgDown")
        self.about_action = self._action(translate("Menus", "&About %1").replace("%1", APP_NAME), c.about)
        self.debrief_action = self._action(translate("Menus", "Write &debrief…"), c.open_debrief, "Ctrl+D")
        self.thank_you_action = self._action(translate("Menus", "&Thank-you e-mail…"), c.open_thank_you, "Ctrl+M")
        self.thank_you_action.setToolTip(translate("Menus",
                                                   "Step 2: draft and send the thank-you e-mail to each interviewer"))
        self.find_action = self._action(translate("Menus", "&Find…"), c.focus_search, S.Find)
        undo_stack = services.undo_stack
        self.undo_action = undo_stack.createUndoAction(services.parent, translate("Menus", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(S.Undo))
        self.redo_action = undo_stack.createRedoAction(services.parent, translate("Menus", "&Redo"))
        self.redo_action.setShortcut(QKeySequence(S.Redo))
        for action, tip in ((self.new_action, translate("Menus", "Add an interview and its follow-up plan")),
                            (self.import_action,
                             translate("Menus", "Add interviews from a calendar invitation (.ics)")),
                            (self.export_action,
                             translate("Menus", "Write interviews and follow-ups to a calendar file (.ics)")),
                            (self.backup_action, translate("Menus", "Copy all your data to a file of your choice")),
                            (self.restore_action,
                             translate("Menus", "Go back to a backup; your current data are kept as a backup first")),
                            (self.import_data_action,
                             translate("Menus",
                                       "Add or update everything in a Finish Strong export (JSON); all or nothing")),
                            (self.today_action, translate("Menus", "Show today"))):
            action.setToolTip(tip)

    def _action(self, text: str, slot: Command, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
        action = QAction(text, self.services.parent)  # the window's: its shortcuts work wherever focus is in it
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(_run(slot))
        return action

    def back_up_now(self) -> None:
        from ..app.backup_actions import back_up_now  # file dialogs and backups load when first used

        back_up_now(self.services)

    def restore_from_backup(self) -> None:
        from ..app.backup_actions import open_restore

        open_restore(self.services)

    def fill_menus(self, menus: QMenuBar) -> None:
        """File, Edit, View and Help, in that order."""
        file_menu = menus.addMenu(translate("Menus", "&File"))
        file_menu.addActions([self.new_action, self.import_action, self.export_action, self.import_data_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.cards.print_today_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(translate("Menus", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.debrief_action, self.thank_you_action, self.cards.card_action,
                              self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = menus.addMenu(translate("Menus", "&View"))
        view_menu.addActions([self.today_action, self.prev_action, self.next_action])
        menus.addMenu(translate("Menus", "&Help")).addAction(self.about_action)

    def toolbar(self, search_box: QWidget) -> QToolBar:
        """The main toolbar: the everyday commands, then the search box at the right end."""
        toolbar = QToolBar(translate("Menus", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.import_action, self.debrief_action, self.thank_you_action,
                            self.edit_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.today_action, self.undo_action])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(search_box)
        return toolbar
