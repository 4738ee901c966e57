"""A change made by another process (the CLI) reaches the running window, tray and reminders.

A real second process writes: `python -m desktop_app import INVITATION.ics` on the same data folder.
The fake clock says when "now" is; the test waits with a generous timeout, never for a set time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.paths import database_path
from desktop_app.store.interviews import save_interview
from desktop_app.ui.app.change_watcher import ChangeWatcher
from desktop_app.ui.reminders.reminder_controller import ReminderController
from desktop_app.ui.reminders.tray import TrayIcon

from .conftest import sample_interview

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2030, 5, 6, 10, 0, tzinfo=UTC)


def invitation(start: datetime, end: datetime, company_domain: str = "hooli.example") -> str:
    stamp = "%Y%m%dT%H%M%SZ"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:external-change-1@test.example", f"DTSTAMP:{start.strftime(stamp)}",
        f"DTSTART:{start.strftime(stamp)}", f"DTEND:{end.strftime(stamp)}",
        "SUMMARY:Interview: Site Reliability Engineer – Hooli",
        f"ORGANIZER;CN=Gavin Belson:mailto:gavin@{company_domain}",
        f"ATTENDEE;CN=Gavin Belson;ROLE=REQ-PARTICIPANT:mailto:gavin@{company_domain}",
        "END:VEVENT", "END:VCALENDAR", "",
    ])


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen: a tray icon with no tray to dock in
def test_a_cli_import_rearms_reminders_and_refreshes_window_and_tray(qtbot, make_window, clock, data_dir: Path,
                                                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock.now = NOW
    window = make_window()
    window.calendar.setCurrentPage(NOW.year, NOW.month)
    controller = ReminderController(window.reminder_host, clock, use_tray=False, prefer_dbus=False)
    controller.tray = TrayIcon(controller)  # offscreen has no system tray; the icon's state is still kept
    window.reminders = controller
    controller.start()
    assert controller.scheduler.armed_for is None and controller.tray.toolTip().endswith("nothing due")
    watcher = ChangeWatcher(database_path(data_dir), window)
    watcher.changed_elsewhere.connect(window.events.data_changed.emit)
    watcher.start()

    end = NOW + timedelta(minutes=2)  # the invitation ends in 2 minutes: its notes reminder is then
    file = tmp_path / "invite.ics"
    file.write_text(invitation(end - timedelta(minutes=45), end), encoding="utf-8")
    result = cli(data_dir, "import", str(file))
    assert result.returncode == 0, result.stderr

    qtbot.waitUntil(lambda: controller.scheduler.armed_for == end, timeout=20_000)
    assert controller.scheduler.timer.isActive() and controller.scheduler.timer.interval() == 120_000
    day = end.astimezone().date()
    qtbot.waitUntil(lambda: any(e.company == "Hooli" for e in window.calendar.entries_on(day)), timeout=20_000)
    assert "follow-up" in controller.tray.toolTip() and "nothing due" not in controller.tray.toolTip()
    controller.stop()
    watcher.stop()


def test_the_apps_own_writes_are_not_taken_for_changes_elsewhere(qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    watcher = ChangeWatcher(database_path(data_dir), window)
    seen: list[bool] = []
    watcher.changed_elsewhere.connect(lambda: seen.append(True))
    watcher.start()
    save_interview(sample_interview(clock.now, company="Written Here Ltd"))
    watcher.check()
    assert seen == []
    result = cli(data_dir, "demo", "--interviews", "1")  # another process writes
    assert result.returncode == 0, result.stderr
    watcher.check()
    assert seen == [True]
    watcher.stop()
