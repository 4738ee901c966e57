"""The main window's actions, menus and toolbar, with their shortcuts.

A mixin so that main_window.py keeps to wiring and behaviour; every action calls a
method of the window, and every menu entry shows its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from ... import APP_NAME
from .search_box import SearchBox

#: pyside6-lupdate finds translate("Context", "text") calls by this name. A mixin: self.tr() would look
#: the texts up under "MainWindow", the class it runs in, not where lupdate found them.
translate = QCoreApplication.translate


class MainWindowActions:
    """Expects the host window to provide the slots named below."""

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def back_up_now(self) -> None:
        from ..app.backup_actions import back_up_now  # file dialogs and backups load when first used

        back_up_now(self.services)

    def import_data(self) -> None:
        from .data_import import choose_data_file  # loaded when first used

        choose_data_file(self)

    def restore_from_backup(self) -> None:
        from ..app.backup_actions import open_restore

        open_restore(self.services)

    def _make_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.new_action = self._action(translate("Menus", "&New interview…"), self.new_interview, S.New)
        self.edit_action = self._action(translate("Menus", "&Edit interview…"), self.edit_interview, "Ctrl+E")
        self.delete_action = self._action(translate("Menus", "&Delete interview"), self.delete_interview, S.Delete)
        self.import_action = self._action(translate("Menus", "&Import invitation…"), self.invitations.choose_files,
                                          "Ctrl+I")
        self.export_action = self._action(translate("Menus", "E&xport calendar…"),
                                          self.invitations.choose_export_file, "Ctrl+Shift+E")
        self.import_data_action = self._action(translate("Menus", "Import &data (JSON)…"), self.import_data)
        self.backup_action = self._action(translate("Menus", "&Back up now…"), self.back_up_now, "Ctrl+Shift+B")
        self.restore_action = self._action(translate("Menus", "&Restore from backup…"), self.restore_from_backup,
                                           "Ctrl+Shift+R")
        self.settings_action = self._action(translate("Menus", "&Settings…"), self.open_settings, "Ctrl+,")
        self.quit_action = self._action(translate("Menus", "&Quit"), self.quit_app, "Ctrl+Q")
        self.today_action = self._action(translate("Menus", "&Today"), self.go_today, "Ctrl+T")
        self.prev_action = self._action(translate("Menus", "&Previous month"), self.calendar.showPreviousMonth,
                                        "Ctrl+PgUp")
        self.next_action = self._action(translate("Menus", "Ne&xt month"), self.calendar.showNextMonth, "Ctrl+PgDown")
        self.about_action = self._action(translate("Menus", "&About %1").replace("%1", APP_NAME), self.about)
        self.debrief_action = self._action(translate("Menus", "Write &debrief…"), self.open_debrief, "Ctrl+D")
        self.thank_you_action = self._action(translate("Menus", "&Thank-you e-mail…"), self.open_thank_you, "Ctrl+M")
        self.thank_you_action.setToolTip(translate("Menus",
                                                   "Step 2: draft and send the thank-you e-mail to each interviewer"))
        self.find_action = self._action(translate("Menus", "&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        self.search_box = SearchBox()
        self.undo_action = self.undo_stack.createUndoAction(self, translate("Menus", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(S.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, translate("Menus", "&Redo"))
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
        menus = self.menuBar()
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
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

