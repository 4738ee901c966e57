"""The notifier chain: the first one that works on this machine is used.

1. `FreedesktopNotifier` — org.freedesktop.Notifications over the D-Bus session bus,
   with actions (Open, Snooze, Done). It talks D-Bus through `jeepney` because Qt's
   Python D-Bus binding cannot send the spec's uint32 arguments, and because servers
   such as dunst send ActionInvoked only to the connection that sent Notify.
2. `TrayNotifier` — QSystemTrayIcon.showMessage (Windows, macOS, Linux without a
   notification server); clicking the message opens the app.
3. `BannerNotifier` — a banner inside the main window, when there is no tray either.

Each raises `NotifierUnavailable` when it cannot work here, as qutebrowser's adapters do.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT = 3.0

Actions = Sequence[tuple[str, str]]  # (key, label)


class NotifierUnavailable(Exception):
    """This way of notifying does not work on this machine (the reason is the message)."""


class Notifier(QObject):
    #: (our key: a follow-up id, or 0 for the catch-up summary; action key)
    action_invoked = Signal(int, str)
    name = "none"
    supports_actions = False

    def show(self, key: int, title: str, body: str, actions: Actions) -> None:
        raise NotImplementedError

    def withdraw(self, key: int) -> None:
        """Take back a notification whose follow-up was dealt with elsewhere."""

    def withdraw_actionable(self) -> list[int]:
        """On quitting: take back every notification still showing buttons (Done, Snooze, Open),
        which would do nothing once this process is gone. Returns their keys."""
        return []

    def shutdown(self) -> None:
        """Release connections and threads."""


class FreedesktopNotifier(Notifier):
    name = "Desktop notifications (D-Bus)"

    def __init__(self, app_name: str, desktop_entry: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not sys.platform.startswith("linux"):
            raise NotifierUnavailable("freedesktop notifications are a Linux service")
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            # jeepney finds the session bus only through this variable: without it there is
            # nothing to connect to, so don't pay for importing the D-Bus library at start-up.
            raise NotifierUnavailable("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        try:
            from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
            from jeepney.io.threading import DBusRouter, open_dbus_connection
        except ImportError as exc:
            raise NotifierUnavailable(f"jeepney is not installed ({exc})") from exc
        self._new_call = new_method_call
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        self.app_name = app_name
        self.desktop_entry = desktop_entry
        try:
            self._connection = open_dbus_connection(bus="SESSION")
            self.router = DBusRouter(self._connection)
        except Exception as exc:  # no session bus: KeyError, OSError, ...
            raise NotifierUnavailable(f"no D-Bus session bus ({exc})") from exc
        try:
            capabilities = self._call("GetCapabilities", "", ())[0]
        except Exception as exc:
            self._close_bus()
            raise NotifierUnavailable(f"no notification server on the session bus ({exc})") from exc
        self.supports_actions = "actions" in capabilities
        self.body_markup = "body-markup" in capabilities
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        self.router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)
        self._rule = rule
        self._ids: dict[int, int] = {}  # our key -> server's notification id
        self._actionable: set[int] = set()  # our keys shown with buttons
        self._keys: dict[int, int] = {}  # server's id -> our key
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._listener = threading.Thread(target=self._listen, name="notification-signals", daemon=True)
        self._listener.start()

    def _call(self, method: str, signature: str, body: tuple[Any, ...]) -> tuple[Any, ...]:
        message = self._new_call(self._address, method, signature or None, body)
        reply = self.router.send_and_get_reply(message, timeout=CALL_TIMEOUT)
        if reply.header.message_type.name == "error":
            raise NotifierUnavailable(f"{method} failed: {reply.body}")
        return reply.body  # type: ignore[no-any-return]

    def show(self, key: int, title: str, body: str, actions: Actions) -> None:
        flat = [part for pair in actions for part in pair] if self.supports_actions else []
        hints = {"desktop-entry": ("s", self.desktop_entry), "category": ("s", "x-finish-strong.reminder")}
        with self._lock:
            replaces = self._ids.get(key, 0)
        # A server that reads markup in the body would render "<b>" typed in a company
        # name, so for such servers the markup characters are escaped; others get it as is.
        if self.body_markup:
            from html import escape  # on the first notification rather than at start-up

            body = escape(body, quote=False)
        (server_id,) = self._call(
            "Notify", "susssasa{sv}i",
            (self.app_name, replaces, self.desktop_entry, title, body, flat, hints, 0),
        )
        with self._lock:
            self._ids[key] = server_id
            self._keys[server_id] = key
            if flat:
                self._actionable.add(key)
            else:
                self._actionable.discard(key)

    def withdraw_actionable(self) -> list[int]:
        with self._lock:
            keys = [key for key in self._ids if key in self._actionable]
        withdrawn = []
        for key in keys:
            try:
                self.withdraw(key)
            except Exception:  # noqa: BLE001 (quitting: a bus gone away must not stop the quit)
                continue
            withdrawn.append(key)
        return withdrawn

    def withdraw(self, key: int) -> None:
        with self._lock:
            server_id = self._ids.pop(key, None)
            if server_id is not None:
                self._keys.pop(server_id, None)
        if server_id is not None:
            self._call("CloseNotification", "u", (server_id,))

    def shown_keys(self) -> list[int]:
        with self._lock:
            return list(self._ids)

    def _listen(self) -> None:
        """Background thread: turn the server's signals into Qt signals (queued to the GUI)."""
        try:
            with self.router.filter(self._rule, bufsize=64) as queue:
                while not self._stopping.is_set():
                    message = queue.get()
                    if message is None:
                        return
                    self._dispatch(message.header.fields, message.body)
        except Exception:  # the router closed (shutdown) or the bus went away: stop quietly
            return

    def _dispatch(self, fields: dict[Any, Any], body: tuple[Any, ...]) -> None:
        member = next((v for k, v in fields.items() if getattr(k, "name", "") == "member"), "")
        if member == "ActionInvoked":
            server_id, action = body
            with self._lock:
                key = self._keys.get(server_id)
            if key is not None:
                self.action_invoked.emit(key, action)
        elif member == "NotificationClosed":
            server_id = body[0]
            with self._lock:
                key = self._keys.pop(server_id, None)
                if key is not None:
                    self._ids.pop(key, None)

    def shutdown(self) -> None:
        self._stopping.set()
        self._close_bus()
        self._listener.join(timeout=2)

    def _close_bus(self) -> None:
        for closable in (self.router, self._connection):
            try:
                closable.close()
            except Exception:  # already closed, or the bus went away
                pass


