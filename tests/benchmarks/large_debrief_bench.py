"""Typing in a debrief that holds 1 MB of notes, and what `synchronous=FULL` would cost autosave.

Run by the benchmark runner (`make bench`) as
`python -m tests.benchmarks.large_debrief_bench DATA_DIR` (offscreen, JSON on stdout); it adds
one interview to the copy of the data set it is given.

- **Keystroke**: the work one key press causes in the GUI thread — the key event through
  QPlainTextEdit, the highlighter, textChanged and the autosave timers — timed around
  `QTest.keyClick` plus the events it posts, for each character typed at the end of the
  1.2 MB section. The autosaves that happen meanwhile (they run from timers, not from the key;
  the GUI thread copies the text out and a worker thread writes it) are timed separately, and
  the longest event-loop stall while typing is what a user feels. The search index of so long
  a section is brought up to date once typing pauses (3 s): timed too.
- **synchronous NORMAL vs FULL**: the same autosave write (a 2,000-character section,
  `save_section` as the debrief window calls it) repeated on the real file in WAL mode with
  each setting. In WAL mode NORMAL syncs only at checkpoints; FULL syncs the WAL on every
  commit — that fsync is the price of surviving a power cut with the last commits.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.domain.debrief import MAX_NOTE_CHARS  # noqa: E402 (stdlib only: cheap)

from .debrief_bench import time_autosaves, watch_stalls

CHILD_TIMEOUT_SECONDS = 600
NOTES_BYTES = int(os.environ.get("BENCH_NOTES_CHARS", MAX_NOTE_CHARS))  # the largest note allowed
TYPED = "Follow up on the migration timeline. "
SYNC_WRITES = 200


@dataclass
class LargeDebriefResult:
    notes_chars: int
    keystroke_median_ms: float
    keystroke_p95_ms: float
    keystroke_max_ms: float
    keystrokes: int
    save_median_ms: float
    save_max_ms: float
    saves: int
    longest_stall_ms: float
    index_after_pause_ms: float
    open_ms: float
    normal_median_ms: float
    normal_p95_ms: float
    full_median_ms: float
    full_p95_ms: float
    sync_writes: int

    @classmethod
    def from_json(cls, text: str) -> LargeDebriefResult:
        return cls(**json.loads(text))


def big_notes(size: int) -> str:
    line = "Talked about their data platform, the on-call rotation and the hiring plan for next year.\n"
    lines = [f"{n:05d} {line}" if n % 40 else f"★ {n:05d} {line}" for n in range(size // len(line) + 1)]
    return "".join(lines)[:size]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * share) - 1, 0)]


def measure(data_dir: Path) -> LargeDebriefResult:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from desktop_app.domain.model import Interview, Person
    from desktop_app.paths import backups_dir, database_path
    from desktop_app.store.database import PRAGMAS, db_proxy, open_database
    from desktop_app.store.debrief_store import save_section
    from desktop_app.store.interviews import save_interview
    from desktop_app.ui.app.application import FinishStrongApp
    from desktop_app.ui.debrief.debrief_window import DebriefWindow

    app = FinishStrongApp(sys.argv[:1])
    open_database(database_path(data_dir), backups_dir(data_dir))
    start = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
    interview_id = save_interview(Interview("Large Notes Ltd", "Engineer", start, start + timedelta(hours=1),
                                            "Europe/Berlin", interviewers=[Person("Dana Reyes")]))
    notes = big_notes(NOTES_BYTES)
    save_section(interview_id, "discussed", notes)

    opened = time.perf_counter()
    window = DebriefWindow(interview_id, lambda: datetime.now(UTC))
    window.show()
    app.processEvents()
    open_ms = (time.perf_counter() - opened) * 1000

    saves = time_autosaves(window)
    editor = window.sections["discussed"]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    stalls, beat = watch_stalls()
    keystrokes: list[float] = []
    for char in TYPED * 4:
        began = time.perf_counter()
        QTest.keyClick(editor, char if char != " " else Qt.Key.Key_Space)
        QCoreApplication.sendPostedEvents()  # what the key posted (layout, repaint requests); no timers
        keystrokes.append((time.perf_counter() - began) * 1000)
        deadline = time.perf_counter() + 0.03  # ~33 characters a second, as in debrief_bench
        while time.perf_counter() < deadline:
            app.processEvents()
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:  # the last autosave
        app.processEvents()
    beat.stop()
    indexing: list[float] = []
    original_index = window._index_pending

    def timed_index() -> None:
        began = time.perf_counter()
        original_index()
        indexing.append((time.perf_counter() - began) * 1000)

    window.index_timer.timeout.disconnect()
    window.index_timer.timeout.connect(timed_index)
    end = time.perf_counter() + 4.0
    while time.perf_counter() < end and not indexing:  # typing paused: the search index catches up
        app.processEvents()
    window.close()

    section = big_notes(2_000)
    database = db_proxy.obj
    timings: dict[str, list[float]] = {}
    for mode in ("normal", "full", "normal", "full"):  # alternated: the disk's mood hits both alike
        database.execute_sql(f"PRAGMA synchronous = {mode}")
        runs = timings.setdefault(mode, [])
        for n in range(SYNC_WRITES // 2):
            began = time.perf_counter()
            save_section(interview_id, "anything_else", f"{section}{mode}{n}")
            runs.append((time.perf_counter() - began) * 1000)
    database.execute_sql(f"PRAGMA synchronous = {PRAGMAS['synchronous']}")  # back to the app's setting
    return LargeDebriefResult(
        notes_chars=len(notes),
        keystroke_median_ms=statistics.median(keystrokes),
        keystroke_p95_ms=_percentile(keystrokes, 0.95),
        keystroke_max_ms=max(keystrokes),
        keystrokes=len(keystrokes),
        save_median_ms=statistics.median(saves) if saves else float("nan"),
        save_max_ms=max(saves) if saves else float("nan"),
        saves=len(saves),
        longest_stall_ms=float(max(stalls) if stalls else 0),
        index_after_pause_ms=max(indexing) if indexing else float("nan"),
        open_ms=open_ms,
        normal_median_ms=statistics.median(timings["normal"]),
        normal_p95_ms=_percentile(timings["normal"], 0.95),
        full_median_ms=statistics.median(timings["full"]),
        full_p95_ms=_percentile(timings["full"], 0.95),
        sync_writes=SYNC_WRITES,
    )


def measure_in_child(data_dir: Path, env: dict[str, str], cwd: Path) -> LargeDebriefResult:
    """On a copy of the data set: the interview added here must not change later measurements."""
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    copy = data_dir.parent / "large-debrief-copy"
    shutil.copytree(data_dir, copy)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.large_debrief_bench", str(copy)], cwd=cwd, env=env,
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=CHILD_TIMEOUT_SECONDS,
        )
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    if done.returncode != 0:
        raise RuntimeError(f"the large-debrief benchmark failed (exit status {done.returncode}):\n"
                           f"{done.stderr.strip()}")
    return LargeDebriefResult.from_json(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(asdict(measure(Path(sys.argv[1])))))
