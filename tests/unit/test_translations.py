"""The language the app picks, the translators it installs, and the translation files themselves."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.ui.app.translations import (
    LANGUAGES,
    QM_DIR,
    QM_PREFIX,
    choose_language,
    install_language,
    system_languages,
)

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
#: Languages whose translation is not finished yet: their completeness test is expected to fail.
UNFINISHED: set[str] = set()
PLACEHOLDER = re.compile(r"%L?\d|%L?n|\{\d+\}|\{[A-Za-z_]\w*\}|\$\{?[A-Za-z_]\w*\}?|%[sd]|%\([a-z_]+\)[sd]")


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, ["de"]),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, ["fr"]),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "es_ES.UTF-8"}, ["es"]),
    ({"LANGUAGE": "pt_BR:fr:de", "LANG": "pt_BR.UTF-8"}, ["pt", "fr", "de"]),
    ({"LANG": "C"}, []),
    ({"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"}, []),
    ({"LANG": "de-AT"}, ["de"]),
])
def test_the_system_language_is_read_as_gettext_reads_it(environ: dict[str, str], expected: list[str]) -> None:
    assert system_languages(environ, ui_languages=["it-IT"]) == expected


def test_without_posix_variables_the_platforms_ui_languages_decide() -> None:
    """Windows and macOS: no LANG, the system's UI languages (QLocale) instead."""
    assert system_languages({}, ui_languages=["fr-CA", "en-US"]) == ["fr", "en"]


@pytest.mark.parametrize(("override", "wanted", "expected"), [
    ("", ["de"], "de"),
    ("", ["pt", "fr", "de"], "fr"),  # the first wanted language that has a translation
    ("", ["en", "de"], "en"),  # English wanted before German: English
    ("", ["pt"], "en"),
    ("", [], "en"),
    ("es", ["de"], "es"),  # Settings wins over the system
    ("en", ["de"], "en"),
    ("xx", ["de"], "de"),  # an unknown setting (a newer version's language) is ignored
])
def test_the_setting_overrides_the_system(override: str, wanted: list[str], expected: str) -> None:
    assert choose_language(override, wanted) == expected


def test_german_installs_the_apps_and_qts_own_translations(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.app.recovery_prompt import BackupWords

    try:
        installed = install_language("de", qapp)
        assert len(installed) == 2
        assert [BackupWords().tr("%Ln interviews", "", n) for n in (1, 2)] == ["1 Gespräch", "2 Gespräche"]
        assert BackupWords().tr("%Ln interview", "", 1) == "1 Gespräch"
        # Qt's own standard buttons (file and print dialogs use the same catalogue).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QCoreApplication.translate("RecoveryPrompt", "&Quit") == "&Beenden"
    finally:
        install_language("en", qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_loads_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.app.recovery_prompt import BackupWords

    assert install_language("en", qapp) == []
    assert not (QM_DIR / f"{QM_PREFIX}en.qm").exists()
    assert QCoreApplication.translate("RecoveryPrompt", "&Quit") == "&Quit"
    words = BackupWords()
    assert [words.tr("%Ln interview", "", 1), words.tr("%Ln interviews", "", 2)] == ["1 interview", "2 interviews"]


def _messages(language: str) -> list[ET.Element]:
    return ET.parse(TS_DIR / f"{QM_PREFIX}{language}.ts").getroot().findall("context/message")


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _source(message: ET.Element) -> str:
    return message.findtext("source") or ""


@pytest.mark.parametrize("language", [pytest.param(code, marks=pytest.mark.xfail(
    strict=True, reason="translation not finished yet")) if code in UNFINISHED else code for code in TRANSLATED])
def test_every_message_is_translated(language: str) -> None:
    missing = [_source(m) for m in _messages(language)
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
               or not all(text.strip() for text in _translations(m))]
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:20]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_sources_placeholders(language: str) -> None:
    """A dropped %1 or $name would show a raw template or lose the user's data."""
    wrong = []
    for message in _messages(language):
        source = _source(message)
        # A count's English singular may spell the number ("one event"); its forms all say %n instead.
        counted = message.get("numerus") == "yes"
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if not (counted and p in ("%n", "%Ln")))
        for text in _translations(message):
            found = sorted(p for p in PLACEHOLDER.findall(text) if not (counted and p in ("%n", "%Ln")))
            if text and found != wanted:
                wrong.append(f"{source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", TRANSLATED)
def test_numerus_messages_have_every_plural_form(language: str) -> None:
    for message in _messages(language):
        if message.get("numerus") == "yes":
            forms = _translations(message)
            counted = [bool(re.search("%L?n", f)) for f in forms]
            # Two forms (singular, plural) that all show the count, or (a suffix after a spin box) none does.
            assert len(forms) == 2 and len(set(counted)) == 1, (_source(message), forms)


def test_the_committed_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    """`make translations` was run after the last .ts change (the app, the wheel and the bundle load the .qm)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None, "pyside6-lrelease comes with PySide6-Essentials"
    for language in TRANSLATED:
        out = tmp_path / f"{language}.qm"
        subprocess.run([lrelease, "-silent", str(TS_DIR / f"{QM_PREFIX}{language}.ts"), "-qm", str(out)], check=True)
        committed = QM_DIR / f"{QM_PREFIX}{language}.qm"
        assert out.read_bytes() == committed.read_bytes(), f"run make translations ({language})"


def test_every_tr_call_is_in_the_ts_files(tmp_path: Path) -> None:
    """`make translations` was run after the last new tr(): no source text is missing from the .ts files."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    fresh = tmp_path / f"{QM_PREFIX}de.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).getroot().findall("context")
              for m in c.findall("message")}
    for language in TRANSLATED:
        have = {(c.findtext("name"), m.findtext("source"))
                for c in ET.parse(TS_DIR / f"{QM_PREFIX}{language}.ts").getroot().findall("context")
                for m in c.findall("message")}
        assert not wanted - have, f"run make translations: {sorted(wanted - have)[:10]}"
