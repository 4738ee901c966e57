"""Reminders reach the user on a real desktop: Xvfb, a D-Bus session bus, dunst and a tray.

The app runs as a child process, exactly as a user starts it, against a data folder the
test prepares through the store. What the user would notice is checked where it shows:
the notification server's incoming calls (dbus-monitor), actions chosen in dunst's own
menu, the database after an action, and the X server's window tree for the tray icon.
Menu and tooltip texts cannot be read from outside, so a small script starts the real
GUI in a child process and prints them.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app import APP_ID
from desktop_app.crash_log import LOG_NAME
from desktop_app.domain.model import Interview, Person
from desktop_app.domain.plan import PlanRules
from desktop_app.paths import backups_dir, database_path, ui_state_path
from desktop_app.store.database import close_database, open_database
from desktop_app.store.interviews import save_interview
from desktop_app.store.settings_store import save_rules

from .conftest import X11, NotificationLog, NotificationServer, wait_until

pytestmark = pytest.mark.integration

NAME = "Dana Reyes"
OTHER = "Sam Okafor"
COMPANY = "Initech"
ROLE = "Staff Engineer"
THANK_YOU = f"Send your thank-you e-mail to {NAME}"
NOTES = f"Write your notes on the {COMPANY} interview"
STILL_RUNNING = "Finish Strong is still running"
ACTIONS = [("open", "Open"), ("snooze_hour", "Snooze 1 hour"), ("snooze_tomorrow", "Tomorrow 9:00"), ("done", "Done")]
#: Notes and thank-you e-mail both remind when the interview ends; the handwritten note 2 h later.
REMIND_AT_THE_END = PlanRules(notes_remind_minutes=0, email_remind_minutes=0)
#: Seconds from now to the reminder: long enough that the app is usually up before it.
LEAD = 3


# --------------------------------------------------------------------------------------- data
def interview(company: str, end: datetime, *people: str) -> Interview:
    return Interview(company, ROLE, end - timedelta(hours=1), end, "UTC",
                     interviewers=[Person(name, email=f"{name.split()[0].lower()}@example.com") for name in people])


def prepare(data: Path, *interviews: Interview, rules: PlanRules | None = None) -> None:
    """Write interviews (and plan rules) through the store, as the app would, then let go of the file."""
    data.mkdir(mode=0o700, exist_ok=True)
    open_database(database_path(data), backups_dir(data))
    try:
        if rules is not None:
            save_rules(rules)
        for item in interviews:
            save_interview(item)
    finally:
        close_database()


@dataclass
class FollowUpRow:
    id: int
    step: str
    company: str
    person: str | None
    alert_at: datetime | None
    done_at: datetime | None


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def follow_ups(data: Path) -> list[FollowUpRow]:
    """The follow-ups as stored right now (read-only: the app may be running)."""
    uri = f"{database_path(data).as_uri()}?mode=ro"
    with sqlite3.connect(uri, uri=True, timeout=5) as connection:
        rows = connection.execute(
            "SELECT f.id, f.step, i.company, p.name, f.alert_at, f.done_at FROM follow_up f "
            "JOIN interview i ON i.id = f.interview_id LEFT JOIN person p ON p.id = f.person_id ORDER BY f.id"
        ).fetchall()
    connection.close()
    return [FollowUpRow(fid, step, company, person, _time(alert), _time(done))
            for fid, step, company, person, alert, done in rows]


def follow_up(data: Path, step: str, person: str | None = None) -> FollowUpRow:
    matches = [r for r in follow_ups(data) if r.step == step and (person is None or r.person == person)]
    assert len(matches) == 1, matches
    return matches[0]


def in_a_few_seconds() -> datetime:
    """A reminder time LEAD seconds from now, in whole seconds as the store keeps it."""
    return (datetime.now(UTC) + timedelta(seconds=LEAD)).replace(microsecond=0)


def in_an_hour() -> datetime:
    return (datetime.now(UTC) + timedelta(hours=1)).replace(microsecond=0)


def alerts_once_running(data: Path) -> datetime:
    """Once the app is up (its first backup logged, so it watches the file), move the notes and
    thank-you alerts to a few seconds from now, as another program would write them.

    Everything already due at start-up is one summary, so alerts that must arrive one by one
    fall due only after the start, however slow it was; the app notices the outside write.
    """
    log = data / "logs" / LOG_NAME
    wait_until(lambda: log.exists() and "daily backup taken" in log.read_text(encoding="utf-8"), 60,
               "the app to finish starting")
    at = in_a_few_seconds()
    with sqlite3.connect(database_path(data), timeout=10) as connection:
        connection.execute("UPDATE follow_up SET alert_at = ? WHERE step IN ('notes', 'thank_you_email') "
                           "AND done_at IS NULL", (at.strftime("%Y-%m-%d %H:%M:%S"),))
    connection.close()
    return at


# --------------------------------------------------------------------------------------- the app
class App:
    """The real app in a child process, started as a user starts it."""

    def __init__(self, env: dict[str, str], data: Path, args: tuple[str, ...], log: Path) -> None:
        self.log = log
        with log.open("wb") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args],
                env=env, stdout=subprocess.DEVNULL, stderr=sink,
            )
        self.pid = self.process.pid

    @property
    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self, timeout: float = 30) -> int:
        return self.process.wait(timeout=timeout)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def launch(session_env: dict[str, str], data: Path, tmp_path: Path) -> Iterator[Callable[..., App]]:
    """Start the app (any number of times); every instance is stopped at teardown."""
    apps: list[App] = []

    def start(*args: str, data_dir: Path = data) -> App:
        app = App(session_env, data_dir, args, tmp_path / f"app-{len(apps) + 1}.stderr")
        apps.append(app)
        return app

    try:
        yield start
    finally:
        for app in apps:
            app.stop()


def dunst_displayed(env: dict[str, str]) -> int:
    result = subprocess.run(["dunstctl", "count", "displayed"], env=env, capture_output=True, text=True, timeout=10)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


# --------------------------------------------------------------------------------------- X windows
@dataclass
class Window:
    id: int
    name: str
    width: int
    height: int
    depth: int  # 1: a top-level window (child of the root)
    parents: tuple[int, ...]


_TREE_LINE = re.compile(r'^(\s+)(0x[0-9a-f]+) (?:"(.*)"|\(has no name\)):.*?\s(\d+)x(\d+)[+-]')


def _x_env(display: str) -> dict[str, str]:
    # A UTF-8 locale, or xwininfo cannot print titles such as "Quit Finish Strong? — Finish Strong".
    return {"DISPLAY": display, "PATH": os.environ.get("PATH", os.defpath), "LC_ALL": "C.UTF-8"}


def window_tree(display: str) -> list[Window]:
    """Every window on the X server (xwininfo -root -tree), with its ancestors."""
    # Not checked: a window that vanishes while xwininfo walks the tree makes it fail part-way;
    # callers poll, so a partial tree only means one more round.
    out = subprocess.run(["xwininfo", "-root", "-tree"], env=_x_env(display), capture_output=True,
                         text=True, timeout=10).stdout
    windows: list[Window] = []
    stack: list[tuple[int, int]] = []  # (indent, id)
    for line in out.splitlines():
        match = _TREE_LINE.match(line)
        if not match:
            continue
        indent = len(match.group(1))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        window = Window(int(match.group(2), 16), match.group(3) or "", int(match.group(4)), int(match.group(5)),
                        len(stack) + 1, tuple(w for _, w in stack))
        windows.append(window)
        stack.append((indent, window.id))
    return windows


def xprop(display: str, window: int, *names: str) -> str:
    return subprocess.run(["xprop", "-id", hex(window), "-notype", *names], env=_x_env(display),
                          capture_output=True, text=True, timeout=10).stdout


def window_pid(display: str, window: int) -> int | None:
    match = re.search(r"_NET_WM_PID = (\d+)", xprop(display, window, "_NET_WM_PID"))
    return int(match.group(1)) if match else None


def is_viewable(display: str, window: int) -> bool:
    out = subprocess.run(["xwininfo", "-id", hex(window)], env=_x_env(display), capture_output=True,
                         text=True, timeout=10).stdout
    return "Map State: IsViewable" in out


def tray_icons(display: str, pid: int) -> list[Window]:
    """Windows of process `pid` embedded in trayer's panel: its tray icons."""
    windows = window_tree(display)
    panels = {w.id for w in windows if w.name == "panel"}
    return [w for w in windows if panels & set(w.parents) and window_pid(display, w.id) == pid]


