"""Confirming an invitation import: what each event will become, company and role editable.

Nothing is stored until the user confirms; then `store.ics_import.apply_import` writes
every event in one transaction. A cancellation is listed here too, so marking an
interview withdrawn is always asked first.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
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

from ...domain.validation import validate_interview
from ...store.errors import StoreError
from ...store.ics_import import Action, ImportItem, ImportResult, apply_import
from ..shared.formatting import datetime_text, system_zone_name, time_text
from .interview_dialog import ERROR_STYLE

HEADINGS = {
    Action.NEW: "New interview",
    Action.UPDATE: "Update of an interview you imported",
    Action.CANCEL: "Cancelled by the organizer",
    Action.SKIP: "Nothing to do",
}


def when_text(item: ImportItem) -> str:
    interview = item.interview
    text = f"{datetime_text(interview.start)}–{time_text(interview.end)}"
    if interview.timezone != system_zone_name():
        zone = ZoneInfo(interview.timezone)
        start, end = interview.start.astimezone(zone), interview.end.astimezone(zone)
        text += f" your time ({start:%H:%M}–{end:%H:%M} in {interview.timezone})"
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
    """One event: the guesses, editable where the import will store them."""

    def __init__(self, number: int, item: ImportItem, parent: QWidget | None = None) -> None:
        super().__init__(f"{number}. {HEADINGS[item.action]}", parent)
        self.item = item
        self.setAccessibleName(f"Event {number}")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Invitation:", plain_label(item.event.summary or "(no title)"))
        self.company = QLineEdit(item.interview.company)
        self.role = QLineEdit(item.interview.role)
        self.company.setAccessibleName(f"Company of event {number}")
        self.role.setAccessibleName(f"Role of event {number}")
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # problems may quote what the file says
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        editable = item.action in (Action.NEW, Action.UPDATE)
        if editable:
            form.addRow("&Company:", self.company)
            form.addRow("", self.error)
            form.addRow("&Role:", self.role)
        else:
            form.addRow("Interview:", plain_label(item.label or "(no company)"))
        form.addRow("When:", plain_label(when_text(item)))
        if editable:
            people = "\n".join(f"{p.name} <{p.email}>" if p.email else p.name for p in item.interview.interviewers)
            form.addRow("Interviewers:", plain_label(people or "none listed (add them later)", muted=not people))
            if item.interview.location:
                form.addRow("Location:", plain_label(item.interview.location))
        outcome = {
            Action.CANCEL: "It will be marked withdrawn.",
            Action.SKIP: f"Skipped: {item.reason}.",
        }.get(item.action)
        for note in ([outcome] if outcome else []) + item.event.notes:
            label = plain_label(note)
            label.setObjectName("importNote")
            font = label.font()
            font.setItalic(True)
            label.setFont(font)
            form.addRow(label)  # the whole width: a wrapped line in the field column grows too tall

    def apply_edits(self) -> bool:
        """Copy the edits into the item; False (and the problem shown) if it cannot be saved."""
        if self.item.action not in (Action.NEW, Action.UPDATE):
            return True
        self.item.interview.company = self.company.text()
        self.item.interview.role = self.role.text()
        problems = [p.message for p in validate_interview(self.item.interview) if p.field in ("company", "role")]
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        return not problems


class ImportDialog(QDialog):
    def __init__(self, items: list[ImportItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.import_result: ImportResult | None = None
        self.setWindowTitle("Import invitation")
        self.setMinimumWidth(600)
        active = [i for i in items if i.action is not Action.SKIP]
        intro = QLabel(self._intro(items))
        intro.setWordWrap(True)
        content = QWidget()
        column = QVBoxLayout(content)
        self.boxes = [EventBox(n, item) for n, item in enumerate(items, 1)]
        for box in self.boxes:
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
                "Mark withdrawn" if only_cancel else "Import", QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.confirm_button.setDefault(True)
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")
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

    @staticmethod
    def _intro(items: list[ImportItem]) -> str:
        active = [i for i in items if i.action is not Action.SKIP]
        if not active:
            return "There is nothing to import from this invitation."
        if all(i.action is Action.CANCEL for i in active):
            them = "this interview" if len(active) == 1 else f"{len(active)} interviews"
            return f"The organizer cancelled {them}. Mark {'it' if len(active) == 1 else 'them'} withdrawn?"
        count = len(items)
        events = "one event" if count == 1 else f"{count} events"
        return (f"Importing {events}. Check the company and role we guessed; "
                "each interview gets its follow-up plan as usual.")

    def accept(self) -> None:
        if not all([box.apply_edits() for box in self.boxes]):
            return
        try:
            self.import_result = apply_import(self.items)
        except StoreError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
