"""Golden drafts: the e-mail and the card each interviewer of the fixture panel would get.

The expected texts are files in tests/data/golden_drafts/; a change in wording shows up
as a diff to read. FINISH_STRONG_UPDATE_GOLDEN=1 rewrites them (then read the diff).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.domain.cards import DEFAULT_CARD_TEMPLATE, fill_card_template, first_name
from desktop_app.domain.draft_checker import CARD, EMAIL, DraftFacts, check_draft
from desktop_app.domain.email_draft import DEFAULT_TEMPLATES, context_for, render, suggested_template
from desktop_app.domain.talking_points import attach, flagged_lines

from .. import draft_fixture as fx

GOLDEN = Path(__file__).parents[1] / "data" / "golden_drafts"
UPDATE = os.environ.get("FINISH_STRONG_UPDATE_GOLDEN") == "1"


def _contexts():  # type: ignore[no-untyped-def]
    interview, debrief = fx.interview(), fx.debrief()
    points, moved = attach(flagged_lines(debrief, fx.PERSONAL), fx.CHOICES)
    assert moved == []
    return {p.id: context_for(interview, p, debrief, "Alex Kim", points, fx.PERSONAL) for p in interview.interviewers}


def _email(person_id: int) -> str:
    context = _contexts()[person_id]
    template = DEFAULT_TEMPLATES[suggested_template(context.interview, list(DEFAULT_TEMPLATES))]
    subject, body = render(template, context)
    return f"Subject: {subject}\n\n{body}"


def _card(person_id: int) -> str:
    context = _contexts()[person_id]
    values = {"name": context.person.name, "first_name": first_name(context.person.name),
              "company": context.interview.company, "role": context.interview.role,
              "talking_point": context.points[0], "my_name": "Alex Kim"}
    return fill_card_template(DEFAULT_CARD_TEMPLATE, values) + "\n"


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; see the diff"


@pytest.mark.parametrize(("person_id", "slug"), [(fx.ZOE, "zoe"), (fx.SAM, "sam"), (fx.DANA, "dana")])
def test_golden_email_and_card(person_id: int, slug: str) -> None:
    _compare(f"email-{slug}.txt", _email(person_id))
    _compare(f"card-{slug}.txt", _card(person_id))


def test_each_interviewer_gets_their_own_points_and_none_of_the_others() -> None:
    zoe, sam, dana = (_email(p) for p in (fx.ZOE, fx.SAM, fx.DANA))
    assert len({zoe, sam, dana}) == 3
    assert "how your team runs its on-call rotation" in zoe  # the user's wording wins
    assert "on-call" not in sam and "on-call" not in dana
    assert "self-serve analytics tier" in sam and "self-serve" not in zoe + dana  # given to Sam only
    assert "blog post" not in zoe + sam + dana  # personal notes are never pasted
    assert "Berlin marathon" in dana and "marathon" not in zoe + sam
    assert "hearing that they run Rust in production" in sam and "Rust" not in zoe + dana


def test_answers_go_to_whoever_asked_and_answered_in_the_interview_go_nowhere() -> None:
    zoe, sam, dana = (_email(p) for p in (fx.ZOE, fx.SAM, fx.DANA))
    assert "Can you start in April?" in zoe and "April" not in sam + dana
    assert all("references" in draft for draft in (zoe, sam, dana))  # asked by nobody in particular
    assert "remote days" not in (zoe + sam + dana).casefold()
    assert "Would you relocate" not in sam  # no answer yet: the checker says so instead
    assert _contexts()[fx.SAM].unanswered == ["Would you relocate to Berlin?"]
    assert "Ana Lima at Lumen & Co." in dana and "Ana Lima" not in zoe + sam


def test_the_card_fits_its_sentence() -> None:
    assert "I especially enjoyed how your team runs its on-call rotation." in _card(fx.ZOE)
    assert "Dear Zoë," in _card(fx.ZOE)


def test_golden_drafts_pass_the_checker_except_what_is_really_missing() -> None:
    for person_id in (fx.ZOE, fx.SAM, fx.DANA):
        context = _contexts()[person_id]
        facts = DraftFacts(EMAIL, context.person.name, "Northwind Analytics", "Product Manager",
                           context.points + context.notes, context.answers, context.unanswered, context.others)
        rules = [f.rule for f in check_draft(_email(person_id).split("\n\n", 1)[1], facts)]
        assert rules == (["answer"] if person_id == fx.SAM else []), rules
        card_facts = DraftFacts(CARD, context.person.name, "Northwind Analytics", "Product Manager",
                                context.points + context.notes, others=context.others)
        assert [f.rule for f in check_draft(_card(person_id), card_facts)] == []
