"""Thank-you drafts in German, French and Spanish: greetings, dates, joining words, defaults."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from string import Template
from zoneinfo import ZoneInfo

import pytest

from desktop_app.domain.cards import CARD_PLACEHOLDERS, unknown_placeholders
from desktop_app.domain.email_draft import DraftContext, default_templates, render
from desktop_app.domain.email_draft import unknown_placeholders as unknown_email_placeholders
from desktop_app.domain.letter_language import CARD_DEFAULTS, EMAIL_DEFAULTS, greeting, join_names, letter_date
from desktop_app.domain.model import Interview, Person


@pytest.mark.parametrize(("language", "name", "formal", "form", "expected"), [
    ("de", "Lena Vogt", True, "ms", "Sehr geehrte Frau Vogt,"),
    ("de", "Jonas Weber", True, "mr", "Sehr geehrter Herr Weber,"),
    ("de", "Lena Vogt", False, "ms", "Liebe Lena,"),
    ("de", "Jonas Weber", False, "mr", "Lieber Jonas,"),
    ("de", "Lena Vogt", True, "", "Guten Tag Lena Vogt,"),  # form unknown: never guessed from the name
    ("fr", "Claire Martin", True, "", "Madame, Monsieur,"),
    ("fr", "Claire Martin", True, "ms", "Madame,"),  # French leaves the name out of a formal salutation
    ("fr", "Paul Durand", True, "mr", "Monsieur,"),
    ("fr", "Claire Martin", False, "", "Bonjour Claire,"),
    ("fr", "Claire Martin", False, "ms", "Chère Claire,"),
    ("fr", "Paul Durand", False, "mr", "Cher Paul,"),
    ("es", "Ana López", True, "ms", "Estimada Sra. López:"),
    ("es", "Luis Pérez", True, "mr", "Estimado Sr. Pérez:"),
    ("es", "Ana López", True, "", "Estimado/a Ana López:"),
    ("en", "Dana Reyes", True, "ms", "Dear Ms. Reyes,"),
    ("en", "Sam Lee", True, "mr", "Dear Mr. Lee,"),
    ("en", "Dana Reyes", False, "ms", "Hi Dana,"),
    ("de", "", True, "ms", "Guten Tag,"),  # no name: the form alone would read "Sehr geehrte Frau ,"
    ("fr", "", True, "mr", "Madame, Monsieur,"),
    ("es", "", True, "ms", "Estimados señores:"),
    ("es", "Ana López", False, "", "Hola, Ana:"),
    ("en", "Dana Reyes", True, "", "Dear Dana Reyes,"),
    ("de", "", True, "", "Guten Tag,"),
    ("de", "  Lena   Vogt ", True, "ms", "Sehr geehrte Frau Vogt,"),
])
def test_greetings_follow_each_languages_conventions(language: str, name: str, formal: bool, form: str,
                                                     expected: str) -> None:
    assert greeting(language, name, formal, form) == expected


def test_dates_and_lists_read_as_in_that_language() -> None:
    day = date(2026, 3, 3)
    assert letter_date(day, "en") == "Tuesday, 3 March 2026"
    assert letter_date(day, "de") == "Dienstag, 3. März 2026"
    assert letter_date(day, "fr") == "mardi 3 mars 2026"
    assert letter_date(day, "es") == "martes, 3 de marzo de 2026"
    assert join_names(["A", "B", "C"], "de") == "A, B und C"
    assert join_names(["A", "B"], "fr") == "A et B"
    assert join_names(["A"], "es") == "A"
    assert join_names([], "de") == ""


def _context(points: list[str], answers: list[tuple[str, str]] | None = None) -> DraftContext:
    start = datetime(2026, 3, 3, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    interview = Interview("Nordwind GmbH", "Produktmanagerin", start, start + timedelta(hours=1), "Europe/Berlin")
    return DraftContext(interview, Person("Lena Vogt", id=1), points, answers or [], [], "Alex Kim",
                        introductions=["Jan Roth"])


def test_a_german_users_first_draft_is_a_german_letter() -> None:
    formal = default_templates("de")[0]
    subject, body = render(formal, _context(["Ihre Pläne für Echtzeit-Dashboards"],
                                            [("Ab wann könnten Sie anfangen?", "ab dem 1. April")]))
    assert subject == "Vielen Dank für das Gespräch – Produktmanagerin"
    assert body.startswith("Guten Tag Lena Vogt,\n\nvielen Dank, dass Sie sich am Dienstag, 3. März 2026 Zeit")
    assert "besonders geschätzt habe ich Ihre Pläne für Echtzeit-Dashboards." in body
    assert "„Ab wann könnten Sie anfangen?“ — ab dem 1. April." in body
    assert "Vielen Dank auch für den Hinweis auf Jan Roth" in body
    assert body.rstrip().endswith("Mit freundlichen Grüßen\nAlex Kim")
    assert "$" not in body and " and " not in body and "Thank" not in body


def test_without_talking_points_the_fallback_is_in_the_letters_language() -> None:
    for language, fallback in (("de", "unser Gespräch"), ("fr", "notre échange"), ("es", "nuestra conversación")):
        _, body = render(default_templates(language)[0], _context([]))
        assert fallback in body, language


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_default_uses_only_known_placeholders_and_starts_with_the_greeting(language: str) -> None:
    for letter in EMAIL_DEFAULTS[language]:
        assert not unknown_email_placeholders(letter.subject + letter.body), letter.name
        assert letter.body.startswith("$greeting\n")
    assert not unknown_placeholders(CARD_DEFAULTS[language])
    assert set(Template(CARD_DEFAULTS[language]).get_identifiers()) <= set(CARD_PLACEHOLDERS)


def test_english_stays_the_default_for_other_languages() -> None:
    assert default_templates("pt") == default_templates("en")
    assert default_templates("en")[0].name == "Formal"
