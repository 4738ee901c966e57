"""The debrief's pure rules: sections, talking points, open questions and referrals."""

from __future__ import annotations

import pytest

from desktop_app.domain.debrief import (
    SECTION_KEYS,
    SECTION_TITLES,
    SECTIONS,
    TALKING_POINT_MARK,
    Debrief,
    OpenQuestion,
    Referral,
    is_talking_point,
    referral_problems,
    talking_points,
    toggle_talking_point,
)

# ------------------------------------------------------------------ sections


def test_the_sections_follow_the_article() -> None:
    assert SECTION_KEYS == (
        "observations", "discussed", "recent_projects", "organizations",
        "industry_events", "conferences", "company_meetings", "anything_else",
    )
    assert SECTION_TITLES["recent_projects"] == "The company's recent projects"
    assert SECTION_TITLES["anything_else"] == "Anything else"
    assert all(title and hint for _, title, hint in SECTIONS)


def test_a_new_debrief_has_every_section_empty() -> None:
    debrief = Debrief(interview_id=7)
    assert list(debrief.sections) == list(SECTION_KEYS)
    assert set(debrief.sections.values()) == {""}
    assert (debrief.talked_about, debrief.questions, debrief.referrals) == ({}, [], [])
    assert debrief.all_talking_points() == []


# ------------------------------------------------------------------ talking points


def test_talking_points_are_the_marked_lines_in_order() -> None:
    text = "\n".join([
        "★ Their move to Kubernetes",
        "plain line, not a point",
        "    ★ indented with spaces",
        "\t★ indented with a tab",
        "★tight, no space after the mark",
        "★   extra spaces are trimmed   ",
        "see ★ in the middle: not a point",
        "trailing mark ★",
    ])
    assert talking_points(text) == [
        "Their move to Kubernetes",
        "indented with spaces",
        "indented with a tab",
        "tight, no space after the mark",
        "extra spaces are trimmed",
    ]


@pytest.mark.parametrize("line", ["★", "★ ", "   ★   ", "\t★\t"])
def test_an_empty_mark_is_not_a_point(line: str) -> None:
    assert talking_points(f"before\n{line}\nafter") == []


def test_windows_line_endings_and_a_missing_last_newline() -> None:
    assert talking_points("★ one\r\n★ two\r\nthree") == ["one", "two"]


def test_is_talking_point_looks_only_at_the_start_of_the_line() -> None:
    assert is_talking_point("  ★ yes")
    assert not is_talking_point("no ★")
    assert not is_talking_point("")


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Their API", "★ Their API"),
        ("    nested", "    ★ nested"),
        ("\t\ttabbed", "\t\t★ tabbed"),
        ("", "★ "),
        ("<b>markup</b> & 👩🏽‍💻 עברית", "★ <b>markup</b> & 👩🏽‍💻 עברית"),
    ],
)
def test_toggling_flags_a_line_and_toggling_again_restores_it(line: str, flagged: str) -> None:
    assert toggle_talking_point(line) == flagged
    assert toggle_talking_point(flagged) == line


@pytest.mark.parametrize(
    ("flagged", "plain"),
    [("★ done", "done"), ("  ★ done", "  done"), ("★done", "done"), ("\t★    done", "\tdone")],
)
def test_toggling_a_flagged_line_removes_the_mark_and_keeps_the_indentation(flagged: str, plain: str) -> None:
    assert toggle_talking_point(flagged) == plain
    assert not is_talking_point(toggle_talking_point(flagged))


def test_a_toggled_line_is_a_talking_point() -> None:
    line = toggle_talking_point("   We both ran the Tegernsee marathon")
    assert line.startswith("   " + TALKING_POINT_MARK)
    assert talking_points(line) == ["We both ran the Tegernsee marathon"]


def test_all_talking_points_go_by_article_order_then_by_interviewer() -> None:
    debrief = Debrief(interview_id=1)
    # Filled in a different order than the article's: the result must not depend on it.
    debrief.sections = {
        "anything_else": "★ last section",
        "observations": "noise\n★ first section",
        "company_meetings": "★ seventh a\n★ seventh b",
        "discussed": "no points here",
    }
    debrief.talked_about = {42: "★ with the second person", 7: "chat\n★ with the third person"}
    assert debrief.all_talking_points() == [
        "first section",
        "seventh a",
        "seventh b",
        "last section",
        "with the second person",
        "with the third person",
    ]


# ------------------------------------------------------------------ open questions and referrals


def test_an_open_question_starts_unanswered() -> None:
    question = OpenQuestion("How does on-call work?")
    assert (question.answer, question.answered, question.id) == ("", False, None)


@pytest.mark.parametrize(
    ("name", "organization", "label"),
    [
        ("Ana Lima", "Lumen & Co.", "Ana Lima at Lumen & Co."),
        ("Ana Lima", "", "Ana Lima"),
        ("", "Women in Tech", "Women in Tech"),
        ("  Ana Lima ", "\tLumen ", "Ana Lima at Lumen"),
        ("", "", "(unnamed referral)"),
        ("   ", " ", "(unnamed referral)"),
    ],
)
def test_referral_label(name: str, organization: str, label: str) -> None:
    assert Referral(name=name, organization=organization).label == label


@pytest.mark.parametrize(("contact", "expected"), [("ana@lumen.example", True), ("+1 555 0100", True),
                                                   ("", False), ("   \n", False)])
def test_referral_has_contact(contact: str, expected: bool) -> None:
    assert Referral(name="Ana", contact=contact).has_contact is expected


def test_only_an_all_empty_referral_is_refused() -> None:
    assert referral_problems(Referral()) == ["The referral is empty."]
    assert referral_problems(Referral(name=" ", organization="\t", contact="\n", why="  ", outcome=" ")) != []
    # Who suggested it is not something the user wrote about the referral.
    assert referral_problems(Referral(suggested_by=3)) == ["The referral is empty."]


@pytest.mark.parametrize("field", ["name", "organization", "contact", "why", "outcome"])
def test_any_one_field_makes_a_referral_worth_keeping(field: str) -> None:
    referral = Referral(**{field: "something"})  # type: ignore[arg-type]
    assert referral_problems(referral) == []


def test_a_referral_without_contact_is_kept_but_flagged() -> None:
    referral = Referral(name="Ana Lima", organization="Lumen")
    assert referral_problems(referral) == []
    assert not referral.has_contact
