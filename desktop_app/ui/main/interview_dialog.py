"""The interview form: create or edit an interview and its interviewers.

Validation is the domain's (`validate_interview`); this form only shows each message
beside its field and refuses to close while any remain, so nothing invalid is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import ROUND_SUGGESTIONS, Interview, Status
from ...domain.validation import FieldError, is_valid_zone, validate_interview
from ...store.interviews import find_people, save_interview
from ..shared.date_time_entry import DateTimeEntry
from ..shared.domain_words import domain_text, field_error_text
from ..shared.errors import ENVIRONMENT_ERRORS, describe
from ..shared.formatting import system_zone_name
from .interviewer_editor import InterviewerEditor

ERROR_STYLE = "color: #dc2626;"


@cache
def zone_names() -> list[str]:
    return sorted(available_timezones())


def default_times(day: date, now: datetime) -> tuple[datetime, datetime]:
    """A new interview on `day`: the next full hour if that is today, else 10:00."""
    if day == now.date():
        start = (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    else:
        start = datetime(day.year, day.month, day.day, 10, 0)
    start = start.replace(tzinfo=None)
    return start, start + timedelta(hours=1)


class InterviewDialog(QDialog):
    def __init__(self, interview: Interview | None, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interview_id: int | None = interview.id if interview else None
        self._uid = interview.uid if interview else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit interview") if interview else self.tr("New interview"))
        self.setMinimumWidth(640)

        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("e.g. Northwind Analytics"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. Product Manager"))
        self.round = QComboBox()
        self.round.setEditable(True)
        self.round.addItems(["", *(domain_text(r) for r in ROUND_SUGGESTIONS)])
        self.start = DateTimeEntry(self.tr("Start date and time"))
        self.end = DateTimeEntry(self.tr("End date and time"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(zone_names())
        completer = QCompleter(zone_names(), self.timezone)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Address or video link"))
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(domain_text(status.label), status.value)
        self.interviewers = InterviewerEditor(find_people)  # asked per keystroke, never everyone at once

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        self._row(form, self.tr("&Company:"), self.company, "company", self.tr("Company"))
        self._row(form, self.tr("&Role:"), self.role, "role", self.tr("Role"))
        self._row(form, self.tr("R&ound:"), self.round, "round", self.tr("Round"))
        self._row(form, self.tr("&Starts:"), self.start, "start", self.tr("Start date and time"))
        self._row(form, self.tr("&Ends:"), self.end, "end", self.tr("End date and time"))
        self._row(form, self.tr("Time &zone:"), self.timezone, "timezone", self.tr("Time zone"))
        self._row(form, self.tr("&Location:"), self.location, "location",
                  self.tr("Location or video link"))
        self._row(form, self.tr("S&tatus:"), self.status, "status", self.tr("Status"))
        group = QGroupBox(self.tr("Interviewers"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.interviewers)
        self.errors["interviewers"] = self._error_label()
        group_layout.addWidget(self.errors["interviewers"])

        #: Open editors store what they hold first (the window's editor registry): an interviewer
        #: removed here takes their card and e-mail page along.
        self.before_save: Callable[[], bool] | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_error = self._error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group, 1)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)

        self._fill(interview, day)
        self.start.dateTimeChanged.connect(self._keep_length)
        self.end.dateTimeChanged.connect(self._remember_length)
        self._moving_end = False
        self._length = self._naive(self.end) - self._naive(self.start)
        self._accepted = False
        self.discard_box: QMessageBox | None = None
        self._initial = self.value()

    # ------------------------------------------------------------------ layout helpers
    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str, accessible: str) -> None:
        widget.setAccessibleName(accessible)
        editor = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if editor is not None:
            editor.setAccessibleName(accessible)  # the part that has the focus in an editable box
        form.addRow(text, widget)
        error = self._error_label()
        error.setAccessibleName(self.tr("%1 problem").replace("%1", accessible))
        form.addRow("", error)
        self.errors[field] = error

    # ------------------------------------------------------------------ data in / out
    def _fill(self, interview: Interview | None, day: date) -> None:
        if interview is None:
            start, end = default_times(day, datetime.now())
            self._set(self.start, start)
            self._set(self.end, end)
            self.timezone.setCurrentText(system_zone_name())
            self.interviewers.set_people([])
            return
        zone = ZoneInfo(interview.timezone)
        self.company.setText(interview.company)
        self.role.setText(interview.role)
        self.round.setCurrentText(interview.round)
        self._set(self.start, interview.start.astimezone(zone).replace(tzinfo=None))
        self._set(self.end, interview.end.astimezone(zone).replace(tzinfo=None))
        self.timezone.setCurrentText(interview.timezone)
        self.location.setText(interview.location)
        self.status.setCurrentIndex(max(0, self.status.findData(interview.status.value)))
        self.interviewers.set_people(interview.interviewers)

    @staticmethod
    def _set(edit: DateTimeEntry, value: datetime) -> None:
        edit.set_value(value)

    @staticmethod
    def _naive(edit: DateTimeEntry) -> datetime:
        return edit.value()

    def _keep_length(self) -> None:
        """Moving the start moves the end with it, keeping the length (one hour until the user sets the end)."""
        if self._length > timedelta(0):
            self._moving_end = True
            try:
                self._set(self.end, self._naive(self.start) + self._length)
            finally:
                self._moving_end = False

    def _remember_length(self) -> None:
        if not self._moving_end:  # the user set the end: that is the length to keep
            self._length = self._naive(self.end) - self._naive(self.start)
        self._accepted = False
        self.discard_box = None
        self._initial = self.value()

    def value(self) -> Interview:
        zone_name = self.timezone.currentText().strip()
        zone = ZoneInfo(zone_name) if is_valid_zone(zone_name) else ZoneInfo("UTC")
        return Interview(
            id=self.interview_id,
            uid=self._uid,
            company=self.company.text(),
            role=self.role.text(),
            round=self.round.currentText(),
            start=self._naive(self.start).replace(tzinfo=zone),
            end=self._naive(self.end).replace(tzinfo=zone),
            timezone=zone_name,
            location=self.location.text(),
            status=Status(self.status.currentData()),
            interviewers=self.interviewers.people(),
        )

    # ------------------------------------------------------------------ validation + save
    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            field = error.field
            if field.startswith("interviewers."):
                index = int(field.split(".")[1])
                text = self.tr("Interviewer %1: %2").replace("%2", field_error_text(error))
                by_field.setdefault("interviewers", []).append(text.replace("%1", str(index + 1), 1))
            else:
                by_field.setdefault(field, []).append(field_error_text(error))
        for field, label in self.errors.items():
            messages = by_field.get(field)
            label.setText("\n".join(messages or []))
            label.setVisible(bool(messages))
        first = next((f for f in self.errors if f in by_field), None)
        widget = {"company": self.company, "end": self.end, "timezone": self.timezone}.get(first or "")
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        unread = [FieldError(field, edit.problem()) for field, edit in (("start", self.start), ("end", self.end))
                  if not edit.commit()]
        if unread:  # the text stays as typed, its reason under it; nothing is saved
            self.show_errors([])
            edit = self.start if unread[0].field == "start" else self.end
            edit.setFocus()
            return
        interview = self.value()
        errors = validate_interview(interview)
        self.show_errors(errors)
        if errors:
            return
        if self.before_save is not None and not self.before_save():
            self.save_error.setText(self.tr("An open window could not save what you typed: nothing was changed."))
            self.save_error.show()
            return
        try:
            self.saved_id = save_interview(interview)
        except ENVIRONMENT_ERRORS as exc:
            self.save_error.setText(describe(exc))  # the form stays open with everything typed
            self.save_error.show()
            return
        self._accepted = True
        super().accept()

    def has_changes(self) -> bool:
        return self.value() != self._initial

    def reject(self) -> None:
        """Cancel or Escape: ask before throwing away what was typed."""
        if self._accepted or not self.has_changes():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr("You changed this interview. Discard your changes?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.discard_box = box
        box.finished.connect(lambda _r: self._discard_answered(box))
        box.open()

    def _discard_answered(self, box: QMessageBox) -> None:
        self.discard_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            self._accepted = True
            super().reject()
