"""“Open with Finish Strong”: the desktop entry takes .ics files, and a running instance shows the import.

A real second process (`python -m desktop_app --data-dir D invite.ics`, as the desktop launches
`Exec=finish-strong %F`) finds the data folder locked and hands the file over the single-instance
socket; the running window opens the import confirmation for it.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from desktop_app import APP_ID
from desktop_app.__main__ import build_parser, split_files
from desktop_app.ui.app.application import on_second_start, open_args
from desktop_app.ui.app.single_instance import ActivationServer, InstanceLock
from desktop_app.ui.main.import_dialog import ImportDialog

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "ics"


def test_the_desktop_entry_opens_calendar_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(REPO / "packaging" / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert "text/calendar" in desktop["MimeType"].split(";")
    assert desktop["Exec"].split() == ["finish-strong", "%F"]
    validate = subprocess.run(["desktop-file-validate", str(REPO / "packaging" / "linux" / f"{APP_ID}.desktop")],
                              capture_output=True, text=True, check=False)
    assert validate.returncode == 0, validate.stdout + validate.stderr


def test_files_on_the_command_line_are_told_from_commands() -> None:
    commands = {"export", "import", "due", "demo", "diagnose", "recover"}
    assert split_files(["/tmp/a.ics", "/tmp/b c.ics"], commands) == ([], ["/tmp/a.ics", "/tmp/b c.ics"])
    assert split_files(["--data-dir", "D", "x.ics", "--minimized"], commands) == (
        ["--data-dir", "D", "--minimized"], ["x.ics"])
    assert split_files(["--data-dir", "import", "import", "f.ics"], commands) == (
        ["--data-dir", "import", "import", "f.ics"], [])  # a command keeps its own arguments
    assert split_files(["--minimized"], commands) == (["--minimized"], [])
    assert split_files(["frobnicate"], commands) == (["frobnicate"], [])  # a typo stays argparse's to name
    parser = build_parser()
    assert parser.parse_args(split_files(["--data-dir", "D", "x.ics"], commands)[0]).command is None


def test_a_second_start_with_a_file_shows_the_import_in_the_running_window(
        qtbot, make_window, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    lock = InstanceLock(data_dir)
    assert lock.acquire()  # this test process is the running instance
    server = ActivationServer(data_dir, lambda args: on_second_start(window, args), window)
    assert server.listen()
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
        second = subprocess.Popen([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir),
                                   "google-calendar.ics"], cwd=DATA, env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: isinstance(window.dialogs.active, ImportDialog), timeout=30_000)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert err == "finish-strong: already running; the invitation was passed to it.\n"
        dialog = window.dialogs.active
        assert dialog.isVisible()
        dialog.reject()
    finally:
        server.close()
        lock.release()


def test_a_missing_file_is_said_in_the_window(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    on_second_start(window, open_args([str(tmp_path / "gone <b>.ics")]))
    box = window.dialogs.active
    assert box is not None and "gone <b>.ics" in box.text() and "Cannot import" in box.windowTitle()
    box.reject()


def test_a_first_start_with_a_file_shows_its_import(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", "tests.gui.open_with_child", str(tmp_path / "data"),
                             str(DATA / "several-events.ics")], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "import: Import invitation / " in result.stdout
