"""Salvage of a damaged database: chosen pages of a real file are destroyed, every other row comes back.

Which row lives on which page is asked of SQLite itself (the `dbstat` table of the intact file),
not of the salvage code, so the test cannot agree with a reader that is wrong in the same way.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import save_section
from desktop_app.store.demo import generate_demo
from desktop_app.store.models import Interview
from desktop_app.store.salvage import TABLE_ORDER
from desktop_app.store.salvage_merge import salvage_file

REPO = Path(__file__).resolve().parents[2]
NOTE = "★ Asked about <b>the roadmap</b> & \"Q3\" — Ünïcödé 🚀\n" * 3


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database: 40 demo interviews, notes with markup and Unicode, all in the main file."""
    folder = tmp_path_factory.mktemp("pristine")
    path = folder / "finish-strong.sqlite3"
    open_database(path, folder / "backups")
    generate_demo(40, seed=3, now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    for row in Interview.select(Interview.id).limit(25):
        save_section(row.id, "anything_else", NOTE + str(row.id))
    close_database()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def pages_of(path: Path, name: str, kind: str = "leaf") -> list[int]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY path",
                                  (name, kind)).fetchall()
    finally:
        connection.close()
    return [r[0] for r in rows]


def rows_by_page(path: Path) -> dict[str, list[tuple[int, tuple[object, ...]]]]:
    """table -> [(leaf page, row)], from the intact file: rows in rowid order fill the leaves in order."""
    connection = sqlite3.connect(path)
    result: dict[str, list[tuple[int, tuple[object, ...]]]] = {}
    try:
        for table in TABLE_ORDER:
            leaves = connection.execute(
                "SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path", (table,)
            ).fetchall()
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            owners = [page for page, cells in leaves for _ in range(cells)]
            assert len(owners) == len(rows)
            result[table] = list(zip(owners, rows, strict=True))
    finally:
        connection.close()
    return result


def damage_pages(path: Path, pages: list[int], seed: int = 11) -> None:
    rng = random.Random(seed)
    size = 4096
    with open(path, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * size)
            handle.write(bytes(rng.randrange(256) for _ in range(size)))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_rows(path: Path, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f'SELECT * FROM "{table}"').fetchall()
    finally:
        connection.close()


def assert_undamaged_rows_present(pristine: Path, out: Path, damaged: set[int]) -> int:
    """Every row of every table whose leaf page was not damaged is in `out`, equal. Returns rows lost."""
    lost = 0
    for table, placed in rows_by_page(pristine).items():
        recovered = set(table_rows(out, table))
        for page, row in placed:
            if page in damaged:
                lost += 1
                continue
            if table == "setting" and row[0] == "search_index_version":
                continue  # rebuilt, by design
            assert row in recovered, f"{table} row on intact page {page} missing: {row!r}"
    return lost


def salvage_case(pristine: Path, tmp_path: Path, pages: list[int], backup: Path | None = None):  # type: ignore[no-untyped-def]
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(pristine, damaged)
    damage_pages(damaged, pages)
    before = digest(damaged)
    out = tmp_path / "out.sqlite3"
    report = salvage_file(damaged, out, backup)
    assert digest(damaged) == before, "the damaged file was written to"
    assert not Path(f"{damaged}-wal").exists() and not Path(f"{damaged}-shm").exists()
    connection = sqlite3.connect(out)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    return report, out


def test_the_damage_is_real(pristine: Path, tmp_path: Path) -> None:
    """SQLite itself cannot read the notes table once one of its pages is gone."""
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(pristine, damaged)
    damage_pages(damaged, pages_of(pristine, "debrief")[:1])
    connection = sqlite3.connect(damaged)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT * FROM debrief").fetchall()
    connection.close()


def test_a_damaged_notes_page_costs_only_its_own_notes(pristine: Path, tmp_path: Path) -> None:
    notes_page = pages_of(pristine, "debrief")[0]
    report, out = salvage_case(pristine, tmp_path, [notes_page])
    lost = assert_undamaged_rows_present(pristine, out, {notes_page})
    assert lost > 0
    assert report.count("interview").recovered == 40
    assert report.count("debrief").recovered == len(table_rows(pristine, "debrief")) - lost
    assert report.damaged_pages == 1


