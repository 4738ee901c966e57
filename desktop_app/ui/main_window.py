"""The main window: month calendar, the selected day's agenda, the selected interview.

It wires widgets to store queries and keeps no business rules of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..store.follow_up_queries import calendar_entries, checklist
from ..store.interviews import find_interview, has_interviews, load_interview, purge_deleted
from .agenda_view import DayAgenda
from .calendar_view import CalendarLegend, InterviewCalendar, visible_range
from .details_panel import DetailsPanel
from .dialogs import DialogHost
from .events import AppEvents
from .formatting import from_qdate, to_qdate
from .invitation_actions import InvitationActions
from .undo_commands import DeleteInterviewCommand, ToggleDoneCommand

if TYPE_CHECKING:
    from .interview_dialog import InterviewDialog

Clock = Callable[[], datetime]
EMPTY_TEXT = "No interviews yet — add one or import an invitation."


def utc_now() -> datetime:
    return datetime.now(UTC)


class MainWindow(QMainWindow, DialogHost):
    def __init__(self, state_file: Path, events: AppEvents | None = None, clock: Clock = utc_now) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.clock = clock
        self.events = events or AppEvents(self)
        self.state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self.undo_stack = QUndoStack(self)
        self.selected_interview: int | None = None

        self.invitations = InvitationActions(self, self._show_saved)
        self.calendar = InterviewCalendar()
        self.agenda = DayAgenda()
        self.details = DetailsPanel()
        self.details.hide()
        self.no_selection = QLabel("Select an interview in the agenda to see its follow-up plan.")
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.no_selection.setEnabled(False)
        self.welcome = self._welcome_page()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.agenda)
        right.addWidget(self.details)
        right.addWidget(self.no_selection)
        right.setStretchFactor(1, 2)
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(right)
        self.right_stack.addWidget(self.welcome)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar, 1)
        left_layout.addWidget(CalendarLegend())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.invitations.accept_drops_on(self, self.calendar)  # drop .ics files anywhere, the calendar too
        self._make_actions()
        self.statusBar()

        self.calendar.currentPageChanged.connect(lambda *_: self.reload_month())
        self.calendar.selectionChanged.connect(self.show_selected_day)
        self.calendar.activated.connect(lambda _d: self.new_interview())
        self.agenda.interview_selected.connect(self.select_interview)
        self.agenda.interview_activated.connect(lambda i: (self.select_interview(i), self.edit_interview()))
        self.details.edit_requested.connect(self.edit_interview)
        self.details.delete_requested.connect(self.delete_interview)
        # Queued: storing the tick rebuilds the checklist, which must not happen while
        # the tree is still inside the itemChanged signal of the item being replaced.
        self.details.checklist.toggled.connect(self.toggle_follow_up, Qt.ConnectionType.QueuedConnection)
        self.events.data_changed.connect(self.refresh)

        self.resize(1100, 700)
        self._restore_state()
        self.refresh()

    # ------------------------------------------------------------------ building
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(EMPTY_TEXT)
        label.setObjectName("emptyState")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton("New interview…")
        button.clicked.connect(self.new_interview)
        self.welcome_import = QPushButton("Import invitation…")
        self.welcome_import.setToolTip("Read a calendar invitation (.ics) you received; you can also drop it here")
        self.welcome_import.clicked.connect(self.invitations.choose_files)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button)
        buttons.addWidget(self.welcome_import)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.new_action = self._action("&New interview…", self.new_interview, S.New)
        self.edit_action = self._action("&Edit interview…", self.edit_interview, "Ctrl+E")
        self.delete_action = self._action("&Delete interview", self.delete_interview, S.Delete)
        self.import_action = self._action("&Import invitation…", self.invitations.choose_files, "Ctrl+I")
        self.export_action = self._action("E&xport calendar…", self.invitations.choose_export_file, "Ctrl+Shift+E")
        self.settings_action = self._action("&Settings…", self.open_settings, "Ctrl+,")
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q")
        self.today_action = self._action("&Today", self.go_today, "Ctrl+T")
        self.prev_action = self._action("&Previous month", self.calendar.showPreviousMonth, "Ctrl+PgUp")
        self.next_action = self._action("Ne&xt month", self.calendar.showNextMonth, "Ctrl+PgDown")
        self.about_action = self._action(f"&About {APP_NAME}", self.about)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(S.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence(S.Redo))
        for action, tip in ((self.new_action, "Add an interview and its follow-up plan"),
                            (self.import_action, "Add interviews from a calendar invitation (.ics)"),
                            (self.export_action, "Write interviews and follow-ups to a calendar file (.ics)"),
                            (self.today_action, "Show today")):
            action.setToolTip(tip)
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.new_action, self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        view_menu = menus.addMenu("&View")
        view_menu.addActions([self.today_action, self.prev_action, self.next_action])
        menus.addMenu("&Help").addAction(self.about_action)
        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.import_action, self.edit_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.today_action, self.undo_action])
        self.addToolBar(toolbar)

    # ------------------------------------------------------------------ showing data
    def refresh(self) -> None:
        """Reload after any change: the visible month and the selected interview."""
        has_any = has_interviews()
        self.right_stack.setCurrentIndex(0 if has_any else 1)
        self.reload_month()
        self.show_selected_interview()

    def reload_month(self) -> None:
        """One store call (two SQL queries) per month page; the agenda is cut from it."""
        start, end = visible_range(self.calendar.yearShown(), self.calendar.monthShown())
        self.calendar.set_entries(calendar_entries(start, end))
        self.show_selected_day()

    def selected_day(self) -> date:
        return from_qdate(self.calendar.selectedDate())

    def show_selected_day(self) -> None:
        day = self.selected_day()
        self.agenda.show_day(day, self.calendar.entries_on(day), self.clock())
        if self.selected_interview is not None:
            self.agenda.select_interview(self.selected_interview)

    def select_interview(self, interview_id: int) -> None:
        if interview_id != self.selected_interview:
            self.selected_interview = interview_id
            self.show_selected_interview()

    def show_selected_interview(self) -> None:
        interview_id = self.selected_interview
        if interview_id is not None:
            interview = find_interview(interview_id)
            if interview is not None:
                self.details.show_interview(interview, checklist(interview_id), self.clock())
                self.details.show()
                self.no_selection.hide()
                self._enable_interview_actions(True)
                return
        self.selected_interview = None
        self.details.hide()
        self.no_selection.show()
        self._enable_interview_actions(False)

    def _enable_interview_actions(self, enabled: bool) -> None:
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(enabled)

    def go_today(self) -> None:
        today = to_qdate(datetime.now().date())
        self.calendar.setSelectedDate(today)
        self.calendar.showSelectedDate()

    # ------------------------------------------------------------------ commands
    def new_interview(self) -> None:
        from .interview_dialog import InterviewDialog  # not needed for the first paint

        dialog = InterviewDialog(None, self.selected_day(), self)
        self.open_dialog(dialog, lambda: self._after_save(dialog))

    def edit_interview(self) -> None:
        if self.selected_interview is None:
            return
        from .interview_dialog import InterviewDialog

        dialog = InterviewDialog(load_interview(self.selected_interview), self.selected_day(), self)
        self.open_dialog(dialog, lambda: self._after_save(dialog))

    def _after_save(self, dialog: InterviewDialog) -> None:
        self._show_saved([dialog.saved_id] if dialog.saved_id is not None else [])
        self.statusBar().showMessage("Interview saved; its follow-up plan is up to date.", 5000)

    def _show_saved(self, interview_ids: list[int]) -> None:
        """Select the (first) interview just saved or imported, on its day, and reload."""
        if interview_ids:
            self.selected_interview = interview_ids[0]
            start = load_interview(interview_ids[0]).start.astimezone()
            self.calendar.setSelectedDate(to_qdate(start.date()))
            self.calendar.showSelectedDate()
        self.events.data_changed.emit()

    def delete_interview(self) -> None:
        interview_id = self.selected_interview
        if interview_id is None:
            return
        interview = load_interview(interview_id)
        label = " — ".join(p for p in (interview.company, interview.role) if p)

        def really_delete() -> None:
            self.undo_stack.push(DeleteInterviewCommand(interview_id, label, self.events.data_changed.emit))
            self.statusBar().showMessage(f"Deleted {label}. Undo with Ctrl+Z.", 10000)

        self.confirm(self, "Delete interview", f"Delete the interview “{label}” and its follow-up plan?",
                     "Delete", really_delete)

    def toggle_follow_up(self, follow_up_id: int, done: bool) -> None:
        was = next((r.done_at for r in checklist(self.selected_interview or -1) if r.id == follow_up_id), None)
        when = self.clock() if done else None
        self.undo_stack.push(ToggleDoneCommand(follow_up_id, when, was, self.events.data_changed.emit))

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        self.open_dialog(SettingsDialog(self), self.events.settings_changed.emit)

    def about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}", f"{APP_NAME} {__version__}\n\n"
                          "Write your notes, send the thank-you e-mail, mail a handwritten note and "
                          "contact every referral — on time, after every interview.")

    # ------------------------------------------------------------------ window state
    def _restore_state(self) -> None:
        geometry = self.state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.state.value("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([600, 500])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.state.setValue("geometry", self.saveGeometry())
        self.state.setValue("splitter", self.splitter.saveState())
        self.state.sync()
        self.undo_stack.clear()
        purge_deleted()
        super().closeEvent(event)
