"""GUI fixtures: a fresh data folder and database per test, a fake clock, the app class."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_app.domain.model import Interview, Person
from desktop_app.paths import backups_dir, database_path, ui_state_path
from desktop_app.store.database import close_database, open_database
from desktop_app.ui.app.application import FinishStrongApp
from desktop_app.ui.main.main_window import MainWindow


class FakeClock:
    """The time the window believes it is; tests move it instead of sleeping."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def qapp_cls() -> type[FinishStrongApp]:
    return FinishStrongApp


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    open_database(database_path(folder), backups_dir(folder))
    yield folder
    close_database()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """Tests never touch the machine's real keyring: keyring's `fail` backend (session-only passwords).

    The mail windows' modules use it for every test (`pytest.mark.usefixtures("no_keyring")`)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def make_window(qtbot, data_dir: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    """Builds a main window on the test's data folder, as many times as a test needs."""

    def build() -> MainWindow:
        window = MainWindow(ui_state_path(data_dir), clock=clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return build


def sample_interview(start: datetime, people: int = 1, company: str = "Northwind Analytics") -> Interview:
    zone = "Europe/Berlin"
    start = start.astimezone(ZoneInfo(zone))
    return Interview(
        company=company, role="Product Manager", start=start, end=start + timedelta(hours=1),
        timezone=zone, round="On-site",
        interviewers=[Person(name=f"Dana Reyes {n}", email=f"dana{n}@northwind.example") for n in range(people)],
    )


def mark_done_anyway(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A step ticked before its interview has ended asks first; answer "Mark done"."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: isinstance(window.dialogs.active, QMessageBox))
    next(b for b in window.dialogs.active.buttons() if b.text() == "Mark done").click()
