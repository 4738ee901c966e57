"""The command line's rarer messages in the user's language: the salvage summary (`recover`), a JSON import's
format checks, an invitation's per-event lines and notes, `settings set` refusals, sync and mail check failures.

Each group is run under the pseudo-language (every translated text wrapped as [!! … !!]; whatever is left
was never offered to a translator) and once in German as a person would see it. domain/ and store/ return
these as English templates with values (domain/words.py); the CLI words them (ui/shared/errors.py).
"""
# ruff: noqa: F811 — test_cli's fixtures are imported so pytest finds them, then taken as parameters

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from tests.gui.pseudo_translation import left_untranslated
from tests.local_servers import free_port

from .test_cli import KNOWN, Run, known_file, run, write  # noqa: F401

GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
REPO = Path(__file__).resolve().parents[2]


def _missing_start() -> str:
    doc = json.loads(json.dumps(KNOWN))
    del doc["interviews"][0]["start"]
    return json.dumps(doc)


def test_the_rarer_messages_are_all_offered_to_translators(
        pseudo: None, tmp_path: Path, known_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    main(["--data-dir", str(data), "import", str(known_file)])
    shutil.copyfile(data / "finish-strong.sqlite3", tmp_path / "copy.sqlite3")
    capsys.readouterr()
    commands = [
        ["recover", str(tmp_path / "copy.sqlite3"), str(tmp_path / "out.sqlite3"), "--no-backup"],
        ["import", str(write(tmp_path / "bad.json", _missing_start()))],
        ["import", str(write(tmp_path / "long.json", json.dumps({**KNOWN, "settings": {"tray_hint_shown": 3}})))],
        ["import", str(ICS / "custom-zone.ics")],
        ["import", str(ICS / "all-day.ics")],
        ["import", str(ICS / "recurring.ics")],
        ["import", str(ICS / "truncated.ics")],
        ["settings", "set", "smtp.port", "Zqport"],
        ["settings", "set", "zq.nothing", "1"],
        ["settings", "set", "plan.email_remind_minutes", "20000"],
        ["sync"],
        ["sync", "--find"],
        ["mail", "check"],
    ]
    found = []
    for args in commands:
        main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        assert out + err, args
        for line in (out + err).splitlines():
            rest = left_untranslated(line.removeprefix("finish-strong: "), [
                str(tmp_path), "Zqport", "zq.nothing", "smtp.port", "plan.email_remind_minutes", "caldav.url",
                "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Nov", "Dec", "Jan", "Feb", "Mar",
                "(configuration)"])  # a mail failure's kind is printed as it is, like --json has it
            if rest and not _invitation_data(rest):
                found.append((args, line))
    assert not found, f"not offered to translators: {found}"


def _invitation_data(rest: str) -> bool:
    """What the invitations themselves say (companies, roles, names, zones) is data, not the app's words."""
    words = {w.strip("(),.—–:;“”\"'") for w in rest.split()}
    return all(not w or w in INVITATION_WORDS or "/" in w or "@" in w or any(c.isdigit() for c in w)
               for w in words)


#: The test invitations' own words (summaries, attendees, zone names) that appear in the lines as values.
INVITATION_WORDS = {"Hooli", "Campus", "Time", "Mountain", "Interview", "Initech", "Onsite", "Globex", "Acme",
                    "Umbrella", "Corp", "Dana", "Reyes", "Monica", "Hall", "Richard", "Hendricks", "Gavin", "Belson",
                    "Jared", "Dunn", "Engineer", "Manager", "Product", "Designer", "Site", "Reliability", "SRE",
                    "Hiring", "round", "Round", "Final", "Technical", "Screen", "call", "Call", "Team", "chat"}


def test_the_salvage_summary_speaks_german(run: Run, known_file: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("--data-dir", data, "import", known_file).returncode == 0
    shutil.copyfile(data / "finish-strong.sqlite3", tmp_path / "copy.sqlite3")
    result = run("--data-dir", data, "recover", tmp_path / "copy.sqlite3", tmp_path / "out.sqlite3", "--no-backup",
                 env=GERMAN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Aus {tmp_path / 'copy.sqlite3'} gerettet: 2 Gespräche und 5 Folgeschritte."
    assert "  Gespräche: 2 gerettet, 0 unlesbar, 0 aus der Sicherung" in lines


def test_import_format_checks_settings_refusals_and_sync_speak_german(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "d"
    bad = run("--data-dir", data, "import", write(tmp_path / "bad.json", _missing_start()), env=GERMAN)
    assert bad.returncode == 1 and "Gespräch 1: „start“ fehlt." in bad.stderr
    refused = run("--data-dir", data, "settings", "set", "smtp.port", "many", env=GERMAN)
    assert refused.stderr == "finish-strong: smtp.port nimmt eine ganze Zahl von 1 bis 65535\n"
    unknown = run("--data-dir", data, "settings", "set", "smtp.colour", "red", env=GERMAN)
    assert "es gibt keine Einstellung „smtp.colour“" in unknown.stderr
    plan = run("--data-dir", data, "settings", "set", "plan.email_remind_minutes", "20000", env=GERMAN)
    assert "plan.email_remind_minutes nicht geändert: Die Erinnerung an die Dankes-E-Mail kommt erst nach ihrer " \
           "Frist." in plan.stderr
    sync = run("--data-dir", data, "sync", env=GERMAN)
    assert sync.returncode == 1
    assert sync.stderr.startswith("finish-strong: Synchronisierung fehlgeschlagen (nicht eingerichtet): Die "
                                  "Synchronisierung ist nicht eingerichtet")
    assert json.loads(run("--data-dir", data, "sync", "--json", env=GERMAN).stdout)["error"]["kind"] == \
        "configuration"  # JSON stays English in every language


def test_a_refused_imap_connection_speaks_german_and_stays_english_in_json_kind(run: Run, tmp_path: Path) -> None:
    """`mail check` against a closed port on this computer: the German sentence names host and port; the kind stays
    English (as --json and scripts read it) and the English line is the one it always was."""
    data = tmp_path / "d"
    port = free_port()  # bound, then closed again: nothing listens there
    for key, value in (("imap.host", "127.0.0.1"), ("imap.port", str(port)), ("imap.use_smtp_login", "false"),
                       ("imap.user", "dana")):
        assert run("--data-dir", data, "settings", "set", key, value).returncode == 0
    keyring = {"PYTHON_KEYRING_BACKEND": "tests.fixed_keyring.Keyring"}  # a stored password, so it connects
    german = run("--data-dir", data, "mail", "check", env={**GERMAN, **keyring})
    assert german.returncode == 1
    assert german.stderr == (f"finish-strong: Mail-Prüfung fehlgeschlagen (unreachable): Unter 127.0.0.1:{port} "
                             "antwortet nichts (Verbindung abgelehnt). Prüfen Sie Servername und Port.\n")
    english = run("--data-dir", data, "mail", "check", env={"LANGUAGE": "en", **keyring})
    assert english.stderr == (f"finish-strong: mail check failed (unreachable): Nothing answers at 127.0.0.1:{port} "
                              "(connection refused). Check the server name and port.\n")


def test_an_invitations_lines_and_notes_speak_german(run: Run, tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path / "d", "import", ICS / "custom-zone.ics", env=GERMAN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Hinzugefügt: ")
    assert "Die eigene Zeitzone der Einladung „Hooli Campus Time“ wird als" in result.stdout
    again = run("--data-dir", tmp_path / "d", "import", ICS / "custom-zone.ics", env=GERMAN)
    assert "übersprungen: es ist bereits aktuell." in again.stdout


def test_store_errors_sync_and_mail_failures_keep_their_template() -> None:
    """A message built as a finished English sentence could not be translated: store/ and sync/ raise
    ImportFormatError only through .worded(TEMPLATE, …) and SyncError with Words or a kind that says it all;
    mail/ raises MailError and SendError only with Words (mail/errors.py `words`)."""
    plain = []
    for path in [*(REPO / "desktop_app" / "store").glob("*.py"), *(REPO / "desktop_app" / "sync").glob("*.py"),
                 *(REPO / "desktop_app" / "mail").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("ImportFormatError", "SettingError",
                                                                                "MailError", "SendError", "error"):
                if node.args and isinstance(node.args[0], ast.JoinedStr | ast.Constant):
                    plain.append(f"{path.name}:{node.lineno}")
    assert plain == []


def test_in_english_these_messages_load_no_qt(tmp_path: Path) -> None:
    """The English command line prints the templates as they are: sync failures, refusals, invitation notes and the
    salvage summary are worded without QtCore (another language loads it for its translators)."""
    import os
    import subprocess
    import sys

    data = tmp_path / "d"
    code = (
        "import shutil, sys\n"
        "from desktop_app.__main__ import main\n"
        f"d = {str(data)!r}\n"
        "main(['--data-dir', d, 'sync'])\n"
        "main(['--data-dir', d, 'settings', 'set', 'smtp.port', 'x'])\n"
        "main(['--data-dir', d, 'mail', 'check'])\n"
        f"main(['--data-dir', d, 'import', {str(ICS / 'custom-zone.ics')!r}])\n"
        f"shutil.copyfile(d + '/finish-strong.sqlite3', {str(tmp_path / 'copy.sqlite3')!r})\n"
        f"main(['--data-dir', d, 'recover', {str(tmp_path / 'copy.sqlite3')!r}, {str(tmp_path / 'o.sqlite3')!r}, "
        "'--no-backup'])\n"
        "print('QT-IMPORTED' if any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules) else 'NO-QT')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60,
                            check=False, encoding="utf-8",
                            env={**os.environ, "LANGUAGE": "en", "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"})
    assert "Sync is not set up" in result.stderr and "smtp.port takes a whole number" in result.stderr
    assert "mail check failed (configuration): No IMAP account is set up" in result.stderr
    assert "Recovered 2 interviews" in result.stdout and "kept as Asia/Colombo" in result.stdout
    assert result.stdout.splitlines()[-1] == "NO-QT"