def test_a_damaged_follow_up_page_is_counted_from_the_index(pristine: Path, tmp_path: Path) -> None:
    page = pages_of(pristine, "follow_up")[1]
    report, out = salvage_case(pristine, tmp_path, [page])
    lost = assert_undamaged_rows_present(pristine, out, {page})
    total = len(table_rows(pristine, "follow_up"))
    counts = report.count("follow_up")
    assert (counts.recovered, counts.unreadable) == (total - lost, lost)  # "N of M follow-ups; K could not be read"


def test_a_damaged_index_page_loses_no_row(pristine: Path, tmp_path: Path) -> None:
    page = pages_of(pristine, "sqlite_autoindex_follow_up_1")[0]
    report, out = salvage_case(pristine, tmp_path, [page])
    assert assert_undamaged_rows_present(pristine, out, {page}) == 0
    assert report.count("follow_up").recovered == len(table_rows(pristine, "follow_up"))


def test_a_damaged_schema_page_loses_no_row(pristine: Path, tmp_path: Path) -> None:
    report, out = salvage_case(pristine, tmp_path, [1])
    assert assert_undamaged_rows_present(pristine, out, {1}) == 0
    assert not report.schema_readable


def test_a_damaged_last_page_loses_nothing_else(pristine: Path, tmp_path: Path) -> None:
    last = pristine.stat().st_size // 4096
    report, out = salvage_case(pristine, tmp_path, [last])
    assert assert_undamaged_rows_present(pristine, out, {last}) >= 0
    assert report.count("interview").recovered == 40


def test_a_damaged_interior_page_leaves_its_leaves_to_be_found(pristine: Path, tmp_path: Path) -> None:
    """The follow-up table's root is gone: its leaf pages are recognised by the shape of their rows."""
    interior = pages_of(pristine, "follow_up", "internal")
    assert interior
    report, out = salvage_case(pristine, tmp_path, interior)
    assert assert_undamaged_rows_present(pristine, out, set(interior)) == 0
    assert report.count("follow_up").recovered == len(table_rows(pristine, "follow_up"))


def test_several_pages_at_once(pristine: Path, tmp_path: Path) -> None:
    chosen = [1, pages_of(pristine, "debrief")[0], pages_of(pristine, "follow_up")[0],
              pages_of(pristine, "follow_up_due")[0]]
    _, out = salvage_case(pristine, tmp_path, chosen)
    assert_undamaged_rows_present(pristine, out, set(chosen))


def test_the_salvaged_file_opens_and_searches(pristine: Path, tmp_path: Path) -> None:
    from desktop_app.store.search import search

    _, out = salvage_case(pristine, tmp_path, [pages_of(pristine, "interview")[0]])
    open_database(out, tmp_path / "backups")
    try:
        assert search("roadmap")  # the search index was rebuilt from the salvaged notes
    finally:
        close_database()


