"""200 SIGKILLs at random moments of a process writing through the store: nothing lost, nothing torn.

Durability only, whatever the machine's speed: each life is killed a random time after its first
acknowledged write (so every life has something to lose), and no count of writes is required.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

from desktop_app.paths import database_path

KILLS = 200
#: Seconds a writer may take for its first write before the test calls it hung (not a speed limit).
FIRST_WRITE_HANG_GUARD = 600


def test_sigkill_at_random_moments_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.crash_writer"])
    from tests.crash_writer import write_until_killed

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    rng = random.Random(20261128)
    acknowledged_interviews: dict[str, int] = {}
    last_section: dict[int, tuple[int, int]] = {}  # anchor -> (life, n) of the last acknowledged section
    for life in range(KILLS):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=write_until_killed, args=(str(data), life, send))
        child.start()
        send.close()
        # Wait for the first acknowledgement however slow the machine is (the bound only stops a hung
        # writer from hanging the suite), then kill at a random moment of the writing that follows.
        assert receive.poll(FIRST_WRITE_HANG_GUARD), "the writer never acknowledged a write"
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
        assert child.exitcode == -signal.SIGKILL
        while receive.poll():  # everything acknowledged before the kill
            try:
                kind, _life, n, row = receive.recv_bytes().decode().split()
            except EOFError:
                break
            if kind == "i":
                acknowledged_interviews[f"L{life}-{n}"] = int(row)
            else:
                last_section[int(row)] = (life, int(n))
        receive.close()
        _check(database_path(data), acknowledged_interviews, last_section)
    # Every life's first write is an interview, acknowledged before its kill: all of them were checked.
    assert len(acknowledged_interviews) >= KILLS


def _check(path: Path, interviews: dict[str, int], sections: dict[int, tuple[int, int]]) -> None:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")  # raises if torn
        stored = dict(db.execute("SELECT company, id FROM interview"))
        missing = {c for c in interviews if c not in stored}
        assert not missing, f"acknowledged but lost: {sorted(missing)[:5]}"
        # Nothing half-written: every interview (acknowledged or not) has both people and a full plan.
        shapes = set(db.execute(
            "SELECT (SELECT count(*) FROM interview_person p WHERE p.interview_id = i.id),"
            " (SELECT count(*) FROM follow_up f WHERE f.interview_id = i.id) FROM interview i"))
        assert len(shapes) == 1 and next(iter(shapes))[0] == 2, shapes
        for anchor, (life, n) in sections.items():
            (text,) = db.execute("SELECT discussed FROM debrief WHERE interview_id = ?", (anchor,)).fetchone()
            words = text.split()
            assert words[0] == "life" and words[2] == "write"
            assert (int(words[1]), int(words[3])) >= (life, n)  # the last acknowledged text, or a later one
            assert text == f"life {words[1]} write {words[3]} " + "x" * (int(words[3]) % 7) * 300  # not torn
    finally:
        db.close()
