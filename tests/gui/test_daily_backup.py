"""The app may live in the tray for weeks: the daily backup is taken while it runs, not only at start-up."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktop_app.paths import backups_dir, database_path
from desktop_app.store.backups import backup_files, taken_at
from desktop_app.store.interviews import save_interview
from desktop_app.ui.app.startup_checks import StartupChecks

from .conftest import sample_interview


def test_a_backup_a_day_while_the_app_runs(qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    save_interview(sample_interview(clock.now, company="Kept Daily"))
    window = make_window()
    folder = backups_dir(data_dir)
    checks = StartupChecks(window, database_path(data_dir), folder, clock=clock)
    checks.start()
    qtbot.waitUntil(lambda: checks.result is not None and checks.daily.isActive(), timeout=30_000)
    checks.join()
    assert [taken_at(p) for p in backup_files(folder)] == [clock.now]
    assert checks.daily.interval() == 24 * 3600 * 1000  # one wake-up, when the next one is due

    clock.advance(hours=5)  # woken early (the machine slept, QTimer's clock stood still): not due, re-armed
    checks.daily.stop()
    checks.daily.timeout.emit()
    qtbot.waitUntil(lambda: checks.daily.isActive(), timeout=30_000)
    checks.join()
    assert len(backup_files(folder)) == 1 and checks.daily.interval() == 19 * 3600 * 1000

    clock.advance(hours=19)  # a day after the first
    checks.result = None
    checks.daily.stop()
    checks.daily.timeout.emit()
    qtbot.waitUntil(lambda: checks.result is not None and checks.daily.isActive(), timeout=30_000)
    checks.join()
    assert [taken_at(p) for p in backup_files(folder)] == [clock.now, clock.now - timedelta(days=1)]