def test_lost_rows_come_back_from_the_backup_and_newer_rows_win(pristine: Path, tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite3"
    shutil.copyfile(pristine, base)
    connection = sqlite3.connect(base)
    connection.execute("INSERT INTO sent_email (interview_id, sent_at, subject) VALUES (1, '2026-03-02 10:00:00', "
                       "'Thank you — <b>really</b>')")  # a row without a uid: its id is its key
    connection.commit()
    connection.close()
    pristine = base
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(pristine, backup)
    # After the backup: a note edited, one follow-up deleted (on an intact page). The salvage must keep both changes.
    live = tmp_path / "live.sqlite3"
    shutil.copyfile(pristine, live)
    connection = sqlite3.connect(live)
    edited_id = connection.execute("SELECT interview_id FROM debrief ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    connection.execute("UPDATE debrief SET anything_else = 'typed after the backup' WHERE interview_id = ?",
                       (edited_id,))
    deleted = connection.execute("SELECT id, uid FROM follow_up ORDER BY id DESC LIMIT 1").fetchone()
    connection.execute("DELETE FROM follow_up WHERE id = ?", (deleted[0],))
    connection.commit()
    connection.close()
    lost_page = pages_of(live, "follow_up")[0]
    report, out = salvage_case(live, tmp_path, [lost_page], backup)
    counts = report.count("follow_up")
    assert counts.unreadable > 0 and counts.from_backup == counts.unreadable
    follow_ups = {row[1] for row in table_rows(out, "follow_up")}
    assert {row[1] for row in table_rows(backup, "follow_up")} - follow_ups == {deleted[1]}  # not resurrected
    notes = {row[0]: row[-1] for row in table_rows(out, "debrief")}
    assert notes[edited_id] == "typed after the backup"
    assert [row[6] for row in table_rows(out, "sent_email")] == ["Thank you — <b>really</b>"]  # not doubled


def test_uncommitted_to_the_main_file_rows_are_read_from_the_wal(tmp_path: Path) -> None:
    """The newest commits may still be in the -wal file: they are part of what is salvaged."""
    folder = tmp_path / "live"
    path = folder / "finish-strong.sqlite3"
    database = open_database(path, folder / "backups")
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    generate_demo(5, seed=1)
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(path, copy)
    shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    close_database()
    report = salvage_file(copy, tmp_path / "out.sqlite3")
    assert report.count("interview").recovered == 5


def test_garbage_salvages_to_an_empty_database(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(bytes(random.Random(5).randrange(256) for _ in range(4096 * 6)))
    report = salvage_file(garbage, tmp_path / "out.sqlite3")
    assert not report.anything
    assert table_rows(tmp_path / "out.sqlite3", "interview") == []


def test_the_output_must_be_new(pristine: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.sqlite3"
    out.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        salvage_file(pristine, out)
    assert out.read_bytes() == b"mine"


def run_cli(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FINISH_STRONG_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=120, check=False)


def test_recover_on_the_command_line_prints_the_counts_and_merges_the_backup(pristine: Path, tmp_path: Path) -> None:
    from desktop_app.store.backups import backup_live_file

    backup_live_file(pristine, tmp_path / "data" / "backups", "daily", datetime(2026, 3, 1, 8, tzinfo=UTC))
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(pristine, damaged)
    page = pages_of(pristine, "follow_up")[1]
    damage_pages(damaged, [page])
    lost = sum(1 for p, _ in rows_by_page(pristine)["follow_up"] if p == page)
    total = len(table_rows(pristine, "follow_up"))
    before = digest(damaged)
    result = run_cli(tmp_path, "recover", damaged, tmp_path / "out.sqlite3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (f"Recovered 40 interviews and {total - lost} of {total} follow-ups from {damaged}; "
                        f"{lost} follow-ups could not be read.")
    assert lines[1] == f"Taken from the backup of 2026-03-01 08:00+00:00: {lost} follow-ups."
    assert len(table_rows(tmp_path / "out.sqlite3", "follow_up")) == total
    assert digest(damaged) == before


def test_recover_refuses_to_overwrite_and_names_missing_files(pristine: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.sqlite3"
    out.write_bytes(b"keep me")
    refused = run_cli(tmp_path, "recover", pristine, out)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == f"finish-strong: {out} already exists; give the name of a new file.\n"
    assert out.read_bytes() == b"keep me"
    missing = run_cli(tmp_path, "recover", tmp_path / "nope.sqlite3", tmp_path / "new.sqlite3", "--no-backup")
    assert missing.returncode == 1 and len(missing.stderr.splitlines()) == 1
    assert not (tmp_path / "new.sqlite3").exists()


def test_random_damage_never_stops_the_salvage_and_never_makes_a_broken_file(pristine: Path, tmp_path: Path) -> None:
    """Whole pages, a few bytes, zeroed runs, anywhere (the header too): always a sound file, intact pages kept."""
    rng = random.Random(20261130)
    pages = pristine.stat().st_size // 4096
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(pristine, backup)
    for round_ in range(25):
        case = tmp_path / f"case{round_}"
        case.mkdir()
        damaged = case / "damaged.sqlite3"
        shutil.copyfile(pristine, damaged)
        hit: set[int] = set()
        with open(damaged, "r+b") as handle:
            for _ in range(rng.randint(1, 4)):
                page = rng.randint(1, pages)
                hit.add(page)
                start = (page - 1) * 4096 + rng.randrange(4096)
                length = rng.choice([1, 7, 64, 700, 4096])
                handle.seek(start)
                filler = bytes(length) if rng.random() < 0.3 else bytes(rng.randrange(256) for _ in range(length))
                handle.write(filler[: max(0, pages * 4096 - start)])
                hit.add((start + length - 1) // 4096 + 1)
        out = case / "out.sqlite3"
        salvage_file(damaged, out, backup if round_ % 2 else None)
        connection = sqlite3.connect(out)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.close()
        if round_ % 2 == 0:
            # People and interviews on pages nobody touched are there. (A row on a touched page may come back
            # altered or not at all — the file format has no checksums to tell — and a child row whose parent
            # was lost is left out on purpose, so only the parent tables are checked here.)
            for table in ("person", "interview"):
                recovered = set(table_rows(out, table))
                for page, row in rows_by_page(pristine)[table]:
                    if page not in hit:
                        assert row in recovered, (round_, table, page)
