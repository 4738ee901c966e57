"""`python -m desktop_app export|import|due|demo`, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.store.database import close_database, open_database
from desktop_app.store.interchange import export_json

REPO = Path(__file__).resolve().parents[2]
NY_OFFSET_WINTER = "-05:00"

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """Run the CLI with a private default data dir and a fixed machine time zone."""
    base_env = dict(os.environ)
    base_env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "FINISH_STRONG_DATA_DIR": str(tmp_path / "default-data"),  # never the real user folder
        "TZ": "America/New_York",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "PYTHONIOENCODING": "utf-8",
    })

    def run_cli(
        *args: str | Path, env: dict[str, str] | None = None, stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *map(str, args)],
            input=stdin, capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
            env={**base_env, **(env or {})}, timeout=60, check=False,
        )

    return run_cli


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result


def export_of(data_dir: Path) -> str:
    """The data dir's content, read in this process without changing it."""
    open_database(data_dir / "finish-strong.sqlite3")
    try:
        return export_json()
    finally:
        close_database()


def follow_up(
    uid: str, step: str, person: str | None, remind: str, due: str, done: str | None = None
) -> dict[str, Any]:
    return {"id": uid, "step": step, "person": person, "referral_key": None,
            "due_at": due, "remind_at": remind, "done_at": done}


def interview(uid: str, company: str, role: str, start: str, end: str, people: list[str],
              follow_ups: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": uid, "company": company, "role": role, "round": "", "start": start, "end": end,
            "timezone": "America/New_York", "location": "", "status": "scheduled", "notes": "",
            "interviewers": people, "follow_ups": follow_ups}


KNOWN = {
    "format": "finish-strong",
    "version": 1,
    "settings": {},
    "people": [
        {"id": "p-dana", "name": "Dana Reyes", "title": "", "email": "dana@example.com", "postal_address": ""},
        {"id": "p-lee", "name": "Lee Park", "title": "", "email": "", "postal_address": ""},
    ],
    "interviews": [
        interview("i-late", "Globex", "Analyst", "2026-03-03T14:00:00+00:00", "2026-03-03T15:00:00+00:00", ["p-lee"], [
            follow_up("f-late-notes", "notes", None, "2026-03-03T15:00:00+00:00", "2026-03-03T16:00:00+00:00"),
            follow_up("f-late-email", "thank_you_email", "p-lee",
                      "2026-03-03T16:00:00+00:00", "2026-03-03T19:00:00+00:00"),
        ]),
        interview("i-early", "Acme <b>Ünïcode</b>", "Engineer", "2026-03-02T14:00:00+00:00",
                  "2026-03-02T15:00:00+00:00", ["p-dana"], [
            follow_up("f-early-email", "thank_you_email", "p-dana",
                      "2026-03-02T16:00:00+00:00", "2026-03-02T19:00:00+00:00"),
            follow_up("f-early-notes", "notes", None, "2026-03-02T15:00:00+00:00", "2026-03-02T16:00:00+00:00"),
            follow_up("f-early-card", "handwritten_note", "p-dana", "2026-03-02T17:00:00+00:00",
                      "2026-03-03T15:00:00+00:00", done="2026-03-02T18:00:00+00:00"),
        ]),
    ],
}


@pytest.fixture
def known_file(tmp_path: Path) -> Path:
    path = tmp_path / "known.json"
    path.write_text(json.dumps(KNOWN, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def known_dir(tmp_path: Path, run: Run, known_file: Path) -> Path:
    data_dir = tmp_path / "known-data"
    result = ok(run("--data-dir", data_dir, "import", known_file))
    assert result.stdout == "Imported 2 interviews and 2 people.\n"
    return data_dir


# ------------------------------------------------------------------ round trips


def test_demo_export_import_export_gives_the_same_bytes(tmp_path: Path, run: Run) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert ok(run("--data-dir", first, "demo", "--interviews", "40")).stdout == "Added 40 sample interviews.\n"
    ok(run("--data-dir", first, "export", "one.json"))
    ok(run("--data-dir", second, "import", "one.json"))
    ok(run("export", "--data-dir", second, "two.json"))  # the option also works after the command

    one, two = (tmp_path / "one.json").read_bytes(), (tmp_path / "two.json").read_bytes()
    assert one == two
    assert len(json.loads(one)["interviews"]) == 40
    assert (tmp_path / "one.json").stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".export-*"))


def test_export_to_standard_output(run: Run, known_dir: Path) -> None:
    result = ok(run("--data-dir", known_dir, "export", "-"))
    assert result.stdout == export_of(known_dir)
    assert "Acme <b>Ünïcode</b>" in result.stdout


def test_import_from_standard_input(tmp_path: Path, run: Run) -> None:
    ok(run("--data-dir", tmp_path / "d", "import", "-", stdin=json.dumps(KNOWN)))
    assert [i["id"] for i in json.loads(export_of(tmp_path / "d"))["interviews"]] == ["i-early", "i-late"]