def top_level_windows(display: str, pid: int) -> list[Window]:
    return [w for w in window_tree(display) if w.depth == 1 and window_pid(display, w.id) == pid]


def main_window(display: str, pid: int) -> Window | None:
    """The app's main window once it is mapped (the only big top-level window it has)."""
    return next((w for w in top_level_windows(display, pid)
                 if w.width > 300 and w.height > 200 and is_viewable(display, w.id)), None)


def popups(display: str, pid: int) -> list[Window]:
    """Tooltip-type windows the app shows, such as a tray icon's message balloon."""
    return [w for w in top_level_windows(display, pid)
            if "_NET_WM_WINDOW_TYPE_TOOLTIP" in xprop(display, w.id, "_NET_WM_WINDOW_TYPE")
            and is_viewable(display, w.id)]


# --------------------------------------------------------------------------------------- in-process probe
#: Starts the real GUI (run_gui) and, once reminders are wired and the tray icon embedded,
#: prints what only the process itself can see: the notifier in use, tooltip, menu, banner.
PROBE = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from desktop_app.ui.app.application import FinishStrongApp, run_gui

app = FinishStrongApp(["finish-strong"])
deadline = time.monotonic() + 15
settle = []

def texts(menu):
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out.append({action.text(): texts(action.menu())})
        elif action.isSeparator():
            out.append(f"[{action.text()}]" if action.text() else "-")
        else:
            out.append(action.text() if action.isEnabled() else f"({action.text()})")
    return out

