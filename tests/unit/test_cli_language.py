"""The command line speaks the user's language (human output only; JSON is the same in every language)."""
# ruff: noqa: F811 — test_cli's fixtures are imported so pytest finds them, then taken as parameters

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.__main__ import main
from desktop_app.domain.validation import TIME_SKIPPED, FieldError
from desktop_app.store.errors import ImportFormatError, NewerSchemaError
from desktop_app.ui.app.translations import install_language
from desktop_app.ui.shared.errors import store_error_text
from tests.gui.pseudo_translation import left_untranslated

# `run`, `known_dir`, `known_file` are test_cli's fixtures, imported so pytest finds them here.
from .test_cli import KNOWN, Run, known_dir, known_file, ok, one_line_failure, run, write  # noqa: F401

GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}


def test_due_and_import_speak_german(run: Run, known_dir: Path, known_file: Path, tmp_path: Path) -> None:
    result = ok(run("--data-dir", known_dir, "due", "--at", "2026-03-02T16:30:00+00:00", env=GERMAN))
    assert result.stdout.splitlines() == [  # the window's step names, the locale's dates (TZ=America/New_York)
        "Notizen schreiben (Acme <b>Ünïcode</b>, Engineer); fällig Mo. 02.03.26 11:00",
        "Dankes-E-Mail senden – Dana Reyes (Acme <b>Ünïcode</b>, Engineer); fällig Mo. 02.03.26 14:00",
    ]
    assert ok(run("--data-dir", known_dir, "due", "--at", "2026-03-01T00:00Z", env=GERMAN)).stdout == \
        "Nichts ist fällig.\n"
    found = ok(run("--data-dir", known_dir, "search", "Dana", env=GERMAN))
    assert found.stdout.splitlines() == ["Acme <b>Ünïcode</b> — Engineer   (02.03.26)",
                                         "  Gesprächsperson Dana Reyes: Dana Reyes · dana@example.com"]
    assert ok(run("--data-dir", known_dir, "search", "Zqxy", env=GERMAN)).stdout == \
        "Keine Notizen, Personen oder Unternehmen passen zu „Zqxy“.\n"
    again = ok(run("--data-dir", tmp_path / "other", "import", known_file, env={"LANGUAGE": "fr"}))
    assert again.stdout == "2 entretiens et 2 personnes importés.\n"


def test_json_output_is_the_same_in_every_language(run: Run, known_dir: Path) -> None:
    args = ("--data-dir", known_dir, "due", "--json", "--at", "2026-03-02T16:30:00+00:00")
    english = ok(run(*args)).stdout
    assert ok(run(*args, env=GERMAN)).stdout == english
    assert json.loads(english)[0]["kind"] == "notes"


@pytest.mark.parametrize(("args", "expected"), [
    (lambda t: ["import", t / "nope.json"], "nope.json kann nicht gelesen werden: Datei nicht gefunden"),
    (lambda t: ["due", "--at", "morgen"], "'morgen' ist kein Zeitpunkt nach ISO 8601"),
    (lambda t: ["import", write(t / "other.json", '{"format": "other"}')], "Die Datei ist kein Finish-Strong-Export"),
    (lambda t: ["import", write(t / "newer.json", json.dumps({**KNOWN, "version": 99}))],
     "Die Datei hat die Formatversion 99; dieses Finish Strong liest bis Version 4."),
    (lambda t: ["export", t], "ist ein Ordner; bitte einen Dateinamen angeben."),
    (lambda t: ["import", "--me", "not-an-address", t / "x.ics"], "„not-an-address“ ist keine E-Mail-Adresse."),
])
def test_errors_speak_german_in_one_line(run: Run, known_dir: Path, tmp_path: Path, args, expected: str) -> None:  # type: ignore[no-untyped-def]
    if "x.ics" in str(args(tmp_path)):
        write(tmp_path / "x.ics", (Path(__file__).parents[1] / "data" / "ics" / "google-calendar.ics").read_text())
    assert expected in one_line_failure(run("--data-dir", known_dir, *args(tmp_path), env=GERMAN))


def test_the_language_setting_wins_over_the_system(run: Run, known_dir: Path) -> None:
    ok(run("--data-dir", known_dir, "settings", "set", "language", "es", env=GERMAN))
    result = ok(run("--data-dir", known_dir, "due", "--at", "2026-03-01T00:00Z", env=GERMAN))
    assert result.stdout == "No hay nada pendiente.\n"


