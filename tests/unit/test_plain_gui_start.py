"""A double-click start skips building the command line, and must read its options as argparse would."""

from __future__ import annotations

import pytest

from desktop_app.__main__ import build_parser, plain_gui_start


@pytest.mark.parametrize("argv", [
    [],
    ["--minimized"],
    ["--data-dir", "/tmp/d"],
    ["--data-dir=/tmp/ü d", "--quit-after-startup"],
    ["--quit-after-startup", "--minimized", "--data-dir", "rel/dir"],
])
def test_a_plain_start_is_read_exactly_as_the_full_parser_reads_it(argv: list[str]) -> None:
    fast = plain_gui_start(argv)
    assert fast is not None
    full = build_parser().parse_args(argv)
    assert vars(fast) == vars(full)


@pytest.mark.parametrize("argv", [
    ["due"], ["--help"], ["--version"], ["invite.ics"], ["--data-dir"], ["--data-dir", "--minimized"],
    ["--minimised"], ["--data-dir="], ["-h"],
])
def test_anything_else_goes_through_the_full_parser(argv: list[str]) -> None:
    """Commands, files, help and typos keep argparse's handling (and its messages)."""
    assert plain_gui_start(argv) is None
