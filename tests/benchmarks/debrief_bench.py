"""Search latency and autosave cost on the big data set, measured in one child process.

Run by the benchmark runner as `python -m tests.benchmarks.debrief_bench DATA_DIR`
(offscreen, JSON on stdout). Search is timed through `search_grouped`, exactly what the
search box calls, for queries as a user types them (prefix by prefix). Autosave is timed
inside a real DebriefWindow: every write the Autosaver makes while text is typed with
QTest is timed, and so is the longest stretch the event loop was busy, which is what a
user would feel as a stutter while typing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

CHILD_TIMEOUT_SECONDS = 300
WORDS = ["marathon", "portal", "kubernetes", "conference", "association", "lisbon", "okafor", "sourdough",
         "hybrid", "mentoring", "migration", "northwind", "recruiter", "agenda", "launch"]
TYPED_TEXT = "Asked about their migration timeline and the team's on-call rotation. " * 6


@dataclass
class DebriefBenchResult:
    search_median_ms: float
    search_p95_ms: float
    search_queries: int
    save_median_ms: float
    save_max_ms: float
    saves: int
    longest_stall_ms: float
    characters_typed: int

    @classmethod
    def from_json(cls, text: str) -> DebriefBenchResult:
        return cls(**json.loads(text))


def time_autosaves(window: Any) -> list[float]:
    """Times every write a DebriefWindow's Autosaver makes (ms, appended as they happen)."""
    saves: list[float] = []
    original_flush = window.autosaver.flush

    def timed_flush() -> bool:
        started = time.perf_counter()
        result = original_flush()
        saves.append((time.perf_counter() - started) * 1000)
        return bool(result)

    window.autosaver.flush = timed_flush
    for timer in (window.autosaver.timer, window.autosaver.deadline):
        timer.timeout.disconnect()
        timer.timeout.connect(timed_flush)
    return saves


def watch_stalls() -> tuple[list[float], Any]:
    """Gaps (ms) between beats of a 5 ms timer, while the returned QTimer runs: the event loop's
    stalls, which a user feels as stutter. Stop the timer when done."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def heartbeat() -> None:  # fires every 5 ms when the loop is free; a gap is a stall
        now = clock.elapsed()
        stalls.append(now - last[0])
        last[0] = now

    beat = QTimer()
    beat.timeout.connect(heartbeat)
    beat.start(5)
    return stalls, beat


def measure(data_dir: Path) -> DebriefBenchResult:
    from PySide6.QtTest import QTest

    from desktop_app.paths import backups_dir, database_path
    from desktop_app.store.database import open_database
    from desktop_app.store.models import Interview
    from desktop_app.store.search import search_grouped
    from desktop_app.ui.app.application import FinishStrongApp
    from desktop_app.ui.debrief.debrief_window import DebriefWindow

    app = FinishStrongApp(sys.argv[:1])
    open_database(database_path(data_dir), backups_dir(data_dir))

    timings = []
    for word in WORDS:
        for end in range(2, len(word) + 1):  # "ma", "mar", "mara", ... as typed
            started = time.perf_counter()
            search_grouped(word[:end])
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()

    interview = Interview.select(Interview.id).where(Interview.status == "done").order_by(Interview.id).first()
    window = DebriefWindow(interview.id, lambda: datetime.now(UTC))
    window.show()
    saves = time_autosaves(window)
    editor = window.sections["discussed"]
    editor.setFocus()
    stalls, beat = watch_stalls()
    for char in TYPED_TEXT:
        QTest.keyClicks(editor, char)
        deadline = time.perf_counter() + 0.03  # a fast typist: ~33 characters a second
        while time.perf_counter() < deadline:
            app.processEvents()
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:  # let the last autosave happen
        app.processEvents()
    beat.stop()
    window.close()
    return DebriefBenchResult(
        search_median_ms=statistics.median(timings),
        search_p95_ms=timings[int(len(timings) * 0.95) - 1],
        search_queries=len(timings),
        save_median_ms=statistics.median(saves) if saves else float("nan"),
        save_max_ms=max(saves) if saves else float("nan"),
        saves=len(saves),
        longest_stall_ms=float(max(stalls) if stalls else 0),
        characters_typed=len(TYPED_TEXT),
    )


def measure_in_child(data_dir: Path, env: dict[str, str], cwd: Path) -> DebriefBenchResult:
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.debrief_bench", str(data_dir)],
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=CHILD_TIMEOUT_SECONDS,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the debrief benchmark failed (exit status {done.returncode}):\n{done.stderr.strip()}")
    return DebriefBenchResult.from_json(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(asdict(measure(Path(sys.argv[1])))))