def test_importing_twice_adds_nothing(run: Run, known_dir: Path, known_file: Path) -> None:
    before = export_of(known_dir)
    ok(run("--data-dir", known_dir, "import", known_file))
    after = export_of(known_dir)
    assert after == before
    doc = json.loads(after)
    assert (len(doc["people"]), len(doc["interviews"])) == (2, 2)
    assert sum(len(i["follow_ups"]) for i in doc["interviews"]) == 5


# ------------------------------------------------------------------ due


def test_due_json_lists_open_reminders_oldest_first(run: Run, known_dir: Path) -> None:
    result = ok(run("--data-dir", known_dir, "due", "--json", "--at", "2026-03-03T15:00:00+00:00"))
    items = json.loads(result.stdout)

    assert [(i["interview"], i["kind"], i["person"]) for i in items] == [
        ("i-early", "notes", None),
        ("i-early", "thank_you_email", "Dana Reyes"),
        ("i-late", "notes", None),  # reminded exactly at --at; its e-mail (16:00) and done card are left out
    ]
    first = items[0]
    assert (first["company"], first["role"]) == ("Acme <b>Ünïcode</b>", "Engineer")
    assert first["remind_at"] == "2026-03-02T10:00:00" + NY_OFFSET_WINTER  # the machine's zone, with offset
    assert first["due_at"] == "2026-03-02T11:00:00" + NY_OFFSET_WINTER
    assert datetime.fromisoformat(items[2]["remind_at"]) == datetime.fromisoformat("2026-03-03T15:00:00+00:00")
    assert {"kind", "interview", "company", "role", "person", "remind_at", "due_at"} <= set(first)


def test_due_at_without_offset_means_the_machines_local_time(run: Run, known_dir: Path) -> None:
    # 10:00 in New York is 15:00 UTC: the first notes reminder is included, the e-mail (16:00 UTC) is not.
    items = json.loads(ok(run("--data-dir", known_dir, "due", "--json", "--at", "2026-03-02T10:00")).stdout)
    assert [i["kind"] for i in items] == ["notes"]


def test_due_text(run: Run, known_dir: Path) -> None:
    result = ok(run("--data-dir", known_dir, "due", "--at", "2026-03-02T16:30:00+00:00"))
    assert result.stdout.splitlines() == [
        "Write your notes (Acme <b>Ünïcode</b>, Engineer); due Mon 02 Mar 11:00",
        "Send a thank-you e-mail — Dana Reyes (Acme <b>Ünïcode</b>, Engineer); due Mon 02 Mar 14:00",
    ]


def test_due_with_nothing_due(run: Run, known_dir: Path) -> None:
    assert ok(run("--data-dir", known_dir, "due", "--at", "2026-03-01T00:00:00+00:00")).stdout == "Nothing is due.\n"
    assert json.loads(ok(run("--data-dir", known_dir, "due", "--json", "--at", "2026-03-01T00:00Z")).stdout) == []


# ------------------------------------------------------------------ errors


def one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("finish-strong"), lines[0]
    assert "Traceback" not in result.stderr
    return lines[0]


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def broken_company(tmp_path: Path) -> Path:
    doc = json.loads(json.dumps(KNOWN))
    doc["interviews"][0].update(id="i-new", company="Evil\nCorp\r\nLtd", end=doc["interviews"][0]["start"])
    return write(tmp_path / "broken.json", json.dumps(doc))


def newer_version(tmp_path: Path) -> Path:
    return write(tmp_path / "newer.json", json.dumps({**KNOWN, "version": 99}))


BAD_COMMANDS: dict[str, tuple[Callable[[Path], list[str | Path]], str]] = {
    "unknown option": (lambda t: ["due", "--bogus"], "unrecognized arguments: --bogus"),
    "unknown command": (lambda t: ["frobnicate"], "invalid choice"),
    "zero interviews": (lambda t: ["demo", "--interviews", "0"], "from 1 to 1,000,000"),
    "interviews not a number": (lambda t: ["demo", "--interviews", "many"], "not a whole number"),
    "demo without a count": (lambda t: ["demo"], "--interviews"),
    "import without a file": (lambda t: ["import"], "required"),
    "garbage --at": (lambda t: ["due", "--at", "tomorrow-ish"], "not an ISO 8601"),
    "missing file": (lambda t: ["import", t / "nope.json"], "cannot read"),
    "folder to import": (lambda t: ["import", t], "cannot read"),
    "invalid JSON": (lambda t: ["import", write(t / "bad.json", '{"format": "finish-strong",')], "not valid JSON"),
    "not UTF-8": (lambda t: ["import", write(t / "latin1.json", "{\"x\": \"caf\xe9\"}".encode("latin-1"))],
                  "not a UTF-8"),
    "wrong format": (lambda t: ["import", write(t / "other.json", '{"format": "other"}')], "not a Finish Strong"),
    "newer format": (lambda t: ["import", newer_version(t)], "version 99"),
    "newline in a quoted value": (lambda t: ["import", broken_company(t)], "Evil Corp"),
    "folder as export target": (lambda t: ["export", t], "is a folder"),
    "export into a missing folder": (lambda t: ["export", t / "no" / "such" / "out.json"], "out.json"),
}


