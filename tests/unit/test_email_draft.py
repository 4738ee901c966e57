"""The thank-you draft: templates, placeholders, rendering from the debrief, pre-send checks,
and the message, mailto link and .eml draft built from it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from desktop_app.domain.debrief import Debrief, OpenQuestion
from desktop_app.domain.email_draft import (
    DEFAULT_TEMPLATES,
    PLACEHOLDER_NAMES,
    EmailTemplate,
    context_for,
    pre_send_warnings,
    render,
    unknown_placeholders,
)
from desktop_app.domain.model import Interview, Person
from desktop_app.mail.message import MAX_MAILTO_CHARS, build_message, fits_mailto, mailto_url, write_eml

START = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)


def interview() -> Interview:
    zoe = Person("Zoë Ñúñez", title="Head of Product", email="zoe@northwind.example", id=7)
    sam = Person("Sam Lee", title="Engineer", email="sam@northwind.example", id=8)
    return Interview("Northwind Analytics", "Product Manager", START, START + timedelta(hours=1), "UTC",
                     round="Final", interviewers=[zoe, sam])


def debrief() -> Debrief:
    result = Debrief(interview_id=1)
    result.sections["discussed"] = "Roadmap\n★ The move to real-time dashboards\nnothing else"
    result.talked_about = {7: "★ Her team's <b>onboarding</b> & mentoring\nsmall talk", 8: "★ Rust in production"}
    result.questions = [OpenQuestion("Can you start in April?", "Yes, on 1 April."),
                        OpenQuestion("Salary range?", "")]
    return result


def test_every_default_template_renders_without_placeholders_left() -> None:
    context = context_for(interview(), interview().interviewers[0], debrief(), "Alex Kim")
    assert len(DEFAULT_TEMPLATES) >= 3
    for template in DEFAULT_TEMPLATES:
        assert unknown_placeholders(template.subject + "\n" + template.body) == []
        subject, body = render(template, context)
        assert "$" not in subject + body
        assert "Zoë" in body and "Alex Kim" in body and "Northwind Analytics" in body
        assert "\n\n\n" not in body


def test_draft_has_the_persons_points_first_then_the_interviews_and_the_answers() -> None:
    context = context_for(interview(), interview().interviewers[0], debrief())
    assert context.points == ["your team's <b>onboarding</b> & mentoring", "the move to real-time dashboards"]
    _subject, body = render(DEFAULT_TEMPLATES[0], context)
    assert body.index("onboarding") < body.index("real-time dashboards")
    assert "Rust in production" not in body  # Sam's point is not in Zoë's e-mail
    assert "To follow up on the question we left open, “Can you start in April?” — yes, on 1 April." in body
    assert "<b>onboarding</b>" in body  # markup stays plain text
    assert context.unanswered == ["Salary range?"]


def test_date_and_names_are_filled_in() -> None:
    template = EmailTemplate("t", "Hi $first_name ($title)", "$name, $role at $company, $round round, $date")
    subject, body = render(template, context_for(interview(), interview().interviewers[0], Debrief(1)))
    assert subject == "Hi Zoë (Head of Product)"
    assert body == "Zoë Ñúñez, Product Manager at Northwind Analytics, Final round, Tuesday, 3 March 2026\n"


@pytest.mark.parametrize(("text", "unknown"), [
    ("Dear $name", []),
    ("Dear $nmae and ${compnay}", ["nmae", "compnay"]),
    ("It costs $$5", []),
    ("Broken $ here", ["$"]),
    ("", []),
])
def test_unknown_placeholders_are_reported(text: str, unknown: list[str]) -> None:
    assert sorted(unknown_placeholders(text)) == sorted(unknown)


def test_unknown_placeholder_is_left_visible_so_the_checks_catch_it() -> None:
    context = context_for(interview(), interview().interviewers[0], debrief())
    subject, body = render(EmailTemplate("t", "Thanks", "Dear $nmae,\n$talking_points\n$answers"), context)
    assert "$nmae" in body
    assert any("placeholder" in w and "$nmae" in w for w in pre_send_warnings(subject, body, context))


def test_checks_before_sending_are_the_subject_and_leftover_placeholders() -> None:
    context = context_for(interview(), interview().interviewers[0], debrief())
    assert pre_send_warnings("  ", "Thanks for your time.", context) == ["The subject is empty."]
    subject, body = render(DEFAULT_TEMPLATES[1], context)
    assert pre_send_warnings(subject, body, context) == []


def test_known_placeholder_typed_into_the_draft_is_a_leftover() -> None:
    context = context_for(interview(), interview().interviewers[0], debrief())
    assert any("$company" in w for w in pre_send_warnings("Hi", "Thanks from $company", context))


def test_message_headers_and_utf8_body() -> None:
    message = build_message("alex@home.example", "Alex Kim", ["zoe@northwind.example"], "Danke, Zoë",
                            "Zoë Ñúñez — ★ merci\n", START)
    parsed = message_from_bytes(bytes(message), policy=policy.default)
    assert parsed["Subject"] == "Danke, Zoë"
    assert parsed["From"].addresses[0].addr_spec == "alex@home.example"
    assert parsed["Message-ID"].endswith("@home.example>")
    assert parsed["Date"].datetime == START
    assert parsed.get_content() == "Zoë Ñúñez — ★ merci\n"


def test_mailto_link_round_trips_subject_and_body() -> None:
    url = mailto_url(["zoe@northwind.example"], "Thanks & more?", "Line 1\nZoë = 100%\n#2")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "zoe@northwind.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & more?"]
    assert query["body"] == ["Line 1\r\nZoë = 100%\r\n#2"]
    assert fits_mailto(url)
    assert not fits_mailto(mailto_url(["a@b.example"], "s", "x" * MAX_MAILTO_CHARS))


def test_long_text_becomes_an_unsent_eml_draft(tmp_path: Path) -> None:
    message = build_message("alex@home.example", "", ["zoe@northwind.example"], "Thanks", "Zoë " * 2000, START)
    path = write_eml(tmp_path / "drafts", message, "Thank you Zoë / Ñúñez")
    parsed = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert path.parent == tmp_path / "drafts" and path.suffix == ".eml" and "/" not in path.stem
    assert parsed["X-Unsent"] == "1"
    assert parsed["To"] == "zoe@northwind.example"
    assert parsed.get_content().startswith("Zoë Zoë")


def test_placeholder_list_covers_every_default_template() -> None:
    assert {"name", "first_name", "talking_points", "answers", "company", "role", "date"} <= PLACEHOLDER_NAMES


def test_a_template_saved_before_the_point_phrases_never_leaves_a_dangling_intro() -> None:
    """Templates stored by earlier versions list points under an intro line ending in ':'."""
    old = EmailTemplate("Formal (old)", "Thanks",
                        "Dear $name,\n\nI especially valued our conversation about:\n$talking_points\n\n"
                        "$answers\n\nKind regards,\n$my_name\n")
    _subject, body = render(old, context_for(interview(), interview().interviewers[1], Debrief(1), "Alex"))
    assert "about:" not in body and body == "Dear Sam Lee,\n\nKind regards,\nAlex\n"
    _subject, body = render(old, context_for(interview(), interview().interviewers[0], debrief(), "Alex"))
    assert "I especially valued our conversation about:\n- Your team's <b>onboarding</b> & mentoring\n" in body
