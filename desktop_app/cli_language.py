"""The command line in the user's language: its messages, validation errors, dates and times.

The CLI's texts are marked with `translate("CommandLine", "…")` (this module's `translate`, a name
`pyside6-lupdate` recognises), so they land in the same .ts/.qm files as the window's. English, the
source language, needs no translation and loads no Qt: `finish-strong due` in English starts as fast
as before. Any other language loads QtCore once, makes a QCoreApplication (translators can only be
installed on one; no display is needed) and installs the same translators the window uses
(ui/app/translations.py). The language is the system's (gettext's variables; Windows and macOS through
QLocale) until the database is open, then the Settings' choice if there is one (`use_language`).

JSON output never goes through here: its keys and ISO dates stay as they are in every language.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import TYPE_CHECKING

from .domain.validation import CONTEXT as FIELD_ERROR_CONTEXT
from .domain.validation import FieldError, Value, english_value, fill
from .language_choice import SOURCE_LANGUAGE, choose_language, env_languages, language_code

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

_language = SOURCE_LANGUAGE
_app: object = None  # the QCoreApplication that holds the translators, kept alive


def system_languages() -> list[str]:
    """gettext's variables; where none is set, Windows' and macOS' settings (through QLocale)."""
    codes = env_languages()
    if codes is not None:
        return codes
    if sys.platform in ("win32", "darwin"):
        from PySide6.QtCore import QLocale

        return [c for c in (language_code(tag) for tag in QLocale.system().uiLanguages()) if c]
    return []  # POSIX with nothing set: the C locale, English


def use_language(override: str | None = None) -> str:
    """Speak the setting's language (`override`, "" = as the system) or the system's; returns its code."""
    global _language, _app
    language = choose_language(override, system_languages())
    if language == _language:
        return language
    from PySide6.QtCore import QCoreApplication

    from .ui.app.translations import install_language  # QtCore only: no widget, no display

    app = QCoreApplication.instance() or QCoreApplication(["finish-strong"])
    _app = app
    install_language(language, app)
    _language = language
    return language


def language() -> str:
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language once a translator is installed, else as written (%n filled)."""
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        return str(core.QCoreApplication.translate(context, text, disambiguation, n))
    return text.replace("%n", str(n)) if n >= 0 else text


def _locale() -> QLocale:
    """The system's locale for dates and numbers; the language's own when the system has none (LANG=C)."""
    from PySide6.QtCore import QLocale

    system = QLocale()
    return QLocale(_language) if system.language() == QLocale.Language.C else system


def value_text(value: Value) -> str:
    """A count or a day in a message, as the user's locale writes it (English: "1,234", "01 Mar 2026")."""
    if _language == SOURCE_LANGUAGE or isinstance(value, bool) or not isinstance(value, int | date):
        return english_value(value)
    from PySide6.QtCore import QDate, QLocale

    if isinstance(value, int):
        return str(_locale().toString(value))
    return str(_locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat))


def moment_text(moment: datetime) -> str:
    """A due time for a person to read: "Mon 02 Mar 14:00" in English, "Mo. 02.03.26 14:00" in German."""
    return zoned_moment_text(moment.astimezone(), "%a %d %b %H:%M")


def zoned_moment_text(local: datetime, english: str = "%a %d %b %Y %H:%M") -> str:
    """A time as it is on its own clock (an invitation in its zone): `english` (strftime), else the locale's."""
    if _language == SOURCE_LANGUAGE:
        return local.strftime(english)
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    locale = _locale()
    day = QDate(local.year, local.month, local.day)
    text = locale.toString(QDateTime(day, QTime(local.hour, local.minute)), QLocale.FormatType.ShortFormat)
    return f"{locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)} {text}"


def day_text(day: date) -> str:
    """A day for a person to read: ISO in English (as the command line always printed it), else the locale's."""
    return day.isoformat() if _language == SOURCE_LANGUAGE else value_text(day)


def field_error_text(error: FieldError) -> str:
    """A validation message (domain/validation.py) in the user's language."""
    return fill(translate(FIELD_ERROR_CONTEXT, error.template), error.values, value_text)


def words(template: str, *values: Value) -> str:
    """A translated template with its %1, %2… filled in (counts and days in the locale's format)."""
    return fill(template, values, value_text)
