"""A small private desktop session on a private X display: a D-Bus session bus, the dunst
notification server and a tray (trayer), each only when installed.

The idle benchmark runs the real app in it, so the app picks the tray and the notifier
it would pick on a user's desktop. Every process started here is stopped on exit, by its
own process id. What could not be started is said in `Session.missing`, not raised: the
benchmark still measures, and reports which parts of a desktop were there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.local_servers import stop_process

READY_SECONDS = 10
NOTIFICATIONS = "org.freedesktop.Notifications"
TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"
#: libdbus's transport that refuses to connect: without a private bus, the app must not
#: reach the user's session bus, nor autolaunch one (libdbus does that when the variable is unset).
NO_BUS = "disabled:"


@dataclass
class Session:
    env: dict[str, str]
    bus_address: str | None = None
    notification_server: str | None = None  # e.g. "dunst 1.9.0"
    tray: str | None = None  # e.g. "trayer"
    missing: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [f"D-Bus session bus: {'yes' if self.bus_address else 'no'}",
                 f"notification server: {self.notification_server or 'none'}",
                 f"tray: {self.tray or 'none'}"]
        return ", ".join(parts)


@contextmanager
def desktop_session(env: dict[str, str], scratch: Path, display: str | None) -> Iterator[Session]:
    """`env` already points at the display (None: offscreen, so no tray and no dunst)."""
    scratch.mkdir(parents=True, exist_ok=True)
    env = dict(env)
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # dunst and trayer: no user configuration
    env["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
    session = Session(env)
    with ExitStack() as stack:
        address = _start_bus(stack, env, scratch)
        if address:
            env["DBUS_SESSION_BUS_ADDRESS"] = session.bus_address = address
        else:
            session.missing.append("dbus-daemon")
        if display is None:
            session.missing.append("an X display (offscreen: no tray, no notification server)")
        else:
            if address:
                session.notification_server = _start_dunst(stack, env, scratch, address, session.missing)
            session.tray = _start_trayer(stack, env, scratch, display, session.missing)
        yield session


def _spawn(stack: ExitStack, argv: list[str], env: dict[str, str], log: Path,
           pass_fds: tuple[int, ...] = ()) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT,
                                pass_fds=pass_fds)
    stack.callback(stop_process, proc, 5)
    return proc


def _start_bus(stack: ExitStack, env: dict[str, str], scratch: Path) -> str | None:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        return None
    read_end, write_end = os.pipe()
    try:
        proc = _spawn(stack, [daemon, "--session", "--nofork", "--nopidfile", "--nosyslog",
                              f"--address=unix:path={scratch / 'bus'}", f"--print-address={write_end}"],
                      env, scratch / "dbus-daemon.log", pass_fds=(write_end,))
        os.close(write_end)
        text = b""
        deadline = time.monotonic() + READY_SECONDS
        while b"\n" not in text and time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([read_end], [], [], 0.2)
            if ready:
                chunk = os.read(read_end, 256)
                if not chunk:
                    break
                text += chunk
    finally:
        os.close(read_end)
    return text.decode().strip() or None


def name_has_owner(address: str, name: str) -> bool:
    from jeepney import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=address) as conn:
        reply = conn.send_and_get_reply(message_bus.NameHasOwner(name), timeout=2)
    return bool(reply.body[0])


def _start_dunst(stack: ExitStack, env: dict[str, str], scratch: Path, address: str,
                 missing: list[str]) -> str | None:
    dunst = shutil.which("dunst")
    if dunst is None:
        missing.append("dunst")
        return None
    proc = _spawn(stack, [dunst], env, scratch / "dunst.log")
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if name_has_owner(address, NOTIFICATIONS):
                version = subprocess.run([dunst, "--version"], capture_output=True, text=True, env=env).stdout
                return "dunst " + (version.split("daemon", 1)[-1].split()[0] if "daemon" in version else "")
        except Exception:  # the bus is still starting: try again
            pass
        time.sleep(0.1)
    missing.append(f"dunst (did not own {NOTIFICATIONS} within {READY_SECONDS} s)")
    return None


def tray_owned(display: str) -> bool:
    """Does a tray own the _NET_SYSTEM_TRAY_S0 selection on `display` (what Qt checks)?"""
    library = ctypes.util.find_library("X11")
    if library is None:
        raise OSError("libX11 not found")
    x11 = ctypes.CDLL(library)
    x11.XOpenDisplay.argtypes, x11.XOpenDisplay.restype = [ctypes.c_char_p], ctypes.c_void_p
    x11.XInternAtom.argtypes, x11.XInternAtom.restype = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int], ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes, x11.XGetSelectionOwner.restype = [ctypes.c_void_p, ctypes.c_ulong], ctypes.c_ulong
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = x11.XOpenDisplay(display.encode())
    if not handle:
        raise OSError(f"cannot open display {display}")
    try:
        return bool(x11.XGetSelectionOwner(handle, x11.XInternAtom(handle, TRAY_SELECTION.encode(), 0)))
    finally:
        x11.XCloseDisplay(handle)


def _start_trayer(stack: ExitStack, env: dict[str, str], scratch: Path, display: str,
                  missing: list[str]) -> str | None:
    trayer = shutil.which("trayer")
    if trayer is None:
        missing.append("trayer")
        return None
    proc = _spawn(stack, [trayer, "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"],
                  env, scratch / "trayer.log")
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if tray_owned(display):
                return "trayer"
        except OSError as exc:
            missing.append(f"trayer (cannot check the tray: {exc})")
            return None
        time.sleep(0.1)
    missing.append(f"trayer (no tray on {display} within {READY_SECONDS} s)")
    return None


class BusMonitor:
    """Watches the notification interface on the private bus (BecomeMonitor), in a thread.

    Used to tell which notifier the app really chose: the freedesktop notifier asks the
    server for its capabilities as it starts, and each notification is a Notify call.
    """

    def __init__(self, address: str) -> None:
        from jeepney import DBusAddress, MatchRule, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self.calls: list[tuple[float, str, str, int]] = []  # (monotonic time, sender, member, serial)
        self.returns: set[tuple[str, int]] = set()  # (destination, serial of the call answered)
        self._conn = open_dbus_connection(bus=address)
        monitoring = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                                 interface="org.freedesktop.DBus.Monitoring")
        # Calls on the interface, and every reply (a reply carries no interface to match on).
        rules = [MatchRule(interface=NOTIFICATIONS).serialise(), MatchRule(type="method_return").serialise()]
        self._conn.send_and_get_reply(new_method_call(monitoring, "BecomeMonitor", "asu", (rules, 0)), timeout=2)
        self._thread = threading.Thread(target=self._run, name="bus-monitor", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while True:
                message = self._conn.receive()
                fields = {getattr(k, "name", str(k)): v for k, v in message.header.fields.items()}
                kind = message.header.message_type.name
                if kind == "method_call":
                    self.calls.append((time.monotonic(), str(fields.get("sender", "")),
                                       str(fields.get("member", "")), message.header.serial))
                elif kind == "method_return":
                    self.returns.add((str(fields.get("destination", "")), int(fields.get("reply_serial", 0))))
        except Exception:  # closed
            return

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:
            pass
        self._thread.join(timeout=2)


def connection_pid(address: str, unique_name: str) -> int | None:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
    try:
        with open_dbus_connection(bus=address) as conn:
            reply = conn.send_and_get_reply(
                new_method_call(bus, "GetConnectionUnixProcessID", "s", (unique_name,)), timeout=2)
    except Exception:
        return None
    return int(reply.body[0]) if reply.header.message_type.name == "method_return" else None


def tray_icon_docked(display: str, window_class: str) -> bool | None:
    """Is a window of `window_class` embedded in trayer's panel? None: cannot tell (no xwininfo)."""
    xwininfo = shutil.which("xwininfo")
    if xwininfo is None:
        return None
    done = subprocess.run([xwininfo, "-root", "-tree", "-display", display], capture_output=True, text=True)
    if done.returncode != 0:
        return None
    panel_indent: int | None = None
    for line in done.stdout.splitlines():
        indent = len(line) - len(line.lstrip())
        if panel_indent is not None and indent <= panel_indent and line.strip():
            panel_indent = None
        if '("panel" "trayer")' in line:
            panel_indent = indent
        elif panel_indent is not None and f'"{window_class}")' in line:
            return True
    return False
