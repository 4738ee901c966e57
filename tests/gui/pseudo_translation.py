"""A pseudo-language that wraps every translated text as `[!! … !!]`, and a reader of what a window shows.

Installed like a real translation, it makes every string that went through `tr()` /
`QCoreApplication.translate()` recognisable on screen; whatever visible text is left once the
wrapped parts and the test's own data are taken away was never offered to a translator.
"""

from __future__ import annotations

import re
from zoneinfo import available_timezones

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

#: The innermost wrapped text ("[!! [!! Company !!] problem !!]" nests: removed from the inside out).
WRAPPED = re.compile(r"\[!! (?:(?!\[!! ).)*? !!\]", re.DOTALL)
TAGS = re.compile(r"<[^>]*>")


class PseudoTranslator(QTranslator):
    """Every source text, wrapped: `%n` still works, since Qt replaces it after translate()."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[!! {source} !!]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


def _locale_words() -> list[str]:
    """Day and month names and AM/PM: dates formatted by QLocale, which needs no translation."""
    locale = QLocale()
    words = [locale.amText(), locale.pmText()]
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words += [locale.dayName(day, fmt) for day in range(1, 8)]
        words += [locale.monthName(month, fmt) for month in range(1, 13)]
        words += [locale.standaloneMonthName(month, fmt) for month in range(1, 13)]
    return sorted({w for w in words if w}, key=len, reverse=True)


def left_untranslated(text: str, data: list[str]) -> str:
    """What of `text` is neither wrapped, nor the test's data, nor a date: "" when all is well."""
    rest, before = TAGS.sub(" ", text.replace("&&", "").replace("&nbsp;", " ")), ""
    while rest != before:
        rest, before = WRAPPED.sub(" ", rest), rest
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    for word in _locale_words():
        rest = re.sub(rf"\b{re.escape(word)}\b\.?", " ", rest, flags=re.IGNORECASE)  # "2:00 pm" too
    rest = re.sub(r"\b(UTC|GMT|[A-Z]{3,4}T?)([+-]\d+)?\b", " ", rest)  # zone abbreviations next to times
    return rest.strip() if re.search(r"[^\W\d_]", rest) else ""


def _action_texts(actions: list[QAction], where: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        found += [(f"{where} action", action.text()), (f"{where} action tooltip", action.toolTip())]
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += _action_texts(menu.actions(), f"{where} ▸ {action.text()}")
    return found


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user sees or a screen reader reads in `top`."""
    found: list[tuple[str, str]] = []
    widgets = [top] + [w for w in top.findChildren(QWidget) if w.isVisibleTo(top)]
    for widget in widgets:
        if any(isinstance(p, QCalendarWidget) for p in _ancestors(widget)):
            continue  # Qt's month/year navigation: QLocale's names
        kind = type(widget).__name__
        if widget.isWindow():
            found.append((f"{kind} title", widget.windowTitle()))
        found += [(f"{kind} tooltip", widget.toolTip()), (f"{kind} accessible name", widget.accessibleName()),
                  (f"{kind} accessible description", widget.accessibleDescription())]
        if isinstance(widget, QLabel):
            found.append((kind, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QTabWidget):
            found += [(f"{kind} tab", widget.tabText(i)) for i in range(widget.count())]
            found += [(f"{kind} tab tooltip", widget.tabToolTip(i)) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(f"{kind} item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found += [(f"{kind} header", header.text(c)) for c in range(widget.columnCount())]
        if isinstance(widget, QMainWindow):
            found += _action_texts(widget.menuBar().actions(), "menu")
        found += _action_texts(widget.actions(), kind)
    return [(where, text) for where, text in found if text and text.strip()]


def _ancestors(widget: QWidget) -> list[QWidget]:
    parents = []
    parent = widget.parentWidget()
    while parent is not None:
        parents.append(parent)
        parent = parent.parentWidget()
    return parents


def untranslated(top: QWidget, data: list[str]) -> list[str]:
    zones = available_timezones()  # IANA names ("Europe/Berlin") are identifiers, shown as they are
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(top)
                   if text not in zones and left_untranslated(text, data)})
