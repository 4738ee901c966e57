"""The main window: month calendar, the selected day's agenda, the selected interview.

It wires widgets to store queries and keeps no business rules of its own.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...domain.model import Step
from ...store.follow_up_queries import calendar_entries, checklist
from ...store.interviews import find_interview, has_interviews, load_interview, purge_deleted
from ..cards.card_actions import CardActions
from ..debrief.debrief_windows import DebriefWindows
from ..reminders.reminder_host import ReminderHost
from ..shared.announce import announce_status_bar
from ..shared.dialogs import DialogHost
from ..shared.editor_registry import EditorRegistry
from ..shared.events import AppEvents
from ..shared.formatting import from_qdate, next_local_midnight, to_qdate
from ..shared.labels import hint, plain_text_labels
from ..shared.window_services import WindowServices
from .agenda_view import DayAgenda
from .calendar_view import CalendarLegend, InterviewCalendar, visible_range
from .invitation_actions import InvitationActions
from .main_actions import MainCommands, MainWindowActions
from .search_box import SearchBox
from .undo_commands import DeleteInterviewCommand, EditInterviewCommand, ToggleDoneCommand

if TYPE_CHECKING:
    from ...domain.debrief import Referral
    from ...domain.model import Interview
    from ..mail.compose_windows import ComposeWindows
    from ..reminders.reminder_controller import ReminderController
    from .details_panel import DetailsPanel
    from .interview_dialog import InterviewDialog
    from .search_panel import SearchPanel

Clock = Callable[[], datetime]
EMPTY_TEXT = str(QT_TRANSLATE_NOOP("MainWindow", "No interviews yet — add one or import an invitation."))


def utc_now() -> datetime:
    return datetime.now(UTC)


class MainWindow(QMainWindow):
    def __init__(self, state_file: Path, events: AppEvents | None = None, clock: Clock = utc_now) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.clock = clock
        self.events = events or AppEvents(self)
        self.state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self.undo_stack = QUndoStack(self)
        #: Opens this window's dialogs with open(), never exec(); the open one is `dialogs.active`.
        self.dialogs = DialogHost(self)
        self.import_job: object | None = None  # File ▸ Import data… under way (ui/app/data_import.py)
        self.selected_interview: int | None = None
        #: Every open editor window (debrief, e-mail, card, envelope), keyed by what it edits.
        self.editors = EditorRegistry(self)
        self.editors.editors_changed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        #: What the helpers below may use of this window (and nothing else).
        self.services = WindowServices(
            parent=self, clock=clock, events=self.events, undo_stack=self.undo_stack, editors=self.editors,
            dialogs=self.dialogs, selected_interview=lambda: self.selected_interview,
            selected_follow_up=self._selected_follow_up, show_error=self.show_error,
            say=lambda message, timeout: self.statusBar().showMessage(message, timeout),
            clear_selection=self._clear_selection,
        )

        self.invitations = InvitationActions(self.services, self._show_saved)
        self.cards = CardActions(self.services)  # step 3: card drafts (two actions, editors, printing)
        #: The banner, opening from a notification, the tray: what the ReminderController talks to.
        self.reminder_host = ReminderHost(self.services, self.open_search_result, self.open_thank_you, self.cards)
        self.banner = self.reminder_host.banner
        self.calendar = InterviewCalendar()
        self.agenda = DayAgenda()
        self._details: DetailsPanel | None = None  # built on the first selection, see `details`
        self.no_selection = hint(self.tr("Select an interview in the agenda to see its follow-up plan."), centered=True)
        self.welcome = self._welcome_page()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.agenda)
        right.addWidget(self.no_selection)
        right.setStretchFactor(1, 2)
        self.right_splitter = right
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(right)
        self.right_stack.addWidget(self.welcome)
        self.debriefs = DebriefWindows(self, clock, self.editors)
        self._thank_yous: ComposeWindows | None = None  # built on first use, see `thank_yous`
        self._drafts_folder = Path(state_file).parent / "email-drafts"
        self._search_panel: SearchPanel | None = None
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
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.invitations.accept_drops_on(self, self.calendar)  # drop .ics files anywhere, the calendar too
        #: The actions, menus and toolbar (the tests trigger `menu_actions.new_action` and the like).
        self.menu_actions = MainWindowActions(self.services, self._commands(), self.cards)
        self.menu_actions.fill_menus(self.menuBar())
        self.search_box = SearchBox()
        self.addToolBar(self.menu_actions.toolbar(self.search_box))
        announce_status_bar(self.statusBar())  # "Interview saved", sync and search results, for screen readers

        self.calendar.currentPageChanged.connect(lambda *_: self.reload_month())
        self.calendar.selectionChanged.connect(self.show_selected_day)
        self.calendar.activated.connect(lambda _d: self.new_interview())
        self.agenda.interview_selected.connect(self.select_interview)
        self.agenda.interview_activated.connect(self._edit_activated)
        self.debriefs.plan_changed.connect(self.events.data_changed.emit)
        self.search_box.textChanged.connect(self._search_changed)
        self.search_box.returnPressed.connect(lambda: self.search_panel.run())
        self.search_box.focused.connect(lambda: self.search_panel.warm_up())
        self.events.data_changed.connect(self.refresh)
        # Any change, also one made behind the app's back: editors whose rows were replaced or
        # removed close or rebuild. Queued: a change may be announced from inside an editor's save.
        self.events.data_changed.connect(self.editors.reconcile, Qt.ConnectionType.QueuedConnection)
        # Overdue red and "today" go stale while the window stays open (overnight, say):
        # one single-shot timer, armed for the next deadline on the page or midnight.
        self.stale_timer = QTimer(self)
        self.stale_timer.setSingleShot(True)
        self.stale_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.stale_timer.timeout.connect(self.refresh)
        self.resize(1100, 700)
        self._restore_state()
        self.refresh()

    @property
    def reminders(self) -> ReminderController | None:
        """The running ReminderController (set once reminders start after the first paint)."""
        return self.reminder_host.reminders

    @reminders.setter
    def reminders(self, controller: ReminderController | None) -> None:
        self.reminder_host.reminders = controller

    def quit_app(self) -> None:
        """Quit for real (File ▸ Quit, the tray's Quit), not just close to the tray."""
        self.reminder_host.quit_app()

    @property
    def details(self) -> DetailsPanel:
        """The selected interview's panel, built when first needed: start-up paints without it."""
        if self._details is None:
            from .details_panel import DetailsPanel

            panel = DetailsPanel()
            panel.hide()
            self.right_splitter.insertWidget(1, panel)
            self.right_splitter.setStretchFactor(1, 2)
            panel.edit_requested.connect(self.edit_interview)
            panel.delete_requested.connect(self.delete_interview)
            panel.debrief_requested.connect(self.open_debrief)
            panel.checklist.open_requested.connect(self.open_follow_up)
            # Queued: storing the tick rebuilds the checklist, which must not happen while
            # the tree is still inside the itemChanged signal of the item being replaced.
            panel.checklist.toggled.connect(self.toggle_follow_up, Qt.ConnectionType.QueuedConnection)
            self._details = panel
        return self._details

    # ------------------------------------------------------------------ building
    def _commands(self) -> MainCommands:
        return MainCommands(
            new_interview=self.new_interview, edit_interview=self.edit_interview,
            delete_interview=self.delete_interview, import_invitation=self.invitations.choose_files,
            export_calendar=self.invitations.choose_export_file, import_data=self.import_data,
            open_settings=self.open_settings, quit_app=self.quit_app, go_today=self.go_today,
            previous_month=self.calendar.showPreviousMonth, next_month=self.calendar.showNextMonth,
            about=self.about, open_debrief=self.open_debrief, open_thank_you=self.open_thank_you,
            focus_search=self.focus_search,
        )

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(self.tr(str(EMPTY_TEXT)))
        label.setObjectName("emptyState")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("New interview…"))
        button.clicked.connect(self.new_interview)
        self.welcome_import = QPushButton(self.tr("Import invitation…"))
        self.welcome_import.setToolTip(self.tr("Read a calendar invitation (.ics) you received; you can also drop "
                                               "it here"))
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

    # ------------------------------------------------------------------ showing data
    def refresh(self) -> None:
        """Reload after any change: the visible month and the selected interview."""
        has_any = has_interviews()
        if self.search_box.text().strip():
            self.right_stack.setCurrentWidget(self.search_panel)  # the results may be stale
            self.search_panel.request(self.search_box.text())
        else:
            self.right_stack.setCurrentIndex(0 if has_any else 1)
        self.reload_month()
        self.show_selected_interview()

    def reload_month(self) -> None:
        """One store call (two SQL queries) per month page; the agenda is cut from it."""
        start, end = visible_range(self.calendar.yearShown(), self.calendar.monthShown())
        entries = calendar_entries(start, end)
        self.calendar.set_entries(entries, self.clock())
        self.show_selected_day()
        self._arm_stale_timer([e.when for e in entries if not e.done])

    def _arm_stale_timer(self, moments: list[datetime]) -> None:
        now = self.clock()
        midnight = next_local_midnight(now)
        upcoming = [m for m in moments if m > now]
        wake = min([midnight, *upcoming])
        self.stale_timer.start(max(1000, min(int((wake - now).total_seconds() * 1000) + 1000, 2**31 - 1)))

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
                from ...store.reply_store import outcomes_by_follow_up  # the reply radar's findings

                self.details.show_interview(interview, checklist(interview_id), self.clock(),
                                            outcomes_by_follow_up(interview_id))
                self.details.show()
                self.no_selection.hide()
                self._enable_interview_actions(True)
                return
        self.selected_interview = None
        if self._details is not None:
            self._details.hide()
        self.no_selection.show()
        self._enable_interview_actions(False)

    def _edit_activated(self, interview_id: int) -> None:
        self.select_interview(interview_id)
        self.edit_interview()

    def _selected_follow_up(self) -> int | None:
        return self._details.checklist.current_id() if self._details is not None else None

    def _clear_selection(self) -> None:
        self.selected_interview = None

    def _enable_interview_actions(self, enabled: bool) -> None:
        actions = self.menu_actions
        for action in (actions.edit_action, actions.delete_action, actions.debrief_action, actions.thank_you_action,
                       self.cards.card_action):
            action.setEnabled(enabled)

    def go_today(self) -> None:
        today = to_qdate(datetime.now().date())
        self.calendar.setSelectedDate(today)
        self.calendar.showSelectedDate()

    # ------------------------------------------------------------------ commands
    def new_interview(self) -> None:
        from .interview_dialog import InterviewDialog  # not needed for the first paint

        dialog = InterviewDialog(None, self.selected_day(), self)
        self.dialogs.open_dialog(dialog, lambda: self._after_save(dialog))

    def edit_interview(self) -> None:
        if self.selected_interview is None:
            return
        from .interview_dialog import InterviewDialog

        before = load_interview(self.selected_interview)
        dialog = InterviewDialog(before, self.selected_day(), self)
        dialog.before_save = self.editors.save_all
        self.dialogs.open_dialog(dialog, lambda: self._after_save(dialog, before))

    def _after_save(self, dialog: InterviewDialog, before: Interview | None = None) -> None:
        if before is not None and dialog.saved_id is not None:
            after = load_interview(dialog.saved_id)
            self.undo_stack.push(EditInterviewCommand(before, after, self.services))
            self.editors.reconcile()  # an interviewer removed: their card closes; debrief and e-mail rebuild
        self._show_saved([dialog.saved_id] if dialog.saved_id is not None else [])
        self.statusBar().showMessage(self.tr("Interview saved; its follow-up plan is up to date."), 5000)

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
        label = interview.title

        def really_delete() -> None:
            self.undo_stack.push(DeleteInterviewCommand(interview_id, label, self.services))
            self.statusBar().showMessage(self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", label), 10000)

        self.dialogs.confirm(self.tr("Delete interview"),
                             self.tr("Delete the interview “%1” and its follow-up plan?").replace("%1", label),
                             self.tr("Delete"), really_delete)

    def trashed_elsewhere(self, interview_ids: list[int]) -> None:
        """The sync moved interviews deleted on another computer to the trash (docs/SYNC.md): each gets
        an Undo entry, as if deleted here, so nothing of them (notes included) goes without a way back."""
        for interview_id in interview_ids:
            label = load_interview(interview_id).title
            self.undo_stack.push(DeleteInterviewCommand(interview_id, label, self.services))
        count = len(interview_ids)
        if count:
            message = (self.tr("%n interview deleted on another computer. Undo with Ctrl+Z.", "", count) if count == 1
                       else self.tr("%n interviews deleted on another computer. Undo with Ctrl+Z.", "", count))
            self.statusBar().showMessage(message, 15000)

    def toggle_follow_up(self, follow_up_id: int, done: bool) -> None:
        if done and self._ask_if_early(lambda: self._store_toggle(follow_up_id, done)):
            return
        self._store_toggle(follow_up_id, done)

    def _ask_if_early(self, go: Callable[[], None]) -> bool:
        """A step ticked before its interview has ended is almost always a slip: True when asking."""
        interview = find_interview(self.selected_interview) if self.selected_interview is not None else None
        now = self.clock()
        if interview is None or now >= interview.end:
            return False
        from ..shared.formatting import when_text

        before = now < interview.start
        text = (self.tr("The interview is %1 — mark this step done already?") if before
                else self.tr("The interview ends %1 — mark this step done already?"))
        box = self.dialogs.confirm(self.tr("Before the interview"),
                                   text.replace("%1", when_text(interview.start if before else interview.end, now)),
                                   self.tr("Mark done"), go, warning=True)
        box.finished.connect(self.show_selected_interview)  # cancelled: unticked again, nothing was stored
        return True

    def _store_toggle(self, follow_up_id: int, done: bool) -> None:
        was = next((r.done_at for r in checklist(self.selected_interview or -1) if r.id == follow_up_id), None)
        from ...store.debrief_store import referral_for_follow_up

        referral = referral_for_follow_up(follow_up_id) if done else None
        if referral is not None:
            self._ask_referral_outcome(follow_up_id, referral, was)
            return
        when = self.clock() if done else None
        self.undo_stack.push(ToggleDoneCommand(follow_up_id, when, was, self.services))

    def _ask_referral_outcome(self, follow_up_id: int, referral: Referral, was: datetime | None) -> None:
        """Contacting a referral is done when you know how it went: ask for a short note."""
        from PySide6.QtWidgets import QInputDialog  # dialogs load when first used, not at start-up

        box = QInputDialog(self)
        box.setWindowTitle(self.tr("Referral contacted"))
        box.setLabelText(self.tr("How did it go with %1? (a short note; you can leave it empty)")
                         .replace("%1", referral.label))
        plain_text_labels(box)  # the referral's name is shown as typed, never as markup
        box.setTextValue(referral.outcome)
        box.setOkButtonText(self.tr("Mark done"))

        def accepted() -> None:
            from ...store.debrief_store import set_referral_outcome

            if referral.id is not None:
                set_referral_outcome(referral.id, box.textValue())
            self.undo_stack.push(ToggleDoneCommand(follow_up_id, self.clock(), was, self.services))

        self.dialogs.open_dialog(box, accepted)
        box.rejected.connect(self.show_selected_interview)  # untick again: nothing was stored

    # ------------------------------------------------------------------ debrief and search
    def open_debrief(self, interview_id: int | None = None, source: str | None = None) -> None:
        """Step 1's form; also the entry point for the notes reminder."""
        target = interview_id if interview_id is not None else self.selected_interview
        if target is not None:
            self.debriefs.open(target, source)

    @property
    def thank_yous(self) -> ComposeWindows:
        """The thank-you compose windows and the session's password store, built on first use."""
        if self._thank_yous is None:
            from ..mail.compose_windows import ComposeWindows

            self._thank_yous = ComposeWindows(self, self.clock, self._drafts_folder, self.editors)
            self._thank_yous.plan_changed.connect(self.events.data_changed.emit)
        return self._thank_yous

    def open_thank_you(self, interview_id: int | None = None, person_id: int | None = None) -> None:
        """Step 2's compose window; also where the e-mail reminder and checklist row lead."""
        target = interview_id if interview_id is not None else self.selected_interview
        if target is not None:
            self.thank_yous.open(target, person_id)

    def open_follow_up(self, follow_up_id: int) -> None:
        """A double-click (or Enter) on a checklist row opens what that step is done in."""
        from ...store.reminder_store import follow_up_target

        target = follow_up_target(follow_up_id)
        if target is None:
            return
        if target.step == Step.THANK_YOU_EMAIL:
            self.open_thank_you(target.interview_id, target.person_id)
        elif target.step == Step.NOTES:
            self.open_debrief(target.interview_id)
        elif target.step == Step.HANDWRITTEN_NOTE and target.person_id is not None:
            self.cards.open(target.interview_id, target.person_id)
        elif target.step == Step.CHECK_IN and target.person_id is not None:
            from ..mail.check_in_dialog import CheckInDialog  # the reply radar's nudge (issue 18)

            person = next((r.person for r in checklist(target.interview_id) if r.id == follow_up_id), None) or ""
            self.dialogs.open_dialog(CheckInDialog(follow_up_id, target.interview_id, target.person_id, person,
                                                   self.clock, self.events.data_changed.emit, self))

    @property
    def search_panel(self) -> SearchPanel:
        """Built on the first search: start-up does not pay for it."""
        if self._search_panel is None:
            from .search_panel import SearchPanel

            self._search_panel = SearchPanel()
            self.right_stack.addWidget(self._search_panel)
            self._search_panel.result_activated.connect(self.open_search_result)
        return self._search_panel

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self.right_stack.setCurrentWidget(self.search_panel)
            self.search_panel.request(text)
        else:
            self.right_stack.setCurrentIndex(0 if has_interviews() else 1)

    def showing_search(self) -> bool:
        return self._search_panel is not None and self.right_stack.currentWidget() is self._search_panel

    def open_search_result(self, interview_id: int, source: str) -> None:
        interview = find_interview(interview_id)
        if interview is None:
            return
        self.selected_interview = interview_id
        self.calendar.setSelectedDate(to_qdate(interview.start.astimezone().date()))
        self.calendar.showSelectedDate()
        self.show_selected_interview()
        if source != "interview":
            self.open_debrief(interview_id, source)

    def import_data(self) -> None:
        from .data_import import choose_data_file  # loaded when first used

        choose_data_file(self)

    def open_settings(self) -> None:
        from ..settings.settings_dialog import SettingsDialog

        name = self.reminders.notifier_name if self.reminders is not None else ""
        self.dialogs.open_dialog(SettingsDialog(self, name), self.events.settings_changed.emit)

    def show_error(self, message: str) -> None:
        """A write failed for a reason outside the app: say so, in a box the user can read."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names and titles from files
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.active = box
        box.open()
        self.refresh()  # show the data as it really is

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About %1").replace("%1", APP_NAME), f"{APP_NAME} {__version__}\n\n"
                          + self.tr("Write your notes, send the thank-you e-mail, mail a handwritten note and "
                                    "contact every referral — on time, after every interview."))

    # ------------------------------------------------------------------ window state
    def _restore_state(self) -> None:
        geometry = self.state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.state.value("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([600, 500])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.reminder_host.close_to_tray(event):
            return
        if not self.editors.close_all():
            event.ignore()  # an editor could not save: keep everything open
            return
        self.state.setValue("geometry", self.saveGeometry())
        self.state.setValue("splitter", self.splitter.saveState())
        self.state.sync()
        with contextlib.suppress(OSError):
            os.chmod(self.state.fileName(), 0o600)  # like everything else in the data folder
        self.undo_stack.clear()
        purge_deleted()
        if self.reminders is not None:
            self.reminders.stop()
            QApplication.quit()  # the tray kept the app alive; quitting from here ends it
        super().closeEvent(event)
