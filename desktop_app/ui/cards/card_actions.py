"""Step 3 in the main window: open a card draft per interviewer, print today's drafts.

One object the window holds: it makes two actions with shortcuts (the window puts them in
its menus), opens one editor window per (interview, interviewer) through the editor
registry (key ("card", interview_id, person_id)), and is the entry point for the
checklist's handwritten row and the handwritten-note reminder. It sees the window only
through `WindowServices`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ..shared.formatting import next_local_midnight

#: pyside6-lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ...domain.cards import CardDraft
    from ...domain.draft_checker import Finding
    from ..shared.window_services import WindowServices
    from .card_editor import CardEditor
    from .print_flow import PrintFlow

CARD_SHORTCUT = "Ctrl+Shift+H"
PRINT_TODAY_SHORTCUT = "Ctrl+Shift+D"


def default_sheet() -> str:
    """A4 where the metric system is used, Letter in the US and elsewhere that uses it."""
    from PySide6.QtCore import QLocale

    return "a4" if QLocale().measurementSystem() == QLocale.MeasurementSystem.MetricSystem else "letter"



class CardWords(QObject):
    """Plural forms need tr() in a QObject subclass: that is where pyside6-lupdate finds them."""

    def printed(self, count: int) -> str:
        return self.tr("Printed %n card draft.", "", count) if count == 1 else \
            self.tr("Printed %n card drafts.", "", count)


def draft_findings(drafts: Sequence[CardDraft], now: datetime) -> list[tuple[str, list[Finding]]]:
    """(person, findings) for each draft with any: the same checks the card editor shows live,
    run on the stored text and layout (nobody may have opened the editor)."""
    from ...domain.cards import CardLayout
    from ...domain.draft_checker import check_draft
    from ...printing.card_layout import lay_out
    from ...store.card_store import card_context, card_facts

    found = []
    for draft in drafts:
        context = card_context(draft.interview_id, draft.person_id)
        lines = lay_out(draft.text, draft.layout or CardLayout())
        findings = check_draft(draft.text, card_facts(context, "" if lines.fits else lines.message, now))
        if findings:
            found.append((context.name, findings))
    return found


def findings_summary(found: Sequence[tuple[str, Sequence[Finding]]]) -> str:
    """One plain-text question for several drafts: per person the count and the first finding."""
    from ..shared.finding_words import FindingWords

    lines = [QCoreApplication.translate("CardActions", "Please check these drafts before printing:"), ""]
    for name, findings in found:
        lines.append(QCoreApplication.translate("CardActions", "• %1: %n to look at — %2", "", len(findings))
                     .replace("%1", name).replace("%2", FindingWords().text(findings[0])))
    return "\n".join(lines)


class CardActions:
    """A plain object, not a QObject: no Qt type to create on the first-paint path."""

    def __init__(self, window: WindowServices) -> None:
        self.window = window
        self._flow: PrintFlow | None = None
        self.card_action = self._action(translate("CardActions", "Handwritten &card…"), self.open_selected,
                                        CARD_SHORTCUT)
        self.card_action.setToolTip(translate("CardActions",
            "Step 3: the handwritten note's draft for an interviewer, printed at card size"))
        self.print_today_action = self._action(translate("CardActions", "Print today's card dra&fts…"),
                                               self.print_today, PRINT_TODAY_SHORTCUT)
        self.print_today_action.setToolTip(translate("CardActions",
            "Every card due today whose draft is not printed yet, several per sheet with cut marks"))

    def _action(self, text: str, slot: object, shortcut: str) -> QAction:
        action = QAction(text, self.window.parent)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    @property
    def editors(self) -> dict[tuple[int, int], CardEditor]:
        """The open card editors by (interview, interviewer): a read-only view of the registry."""
        return {(k[1], k[2]): w for k, w in self.window.editors.windows() if k[0] == "card"}  # type: ignore[misc]

    @property
    def flow(self) -> PrintFlow:
        if self._flow is None:
            from .print_flow import PrintFlow

            self._flow = PrintFlow(self.window.dialogs, self.say)
        return self._flow

    def say(self, message: str) -> None:
        self.window.say(message, 10000)

    # ------------------------------------------------------------------ editors
    def open_selected(self) -> CardEditor | None:
        """The card of the checklist's selected handwritten row, else of the first interviewer."""
        interview_id = self.window.selected_interview()
        if interview_id is None:
            self.say(translate("CardActions", "Select an interview first."))
            return None
        from ...store.card_store import card_target, interviewers  # not needed for the first paint

        selected = self.window.selected_follow_up()
        target = card_target(selected) if selected is not None else None
        if target is not None:
            return self.open(*target)
        people = interviewers(interview_id)
        if not people:
            self.say(translate("CardActions",
                "This interview has no interviewers yet: add one (Edit interview) to write a card."))
            return None
        return self.open(interview_id, people[0][0])

    def _create(self, interview_id: int, person_id: int) -> CardEditor:
        from .card_editor import CardEditor  # not needed for the first paint

        editor = CardEditor(interview_id, person_id, self.window.clock, self.window.parent, self.window.editors)
        editor.printed.connect(self.window.events.data_changed.emit)
        return editor

    def open(self, interview_id: int, person_id: int) -> CardEditor | None:
        from ..shared.errors import ENVIRONMENT_ERRORS, describe

        try:  # a new draft is stored at once: the data file may be busy or read-only
            return self.window.editors.open(("card", interview_id, person_id),
                                            lambda: self._create(interview_id, person_id), interview_id, person_id)
        except ENVIRONMENT_ERRORS as exc:
            self.window.show_error(describe(exc))
            return None

    # ------------------------------------------------------------------ print today's
    def print_today(self) -> None:
        from ...store.card_store import ensure_card_draft, mark_printed, pending_drafts

        now = self.window.clock()
        pending = pending_drafts(next_local_midnight(now))
        if not pending:
            self.say(translate("CardActions", "No card drafts left to print today."))
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
            self.say(CardWords().printed(len(drafts)))


        from .print_flow import card_painter

        name = translate("CardActions", "Thank-you card drafts — %1").replace(
            "%1", f"{len(drafts)} card{'s' if len(drafts) != 1 else ''}")
        sheet = default_sheet()
        found = draft_findings(drafts, now)
        if not found:
            self.flow.print_with_dialog(drafts, sheet, printed, name)
            return
        # Asked once: going ahead skips the separate "does not fit" question (it is one of the findings).
        self.window.dialogs.confirm(
            QCoreApplication.translate("CardActions", "Before you print"),
            findings_summary(found), QCoreApplication.translate("CardActions", "Print anyway"),
            lambda: self.flow.dialog_paint(card_painter(drafts, sheet), printed, name), warning=True)
