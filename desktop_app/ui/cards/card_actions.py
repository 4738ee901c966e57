"""Step 3 in the main window: open a card draft per interviewer, print today's drafts.

One object the window creates after its own actions: it adds two menu entries with
shortcuts, keeps one editor window per (interview, interviewer), and is the entry point
for the checklist's handwritten row and the handwritten-note reminder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..shared.formatting import next_local_midnight
from ..shared.window_front import bring_forward

if TYPE_CHECKING:
    from ..main.main_window import MainWindow
    from .card_editor import CardEditor
    from .print_flow import PrintFlow

CARD_SHORTCUT = "Ctrl+Shift+H"
PRINT_TODAY_SHORTCUT = "Ctrl+Shift+D"


def default_sheet() -> str:
    """A4 where the metric system is used, Letter in the US and elsewhere that uses it."""
    from PySide6.QtCore import QLocale

    return "a4" if QLocale().measurementSystem() == QLocale.MeasurementSystem.MetricSystem else "letter"


class CardActions:
    """A plain object, not a QObject: no Qt type to create on the first-paint path."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.editors: dict[tuple[int, int], CardEditor] = {}
        self._flow: PrintFlow | None = None
        self.card_action = window._action("Handwritten &card…", self.open_selected, CARD_SHORTCUT)
        self.card_action.setToolTip("Step 3: the handwritten note's draft for an interviewer, printed at card size")
        self.print_today_action = window._action("Print today's card dra&fts…", self.print_today,
                                                 PRINT_TODAY_SHORTCUT)
        self.print_today_action.setToolTip("Every card due today whose draft is not printed yet, "
                                           "several per sheet with cut marks")
        menus = {action.text(): action.menu() for action in window.menuBar().actions()}
        edit_menu = menus.get("&Edit")
        if edit_menu is not None:
            edit_menu.insertAction(window.delete_action, self.card_action)
        file_menu = menus.get("&File")
        if file_menu is not None:
            file_menu.insertAction(window.settings_action, self.print_today_action)
            file_menu.insertSeparator(window.settings_action)

    @property
    def flow(self) -> PrintFlow:
        if self._flow is None:
            from .print_flow import PrintFlow

            self._flow = PrintFlow(self.window, self.say)
        return self._flow

    def say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    # ------------------------------------------------------------------ editors
    def open_selected(self) -> CardEditor | None:
        """The card of the checklist's selected handwritten row, else of the first interviewer."""
        interview_id = self.window.selected_interview
        if interview_id is None:
            self.say("Select an interview first.")
            return None
        from ...store.card_store import card_target, interviewers  # not needed for the first paint

        details = self.window._details
        selected = details.checklist.current_id() if details is not None else None
        target = card_target(selected) if selected is not None else None
        if target is not None:
            return self.open(*target)
        people = interviewers(interview_id)
        if not people:
            self.say("This interview has no interviewers yet: add one (Edit interview) to write a card.")
            return None
        return self.open(interview_id, people[0][0])

    def open(self, interview_id: int, person_id: int) -> CardEditor | None:
        key = (interview_id, person_id)
        editor = self.editors.get(key)
        if editor is None:
            from ..shared.errors import ENVIRONMENT_ERRORS, describe
            from .card_editor import CardEditor  # not needed for the first paint

            try:  # a new draft is stored at once: the data file may be busy or read-only
                editor = CardEditor(interview_id, person_id, self.window.clock, self.window)
            except ENVIRONMENT_ERRORS as exc:
                self.window.show_error(describe(exc))
                return None
            editor.printed.connect(self.window.events.data_changed.emit)
            editor.closed.connect(lambda i, p: self.editors.pop((i, p), None))
            self.editors[key] = editor
        bring_forward(editor)
        return editor

    def close_all(self) -> bool:
        for editor in list(self.editors.values()):
            if not editor.close():
                return False
        return True

    # ------------------------------------------------------------------ print today's
    def print_today(self) -> None:
        from ...store.card_store import ensure_card_draft, mark_printed, pending_drafts

        now = self.window.clock()
        pending = pending_drafts(next_local_midnight(now))
        if not pending:
            self.say("No card drafts left to print today.")
            return
        from ..shared.errors import ENVIRONMENT_ERRORS, describe

        for editor in self.editors.values():
            editor.autosaver.flush()
        try:
            drafts = [ensure_card_draft(i, p, now) for i, p in pending]
        except ENVIRONMENT_ERRORS as exc:
            self.window.show_error(describe(exc))
            return

        def printed() -> None:
            mark_printed(pending, self.window.clock())
            self.window.events.data_changed.emit()
            self.say(f"Printed {len(drafts)} card draft{'s' if len(drafts) != 1 else ''}.")

        from PySide6.QtCore import QCoreApplication

        name = QCoreApplication.translate("CardActions", "Thank-you card drafts — %1").replace(
            "%1", f"{len(drafts)} card{'s' if len(drafts) != 1 else ''}")
        self.flow.print_with_dialog(drafts, default_sheet(), printed, name)
