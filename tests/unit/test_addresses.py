"""Pasted mailboxes split into name and address; which hosts are this computer."""

from __future__ import annotations

import pytest

from desktop_app.domain.addresses import format_mailbox, is_local_host, parse_mailboxes, split_name_address


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Reyes <dana@northwind.example>", ("Dana Reyes", "dana@northwind.example")),
    ('"Reyes, Dana" <dana@northwind.example>', ("Reyes, Dana", "dana@northwind.example")),
    ("  Zoë   Ñúñez <zoe@northwind.example> ", ("Zoë Ñúñez", "zoe@northwind.example")),
    ("<dana@northwind.example>", ("", "dana@northwind.example")),
    ("dana@northwind.example (Dana Reyes)", ("Dana Reyes", "dana@northwind.example")),
    ("dana@northwind.example", ("", "dana@northwind.example")),
])
def test_a_pasted_mailbox_splits_into_name_and_address(text: str, expected: tuple[str, str]) -> None:
    assert split_name_address(text) == expected


@pytest.mark.parametrize("text", ["", "Dana Reyes", "Dana <not an address>", "a@b.example, c@d.example",
                                  "<b>x</b>", "Dana <dana@x.example>\nSam <sam@x.example>", "x" * 5000])
def test_what_is_not_one_mailbox_is_left_alone(text: str) -> None:
    assert split_name_address(text) is None


def test_a_to_field_with_names_commas_and_spaces() -> None:
    valid, invalid = parse_mailboxes('Dana Reyes <dana@x.example>, "Okafor, Sam" <sam@x.example>; '
                                     "lee@x.example kim@x.example\nDANA@x.example, oops")
    assert valid == [("Dana Reyes", "dana@x.example"), ("Okafor, Sam", "sam@x.example"), ("", "lee@x.example"),
                     ("", "kim@x.example")]
    assert invalid == ["oops"]
    assert format_mailbox("Dana  Reyes", "dana@x.example") == "Dana Reyes <dana@x.example>"
    assert format_mailbox("", "dana@x.example") == "dana@x.example"


@pytest.mark.parametrize(("host", "local"), [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("LOCALHOST.", True), ("smtp.example.com", False), ("10.0.0.1", False), ("localhost.evil.example", False),
    ("", False), ("::ffff:8.8.8.8", False)])
def test_which_hosts_are_this_computer(host: str, local: bool) -> None:
    assert is_local_host(host) is local
