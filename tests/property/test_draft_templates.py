"""Any point text, any number of points: every default draft reads as written by a person.

No leftover placeholder, no doubled space or punctuation, no sentence or line left hanging
on a connective ("…our conversation about:").
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.cards import DEFAULT_CARD_TEMPLATE, fill_card_template
from desktop_app.domain.debrief import Debrief, OpenQuestion
from desktop_app.domain.email_draft import DEFAULT_TEMPLATES, context_for, render
from desktop_app.domain.point_phrases import CONNECTIVES, FALLBACK_PHRASE

from .. import draft_fixture as fx

# Notes as people type them: words, stray spaces and punctuation, capitals, Unicode; never a "$"
# (a dollar sign the user types is their text, not a placeholder).
note_text = st.lists(
    st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCXYZéüñ' ,.;:!?-…\t") + ["Zoë", "she said ", " and ", "The "]),
    max_size=30,
).map("".join)
points = st.lists(note_text, max_size=4)

PLACEHOLDER = re.compile(r"\$\{?\w")
DOUBLED = re.compile(r"(?<!\.)([,;:!?.])\s*\1(?!\.)|\s[,;:!?.]|[,;:]\s*[.!?]")
DANGLING = re.compile(rf"(?<![\w'’-])(?:{'|'.join(CONNECTIVES)})\s*[.:,;]?\s*$", re.IGNORECASE | re.MULTILINE)


def _debrief(shared: list[str], own: list[str], answer: str) -> Debrief:
    debrief = fx.debrief()
    debrief.sections = {"discussed": "\n".join(f"★ {p}" for p in shared)}
    debrief.talked_about = {fx.ZOE: "\n".join(f"★ {p}" for p in own), fx.SAM: "", fx.DANA: ""}
    debrief.questions = [OpenQuestion("Can you start in April?", answer, asked_by=fx.ZOE)]
    return debrief


def _assert_reads_well(text: str) -> None:
    assert not PLACEHOLDER.search(text), text
    for line in text.splitlines():
        assert "  " not in line.strip(), line
        assert not DOUBLED.search(line.replace("...", "…")), line
    assert not DANGLING.search(text), text


@given(shared=points, own=points,
       answer=st.sampled_from(["", "Yes, from 1 April.", "yes", "Two weeks' notice!!", "April 1st — or May?"]))
def test_every_default_email_reads_well_with_any_points(shared: list[str], own: list[str], answer: str) -> None:
    debrief = _debrief(shared, own, answer)
    for person in fx.people():
        context = context_for(fx.interview(), person, debrief, "Alex Kim", personal_notes={})
        for template in DEFAULT_TEMPLATES:
            subject, body = render(template, context)
            _assert_reads_well(subject)
            _assert_reads_well(body)
            assert context.points or FALLBACK_PHRASE in body  # never "I especially enjoyed ."


@given(shared=points, own=points)
def test_the_card_reads_well_with_any_points(shared: list[str], own: list[str]) -> None:
    context = context_for(fx.interview(), fx.people()[0], _debrief(shared, own, ""), "Alex Kim", personal_notes={})
    values = {"name": "Zoë Ñúñez", "first_name": "Zoë", "company": "Northwind Analytics", "role": "Product Manager",
              "talking_point": context.points[0] if context.points else FALLBACK_PHRASE, "my_name": "Alex Kim"}
    _assert_reads_well(fill_card_template(DEFAULT_CARD_TEMPLATE, values))
