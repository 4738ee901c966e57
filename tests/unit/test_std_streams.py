"""A windowed start (no console on Windows, a launcher that closed its descriptors) has no
stdout/stderr: Python sets them to None. Commands that print must still work."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.std_streams import ensure_std_streams


def test_export_to_standard_output_fails_cleanly_when_there_is_none(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    from desktop_app import std_streams

    monkeypatch.setattr(std_streams, "MISSING", set())
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        # Not a silent success into the null device: the export went nowhere (issue 14).
        assert main(["--data-dir", str(tmp_path / "data"), "export", "-"]) == 1
        assert sys.stdout is not None and sys.stderr is not None
        print("a message nobody can see", file=sys.stderr)
        sys.stderr.write("nor this\n")
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()


def test_a_bad_option_still_ends_with_status_2_without_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        with pytest.raises(SystemExit) as ended:
            main(["--no-such-option"])
        assert ended.value.code == 2
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()


def test_streams_that_exist_are_left_alone(capsys: pytest.CaptureFixture[str]) -> None:
    before = (sys.stdout, sys.stderr)
    ensure_std_streams()
    assert (sys.stdout, sys.stderr) == before
    print("still captured")
    assert capsys.readouterr().out == "still captured\n"
