"""A real desktop session for integration tests, started and stopped by the suite itself.

A private Xvfb X server; for reminders a private D-Bus session bus, the dunst notification
server (with a scriptable action menu), a bus monitor and a system tray (trayer). Later
issues add the Secret Service keyring, CUPS and an SMTP server here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :199")


@pytest.fixture(scope="session")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """DISPLAY of a private Xvfb that lives for the whole session."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed; `make test` installs it (Debian package xvfb)")
    number = _free_display()
    display = f":{number}"
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [xvfb, display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=sink,
        )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')}")
        time.sleep(0.05)
    try:
        yield display
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def desktop_env(x_display: str, tmp_path: Path) -> dict[str, str]:
    """Environment for a child process that should behave as on a user's desktop."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "FINISH_STRONG_"))}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


# ---------------------------------------------------------------------------------------------
# Reminders: a D-Bus session bus, the dunst notification server, a bus monitor and a tray.
# Every fixture below is per test and stops what it started, also when the test fails.


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _needs(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed; `make test` installs it (Debian package {package})")
    return path


def wait_until(condition, timeout: float, what: str, interval: float = 0.05):  # type: ignore[no-untyped-def]
    """Poll `condition` until it returns something truthy; fail naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


class X11:
    """The few Xlib calls the tests need, through ctypes (no xdotool, no window manager)."""

    def __init__(self, display: str) -> None:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("X11")
        if name is None:
            pytest.fail("libX11 is not installed; `make test` installs it (Debian package libx11-6, via x11-utils)")
        lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XGetSelectionOwner.restype = ctypes.c_ulong
        lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
        lib.XFlush.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.ctypes = ctypes
        self.lib = lib
        self.dpy = lib.XOpenDisplay(display.encode())
        if not self.dpy:
            pytest.fail(f"cannot open X display {display}")

    def atom(self, name: str) -> int:
        return int(self.lib.XInternAtom(self.dpy, name.encode(), 0))

    def selection_owner(self, selection: str) -> int:
        return int(self.lib.XGetSelectionOwner(self.dpy, self.atom(selection)))

    def close_window(self, window: int) -> None:
        """What a window manager sends when the user clicks the window's close button."""
        ctypes = self.ctypes

        class ClientMessage(ctypes.Structure):
            _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                        ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                        ("message_type", ctypes.c_ulong), ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]

        class Event(ctypes.Union):
            _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

        event = Event()
        event.xclient.type = 33  # ClientMessage
        event.xclient.window = window
        event.xclient.message_type = self.atom("WM_PROTOCOLS")
        event.xclient.format = 32
        event.xclient.data[0] = self.atom("WM_DELETE_WINDOW")
        if not self.lib.XSendEvent(self.dpy, window, 0, 0, ctypes.byref(event)):
            pytest.fail(f"XSendEvent to window {window:#x} failed")
        self.lib.XFlush(self.dpy)

    def close(self) -> None:
        if self.dpy:
            self.lib.XCloseDisplay(self.dpy)
            self.dpy = None


@pytest.fixture
def x11(x_display: str) -> Iterator[X11]:
    client = X11(x_display)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """Address of a private D-Bus session bus (no notification server on it yet)."""
    daemon = _needs("dbus-daemon", "dbus-daemon")
    socket = tmp_path / "bus"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", f"--address=unix:path={socket}", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().decode().strip()  # printed once the bus listens
        if not address:
            pytest.fail("dbus-daemon did not start")
        yield address
    finally:
        _stop(process)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture
def session_env(desktop_env: dict[str, str], session_bus: str, tmp_path: Path) -> dict[str, str]:
    """desktop_env on the private session bus, with its own XDG config folder."""
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    return dict(desktop_env, DBUS_SESSION_BUS_ADDRESS=session_bus, XDG_CONFIG_HOME=str(config))


def name_has_owner(address: str, name: str) -> bool:
    from jeepney import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=5)
    return bool(reply.body[0])


DMENU_SCRIPT = """#!/bin/sh
# dunst's "dmenu": it writes one line per action on stdin; print the one the test chose.
cat > "{offered}"
grep -m1 -F -- "$(cat "{choice}")" "{offered}"
"""


