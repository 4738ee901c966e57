"""Which language the user wants, read without Qt: the command line decides this before loading any.

The window (ui/app/translations.py) and the command line (cli_language.py) choose the same way:
the setting if it names a language we have, else the first of the system's languages we have,
else English. On POSIX the system's languages are gettext's variables; where none is set, Windows
and macOS are asked through QLocale by the caller that has Qt loaded.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

#: The languages with a translation, by code, named in their own language (Settings lists them).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"

ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_code(tag: str) -> str:
    """"de_DE.UTF-8", "de-AT", "de" → "de"; "C" / "POSIX" → ""."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    return "" if base in ("c", "posix") else base


def env_languages(environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The languages gettext's variables ask for, most wanted first; None when none of them says.

    The first of LANGUAGE (a colon list), LC_ALL, LC_MESSAGES, LANG that is set decides;
    LC_ALL=C (or LANG=C) means plain English: [] rather than None."""
    env = os.environ if environ is None else environ
    for name in ENV_ORDER:
        value = env.get(name, "")
        if value:
            codes = [language_code(part) for part in value.split(":")] if name == "LANGUAGE" else [language_code(value)]
            codes = [c for c in codes if c]
            if codes:
                return codes
            if name != "LANGUAGE":
                return []  # LC_ALL=C: plain English, whatever the platform says
    return None


def choose_language(override: str | None, wanted: Iterable[str]) -> str:
    """The setting if it names a known language; else the first wanted one we have; else English."""
    if override and override in LANGUAGES:
        return override
    for code in wanted:
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE
