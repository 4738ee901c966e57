"""Talking points: the phrase a draft says, whose each point is, and a choice following its line."""

from __future__ import annotations

import pytest

from desktop_app.domain.debrief import Debrief
from desktop_app.domain.point_phrases import derive_phrase, join_phrases, tidy
from desktop_app.domain.talking_points import (
    PERSONAL,
    TALKED_ABOUT,
    PointChoice,
    attach,
    flagged_lines,
    line_key,
    others_points,
    points_for,
)


@pytest.mark.parametrize(("note", "to_owner", "phrase"), [
    ("Her team's on-call rotation.", False, "her team's on-call rotation"),  # issue 16: not "Her team's"
    ("Her team's on-call rotation.", True, "your team's on-call rotation"),
    ("She mentioned the Berlin office opening!", False, "the Berlin office opening"),
    ("Dana told me about the offsite", False, "the offsite"),
    ("She shared her roadmap", False, "her roadmap"),
    ("Data shared with partners", False, "data shared with partners"),  # not an attribution
    ("He said that they run Rust in production.", False, "hearing that they run Rust in production"),
    ("he is writing a blog post", True, "hearing that you are writing a blog post"),
    ("Runs the Berlin marathon every year", True, "hearing that you run the Berlin marathon every year"),
    ("Kubernetes migration...", False, "Kubernetes migration"),  # a name keeps its capital
    ("I learned a lot about their API", False, "I learned a lot about their API"),
    ("Launch of the self-serve tier", False, "the launch of the self-serve tier"),
    ("  The   move to <b>real-time</b>   dashboards ", False, "the move to <b>real-time</b> dashboards"),
    ("She mentioned.", False, "she mentioned"),  # nothing after the attribution: kept
    ("...", False, ""),
    (", their new office , in Lisbon ,, and", False, "their new office, in Lisbon"),
    ("Wow!! the demo?!", False, "Wow! the demo"),
])
def test_derived_phrase(note: str, to_owner: bool, phrase: str) -> None:
    assert derive_phrase(note, to_owner) == phrase


def test_lists_and_tidy() -> None:
    assert [join_phrases(p) for p in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == ["", "a", "a and b", "a, b and c"]
    assert tidy("Dear Sam,\n\nAbout:\n\n\n\nThanks  , bye..\nWait...\n") == "Dear Sam,\n\nThanks, bye.\nWait...\n"
    assert tidy("Points:\n- one\n") == "Points:\n- one\n"


def _debrief() -> Debrief:
    debrief = Debrief(1)
    debrief.sections["discussed"] = "★ The roadmap\n★ Hiring plans\nplain"
    debrief.talked_about = {7: "★ Her garden", 8: "★ Rust in production", 9: ""}
    return debrief


def test_owners_own_lines_are_theirs_and_shared_lines_the_whole_interviews() -> None:
    points, _ = attach(flagged_lines(_debrief(), {9: "★ Runs marathons\nlikes cats"}), [])
    assert [(p.source, p.owner, p.phrase) for p in points] == [
        ("discussed", None, "the roadmap"), ("discussed", None, "hiring plans"),
        (TALKED_ABOUT, 7, "your garden"), (TALKED_ABOUT, 8, "Rust in production"),
        (PERSONAL, 9, "hearing that you run marathons"),
    ]
    assert all(p.owner_fixed for p in points[2:]) and not points[0].owner_fixed


def test_each_draft_gets_its_own_points_first_and_a_panel_never_the_same_list() -> None:
    choice = PointChoice("discussed", None, line_key("Hiring plans"), owner=9)
    points, _ = attach(flagged_lines(_debrief(), {}), [choice])
    people = [7, 8, 9]
    assert [p.phrase for p in points_for(7, people, points)] == ["your garden", "the roadmap"]
    assert [p.phrase for p in points_for(8, people, points)] == ["Rust in production", "the roadmap"]
    assert [p.phrase for p in points_for(9, people, points)] == ["hiring plans", "the roadmap"]
    assert "your garden" not in [p.phrase for p in points_for(8, people, points)]
    assert {p.owner for p in others_points(7, points)} == {8, 9}
    # Two shared points and nothing personal: each interviewer starts from a different one.
    shared, _ = attach(flagged_lines(Debrief(1, sections={"discussed": "★ pizza\n★ pasta"}), {}), [])
    assert [points_for(p, [7, 8], shared)[0].phrase for p in (7, 8)] == ["pizza", "pasta"]


def test_an_edited_phrase_wins_and_follows_its_line_when_the_note_changes() -> None:
    choice = PointChoice("discussed", None, line_key("The roadmap"), "The roadmap", phrase="your roadmap for 2027")
    debrief = _debrief()
    points, moved = attach(flagged_lines(debrief, {}), [choice])
    assert points[0].phrase == "your roadmap for 2027" and points[0].edited and moved == []
    # Re-punctuated or re-cased: same key.
    debrief.sections["discussed"] = "★ the ROADMAP.\n★ Hiring plans"
    assert attach(flagged_lines(debrief, {}), [choice])[0][0].phrase == "your roadmap for 2027"
    # Reworded a little, and another line added above it: the choice follows the line.
    debrief.sections["discussed"] = "★ Team offsite\n★ The product roadmap\n★ Hiring plans"
    points, moved = attach(flagged_lines(debrief, {}), [choice])
    assert [p.phrase for p in points[:3]] == ["team offsite", "your roadmap for 2027", "hiring plans"]
    assert moved == [(choice, "the product roadmap")]
    # Rewritten beyond recognition: the choice waits unattached, the line gets its derived phrase.
    debrief.sections["discussed"] = "★ Something else entirely\n★ Hiring plans"
    points, moved = attach(flagged_lines(debrief, {}), [choice])
    assert [p.phrase for p in points[:2]] == ["something else entirely", "hiring plans"] and moved == []


def test_the_same_line_twice_in_a_note_gets_two_keys() -> None:
    points, _ = attach(flagged_lines(Debrief(1, sections={"discussed": "★ Coffee\n★ coffee."}), {}), [])
    assert [p.key for p in points] == ["coffee", "coffee #2"]