@pytest.mark.parametrize("case", list(BAD_COMMANDS))
def test_a_bad_command_fails_in_one_line_and_changes_nothing(
    tmp_path: Path, run: Run, known_dir: Path, case: str
) -> None:
    make_args, expected = BAD_COMMANDS[case]
    before = export_of(known_dir)

    result = run("--data-dir", known_dir, *make_args(tmp_path))

    assert expected in one_line_failure(result)
    assert export_of(known_dir) == before
    assert not list(tmp_path.rglob(".export-*"))


def test_a_damaged_database_fails_in_one_line_and_is_left_alone(tmp_path: Path, run: Run) -> None:
    data_dir = tmp_path / "damaged"
    data_dir.mkdir()
    database = write(data_dir / "finish-strong.sqlite3", b"not a database\n" * 100)
    line = one_line_failure(run("--data-dir", data_dir, "due"))
    assert "cannot be read" in line
    assert database.read_bytes() == b"not a database\n" * 100


def test_a_bad_import_does_not_create_the_data_folder(tmp_path: Path, run: Run) -> None:
    one_line_failure(run("--data-dir", tmp_path / "fresh", "import", write(tmp_path / "x.json", "[]")))
    assert not (tmp_path / "fresh").exists()


# ------------------------------------------------------------------ data folder and imports


def test_the_data_folder_comes_from_the_environment(tmp_path: Path, run: Run) -> None:
    from_env = tmp_path / "from-env"
    ok(run("demo", "--interviews", "2", env={"FINISH_STRONG_DATA_DIR": str(from_env)}))
    assert len(json.loads(export_of(from_env))["interviews"]) == 2

    option = tmp_path / "from-option"
    ok(run("--data-dir", option, "demo", "--interviews", "3", env={"FINISH_STRONG_DATA_DIR": str(from_env)}))
    assert len(json.loads(export_of(option))["interviews"]) == 3
    assert len(json.loads(export_of(from_env))["interviews"]) == 2  # the option wins over the environment
    assert not (tmp_path / "default-data").exists()


def test_the_data_folder_is_private(tmp_path: Path, run: Run) -> None:
    ok(run("--data-dir", tmp_path / "new", "due"))
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "new" / "finish-strong.sqlite3").stat().st_mode & 0o777 == 0o600


def test_cli_commands_never_import_qt(tmp_path: Path, run: Run) -> None:
    """In English (the suite's LANGUAGE=en): another language loads QtCore for its translators (cli_language.py)."""
    code = (
        "import sys\n"
        "from desktop_app.__main__ import main\n"
        f"rc = main(['--data-dir', {str(tmp_path / 'd')!r}, 'demo', '--interviews', '2'])\n"
        f"rc += main(['--data-dir', {str(tmp_path / 'd')!r}, 'due', '--json'])\n"
        f"rc += main(['--data-dir', {str(tmp_path / 'd')!r}, 'due'])\n"  # English text: no Qt for its dates
        f"rc += main(['--data-dir', {str(tmp_path / 'd')!r}, 'export', '-'])\n"
        "qt = any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules)\n"
        "print('QT-IMPORTED' if qt else 'NO-QT', rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "NO-QT 0"


def test_due_piped_into_a_reader_that_stops_early_is_not_an_error(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "piped"
    ok(run("--data-dir", data, "demo", "--interviews", "300"))
    env = {k: v for k, v in os.environ.items() if k != "FINISH_STRONG_DATA_DIR"}
    env["PYTHONPATH"] = str(REPO)
    command = f"{sys.executable} -m desktop_app --data-dir {data} due --at 2030-01-01 --json | head -c 10"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True,
                            env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == "[\n  {\n    "


def test_a_withdrawn_interview_is_not_due(tmp_path: Path, run: Run, known_file: Path) -> None:
    doc = json.loads(known_file.read_text(encoding="utf-8"))
    doc["interviews"][1]["status"] = "withdrawn"  # i-early
    path = tmp_path / "withdrawn.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    data = tmp_path / "withdrawn-data"
    ok(run("--data-dir", data, "import", path))
    items = json.loads(ok(run("--data-dir", data, "due", "--json", "--at", "2026-03-09T00:00:00+00:00")).stdout)
    assert {i["interview"] for i in items} == {"i-late"}


def test_a_file_with_a_byte_order_mark_imports(tmp_path: Path, run: Run, known_file: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + known_file.read_bytes())
    assert ok(run("--data-dir", tmp_path / "bom-data", "import", path)).stdout.startswith("Imported 2 interviews")


def test_deeply_nested_json_is_refused_in_one_line(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = run("--data-dir", tmp_path / "deep-data", "import", path)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "not a Finish Strong export" in result.stderr or "not valid JSON" in result.stderr


def test_export_to_a_missing_folder_creates_nothing(tmp_path: Path, run: Run) -> None:
    data = tmp_path / "never-created"
    result = run("--data-dir", data, "export", tmp_path / "no" / "such" / "x.json")
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not data.exists()
