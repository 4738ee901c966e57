"""The draft checker: for each rule, one draft that must fire it and one that must not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.draft_checker import (
    CARD,
    EMAIL,
    MAX_FINDINGS,
    DraftFacts,
    Finding,
    check_draft,
    lateness,
    stock_phrases,
)

DUE = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
FILL = ("The conversation gave me a clear picture of the work ahead and of how the team plans its quarter. "
        "I would be glad to bring my experience with analytics products to the team, and I am happy to share "
        "examples of earlier work if that helps. ") * 2


def facts(**changes: object) -> DraftFacts:
    values: dict[str, object] = {
        "medium": EMAIL, "recipient": "Zoë Ñúñez", "company": "Northwind Analytics", "role": "Product Manager",
        "points": ["your team's on-call rotation"], "answers": [("Can you start in April?", "yes, from 1 April")],
        "others": [("He is writing a blog post about Rust async", "Sam Okafor")],
    }
    values.update(changes)
    return DraftFacts(**values)  # type: ignore[arg-type]


def good_email() -> str:
    return ("Dear Zoë,\n\nThank you for meeting me about the Product Manager position at Northwind Analytics. "
            "I especially enjoyed your team's on-call rotation. You asked “Can you start in April?” — "
            "yes, from 1 April.\n\n" + FILL + "\n\nKind regards,\nAlex")


def rules(text: str, **changes: object) -> list[str]:
    return [f.rule for f in check_draft(text, facts(**changes))]


def fired(text: str, rule: str, **changes: object) -> list[Finding]:
    return [f for f in check_draft(text, facts(**changes)) if f.rule == rule]


def test_a_good_email_has_no_findings() -> None:
    assert rules(good_email()) == []


def test_misspelt_name_is_flagged_at_the_spot_and_says_the_right_spelling() -> None:
    for wrong in ("Zoe", "Zeo"):
        text = good_email().replace("Dear Zoë", f"Dear {wrong}")
        [finding] = fired(text, "name")
        assert text[finding.start:finding.end] == wrong and "“Zoë”" in finding.fix
    assert fired(good_email().replace("Dear Zoë,", "Hello,"), "name")[0].message.startswith("The draft does not name")
    assert fired(good_email(), "name") == []
    assert fired(good_email().replace("Dear Zoë", "Dear Zoë Ñúñez"), "name") == []
    assert fired(good_email() + "\nData matters to Zoë's team.", "name") == []  # "Data" is not a typo of a name


def test_company_and_role_as_on_the_interview() -> None:
    text = good_email().replace("Northwind Analytics", "Northwind Analitics")
    [finding] = fired(text, "company")
    assert text[finding.start:finding.end] == "Northwind Analitics" and "Northwind Analytics" in finding.fix
    assert fired(good_email().replace("Product Manager", "Engineering"), "role")[0].message.endswith("Product Manager.")
    assert fired(good_email(), "company") == [] and fired(good_email(), "role") == []


def test_at_least_one_specific_point() -> None:
    text = good_email().replace("your team's on-call rotation", "our conversation")
    assert "your team's on-call rotation" in fired(text, "point")[0].fix
    assert "★" in fired(text, "point", points=[])[0].fix
    assert fired(good_email(), "point") == []


def test_every_open_question_of_this_person_answered() -> None:
    assert "Can you start in April?" in fired(good_email().replace("yes, from 1 April", "soon"), "answer")[0].message
    assert "Salary?" in fired(good_email(), "answer", unanswered=["Salary?"])[0].message
    assert fired(good_email(), "answer") == []


def test_no_other_interviewers_personal_notes() -> None:
    text = good_email() + "\nP.S. He is writing a blog post about Rust async, I hear."
    [finding] = fired(text, "others")
    assert "Sam Okafor" in finding.message and text[finding.start:].startswith("He is writing")
    assert fired(good_email(), "others") == []


def test_no_third_person_talk_about_the_reader() -> None:
    text = good_email().replace("I especially enjoyed", "She mentioned that I enjoyed")
    assert [text[f.start:f.end] for f in fired(text, "third_person")] == ["She mentioned"]
    assert fired(good_email() + "\nZoë said the team is growing.", "third_person")[0].message.startswith("“Zoë said”")
    assert fired(good_email(), "third_person") == []


@pytest.mark.parametrize("phrase", ["Just checking in", "touch base", "I wanted to follow up",
                                    "at your earliest convenience", "Please don’t hesitate"])
def test_stock_filler_is_flagged_where_it_is(phrase: str) -> None:
    text = good_email().replace("Kind regards", f"{phrase}. Kind regards")
    [finding] = fired(text, "filler")
    assert text[finding.start:finding.end] == phrase
    assert fired(good_email(), "filler") == []


def test_the_filler_list_is_data_and_has_the_usual_suspects() -> None:
    assert {"just checking in", "touch base", "at your earliest convenience"} <= set(stock_phrases())
    assert all(p == p.strip().casefold() and not p.startswith("#") for p in stock_phrases())


def test_length_fits_the_medium() -> None:
    assert "short for an e-mail" in fired("Dear Zoë, thanks.", "length")[0].message
    assert "long for an e-mail" in fired(good_email() + FILL * 4, "length")[0].message
    assert fired(good_email(), "length") == []
    card = ("Dear Zoë, thank you for talking with me about the Product Manager role at Northwind Analytics. "
            "I especially enjoyed your team's on-call rotation. I hope to work with you soon. Alex")
    assert fired(card, "length", medium=CARD) == []
    assert "long for a card" in fired(card + FILL, "length", medium=CARD)[0].message
    [fit] = fired(card, "fit", medium=CARD, overflow="2 lines too long for a 4¼×5½ in card")
    assert fit.message.startswith("2 lines too long")
    assert fired(card, "fit", medium=CARD) == []


def test_sent_in_time_or_says_how_late() -> None:
    assert fired(good_email(), "timing", due=DUE, now=DUE - timedelta(hours=1)) == []
    [late] = fired(good_email(), "timing", due=DUE, now=DUE + timedelta(hours=3, minutes=5))
    assert "3 hours past its due time" in late.message
    assert lateness(DUE, DUE + timedelta(days=3)) == "3 days"
    assert lateness(DUE, DUE + timedelta(minutes=1)) == "1 minute"


def test_a_leftover_placeholder_is_pointed_at() -> None:
    text = good_email().replace("Dear Zoë", "Dear Zoë $nmae")
    [finding] = fired(text, "placeholder")
    assert text[finding.start:finding.end] == "$nmae"
    assert fired(good_email() + " It costs $$5.", "placeholder") == []


def test_hostile_text_is_only_checked() -> None:
    text = "<b>Dear Zoë</b> 🙂" * 2000 + "\x00"
    assert {f.rule for f in check_draft(text, facts())} >= {"length"}
    flood = check_draft("Dear Zoe, just checking in. " * 5000, facts())
    assert len(flood) == MAX_FINDINGS and flood[0].rule == "name"  # a list, not a wall
    assert check_draft("", facts(recipient="", company="", role="", points=[], answers=[], others=[]))[0].rule \
        == "point"
