"""A message as data: an English template (`%1`, `%2`…), its values and its translation context.

domain/ and store/ import no Qt, yet what they report (a salvage summary, an invitation's note, an
import's format check) is shown in the user's language. So they return or raise the template and
its values, never a finished sentence; the window and the command line translate the template by
its text in `context` and fill in the values (ui/shared/errors.py `words_text`), a value being a
nested `Words` too. `str()` gives the English sentence for logs, tests and JSON output.

Templates are marked for `pyside6-lupdate` with the local `QT_TRANSLATE_NOOP` of the module that
holds them; a count is worded with an English singular and plural template (`"%1 interview"` /
`"%1 interviews"`, chosen by `counted`), each with its own translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .validation import Value, fill


@dataclass(frozen=True)
class Words:
    context: str
    template: str
    values: tuple[Any, ...] = ()  # str, int, date, or a nested Words / FieldError

    def __str__(self) -> str:
        return fill(self.template, tuple(_english(v) for v in self.values))


def _english(value: Any) -> Value:
    if isinstance(value, int | date) and not isinstance(value, bool):
        return value  # fill groups counts ("1,234") and writes days ("01 Mar 2026")
    return str(getattr(value, "message", value))  # a FieldError's English message, a Words' sentence


def counted(context: str, count: int, singular: str, plural: str, *values: Any) -> Words:
    """`count` (as %1) with the English singular or plural template; more values are %2, %3…"""
    return Words(context, singular if count == 1 else plural, (count, *values))
