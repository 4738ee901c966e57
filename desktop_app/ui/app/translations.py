"""Which language the windows speak, and the Qt translators that make them speak it.

The texts are English in the code (`self.tr`, `QCoreApplication.translate`); a `.qm` file per
language (compiled from `resources/translations/finish_strong_<lang>.ts` by `make translations`)
sits in the package (`desktop_app/translations/`), so the wheel, the PyInstaller bundle and a
fresh clone all find it. Qt's own texts (file and print dialogs, standard buttons) come from the
`qtbase_<lang>.qm` the PySide6 wheel ships in `QLibraryInfo.path(TranslationsPath)`.

The language follows the system (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows and
macOS the system's UI languages through QLocale) unless Settings names one (`store.settings_store.LANGUAGE_KEY`).
English, the source language, loads nothing: no file is opened and no translator installed. So
English never needs a .qm for its plurals, a count is worded with two sources, chosen for English
(`self.tr("%n event", "", n) if n == 1 else self.tr("%n events", "", n)`); each has every plural
form of the other languages in their .ts files.
Dates, times and numbers keep following the system's locale (QLocale), whatever the language.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: The languages with a translation, by code, named in their own language (Settings lists them).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"
#: The compiled translations (package data).
QM_DIR = Path(__file__).resolve().parents[2] / "translations"
QM_PREFIX = "finish_strong_"

_ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _code(tag: str) -> str:
    """"de_DE.UTF-8", "de-AT", "de" → "de"; "C" / "POSIX" → ""."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    return "" if base in ("c", "posix") else base


def system_languages(environ: Mapping[str, str] | None = None,
                     ui_languages: Sequence[str] | None = None) -> list[str]:
    """The user's languages, most wanted first, as two-letter codes.

    POSIX: the first of LANGUAGE (a colon list), LC_ALL, LC_MESSAGES, LANG that is set, as gettext
    reads them. Elsewhere (or when none is set): the system's UI languages through QLocale, which
    reads the Windows and macOS settings."""
    env = os.environ if environ is None else environ
    for name in _ENV_ORDER:
        value = env.get(name, "")
        if value:
            codes = [_code(part) for part in value.split(":")] if name == "LANGUAGE" else [_code(value)]
            codes = [c for c in codes if c]
            if codes:
                return codes
            if name != "LANGUAGE":
                return []  # LC_ALL=C: plain English, whatever the platform says
    found = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    return [c for c in (_code(tag) for tag in found) if c]


def choose_language(override: str | None, wanted: Iterable[str]) -> str:
    """The setting if it names a known language; else the first wanted one we have; else English."""
    if override and override in LANGUAGES:
        return override
    for code in wanted:
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Replace the translators this module installed by those for `language`.

    Returns the translators that loaded (none for English). They are kept on the application
    object: a QTranslator collected by Python would vanish from under Qt."""
    app = app or QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before translators are installed"
    if getattr(app, "_finish_strong_language", None) == language:
        # start-up installs the system's language, then the setting's once the database is open:
        # usually the same one, whose .qm files are loaded already
        return list(getattr(app, "_finish_strong_translators", []))
    for old in getattr(app, "_finish_strong_translators", []):
        QCoreApplication.removeTranslator(old)
    installed: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        for name, folder in ((f"qtbase_{language}", qt_translations_dir()), (f"{QM_PREFIX}{language}", QM_DIR)):
            translator = QTranslator(app)
            if translator.load(name, str(folder)) and QCoreApplication.installTranslator(translator):
                installed.append(translator)
    app._finish_strong_translators = installed  # type: ignore[attr-defined]
    app._finish_strong_language = language  # type: ignore[attr-defined]
    return installed


def apply_language(app: QCoreApplication | None = None) -> str:
    """Install the language the settings or the system ask for (the database must be open)."""
    from ...store.settings_store import load_language, set_draft_language

    language = choose_language(load_language(), system_languages())
    install_language(language, app)
    set_draft_language(language)  # new drafts and default templates start in it
    return language
