"""Settings › Sync and the background sync, against a real Xandikos server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStatusBar

from desktop_app.store.interviews import save_interview
from desktop_app.store.sync_settings import SyncAccount, load_sync_account, save_sync_account
from desktop_app.store.sync_store import queue_length
from desktop_app.ui.app.sync_controller import SyncController
from desktop_app.ui.settings.settings_sync_page import SyncSettingsPage
from tests.caldav_servers import USER, CalDAVServer
from tests.unit.conftest import build_interview


class MemoryPasswords:
    """The page's password store, without a keyring (the keyring has its own tests)."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get(self, host: str, user: str) -> str | None:
        return self.saved.get((host, user))

    def set(self, host: str, user: str, password: str) -> bool:
        self.saved[(host, user)] = password
        return True


@pytest.fixture
def server(tmp_path: Path) -> Iterator[CalDAVServer]:
    started = CalDAVServer("xandikos", tmp_path / "xandikos").start()
    yield started
    started.stop()


def test_find_my_calendars_fills_the_choices_and_ok_stores_the_account(qtbot, data_dir: Path,  # noqa: ANN001
                                                                         server: CalDAVServer) -> None:
    passwords = MemoryPasswords()
    page = SyncSettingsPage(passwords)
    qtbot.addWidget(page)
    page.url.setText(server.root_url)
    page.user.setText(USER)
    page.password.setText("sekret ☃")
    page.find_calendars()
    qtbot.waitUntil(lambda: page.find_button.isEnabled() and page.calendar.count() > 0, timeout=20_000)
    assert page.calendar.currentData().endswith("/calendars/calendar/")
    page.save()
    stored = load_sync_account()
    assert (stored.url, stored.user, stored.calendar) == (server.root_url, USER, page.calendar.currentData())
    assert passwords.saved == {(stored.keyring_host, USER): "sekret ☃"}  # the keyring, not the database


def test_an_unreachable_server_is_said_by_kind_on_the_page(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    page = SyncSettingsPage(MemoryPasswords())
    qtbot.addWidget(page)
    page.url.setText("http://127.0.0.1:9/")
    page.find_calendars()
    qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=20_000)
    assert "(server not reachable)" in page.status.text()


def test_the_background_sync_uploads_and_the_status_bar_says_so(qtbot, data_dir: Path,  # noqa: ANN001
                                                                 server: CalDAVServer) -> None:
    save_interview(build_interview())
    calendar = server.root_url + f"{USER}/calendars/calendar/"
    save_sync_account(SyncAccount(url=server.root_url, user="", calendar=calendar))
    bar = QStatusBar()
    qtbot.addWidget(bar)
    controller = SyncController(bar)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running)
    assert controller.label.text().startswith("Calendar synced at")
    assert queue_length() == 0
    server.stop()
    save_interview(build_interview(company="Contoso"))
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running)
    assert "server not reachable" in controller.label.text() and "1 waiting" in controller.label.text()


def test_the_timer_syncs_every_15_minutes_and_at_once_after_a_wake(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    now = [1_000_000.0]
    controller = SyncController(None, clock=lambda: now[0])
    started: list[float] = []
    controller.sync_now = lambda: started.append(now[0])  # type: ignore[method-assign]
    controller.last_started = now[0]
    for _ in range(14):  # a minute a tick, awake
        now[0] += 60
        controller._tick()
    assert started == []
    now[0] += 60
    controller._tick()
    assert started == [now[0]]
    # After a suspend the tick comes late (QTimer stops while asleep): that alone syncs.
    controller.last_started = controller.last_tick = now[0]
    now[0] += 5 * 60  # five minutes since the last tick, not one: the machine slept
    controller._tick()
    assert len(started) == 2


def test_a_change_syncs_once_a_few_seconds_later_not_per_keystroke(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    controller = SyncController(None)
    started: list[int] = []
    controller.sync_now = lambda: started.append(1)  # type: ignore[method-assign]
    controller.debounce.timeout.disconnect()
    controller.debounce.timeout.connect(controller.sync_now)
    controller.debounce.setInterval(50)
    for _ in range(5):
        controller.changed()
    qtbot.wait(300)
    assert started == [1]


def test_the_sync_ticks_on_the_reminders_minute_not_on_a_timer_of_its_own(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    """An idle app wakes once a minute (the reminders' watchdog), not once more for the sync."""
    from PySide6.QtCore import QObject, Signal

    class Watchdog(QObject):
        minute = Signal()

    watchdog = Watchdog()
    now = [1_000_000.0]
    controller = SyncController(None, clock=lambda: now[0])
    started: list[float] = []
    controller.sync_now = lambda: started.append(now[0])  # type: ignore[method-assign]
    controller.start(watchdog.minute)
    assert started == [now[0]]  # the first sync, after the first paint
    controller.last_started = now[0]
    assert not controller.ticker.isActive()
    for _ in range(15):
        now[0] += 60
        watchdog.minute.emit()
    assert len(started) == 2  # the 15-minute rhythm, kept by the watchdog's minutes
