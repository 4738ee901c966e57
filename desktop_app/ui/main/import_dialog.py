"""Confirming an invitation import: what each event will become, company and role editable.

Nothing is stored until the user confirms; then `store.ics_import.apply_import` writes
every event in one transaction. A cancellation is listed here too, so marking an
interview withdrawn is always asked first.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.invitation import EventProblem
from ...domain.validation import validate_interview
from ...store.errors import StoreError
from ...store.ics_import import Action, ImportItem, ImportResult, apply_import
from ..shared.domain_words import field_error_text
from ..shared.errors import store_error_text, words_text
from ..shared.formatting import datetime_text, system_zone_name, time_text
from .interview_dialog import ERROR_STYLE

HEADINGS = {
    Action.NEW: str(QT_TRANSLATE_NOOP("EventBox", "New interview")),
    Action.UPDATE: str(QT_TRANSLATE_NOOP("EventBox", "Update of an interview you imported")),
    Action.CANCEL: str(QT_TRANSLATE_NOOP("EventBox", "Cancelled by the organizer")),
    Action.SKIP: str(QT_TRANSLATE_NOOP("EventBox", "Nothing to do")),
}


def when_text(item: ImportItem) -> str:
    interview = item.interview
    text = f"{datetime_text(interview.start)}–{time_text(interview.end)}"
    if interview.timezone != system_zone_name():
        zone = ZoneInfo(interview.timezone)
        start, end = interview.start.astimezone(zone), interview.end.astimezone(zone)
        text += " " + QCoreApplication.translate("EventBox", "your time (%1–%2 in %3)").replace(
            "%3", interview.timezone).replace("%2", f"{end:%H:%M}").replace("%1", f"{start:%H:%M}", 1)
    return text


def plain_label(text: str, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and names come from a file: never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setEnabled(not muted)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class EventBox(QGroupBox):
    """One event: the guesses, editable where the import will store them; unticked, it is left out."""

    def __init__(self, number: int, item: ImportItem, parent: QWidget | None = None) -> None:
        super().__init__(f"{number}. {self.tr(HEADINGS[item.action])}", parent)
        self.item = item
        self.setAccessibleName(self.tr("Event %1").replace("%1", str(number)))
        if item.action is not Action.SKIP:
            self.setCheckable(True)  # the user may leave any event out
            self.setChecked(True)
            self.setToolTip(self.tr("Untick to leave this event out of the import."))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Invitation:"), plain_label(item.event.summary or self.tr("(no title)")))
        self.company = QLineEdit(item.interview.company)
        self.role = QLineEdit(item.interview.role)
        self.company.setAccessibleName(self.tr("Company of event %1").replace("%1", str(number)))
        self.role.setAccessibleName(self.tr("Role of event %1").replace("%1", str(number)))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # problems may quote what the file says
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        editable = item.action in (Action.NEW, Action.UPDATE)
        if editable:
            form.addRow(self.tr("&Company:"), self.company)
            form.addRow("", self.error)
            form.addRow(self.tr("&Role:"), self.role)
        else:
            form.addRow(self.tr("Interview:"), plain_label(item.label or self.tr("(no company)")))
        form.addRow(self.tr("When:"), plain_label(when_text(item)))
        if editable:
            people = "\n".join(f"{p.name} <{p.email}>" if p.email else p.name for p in item.interview.interviewers)
            form.addRow(self.tr("Interviewers:"), plain_label(people or self.tr("none listed (add them later)"),
                                                              muted=not people))
            if item.interview.location:
                form.addRow(self.tr("Location:"), plain_label(item.interview.location))
        outcome = {
            Action.CANCEL: self.tr("It will be marked withdrawn."),
            Action.SKIP: self.tr("Skipped: %1.").replace("%1", words_text(item.reason) if item.reason else ""),
        }.get(item.action)
        for note in ([outcome] if outcome else []) + [words_text(n) for n in item.event.notes]:
            label = plain_label(note)
            label.setObjectName("importNote")
            font = label.font()
            font.setItalic(True)
            label.setFont(font)
            form.addRow(label)  # the whole width: a wrapped line in the field column grows too tall

    @property
    def chosen(self) -> bool:
        return self.item.action is not Action.SKIP and self.isChecked()

    def apply_edits(self) -> bool:
        """Copy the edits into the item; False (and the problem shown) if it cannot be saved."""
        if self.item.action not in (Action.NEW, Action.UPDATE) or not self.chosen:
            return True
        self.item.interview.company = self.company.text()
        self.item.interview.role = self.role.text()
        problems = [field_error_text(p) for p in validate_interview(self.item.interview)
                    if p.field in ("company", "role")]
        if not self.item.event.summary.strip() and not self.item.interview.company.strip():
            problems = [self.tr("The invitation has no title: enter the company.")]
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        return not problems


class ProblemBox(QGroupBox):
    """An event of the file that cannot be imported: the problem on its own row; it is left out."""

    def __init__(self, problem: EventProblem, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("%1. Cannot be imported").replace("%1", str(problem.number)), parent)
        self.problem = problem
        self.setAccessibleName(self.tr("Event %1").replace("%1", str(problem.number)))
        form = QFormLayout(self)
        form.addRow(self.tr("Invitation:"), plain_label(problem.summary or self.tr("(no title)")))
        message = plain_label(problem.message if isinstance(problem.message, str) else words_text(problem.message))
        message.setObjectName("eventProblem")
        message.setStyleSheet(ERROR_STYLE)
        form.addRow(message)
        form.addRow(plain_label(self.tr("This event will be left out; the others can be imported.")))


class ImportDialog(QDialog):
    def __init__(self, items: list[ImportItem], parent: QWidget | None = None,
                 problems: list[EventProblem] | None = None,
                 before_apply: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.problems = list(problems or [])
        #: Open editors store what they hold first (the editor registry); False: they could not.
        self.before_apply = before_apply
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import invitation"))
        self.setMinimumWidth(600)
        active = [i for i in items if i.action is not Action.SKIP]
        intro = QLabel(self._intro(items))
        if self.problems:
            left_out = len(self.problems)
            intro.setText(intro.text() + " " + (self.tr("1 event cannot be imported and is left out.") if left_out == 1
                          else self.tr("%1 events cannot be imported and are left out.").replace("%1", str(left_out))))
        intro.setWordWrap(True)
        content = QWidget()
        column = QVBoxLayout(content)
        # Numbered as in the file when that is unambiguous (one file), so a problem's "Event 2" is row 2.
        numbers = [item.event.number for item in items] + [p.number for p in self.problems]
        in_file = all(numbers) and len(set(numbers)) == len(numbers)
        self.boxes = [EventBox(item.event.number if in_file else n, item) for n, item in enumerate(items, 1)]
        self.problem_boxes = [ProblemBox(problem) for problem in self.problems]
        rows: list[tuple[int, QGroupBox]] = [(b.item.event.number if in_file else n, b)
                                             for n, b in enumerate(self.boxes, 1)]
        rows += [(p.problem.number if in_file else len(items) + n, p) for n, p in enumerate(self.problem_boxes, 1)]
        for _, box in sorted(rows, key=lambda row: row[0]):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = None
        if active:
            only_cancel = all(i.action is Action.CANCEL for i in active)
            self.confirm_button = self.buttons.addButton(
                self.tr("Mark withdrawn") if only_cancel else self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.confirm_button.setDefault(True)
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # As tall as the events need, up to a screenful; more scroll.
        content.adjustSize()
        self.resize(max(640, content.sizeHint().width() + 40), min(700, content.sizeHint().height() + 110))

    def _intro(self, items: list[ImportItem]) -> str:
        active = [i for i in items if i.action is not Action.SKIP]
        if not active:
            return self.tr("There is nothing to import from this invitation.")
        if all(i.action is Action.CANCEL for i in active):
            if len(active) == 1:
                return self.tr("The organizer cancelled this interview. Mark it withdrawn?", "", 1)
            return self.tr("The organizer cancelled %n interviews. Mark them withdrawn?", "", len(active))
        if len(items) == 1:
            return self.tr("Importing one event. Check the company and role we guessed; each interview gets its "
                           "follow-up plan as usual.", "", 1)
        return self.tr("Importing %n events. Check the company and role we guessed; each interview gets its "
                       "follow-up plan as usual.", "", len(items))

    def accept(self) -> None:
        if not all([box.apply_edits() for box in self.boxes]):
            return
        chosen = [box.item for box in self.boxes if box.chosen]
        if not chosen:
            self.error.setText(self.tr("Every event is left out: tick one to import it, or Cancel."))
            self.error.show()
            return
        if self.before_apply is not None and not self.before_apply():
            self.error.setText(self.tr("An open window could not save what you typed: nothing was imported."))
            self.error.show()
            return
        try:
            self.import_result = apply_import(chosen)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            self.error.show()
            return
        super().accept()
