"""Resume from sleep: logind's PrepareForSleep(false) on the system bus makes the scheduler
look at once, instead of waiting for a timer whose clock stopped during the sleep."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from desktop_app.reminders.sleep_watch import SleepWatch
app = QCoreApplication([])
watch = SleepWatch(lambda: print("RESUMED", flush=True))
print("ready", watch.active, flush=True)
QTimer.singleShot(8000, app.quit)
app.exec()
"""


def test_a_resume_signal_from_logind_reaches_the_scheduler(session_bus: str, tmp_path: Path) -> None:
    # The private bus plays the system bus; this test plays logind.
    with open_dbus_connection(bus=session_bus) as logind:
        reply = logind.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"), timeout=5)
        assert reply.body[0] == 1  # primary owner
        env = dict(os.environ, DBUS_SYSTEM_BUS_ADDRESS=session_bus, PYTHONPATH=str(REPO),
                   QT_QPA_PLATFORM="offscreen")
        child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            assert child.stdout.readline().split() == ["ready", "True"]
            time.sleep(0.3)  # let Qt's match rule reach the bus
            manager = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")
            logind.send(new_signal(manager, "PrepareForSleep", "b", (True,)))  # going to sleep: nothing yet
            readable, _, _ = select.select([child.stdout], [], [], 0.7)
            assert not readable, "going to sleep must not count as waking up"
            logind.send(new_signal(manager, "PrepareForSleep", "b", (False,)))  # woke up
            assert child.stdout.readline().strip() == "RESUMED"
        finally:
            child.kill()
            child.wait(timeout=10)
            if child.stdout:
                child.stdout.close()