class NotificationServer:
    """dunst on the private bus; `invoke` picks an action the way a user does, over D-Bus."""

    def __init__(self, env: dict[str, str], folder: Path, process: subprocess.Popen[bytes]) -> None:
        self.env = env
        self.choice = folder / "choice"
        self.offered_file = folder / "offered"
        self.log = folder / "dunst.log"
        self.process = process

    def offered(self) -> str:
        """What dunst's context menu offered the last time (its lines: '#Label (summary) [id,key]')."""
        return self.offered_file.read_text(encoding="utf-8") if self.offered_file.exists() else ""

    def invoke(self, label: str, summary: str) -> None:
        """Choose the action `label` of the notification `summary` in dunst's context menu."""
        self.choice.write_text(f"#{label} ({summary})", encoding="utf-8")
        self.offered_file.unlink(missing_ok=True)
        result = subprocess.run(["dunstctl", "context"], env=self.env, capture_output=True, text=True, timeout=10)
        assert result.returncode == 0, result.stderr
        wait_until(self.offered_file.exists, 5, "dunst to run its dmenu script")
        wait_until(lambda: f"#{label} ({summary})" in self.offered(), 2,
                   f"dunst to offer {label!r} for {summary!r}; it offered:\n{self.offered()}")


@pytest.fixture
def notification_server(session_env: dict[str, str], tmp_path: Path) -> Iterator[NotificationServer]:
    """dunst, the freedesktop notification server, configured so a test can invoke actions."""
    dunst = _needs("dunst", "dunst")
    _needs("dunstctl", "dunst")
    folder = tmp_path / "dunst"
    folder.mkdir()
    script = folder / "dmenu.sh"
    script.write_text(DMENU_SCRIPT.format(offered=folder / "offered", choice=folder / "choice"), encoding="utf-8")
    script.chmod(0o755)
    config = folder / "dunstrc"
    config.write_text(f"[global]\n    dmenu = {script}\n", encoding="utf-8")
    with (folder / "dunst.log").open("wb") as log:
        process = subprocess.Popen([dunst, "-config", str(config)], env=session_env, stdout=log, stderr=log)
    server = NotificationServer(session_env, folder, process)
    try:
        address = session_env["DBUS_SESSION_BUS_ADDRESS"]
        deadline = time.monotonic() + 10
        while not name_has_owner(address, "org.freedesktop.Notifications"):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"dunst did not start: {server.log.read_text(errors='replace')}")
            time.sleep(0.05)
        yield server
    finally:
        _stop(process)


@dataclass
class Notification:
    """One Notify call as the notification server received it."""

    time: float
    sender: str
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[tuple[str, str]]
    hints: dict[str, Any]
    expire_timeout: int


@dataclass
class BusMessage:
    kind: str  # "method call", "signal", ...
    time: float
    sender: str
    destination: str
    member: str
    args: list[Any] = field(default_factory=list)


_HEADER = re.compile(
    r"^(method call|signal|method return|error) time=(\S+) sender=(\S+) -> destination=(\S+)(.*)$"
)


def parse_monitor_output(text: str) -> list[BusMessage]:
    """Messages from `dbus-monitor`'s text output, with their arguments as Python values."""
    messages: list[BusMessage] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = _HEADER.match(lines[i])
        i += 1
        if not match:
            continue
        body_end = i
        while body_end < len(lines) and not _HEADER.match(lines[body_end]):
            body_end += 1
        member = re.search(r"member=(\S+)", match.group(5))
        args, _ = _parse_values(lines[i:body_end], 0, None)
        messages.append(BusMessage(match.group(1), float(match.group(2)), match.group(3), match.group(4),
                                   member.group(1) if member else "", args))
        i = body_end
    return messages