class TrayNotifier(Notifier):
    name = "Tray messages"

    def __init__(self, tray: QSystemTrayIcon | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
            raise NotifierUnavailable("no system tray")
        if not QSystemTrayIcon.supportsMessages():
            raise NotifierUnavailable("the system tray cannot show messages")
        self.tray = tray
        self._last_key = 0
        tray.messageClicked.connect(lambda: self.action_invoked.emit(self._last_key, "open"))

    def show(self, key: int, title: str, body: str, actions: Actions) -> None:
        self._last_key = key
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)


class BannerNotifier(Notifier):
    """Shows reminders in the main window's banner (the host connects `banner_requested`)."""

    name = "In-app banner"
    supports_actions = True
    banner_requested = Signal(int, str, str)
    banner_withdrawn = Signal(int)

    def show(self, key: int, title: str, body: str, actions: Actions) -> None:
        self.banner_requested.emit(key, title, body)

    def withdraw(self, key: int) -> None:
        self.banner_withdrawn.emit(key)


def choose_notifier(app_name: str, desktop_entry: str, tray: QSystemTrayIcon | None,
                    prefer_dbus: bool = True) -> Notifier:
    """The first notifier that works here, in the chain's order."""
    if prefer_dbus:
        try:
            return FreedesktopNotifier(app_name, desktop_entry)
        except NotifierUnavailable:
            pass
    try:
        return TrayNotifier(tray)
    except NotifierUnavailable:
        return BannerNotifier()
