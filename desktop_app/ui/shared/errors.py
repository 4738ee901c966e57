"""Turning storage failures into messages a user can act on.

A locked database (another program writing), a full disk or a read-only folder is an
*environment* problem: say what happened and what to do, and keep what the user typed.
Anything else is a bug and goes to the crash handler (ui/crash_dialog.py).

The kind comes from store/faults.py: SQLite's error code or the OS errno, never the message text.
"""

from __future__ import annotations

import sys
from datetime import date

from ...domain.validation import CONTEXT as FIELD_ERROR_CONTEXT
from ...domain.validation import FieldError, english_value, fill
from ...domain.words import Words
from ...store.errors import CONTEXT as STORE_CONTEXT
from ...store.errors import StoreError
from ...store.faults import ENVIRONMENT_ERRORS, FaultKind, fault_kind

__all__ = ["ENVIRONMENT_ERRORS", "describe", "describe_startup", "kind_of", "short_reason", "store_error_text",
           "words_text"]



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation without importing Qt: the CLI uses this module too."""
    return text


def _tr(text: str, context: str = "Errors") -> str:
    """`text` in the user's language once Qt's translators are installed (the GUI; the CLI in a language
    other than English, cli_language.py); as it is otherwise (the English CLI never loads Qt)."""
    core = sys.modules.get("PySide6.QtCore")
    if core is None or core.QCoreApplication.instance() is None:
        return text
    return str(core.QCoreApplication.translate(context, text))


def _value(value: object) -> str:
    """A value of a store error's message: a validation problem translated too, a count in the locale's digits."""
    if isinstance(value, FieldError):
        return fill(_tr(value.template, FIELD_ERROR_CONTEXT), value.values, _value)
    if isinstance(value, Words):
        return words_text(value)
    core = sys.modules.get("PySide6.QtCore")
    if core is None or core.QCoreApplication.instance() is None or isinstance(value, bool):
        return english_value(value) if isinstance(value, int | date) else str(value)
    if isinstance(value, int):
        return str(core.QLocale().toString(value))
    if isinstance(value, date):
        day = core.QDate(value.year, value.month, value.day)
        return str(core.QLocale().toString(day, core.QLocale.FormatType.ShortFormat))
    return str(value)


def store_error_text(exc: StoreError | Exception) -> str:
    """A StoreError (or another error with `template` and `values`, like settings_keys.SettingError) in the
    user's language when it carries its template (store/errors.py), else as it is."""
    template = getattr(exc, "template", "")
    if not template:
        return str(exc)
    return fill(_tr(template, STORE_CONTEXT), tuple(_value(v) for v in getattr(exc, "values", ())))


def words_text(words: Words) -> str:
    """A message of domain/ or store/ (domain/words.py) in the user's language, nested values too;
    the English sentence when no translator is loaded (the English command line loads no Qt)."""
    return fill(_tr(words.template, words.context), tuple(_value(v) for v in words.values))


CONTEXT = "Errors"
BUSY = QT_TRANSLATE_NOOP(
    "Errors", "The data file is busy: another program (perhaps a command-line import, or a second Finish Strong "
    "on the same folder) is writing to it. Nothing was lost; try again in a moment, and close the other "
    "program if it keeps happening.")
FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk holding your data is full, so the change could not be saved. Nothing was lost: free some "
    "space (empty the trash, delete large files) and try again.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "The data folder cannot be written to (it is read-only, or belongs to another user). Nothing was "
    "changed. Make the folder writable for your user, or start Finish Strong with --data-dir pointing "
    "to a folder you can write to.")


def kind_of(exc: BaseException) -> str | None:
    """'busy', 'full', 'read-only' or None (something else), from the store's fault kinds."""
    kind = fault_kind(exc)
    return kind.value if kind in (FaultKind.BUSY, FaultKind.FULL, FaultKind.READ_ONLY) else None


_SHORT = {
    "full": QT_TRANSLATE_NOOP("Errors", "— the disk is full: free some space."),
    "read-only": QT_TRANSLATE_NOOP("Errors", "— the data folder cannot be written to: make it writable."),
    "busy": QT_TRANSLATE_NOOP("Errors", "— another program is writing to the data file."),
}


def short_reason(exc: BaseException) -> str | None:
    """A few words for a status line (autosave), or None when it is not an environment problem."""
    kind = kind_of(exc) if isinstance(exc, ENVIRONMENT_ERRORS) else None
    return _tr(_SHORT[kind]) if kind else None


def describe(exc: BaseException) -> str:
    kind = kind_of(exc)
    if kind == "busy":
        return _tr(BUSY)
    if kind == "full":
        return _tr(FULL)
    if kind == "read-only":
        return _tr(READ_ONLY)
    text = str(exc).strip() or exc.__class__.__name__
    return _tr(QT_TRANSLATE_NOOP("Errors", "Finish Strong could not save the change (%1). Nothing was lost; "
                                     "try again.")).replace("%1", text)


def describe_startup(exc: BaseException) -> str:
    """At start-up a StoreError already says it all (newer version, foreign file); others are classified."""
    if isinstance(exc, StoreError):
        return store_error_text(exc)
    kind = kind_of(exc)
    if kind == "busy":
        return _tr(QT_TRANSLATE_NOOP("Errors", "The data file is locked by another program (perhaps a "
                                     "command-line import). Wait for it to finish, or close it, then start "
                                     "Finish Strong again."))
    if kind == "full":
        return _tr(QT_TRANSLATE_NOOP("Errors", "The disk holding your data is full, so Finish Strong cannot start. "
                                     "Free some space and start again."))
    if kind == "read-only":
        return _tr(QT_TRANSLATE_NOOP("Errors", "Finish Strong cannot write to its data folder (it is read-only, "
                                     "or belongs to another user). Make it writable for your user, or start "
                                     "Finish Strong with --data-dir pointing to a folder you can write to. "
                                     "Nothing was changed."))
    return _tr(QT_TRANSLATE_NOOP("Errors", "Finish Strong cannot open its data (%1). Nothing was changed.")).replace(
        "%1", str(exc))