def _parse_values(lines: list[str], i: int, closing: str | None) -> tuple[list[Any], int]:
    values: list[Any] = []
    while i < len(lines):
        token = lines[i].strip()
        i += 1
        if not token:
            continue
        if closing is not None and token == closing:
            return values, i
        if token.startswith("variant"):
            token = token[len("variant"):].strip()
        if token == "array [":
            items, i = _parse_values(lines, i, "]")
            values.append(items)
        elif token == "dict entry(":
            items, i = _parse_values(lines, i, ")")
            values.append(tuple(items))
        elif token == "struct {":
            items, i = _parse_values(lines, i, "}")
            values.append(tuple(items))
        elif token.startswith("array of bytes"):
            if token.endswith("["):
                while i < len(lines) and lines[i].strip() != "]":
                    i += 1
                i += 1
            values.append(b"")
        elif token.startswith('string "') or token.startswith('object path "'):
            text = token.split('"', 1)[1]
            while not text.endswith('"') and i < len(lines):  # a string with line breaks
                text += "\n" + lines[i]
                i += 1
            values.append(text[:-1])
        else:
            kind, _, raw = token.partition(" ")
            if kind in {"byte", "int16", "uint16", "int32", "uint32", "int64", "uint64"}:
                values.append(int(raw.split()[0]))
            elif kind == "boolean":
                values.append(raw == "true")
            elif kind == "double":
                values.append(float(raw))
            else:
                values.append(token)
    return values, i


class NotificationLog:
    """What `dbus-monitor` saw on the org.freedesktop.Notifications interface."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def messages(self) -> list[BusMessage]:
        return parse_monitor_output(self.path.read_text(encoding="utf-8", errors="replace"))

    def calls(self, member: str) -> list[BusMessage]:
        return [m for m in self.messages() if m.member == member]

    def notifications(self, since: float = 0.0) -> list[Notification]:
        found = []
        for message in self.calls("Notify"):
            if message.kind != "method call" or message.time < since:
                continue
            if len(message.args) != 8:
                continue  # read while dbus-monitor was still writing it: complete on the next look
            app, replaces, icon, summary, body, actions, hints, timeout = message.args
            found.append(Notification(
                message.time, message.sender, app, replaces, icon, summary, body,
                list(zip(actions[::2], actions[1::2], strict=True)), dict(hints), timeout,
            ))
        return found

    def wait_for_notification(self, summary: str, timeout: float = 15) -> Notification:
        def seen() -> Notification | None:
            return next((n for n in self.notifications() if n.summary == summary), None)

        return wait_until(seen, timeout, f"a notification {summary!r}; the server got: "
                                         f"{[n.summary for n in self.notifications()]}")  # type: ignore[no-any-return]


@pytest.fixture
def notification_log(session_env: dict[str, str], tmp_path: Path) -> Iterator[NotificationLog]:
    """Records every call and signal of the Notifications interface on the session bus."""
    monitor = _needs("dbus-monitor", "dbus-bin")
    path = tmp_path / "dbus-monitor.log"
    with path.open("wb") as sink:
        process = subprocess.Popen(
            [monitor, "--session", "interface=org.freedesktop.Notifications"],
            env=session_env, stdout=sink, stderr=subprocess.STDOUT,
        )
    try:
        # dbus-monitor prints the bus's NameLost signal once it has become a monitor.
        wait_until(lambda: "member=NameLost" in path.read_text(errors="replace") or process.poll() is not None,
                   10, "dbus-monitor to start")
        if process.poll() is not None:
            pytest.fail(f"dbus-monitor failed: {path.read_text(errors='replace')}")
        yield NotificationLog(path)
    finally:
        _stop(process)


SYSTEM_TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"


@pytest.fixture
def system_tray(session_env: dict[str, str], x11: X11, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """trayer, a freedesktop (XEmbed) system tray, docked at the top of the X screen."""
    trayer = _needs("trayer", "trayer")
    if x11.selection_owner(SYSTEM_TRAY_SELECTION):
        pytest.fail("another system tray already runs on the test display")
    log = tmp_path / "trayer.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([trayer, "--SetDockType", "true", "--edge", "top", "--height", "24"],
                                   env=session_env, stdout=sink, stderr=sink)
    try:
        deadline = time.monotonic() + 10
        while not x11.selection_owner(SYSTEM_TRAY_SELECTION):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"trayer did not start: {log.read_text(errors='replace')}")
            time.sleep(0.05)
        yield process
    finally:
        _stop(process)
        # The next test may want a display without a tray: wait until the selection is free.
        deadline = time.monotonic() + 5
        while x11.selection_owner(SYSTEM_TRAY_SELECTION) and time.monotonic() < deadline:
            time.sleep(0.05)
