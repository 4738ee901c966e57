"""Matching new mail to sent thank-yous (domain/reply_match.py) and reading only what matching
needs from a message (mail/imap_parse.py): no server, plain bytes in."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.reply_match import (
    FindingKind,
    Incoming,
    ReferralContact,
    SentRecord,
    ids_in,
    is_auto_reply,
    match,
    out_of_office_until,
)
from desktop_app.mail.imap_parse import parse

SENT_AT = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)
LATER = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
DANA = SentRecord(1, "<a1@home.example>", ("dana@northwind.example",), SENT_AT)
SAM = SentRecord(2, "<b2@home.example>", ("sam@northwind.example",), SENT_AT)
PAT = ReferralContact(7, "pat@referral.example", SENT_AT)


def incoming(**fields: object) -> Incoming:
    values: dict[str, object] = dict(message_id="<x@y>", sender="someone@else.example", sender_name="",
                                     subject="Hello", received_at=LATER)
    values.update(fields)
    return Incoming(**values)  # type: ignore[arg-type]


def test_thread_ids_come_before_the_sender() -> None:
    # Sam writes, but in reply to Dana's thank-you (forwarded to him): it answers Dana's.
    found = match(incoming(sender="sam@northwind.example", in_reply_to=("<a1@HOME.EXAMPLE>",)), [DANA, SAM], [])
    assert found is not None and found.sent_id == 1 and found.kind is FindingKind.REPLY


def test_sender_only_counts_after_the_send() -> None:
    assert match(incoming(sender="dana@northwind.example"), [DANA], []) is not None
    before = incoming(sender="dana@northwind.example", received_at=datetime(2026, 3, 1, tzinfo=UTC))
    assert match(before, [DANA], []) is None


def test_the_newest_reference_wins_in_a_thread() -> None:
    found = match(incoming(references=("<a1@home.example>", "<b2@home.example>", "<zz@other>")), [DANA, SAM], [])
    assert found is not None and found.sent_id == 2


def test_referral_answer_and_unrelated_mail() -> None:
    found = match(incoming(sender="pat@referral.example"), [DANA], [PAT])
    assert found is not None and found.referral_id == 7 and found.sent_id is None
    assert match(incoming(), [DANA], [PAT]) is None
    assert match(incoming(sender=""), [DANA], [PAT]) is None


@pytest.mark.parametrize(("headers", "auto"), [
    ({"auto_submitted": "auto-replied"}, True), ({"auto_submitted": "no"}, False),
    ({"x_autoreply": True}, True), ({"precedence": "auto_reply"}, True), ({"precedence": "list"}, False),
    ({"subject": "Out of Office: Thank you"}, True), ({"subject": "Automatic reply: Re: hi"}, True),
    ({"subject": "Abwesenheitsnotiz"}, True), ({"subject": "Re: Thank you — the office move"}, False),
])
def test_auto_reply_signs(headers: dict[str, object], auto: bool) -> None:
    assert is_auto_reply(incoming(**headers)) is auto
    found = match(incoming(sender="dana@northwind.example", **headers), [DANA], [])
    assert found is not None
    assert found.kind is (FindingKind.AUTO_REPLY if auto else FindingKind.REPLY)


@pytest.mark.parametrize(("text", "until"), [
    ("I am out of the office until 12 December 2026.", date(2026, 12, 12)),
    ("Back on Monday, March 9th", date(2026, 3, 9)),
    ("I'm away until 2026-03-20 with no e-mail.", date(2026, 3, 20)),
    ("Out until January 3", date(2027, 1, 3)),  # said in March: next January
    ("Ich bin bis 14. März nicht im Büro", date(2026, 3, 14)),
    ("Out of office", None), ("until 31 February", None), ("until Smarch 3", None),
])
def test_out_of_office_until(text: str, until: date | None) -> None:
    assert out_of_office_until(incoming(subject="Out of office", first_lines=text)) == until


def test_hostile_text_is_handled() -> None:
    huge = "until " * 50_000 + "<b>" + "Z̤͔ͧ̑̓ä͖̭̈̇" * 1000
    assert out_of_office_until(incoming(subject=huge, first_lines=huge)) is None
    assert ids_in("<a@b> junk <<c@d>> " + "<" * 10_000) == ("<a@b>", "<c@d>")
    assert match(incoming(subject=huge, in_reply_to=("",)), [DANA], []) is None


def test_parse_reads_headers_and_first_lines_only() -> None:
    raw = (b"From: =?utf-8?q?Dana_Whitfi=C3=A9ld?= <Dana@Northwind.Example>\r\nSubject: Re: Thank you\r\n"
           b"In-Reply-To: <a1@home.example>\r\nReferences: <zz@x> <a1@home.example>\r\n"
           b"Message-ID: <r1@northwind.example>\r\nDate: Thu, 05 Mar 2026 09:00:00 +0000\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"\r\nThanks Alex!\r\nLet's talk Monday.\r\n<script>x</script>\r\nline four\r\n\r\n"
           b"On Wed, Alex wrote:\r\n> quoted\r\n")
    message = parse(raw)
    assert message.sender == "dana@northwind.example" and message.sender_name == "Dana Whitfiéld"
    assert message.in_reply_to == ("<a1@home.example>",) and message.references[-1] == "<a1@home.example>"
    assert message.first_lines == "Thanks Alex!\nLet's talk Monday.\n<script>x</script>"  # shown as plain text
    assert message.received_at == datetime(2026, 3, 5, 9, 0, tzinfo=UTC)


def test_parse_survives_broken_messages() -> None:
    for raw in (b"", b"\xff\xfe garbage", b"From: <<<\r\nDate: yesterday\r\n\r\n", b"Subject: " + b"x" * 100_000,
                b"Content-Type: multipart/report; report-type=delivery-status; boundary=Q\r\n\r\n--Q\r\n"
                b"Content-Type: message/delivery-status\r\n\r\nAction: failed\r\n"):
        message = parse(raw, LATER)
        assert message.received_at == LATER
        assert match(message, [DANA], []) is None
