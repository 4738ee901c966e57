"""Resume from sleep on Linux: logind's PrepareForSleep(false) on the system bus.

QTimer counts on a monotonic clock that stops while the machine sleeps, so after a resume
the armed reminder timer would fire late. The scheduler's once-a-minute watchdog notices
within a minute anyway; this listener makes it immediate where logind is available.
Only a broadcast signal is received, so Qt's own D-Bus module is enough here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

SERVICE = "org.freedesktop.login1"
PATH = "/org/freedesktop/login1"
INTERFACE = "org.freedesktop.login1.Manager"


class SleepWatch(QObject):
    def __init__(self, on_resume: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_resume = on_resume
        self.active = False
        if not sys.platform.startswith("linux"):
            return
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.systemBus()
        if bus.isConnected():
            # The (service, path, interface, name, receiver, slot) overload is missing from PySide's stubs.
            self.active = bus.connect(SERVICE, PATH, INTERFACE, "PrepareForSleep", self,  # type: ignore[call-overload]
                                      "2_prepare_for_sleep(QDBusMessage)")

    @Slot("QDBusMessage")
    def _prepare_for_sleep(self, message) -> None:  # type: ignore[no-untyped-def]
        arguments = message.arguments()
        if arguments and arguments[0] is False:  # False: the machine has just woken up
            self.on_resume()
