"""`finish-strong import FILE.ics` and `export FILE.ics`, run as a user would: in a subprocess."""
# ruff: noqa: F811

from __future__ import annotations

import json
import shutil
from pathlib import Path

import icalendar
import pytest

# `run` is test_cli's fixture, imported so pytest finds it here; tests take it as a parameter.
from .test_cli import Run, export_of, ok, one_line_failure, run  # noqa: F401

ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
ME = ("--me", "alex.candidate@gmail.com", "--me", "alex@candidate.example")


def interviews(data_dir: Path) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(export_of(data_dir))["interviews"]


def test_import_an_invitation_and_see_what_was_added(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "d"
    result = ok(run("--data-dir", data, "import", ICS / "google-calendar.ics", *ME))
    assert result.stdout == ("Added Northwind Analytics — Product Manager, Mon 30 Nov 2026 12:00 (America/New_York), "
                             "with Dana Reyes, Sam Okafor.\n")
    (interview,) = interviews(data)
    assert interview["invitation"] == {"uid": "5q2k8v0m3b7n1c4x6z9a0s2d4f@google.com", "sequence": 0}
    assert len(interview["follow_ups"]) == 5


def test_reimport_update_and_cancel_from_the_command_line(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "d"
    ok(run("--data-dir", data, "import", ICS / "outlook-exchange.ics", *ME))
    again = ok(run("--data-dir", data, "import", ICS / "outlook-exchange.ics", *ME))
    assert again.stdout == "Skipped Fabrikam — Senior Data Engineer: it is already up to date.\n"
    moved = ok(run("--data-dir", data, "import", ICS / "outlook-exchange-update.ics", *ME))
    assert moved.stdout.startswith("Updated Fabrikam — Senior Data Engineer, Thu 03 Dec 2026 14:00 (America/Los_Angel")
    (interview,) = interviews(data)
    assert interview["start"] == "2026-12-03T22:00:00+00:00"

    ok(run("--data-dir", data, "import", ICS / "google-calendar.ics", *ME))
    cancelled = ok(run("--data-dir", data, "import", ICS / "google-calendar-cancel.ics"))
    assert cancelled.stdout == ("Marked Northwind Analytics — Product Manager on Mon 30 Nov 2026 12:00 "
                                "(America/New_York) withdrawn: the invitation was cancelled.\n")
    statuses = {i["company"]: i["status"] for i in interviews(data)}
    assert statuses == {"Northwind Analytics": "withdrawn", "Fabrikam": "scheduled"}


def test_several_events_all_day_and_no_end_say_what_was_assumed(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "d"
    lines = ok(run("--data-dir", data, "import", ICS / "several-events.ics")).stdout.splitlines()
    assert len(lines) == 2 and lines[1].endswith("No end time in the invitation: assumed to last one hour.")
    all_day = ok(run("--data-dir", data, "import", ICS / "all-day.ics")).stdout
    assert "Wed 16 Dec 2026 09:00 (America/New_York)" in all_day and "All-day in the invitation" in all_day
    assert len(interviews(data)) == 3


def test_an_invitation_saved_without_extension_or_piped_in_is_recognised(tmp_path: Path, run: Run) -> None:
    saved = tmp_path / "invite"
    shutil.copyfile(ICS / "zoom.ics", saved)
    assert ok(run("--data-dir", tmp_path / "a", "import", saved)).stdout.startswith("Added Contoso Robotics")
    piped = (ICS / "floating-time.ics").read_text()
    assert ok(run("--data-dir", tmp_path / "b", "import", "-", stdin=piped)).stdout.startswith("Added Initech")
    # Floating time is the machine's wall clock: 14:00 in New York.
    assert interviews(tmp_path / "b")[0]["start"] == "2026-12-14T19:00:00+00:00"


BAD = {
    "recurring": (lambda t: ICS / "recurring.ics", "repeats (RRULE); interviews do not recur"),
    "empty calendar": (lambda t: ICS / "empty-calendar.ics", "holds no events"),
    "truncated": (lambda t: ICS / "truncated.ics", "stops before END:VCALENDAR"),
    "not an invitation": (lambda t: ICS / "not-an-invitation.ics", "not a calendar invitation"),
    "missing": (lambda t: t / "nope.ics", "cannot read"),
    "a folder": (lambda t: (t / "dir.ics").mkdir() or t / "dir.ics", "it is a folder"),
    "10 MB": (lambda t: (t / "big.ics").write_bytes(b"BEGIN:VCALENDAR\r\n" * 640_000) and t / "big.ics",
              "big.ics is 10.9 MB; an invitation is at most 2 MB"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_invitation_fails_in_one_line_and_changes_nothing(tmp_path: Path, run: Run, case: str) -> None:
    data = tmp_path / "d"
    ok(run("--data-dir", data, "import", ICS / "google-calendar.ics", *ME))
    before = export_of(data)
    make, expected = BAD[case]
    assert expected in one_line_failure(run("--data-dir", data, "import", make(tmp_path)))
    assert export_of(data) == before


def test_a_bad_address_for_me_is_refused(tmp_path: Path, run: Run) -> None:
    line = one_line_failure(run("--data-dir", tmp_path / "d", "import", ICS / "zoom.ics", "--me", "alex"))
    assert "--me: “alex” is not an e-mail address." in line
    assert json.loads(export_of(tmp_path / "d"))["interviews"] == []


def test_export_ics_parses_back_and_keeps_its_uids(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "d"
    ok(run("--data-dir", data, "import", ICS / "google-calendar.ics", *ME))
    ok(run("--data-dir", data, "export", tmp_path / "plan.ics"))
    first = (tmp_path / "plan.ics").read_bytes()
    assert first.startswith(b"BEGIN:VCALENDAR\r\n")
    assert (tmp_path / "plan.ics").stat().st_mode & 0o777 == 0o600
    calendar = icalendar.Calendar.from_ical(first)
    assert [e.summary for e in calendar.events][:2] == [
        "Interview: Product Manager – Northwind Analytics", "Write your notes (Northwind Analytics)",
    ]
    assert len(calendar.events) == 6 and all(e.walk("VALARM") for e in calendar.events[1:])

    ok(run("--data-dir", data, "import", ICS / "outlook-exchange.ics", *ME))
    ok(run("--data-dir", data, "export", "--format", "ics", "-"))
    second = icalendar.Calendar.from_ical(ok(run("--data-dir", data, "export", tmp_path / "again.ics")) and
                                          (tmp_path / "again.ics").read_bytes())
    assert {e.uid for e in calendar.events} < {e.uid for e in second.events}  # same UIDs, plus the new ones


def test_an_invitation_without_a_title_says_so_and_due_prints_no_empty_role(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "data"
    failed = run("--data-dir", data, "import", ICS / "no-title.ics")
    assert one_line_failure(failed) == ("finish-strong: Event 1 of the invitation has no title: enter the company "
                                        "(import it in the window, where the company can be typed). "
                                        "Nothing was imported.")
    ok(run("--data-dir", data, "import", ICS / "google-calendar.ics", *ME))
    with_role = ok(run("--data-dir", data, "due", "--at", "2031-01-01T00:00"))
    assert ", )" not in with_role.stdout
    import sqlite3

    connection = sqlite3.connect(data / "finish-strong.sqlite3")
    connection.execute("UPDATE interview SET role = ''")
    connection.commit()
    connection.close()
    lines = ok(run("--data-dir", data, "due", "--at", "2031-01-01T00:00")).stdout.splitlines()
    assert lines and all(", )" not in line and line.count("(") == 1 for line in lines)


def test_a_file_with_one_bad_event_imports_nothing_on_the_command_line(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "data"
    failed = run("--data-dir", data, "import", ICS / "one-bad-event.ics")
    assert "Event 2" in one_line_failure(failed) and "Nothing was imported" in one_line_failure(failed)
    assert interviews(data) == []