def probe():
    window = next((w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
    controller = getattr(window, "reminders", None)
    tray = getattr(controller, "tray", None)
    ready = controller is not None and (tray is None or not tray.geometry().isEmpty())
    if ready and not settle:
        settle.append(time.monotonic())  # let queued notifications and paints happen first
    if (not ready or time.monotonic() - settle[0] < 0.5) and time.monotonic() < deadline:
        QTimer.singleShot(50, probe)
        return
    balloons = [w for w in app.topLevelWidgets() if w.metaObject().className() == "QBalloonTip" and w.isVisible()]
    report = {
        "ready": ready,
        "notifier": controller.notifier_name if controller else None,
        "tray_available": QSystemTrayIcon.isSystemTrayAvailable(),
        "tray": None if tray is None else {
            "visible": tray.isVisible(), "embedded": not tray.geometry().isEmpty(),
            "tooltip": tray.toolTip(), "menu": texts(tray.contextMenu()),
        },
        "banner": window.banner.text.text() if window is not None and window.banner.isVisible() else None,
        "balloon": len(balloons),
        "quit_on_last_window_closed": app.quitOnLastWindowClosed(),
    }
    print("REPORT " + json.dumps(report), flush=True)
    QApplication.exit(0)

QTimer.singleShot(0, probe)
sys.exit(run_gui(sys.argv[1]))
"""


def probe(env: dict[str, str], data: Path) -> dict:  # type: ignore[type-arg]
    result = subprocess.run([sys.executable, "-c", PROBE, str(data)], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt warnings, no tracebacks
    line = next((x for x in result.stdout.splitlines() if x.startswith("REPORT ")), None)
    assert line is not None, result.stdout
    report = json.loads(line.removeprefix("REPORT "))
    assert report["ready"], report
    return report  # type: ignore[no-any-return]


# ======================================================================================= tests
def test_a_due_follow_up_reaches_the_notification_server_with_its_actions(
        notification_server: NotificationServer, notification_log: NotificationLog, launch, data: Path,
        session_env: dict[str, str]) -> None:
    end = in_an_hour()
    prepare(data, interview(COMPANY, end, NAME), rules=REMIND_AT_THE_END)
    app = launch()
    at = alerts_once_running(data)

    thank_you = notification_log.wait_for_notification(THANK_YOU)
    notes = notification_log.wait_for_notification(NOTES)
    for shown in (thank_you, notes):
        assert shown.app_name == "Finish Strong"
        assert shown.body.startswith(f"{COMPANY}, {ROLE} · due "), shown.body
        assert shown.actions == ACTIONS
        assert shown.hints.get("desktop-entry") == APP_ID
        assert shown.replaces_id == 0
        assert shown.time >= at.timestamp()  # not before its reminder time...
        assert shown.time < at.timestamp() + 15  # ...and not long after it
    # The handwritten note reminds two hours after the end: nothing else was sent.
    assert sorted(n.summary for n in notification_log.notifications()) == [THANK_YOU, NOTES]
    # dunst shows both, and nothing is due again: the alerts were used up, the steps stay open.
    wait_until(lambda: dunst_displayed(session_env) == 2, 5, "dunst to display both notifications")
    for step in ("notes", "thank_you_email"):
        row = follow_up(data, step)
        assert row.alert_at is None and row.done_at is None, row
    assert follow_up(data, "handwritten_note").alert_at == end + timedelta(hours=2)
    assert app.running(), app.stderr
    assert app.stderr == ""


def test_done_and_snooze_chosen_on_the_notification_change_the_database(
        notification_server: NotificationServer, notification_log: NotificationLog, launch, data: Path,
        session_env: dict[str, str]) -> None:
    end = in_an_hour()
    prepare(data, interview(COMPANY, end, NAME), rules=REMIND_AT_THE_END)
    app = launch()
    alerts_once_running(data)
    thank_you = notification_log.wait_for_notification(THANK_YOU)
    notification_log.wait_for_notification(NOTES)

    notification_server.invoke("Done", THANK_YOU)
    done = wait_until(lambda: follow_up(data, "thank_you_email").done_at, 10,
                      "the thank-you e-mail to be marked done")
    assert abs((done - datetime.now(UTC)).total_seconds()) < 30
    assert follow_up(data, "thank_you_email").alert_at is None
    # The server told the app (the connection that sent Notify), and nobody else.
    invoked = [m for m in notification_log.calls("ActionInvoked") if m.args[1] == "done"]
    assert invoked and {m.destination for m in invoked} == {thank_you.sender}

    # Done takes the notification off the screen: dunst's menu no longer offers it.
    wait_until(lambda: dunst_displayed(session_env) == 1, 5, "the done notification to be withdrawn")

    before = datetime.now(UTC).replace(microsecond=0)
    notification_server.invoke("Snooze 1 hour", NOTES)
    assert THANK_YOU not in notification_server.offered()
    alert = wait_until(lambda: follow_up(data, "notes").alert_at, 10, "the notes reminder to be snoozed")
    after = datetime.now(UTC)
    assert before + timedelta(hours=1) <= alert <= after + timedelta(hours=1), (before, alert, after)
    assert follow_up(data, "notes").done_at is None  # snoozed, still to do
    # Neither action touched the other steps.
    card = follow_up(data, "handwritten_note")
    assert card.done_at is None and card.alert_at == end + timedelta(hours=2)
    assert app.running(), app.stderr
    assert app.stderr == ""


def test_follow_ups_missed_while_closed_are_one_summary_and_never_shown_twice(
        notification_server: NotificationServer, notification_log: NotificationLog, launch, data: Path) -> None:
    # Ended five hours ago: notes, two thank-you e-mails and two handwritten notes all came due since.
    ended = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5)
    prepare(data, interview(COMPANY, ended, NAME, OTHER))
    assert len(follow_ups(data)) == 5

    first = launch()
    summary = notification_log.wait_for_notification("5 follow-ups came due while Finish Strong was closed")
    assert summary.app_name == "Finish Strong"
    assert summary.body == f"{NOTES}, {THANK_YOU} and 3 more."
    assert summary.actions == [("open", "Open")]
    wait_until(lambda: all(r.alert_at is None for r in follow_ups(data)), 5, "the missed alerts to be used up")
    assert all(r.done_at is None for r in follow_ups(data))  # shown, not done
    first.stop()
    assert first.stderr == ""
    assert [n.summary for n in notification_log.notifications()] == [summary.summary]  # one, not five

    # A new interview whose notes are due in a moment: the restarted app must show that one only.
    end = in_a_few_seconds()
    prepare(data, interview("Globex", end))
    second = launch()
    globex = notification_log.wait_for_notification("Write your notes on the Globex interview")
    assert globex.sender != summary.sender
    assert [n.summary for n in notification_log.notifications() if n.sender == globex.sender] == [globex.summary]
    assert [n.summary for n in notification_log.notifications() if n.sender == summary.sender] == [summary.summary]
    assert second.running(), second.stderr
    assert second.stderr == ""


def test_the_tray_icon_is_embedded_and_closing_the_window_keeps_the_app_in_the_tray(
        system_tray, notification_server: NotificationServer, notification_log: NotificationLog, x11: X11,
        launch, data: Path, x_display: str) -> None:
    end = in_an_hour()
    prepare(data, interview(COMPANY, end, NAME), rules=REMIND_AT_THE_END)
    app = launch()
    icons = wait_until(lambda: tray_icons(x_display, app.pid), 15, "the app's icon in the system tray")
    assert len(icons) == 1
    window = wait_until(lambda: main_window(x_display, app.pid), 15, "the main window")

    x11.close_window(window.id)  # what the window's close button does
    wait_until(lambda: not is_viewable(x_display, window.id), 5, "the main window to close")
    hint = notification_log.wait_for_notification(STILL_RUNNING)  # the first time, it says where it went
    assert "tray" in hint.body
    assert app.running(), app.stderr
    assert [w.id for w in tray_icons(x_display, app.pid)] == [icons[0].id]

    # With the window closed, the reminder still comes, and its Open action brings the window back.
    alerts_once_running(data)
    notification_log.wait_for_notification(THANK_YOU)
    notification_server.invoke("Open", THANK_YOU)
    wait_until(lambda: is_viewable(x_display, window.id), 10, "Open to bring the main window back")
    assert follow_up(data, "thank_you_email").done_at is None  # opened, not done
    assert app.running() and app.stderr == ""


def test_the_tray_menu_and_tooltip_list_what_is_due(
        system_tray, notification_server: NotificationServer, data: Path, session_env: dict[str, str]) -> None:
    # Ended 30 hours ago: notes, thank-you e-mail and handwritten note are all overdue (so due today).
    prepare(data, interview(COMPANY, datetime.now(UTC) - timedelta(hours=30), NAME))
    report = probe(session_env, data)
    assert report["notifier"] == "Desktop notifications (D-Bus)"
    assert report["tray_available"]
    tray = report["tray"]
    assert tray["visible"] and tray["embedded"]
    assert tray["tooltip"] == "Finish Strong: 3 follow-ups due"
    menu = tray["menu"]
    assert menu[0] == "Open Finish Strong"
    assert "[Due today]" in menu
    due = menu[menu.index("[Due today]") + 1:menu.index("[Due today]") + 4]
    assert [entry.split(" (")[0] for entry in due] == [
        NOTES, THANK_YOU, f"Print the card draft for {NAME}, then mail it"]
    assert all(entry.endswith(")") for entry in due)  # each with its due time
    assert "Snooze all for 1 hour" in menu
    assert {"Pause reminders": ["For 1 hour", "Until tomorrow 9:00", "Until…"]} in menu
    assert menu[-1] == "Quit"
    assert not report["quit_on_last_window_closed"]  # closing the window leaves the app in the tray


def test_without_a_notification_server_reminders_fall_back_to_tray_messages(
        system_tray, session_env: dict[str, str], launch, data: Path, x_display: str) -> None:
    prepare(data, interview(COMPANY, in_a_few_seconds(), NAME), rules=REMIND_AT_THE_END)
    app = launch()
    wait_until(lambda: tray_icons(x_display, app.pid), 15, "the app's icon in the system tray")
    # The reminder shows as the tray icon's message balloon on the X server.
    wait_until(lambda: popups(x_display, app.pid), 15, "a tray message balloon")
    assert app.running() and app.stderr == ""
    app.stop()
    assert all(r.alert_at is None for r in follow_ups(data) if r.step != "handwritten_note")

    # The smoke start used by packaging: clean exit, not a word on stderr.
    smoke = launch("--quit-after-startup")
    assert smoke.wait() == 0, smoke.stderr
    assert smoke.stderr == ""


def test_without_a_notification_server_or_tray_reminders_show_in_the_window(
        session_env: dict[str, str], launch, data: Path) -> None:
    prepare(data, interview(COMPANY, datetime.now(UTC) - timedelta(hours=5), NAME))
    smoke = launch("--quit-after-startup")
    assert smoke.wait() == 0, smoke.stderr
    assert smoke.stderr == ""
    # quit-after-startup ran the catch-up: start over with fresh alerts for the probe.
    prepare(data, interview("Globex", datetime.now(UTC) - timedelta(hours=5), NAME))
    report = probe(session_env, data)
    assert report["notifier"] == "In-app banner"
    assert not report["tray_available"] and report["tray"] is None
    assert report["banner"] is not None
    assert report["banner"].startswith("3 follow-ups came due while Finish Strong was closed\n")
    assert report["quit_on_last_window_closed"]


def test_follow_ups_missed_while_closed_show_as_a_tray_message_without_a_notification_server(
        system_tray, launch, data: Path, x_display: str) -> None:
    prepare(data, interview(COMPANY, datetime.now(UTC) - timedelta(hours=5), NAME))
    app = launch()
    wait_until(lambda: tray_icons(x_display, app.pid), 15, "the app's icon in the system tray")
    wait_until(lambda: popups(x_display, app.pid), 3, "a tray message balloon with the catch-up summary")


def test_without_a_tray_closing_the_window_warns_while_reminders_are_pending(
        session_env: dict[str, str], x11: X11, launch, data: Path, tmp_path: Path, x_display: str) -> None:
    prepare(data, interview(COMPANY, datetime.now(UTC) + timedelta(days=3), NAME))
    app = launch()
    window = wait_until(lambda: main_window(x_display, app.pid), 15, "the main window")
    x11.close_window(window.id)

    def warning() -> Window | None:
        return next((w for w in top_level_windows(x_display, app.pid)
                     if w.name.startswith("Quit Finish Strong?") and is_viewable(x_display, w.id)), None)

    dialog = wait_until(warning, 10, "the warning that reminders are pending")
    x11.close_window(dialog.id)  # the user thinks again: nothing is lost
    wait_until(lambda: not is_viewable(x_display, dialog.id), 5, "the warning to close")
    assert app.running() and is_viewable(x_display, window.id)
    assert app.stderr == ""

    # Nothing pending: closing the window quits, cleanly.
    empty = tmp_path / "empty"
    prepare(empty)
    quiet = launch(data_dir=empty)
    window = wait_until(lambda: main_window(x_display, quiet.pid), 15, "the main window")
    x11.close_window(window.id)
    assert quiet.wait(timeout=10) == 0
    assert quiet.stderr == ""
    # The process ends without the interpreter's teardown (process_exit.exit_now): what the
    # window saved on closing is on disk all the same.
    assert "geometry=" in ui_state_path(empty).read_text(encoding="utf-8")
