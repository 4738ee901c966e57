"""A date-and-time field that takes what the user types the way they type it.

QDateTimeEdit's sections turned "12/01/26 2:00 PM" into 12/30/2001 and "2:00 P" into AM. This
field is plain text read by domain/date_time_text.py on Enter or when focus leaves: the locale's
own format, ISO and the short forms. Text it cannot read stays exactly as typed, with the reason
shown under it; the value is never changed behind the user's back.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...domain.date_time_text import DateOrder, example_date, example_time, parse_date_time

ERROR_STYLE = "color: #dc2626;"


def locale_conventions(locale: QLocale) -> tuple[DateOrder, bool]:
    """The locale's order of day, month and year, and whether its clock has am/pm."""
    order = DateOrder.from_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat))
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return order, "a" in time_pattern.lower()


class DateTimeEntry(QWidget):
    """`dateTimeChanged` when a new value is read (typed, picked or set); `edited` only for the user's own."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 (the QDateTimeEdit name, so forms and tests read alike)
    edited = Signal()

    def __init__(self, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self.order, self.twelve_hour = locale_conventions(self._locale)
        self._value = datetime(2000, 1, 1)
        self._shown = ""
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        example = f"{example_date(self.order)} {example_time(self.twelve_hour)}"
        self.edit.setPlaceholderText(example)
        self.edit.setToolTip(self.tr("Type the date and time as you write them ({0}), as ISO (2026-12-01 14:00), "
                                     "or with a short time such as 2pm, 2:30 pm or 14.30.").format(example))
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setAccessibleName(self.tr("Choose the date on a calendar"))
        self.pick.setToolTip(self.tr("Choose the date on a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar = QCalendarWidget()
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick.setMenu(menu)
        menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(QDate(self._value.year, self._value.month,
                                                                            self._value.day)))

        def picked(day: QDate) -> None:
            menu.close()
            self._picked(day)

        self.calendar.clicked.connect(picked)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("{0} problem").format(accessible_name))
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.commit)

    # ------------------------------------------------------------------ the value
    def value(self) -> datetime:
        """The last value read (naive wall-clock time); see `problem()` for unread text."""
        return self._value

    def set_value(self, value: datetime) -> None:
        value = value.replace(second=0, microsecond=0, tzinfo=None)
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.dateTimeChanged.emit(self.dateTime())

    def dateTime(self) -> QDateTime:  # noqa: N802 (QDateTimeEdit's API)
        v = self._value
        return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802 (QDateTimeEdit's API)
        d, t = value.date(), value.time()
        self.set_value(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def problem(self) -> str:
        """Why the text in the field cannot be read ("" when it can)."""
        return self.error.text() if not self.error.isHidden() else ""

    def text(self) -> str:
        return self.edit.text()

    # ------------------------------------------------------------------ reading what was typed
    def commit(self) -> bool:
        """Reads the field (Enter, focus out, Save). False, with the reason shown, when it cannot."""
        text = self.edit.text()
        if text == self._shown:
            self._problem("")
            return True
        parsed = parse_date_time(text, self.order, self.twelve_hour, date.today())
        if parsed.value is None:
            self._problem(parsed.error)
            return False
        self._problem("")
        changed = parsed.value != self._value
        self.set_value(parsed.value)
        if changed:
            self.edited.emit()
        return True

    def _picked(self, day: QDate) -> None:
        if not self.commit():  # the time part must be readable before a picked date replaces the date
            return
        new = self._value.replace(year=day.year(), month=day.month(), day=day.day())
        if new != self._value:
            self.set_value(new)
            self.edited.emit()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show(self) -> None:
        v = self._value
        day = self._locale.toString(QDate(v.year, v.month, v.day), QLocale.FormatType.ShortFormat)
        at = self._locale.toString(QTime(v.hour, v.minute), QLocale.FormatType.ShortFormat)
        self._shown = f"{day} {at}"
        self.edit.setText(self._shown)
        self._problem("")
