"""Damage found after the first paint: the prompt salvages, says what it found, asks twice to start empty."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

from desktop_app.paths import backups_dir, database_path
from desktop_app.store.database import close_database
from desktop_app.store.debrief_store import load_debrief, save_section
from desktop_app.store.interviews import has_interviews, save_interview
from desktop_app.store.models import FollowUp, Interview
from desktop_app.ui.app.recovery_prompt import RecoveryPrompt
from desktop_app.ui.app.startup_checks import StartupChecks

from .conftest import sample_interview


def damage_first_page_of(path: Path, table: str) -> None:
    connection = sqlite3.connect(path)
    page = connection.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path",
                              (table,)).fetchone()[0]
    connection.close()
    rng = random.Random(4)
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(bytes(rng.randrange(256) for _ in range(4096)))


def damaged_window(qtbot, make_window, clock, data_dir: Path, count: int = 12):  # type: ignore[no-untyped-def]
    ids = [save_interview(sample_interview(clock.now, company=f"Company {i:02d} <b>&amp;</b>")) for i in range(count)]
    for interview_id in ids:
        save_section(interview_id, "discussed", f"Typed after any backup — {interview_id} ✓ " * 40)
    window = make_window()
    close_database()  # the last connection folds the WAL into the file, so the damage hits real rows
    live = database_path(data_dir)
    damage_first_page_of(live, "debrief")
    checks = StartupChecks(window, live, backups_dir(data_dir))
    checks.offer_recovery()
    prompt = window.dialogs.active
    assert isinstance(prompt, RecoveryPrompt)
    return window, prompt, live, ids


def test_the_prompt_offers_what_it_salvaged_and_uses_it(qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, prompt, live, ids = damaged_window(qtbot, make_window, clock, data_dir)
    before = hashlib.sha256(live.read_bytes()).hexdigest()
    assert "Reading what can still be read" in prompt.text()
    qtbot.waitUntil(lambda: prompt.salvage_button.isEnabled(), timeout=30_000)
    text = prompt.text()
    assert "Recovered 12 interviews and" in text and "could not be read" in text
    assert f"The damaged file is kept unchanged, as “finish-strong.damaged-….sqlite3” in {data_dir}." in text
    assert prompt.defaultButton() is prompt.salvage_button
    prompt.grab().save("/tmp/finish-strong-salvage-prompt.png")
    prompt.salvage_button.click()
    qtbot.waitUntil(lambda: window.dialogs.active is not None and "recovered" in window.dialogs.active.text())
    kept = list(data_dir.glob("finish-strong.damaged-*.sqlite3"))
    assert len(kept) == 1 and hashlib.sha256(kept[0].read_bytes()).hexdigest() == before
    assert Interview.select().count() == 12 and FollowUp.select().count() > 0
    notes = [load_debrief(i).sections["discussed"] for i in ids]
    assert 0 < sum(1 for n in notes if n) < 12  # the notes on intact pages came back, the damaged page's did not
    assert not list(data_dir.glob("*.salvaged.sqlite3"))


def test_starting_empty_is_asked_a_second_time_and_go_back_returns(qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, prompt, live, _ = damaged_window(qtbot, make_window, clock, data_dir, count=3)
    qtbot.waitUntil(lambda: not prompt.reading, timeout=30_000)
    prompt.empty_button.click()
    qtbot.waitUntil(lambda: prompt.confirmation is not None and prompt.confirmation.isVisible())
    confirmation = prompt.confirmation
    assert confirmation.defaultButton() is prompt.go_back_button
    confirmation.grab().save("/tmp/finish-strong-confirm-empty.png")
    prompt.go_back_button.click()
    qtbot.waitUntil(lambda: prompt.isVisible())
    assert live.exists() and not list(data_dir.glob("finish-strong.damaged-*.sqlite3"))  # nothing was done

    prompt.empty_button.click()
    qtbot.waitUntil(lambda: prompt.confirmation is not None and prompt.confirmation.isVisible())
    prompt.confirm_empty_button.click()
    qtbot.waitUntil(lambda: window.dialogs.active is not None and "empty database" in window.dialogs.active.text())
    assert len(list(data_dir.glob("finish-strong.damaged-*.sqlite3"))) == 1
    assert not has_interviews()


def test_the_damaged_file_and_its_wal_are_not_written_and_the_wal_is_salvaged(
        qtbot, make_window, clock, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.store.database import db_proxy

    ids = [save_interview(sample_interview(clock.now, company=f"In The File {i}")) for i in range(6)]
    for interview_id in ids:
        save_section(interview_id, "discussed", "Before the checkpoint " * 60)
    db_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db_proxy.execute_sql("PRAGMA wal_autocheckpoint = 0")
    save_interview(sample_interview(clock.now, company="Only In The WAL"))  # the newest commit: in -wal only
    window = make_window()
    live = database_path(data_dir)
    damage_first_page_of(live, "debrief")  # the app's connection is still open, as when quick_check fails
    main_before = hashlib.sha256(live.read_bytes()).hexdigest()
    wal = Path(f"{live}-wal")
    wal_before = hashlib.sha256(wal.read_bytes()).hexdigest()
    checks = StartupChecks(window, live, backups_dir(data_dir))
    checks.offer_recovery()
    prompt = window.dialogs.active
    assert hashlib.sha256(live.read_bytes()).hexdigest() == main_before  # no checkpoint into the damaged file
    assert wal.exists() and hashlib.sha256(wal.read_bytes()).hexdigest() == wal_before
    qtbot.waitUntil(lambda: prompt.salvage_button.isEnabled(), timeout=30_000)
    assert "Recovered 7 interviews" in prompt.text()
    prompt.salvage_button.click()
    qtbot.waitUntil(lambda: window.dialogs.active is not None and "recovered" in window.dialogs.active.text())
    assert Interview.select().where(Interview.company == "Only In The WAL").exists()
    kept = next(data_dir.glob("finish-strong.damaged-*.sqlite3"))
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == main_before
    assert hashlib.sha256(Path(f"{kept}-wal").read_bytes()).hexdigest() == wal_before
