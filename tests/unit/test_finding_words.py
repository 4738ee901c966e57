"""The draft checker's findings worded in the window: English exactly as the domain says it, and German."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.draft_checker import CARD, EMAIL, DraftFacts, Finding, check_draft
from desktop_app.ui.shared.finding_words import TEMPLATES, FindingWords


def _findings() -> list[Finding]:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    found: list[Finding] = []
    for medium, text in ((EMAIL, "Dear Sma,\nShe said the team is great. I just wanted to touch base. $name"),
                         (CARD, "Hi.\n" + "word " * 80), (EMAIL, "")):
        for late in (timedelta(minutes=5), timedelta(hours=1), timedelta(hours=3), timedelta(days=3)):
            facts = DraftFacts(medium=medium, recipient="Sam Okafor",
                               company="Northwind", role="Analyst", points=["your dashboards"],
                               answers=[("Can you start in April?", "Yes, 1 April works.")],
                               unanswered=["What salary?"], others=[("the on-call rotation plan", "Dana")],
                               overflow="3 lines too long for a 4×6 in card", due=now - late, now=now)
            found += check_draft(text + " the on-call rotation plan", facts)
    return found


def test_every_finding_has_a_wording() -> None:
    findings = _findings()
    keys = {f.key for f in findings}
    assert all(f.key for f in findings), [f.message for f in findings if not f.key]
    assert {"name_spelling", "company_missing", "role_missing", "point_example", "answer_missing", "answer_open",
            "others", "third_person", "filler", "placeholder", "short_email", "long_card", "fit",
            "timing_minutes", "timing_hours", "timing_days"} <= keys


def test_english_is_the_domains_english_word_for_word(qapp) -> None:  # type: ignore[no-untyped-def]
    words = FindingWords()
    for finding in _findings():
        assert words.parts(finding) == (finding.message, finding.fix), finding.key


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_is_translated_to_german(qapp, key: str) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.app.translations import install_language

    words = FindingWords()
    install_language("de", qapp)
    try:
        message, fix = (words.tr(str(part)) for part in TEMPLATES[key])
    finally:
        install_language("en", qapp)
    assert (message, fix) != tuple(str(part) for part in TEMPLATES[key]) or "%" in message