def test_every_message_the_cli_prints_for_people_is_translatable(
        pseudo: None, tmp_path: Path, known_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each command's human output and typical failures, run in this process under the pseudo-language:
    whatever is neither wrapped nor the test's data was never offered to a translator."""
    data = str(tmp_path / "d")
    bad = write(tmp_path / "bad.json", '{"format": "other"}')
    commands = [
        ["import", str(known_file)],
        ["due", "--at", "2026-03-02T16:30:00+00:00"],
        ["due", "--at", "2026-03-01T00:00:00+00:00"],
        ["demo", "--interviews", "2"],
        ["search", "Zqnothing"],
        ["search", "Dana"],
        ["import", str(tmp_path / "missing.json")],
        ["import", str(tmp_path)],
        ["import", str(bad)],
        ["due", "--at", "soon"],
        ["export", str(tmp_path)],
        ["export", str(tmp_path / "no" / "out.json")],
        ["import", "--me", "Zq-not-an-address", str(known_file)],
    ]
    names = [p["name"] for p in KNOWN["people"]]  # type: ignore[index]
    found = []
    for args in commands:
        main(["--data-dir", data, *args])
        out, err = capsys.readouterr()
        for line in (out + err).splitlines():
            rest = left_untranslated(line.removeprefix("finish-strong: "), [
                *names, "dana@example.com", "Acme", "Ünïcode", "Globex", "Engineer", "Analyst", data, str(tmp_path),
                "Zqnothing", "Zq-not-an-address", "'soon'", "Mon", "Mar"])
            if rest:
                found.append((args[0], line))
    assert not found, f"not offered to translators: {found}"


def test_a_validation_error_inside_a_store_error_is_translated_with_its_values(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    problem = FieldError("start", TIME_SKIPPED, ("02:30", date(2026, 3, 29), "Europe/Berlin"))
    error = ImportFormatError.worded("Event %1 (“%2”): %3 Nothing was imported.", 2, "Zq call", problem)
    assert str(error) == ("Event 2 (“Zq call”): 02:30 does not exist on 29 Mar 2026 in Europe/Berlin: the clocks "
                          "go forward then. Nothing was imported.")
    install_language("de", qapp)
    day = QLocale().toString(QDate(2026, 3, 29), QLocale.FormatType.ShortFormat)  # the locale's, not the language's
    try:
        assert store_error_text(error) == (f"Termin 2 („Zq call“): 02:30 gibt es am {day} in Europe/Berlin nicht: "
                                           "Dann wird die Uhr vorgestellt. Es wurde nichts importiert.")
        assert store_error_text(NewerSchemaError(12, 11, "/x.sqlite3")).startswith(
            "Die Datenbank /x.sqlite3 wurde von einer neueren Version")
    finally:
        install_language("en", qapp)
    assert store_error_text(error) == str(error).replace("29 Mar 2026", day)  # English: the words as they are


def _mail_templates() -> tuple[list[str], list[str]]:
    """Every template mail/ words its failures with (QT_TRANSLATE_NOOP("MailError", …)), and every `words(…)`
    call whose template is neither such a marker nor one of mail/errors.py's shared constants."""
    import ast

    mail = Path(__file__).resolve().parents[2] / "desktop_app" / "mail"
    shared = {"UNTRUSTED", "SILENT", "REFUSED", "UNREACHABLE"}
    templates, unmarked = [], []
    for path in sorted(mail.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2 \
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == "MailError":
                templates.append(ast.literal_eval(node.args[1]))
            elif node.func.id == "words":
                first = node.args[0] if node.args else None
                marked = isinstance(first, ast.Call) and getattr(first.func, "id", "") == "QT_TRANSLATE_NOOP"
                if not marked and not (isinstance(first, ast.Name) and first.id in shared):
                    unmarked.append(f"{path.name}:{node.lineno}")
    return templates, unmarked


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_mail_failure_is_worded_in_the_language_with_its_values(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """An SMTP or IMAP failure (mail/errors.py) that had no translation would reach the window and `mail check`
    in English: every template is marked, has a translation, and keeps its %1, %2…"""
    import re

    from desktop_app.domain.words import Words
    from desktop_app.mail.errors import REFUSED
    from desktop_app.ui.shared.errors import words_text

    templates, unmarked = _mail_templates()
    assert unmarked == [] and len(templates) >= 35
    install_language(language, qapp)
    try:
        untranslated = []
        for template in templates:
            translated = QCoreApplication.translate("MailError", template)
            if translated == template or sorted(re.findall(r"%\d", translated)) != sorted(re.findall(r"%\d", template)):
                untranslated.append(template)
        assert untranslated == []
        text = words_text(Words("MailError", REFUSED, ("127.0.0.1:2525",)))
    finally:
        install_language("en", qapp)
    assert "127.0.0.1:2525" in text and "connection refused" not in text  # the value as it is, the words translated
