"""Queries and time per month change, measured inside a process that holds the main window.

Run by the benchmark runner as its own child (`python -m tests.benchmarks.month_switch
DATA_DIR`, offscreen, JSON on stdout), so a crash inside Qt is reported with its stderr
instead of taking the runner and its table down. Every SQL statement the sqlite3
connection runs is counted through its trace callback, so a query added anywhere on the
month-change path (a count, a lazy load per cell) shows up, whichever layer issues it.
"""

from __future__ import annotations

import ctypes
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

READ_PREFIXES = ("SELECT", "WITH")
CHILD_TIMEOUT_SECONDS = 300
NONE_PROBE_CALLS = 1000
NONE_TOP_UP = 1_000_000


@dataclass
class StatementCounter:
    selects: int = 0
    total: int = 0
    seen: list[str] = field(default_factory=list)

    def __call__(self, statement: str) -> None:
        self.total += 1
        if statement.lstrip().upper().startswith(READ_PREFIXES):
            self.selects += 1
        self.seen.append(statement)

    def reset(self) -> None:
        self.selects = self.total = 0
        self.seen.clear()


@dataclass(frozen=True)
class Switch:
    direction: str
    selects: int
    statements: int
    seconds: float
    entries: int  # calendar entries on the page shown after the switch
    sql: list[str]


@dataclass
class MonthSwitchResult:
    switches: list[Switch]
    none_refs_lost_per_void_call: int = 0  # see guard_none_refcount()

    @property
    def max_selects(self) -> int:
        return max(s.selects for s in self.switches)

    @property
    def mean_selects(self) -> float:
        return statistics.fmean(s.selects for s in self.switches)

    @property
    def max_statements(self) -> int:
        return max(s.statements for s in self.switches)

    @property
    def mean_statements(self) -> float:
        return statistics.fmean(s.statements for s in self.switches)

    @property
    def median_ms(self) -> float:
        return statistics.median(s.seconds for s in self.switches) * 1000

    @property
    def max_ms(self) -> float:
        return max(s.seconds for s in self.switches) * 1000

    @property
    def mean_entries(self) -> float:
        return statistics.fmean(s.entries for s in self.switches)

    def worst(self) -> Switch:
        return max(self.switches, key=lambda s: (s.selects, s.statements))

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> MonthSwitchResult:
        data = json.loads(text)
        return cls([Switch(**s) for s in data["switches"]], data["none_refs_lost_per_void_call"])


def guard_none_refcount() -> int:
    """How many references to None one void Qt call drops; if any, keep None alive anyway.

    PySide6 6.12.0 on Python 3.11 (where None is not yet immortal) returns None from
    every void method without taking a reference, so a few thousand calls later the
    interpreter aborts with "Fatal Python error: none_dealloc". Painting one month page
    of the demo data makes ~850 such calls. The guard lets the measurement finish; the
    runner reports the leak, because the app itself has no such guard.
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(NONE_PROBE_CALLS):
        probe.setObjectName("probe")
    lost = round((before - sys.getrefcount(None)) / NONE_PROBE_CALLS)
    if lost > 0:
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes, incref.restype = [ctypes.py_object], None
        for _ in range(NONE_TOP_UP):
            incref(None)
    return lost


def measure_month_switch(data_dir: Path, months: int = 12) -> MonthSwitchResult:
    """`months` pages forward, then as many back, with events processed after each."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop_app.paths import backups_dir, database_path, ui_state_path
    from desktop_app.store.database import close_database, open_database
    from desktop_app.ui.main.main_window import MainWindow

    def quiet_offscreen(_kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen plugin's harmless complaint
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    lost = guard_none_refcount()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    database = open_database(database_path(data_dir), backups_dir(data_dir))
    counter = StatementCounter()
    switches: list[Switch] = []
    try:
        window = MainWindow(ui_state_path(data_dir))
        window.show()
        app.processEvents()
        calendar = window.calendar
        steps = [("next", calendar.showNextMonth)] * months + [("previous", calendar.showPreviousMonth)] * months
        database.connection().set_trace_callback(counter)
        try:
            for direction, step in steps:
                counter.reset()
                start = time.perf_counter()
                step()
                app.processEvents()
                elapsed = time.perf_counter() - start
                switches.append(Switch(direction, counter.selects, counter.total, elapsed,
                                       _entries_on_page(window), list(counter.seen)))
        finally:
            database.connection().set_trace_callback(None)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        close_database()
    return MonthSwitchResult(switches, lost)


def _entries_on_page(window: object) -> int:
    """What the page shows, through the calendar's public per-day lookup."""
    from desktop_app.ui.main.calendar_view import visible_range

    calendar = window.calendar  # type: ignore[attr-defined]
    start, end = visible_range(calendar.yearShown(), calendar.monthShown())
    day, last = start.date(), end.date()
    count = 0
    while day < last:
        count += len(calendar.entries_on(day))
        day += timedelta(days=1)
    return count


class MonthSwitchError(RuntimeError):
    """The measuring process failed."""


def measure_in_child(data_dir: Path, months: int, env: dict[str, str], cwd: Path) -> MonthSwitchResult:
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.month_switch", str(data_dir), str(months)],
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=CHILD_TIMEOUT_SECONDS,
    )
    if done.returncode != 0:
        raise MonthSwitchError(f"the month-switch process failed (exit status {done.returncode}):\n"
                               f"{done.stderr.strip() or '(no output on stderr)'}")
    try:
        return MonthSwitchResult.from_json(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError, KeyError, TypeError) as exc:
        raise MonthSwitchError(f"the month-switch process printed no result ({exc!r}):\n{done.stdout[-2000:]}") from exc


def main(argv: list[str]) -> int:
    data_dir, months = Path(argv[0]), int(argv[1]) if len(argv) > 1 else 12
    result = measure_month_switch(data_dir, months)
    sys.stdout.flush()
    print(result.to_json(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
