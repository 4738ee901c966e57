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

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...language_choice import LANGUAGES, SOURCE_LANGUAGE, choose_language, env_languages, language_code

#: The compiled translations (package data).
QM_DIR = Path(__file__).resolve().parents[2] / "translations"
QM_PREFIX = "finish_strong_"

__all__ = ["LANGUAGES", "QM_DIR", "SOURCE_LANGUAGE", "apply_language", "choose_language", "install_language",
           "system_languages"]


def system_languages(environ: Mapping[str, str] | None = None,
                     ui_languages: Sequence[str] | None = None) -> list[str]:
    """The user's languages, most wanted first, as two-letter codes.

    POSIX: the first of LANGUAGE (a colon list), LC_ALL, LC_MESSAGES, LANG that is set, as gettext
    reads them (language_choice.py, which the command line uses without Qt). Elsewhere (or when
    none is set): the system's UI languages through QLocale, which reads the Windows and macOS settings."""
    codes = env_languages(environ)
    if codes is not None:
        return codes
    found = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    return [c for c in (language_code(tag) for tag in found) if c]


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
