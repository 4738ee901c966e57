"""Quitting withdraws the notifications whose buttons would no longer work (a real server, dunst)."""

from __future__ import annotations

import pytest

from desktop_app import APP_ID
from desktop_app.reminders.notifiers import FreedesktopNotifier

from .conftest import NotificationLog, NotificationServer, wait_until

pytestmark = pytest.mark.integration


def test_quitting_closes_notifications_with_buttons_and_leaves_plain_ones(
        notification_server: NotificationServer, notification_log: NotificationLog,
        session_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_env["DBUS_SESSION_BUS_ADDRESS"])
    notifier = FreedesktopNotifier("Finish Strong", APP_ID)
    try:
        assert notifier.supports_actions
        notifier.show(41, "Send your thank-you e-mail", "Northwind", [("done", "Done"), ("snooze", "Snooze")])
        notifier.show(1_000_001, "Finish Strong is still running", "in the tray", [])  # no buttons
        wait_until(lambda: len(notification_log.notifications()) == 2, 10, "both notifications")
        assert notifier.withdraw_actionable() == [41]
        closed = wait_until(lambda: notification_log.calls("CloseNotification"), 10, "CloseNotification")
        assert len(closed) == 1
        assert notifier.shown_keys() == [1_000_001]  # the plain notice stays: it needs nothing from us
    finally:
        notifier.shutdown()
