"""Reminders at rest: what arming the timer costs, and what the app costs idle in the tray.

Two measurements, each in a child process that prints JSON on its last line:

`python -m tests.benchmarks.idle_bench arm DATA_DIR` — in-process, no display needed:
opens the database, makes a `ReminderScheduler` with the real clock and calls `arm()`
ARMS times, counting every statement the sqlite3 connection runs (trace callback).

`python -m tests.benchmarks.idle_bench idle DATA_DIR [--idle-seconds N]` — starts the
real app, `python -m desktop_app --data-dir COPY --minimized`, in a private desktop
session (Xvfb, a D-Bus session bus, dunst, trayer: see desktop_session.py) and, after
a settle time, reads /proc for IDLE_SECONDS: the process's CPU time (utime + stime of
/proc/PID/stat, which counts every thread, exited ones too) and its wake-ups, counted as
the increase of `voluntary_ctxt_switches` summed over /proc/PID/task/*/status. A thread
that blocks for good (an event loop with nothing to do, a reader waiting on a socket)
adds nothing; each wake-up of a sleeping thread (a timer firing, a message arriving)
adds about one, when the thread goes back to sleep. Reading another process's /proc
files does not wake it. The threads are read every second, so one that exits during the
window still counts, and the wake-ups get times and thread names for the report.

The app runs on a copy of the data: alerts that would fall due during the measurement
are moved to just after it (and counted), so what is measured is the app at rest.
`--trace-timers` (a diagnosis, not part of `make bench`) starts the app through
tests/benchmarks/timer_trace.py instead, which logs every timer event of the GUI thread
with its receiver's class, to tell which timer woke the app.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.local_servers import stop_process

ARMS = 50
IDLE_SECONDS = 60
SETTLE_SECONDS = 5.0
#: after the settle time, also wait (up to this long) for start-up work to stop using CPU
SETTLE_EXTRA_SECONDS = 10.0
SAMPLE_SECONDS = 1.0
#: alerts are kept this far past the end of the window, so none fires near it
ALERT_MARGIN = timedelta(minutes=2)
CHILD_MARGIN_SECONDS = 120
APP_CLASS = "finish-strong"  # the app's WM_CLASS (QApplication.applicationName)
REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------- arm cost
@dataclass
class ArmResult:
    statements: list[int]  # SQL statements per arm() call
    selects: list[int]
    seconds: list[float]
    sql: list[str]  # the statements of the first arm
    plan: list[str]  # EXPLAIN QUERY PLAN of the first arm's query
    armed_for: str | None  # the next alert the scheduler armed for (ISO), None if nothing pending

    @property
    def max_statements(self) -> int:
        return max(self.statements)

    @property
    def mean_statements(self) -> float:
        return statistics.fmean(self.statements)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def max_ms(self) -> float:
        return max(self.seconds) * 1000

    @classmethod
    def from_json(cls, text: str) -> ArmResult:
        return cls(**json.loads(text))


def measure_arm(data_dir: Path, arms: int = ARMS) -> ArmResult:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from desktop_app.paths import backups_dir, database_path
    from desktop_app.reminders.scheduler import ReminderScheduler
    from desktop_app.store import reminder_store
    from desktop_app.store.database import close_database, open_database
    from desktop_app.ui.main.main_window import utc_now  # the clock the app gives the scheduler

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    database = open_database(database_path(data_dir), backups_dir(data_dir))
    seen: list[str] = []
    statements, selects, seconds = [], [], []
    first_sql: list[str] = []
    try:
        scheduler = ReminderScheduler(utc_now)
        scheduler.paused_until = reminder_store.paused_until()  # as start() does, before arming
        connection = database.connection()
        connection.set_trace_callback(seen.append)
        try:
            for _ in range(arms):
                seen.clear()
                started = time.perf_counter()
                scheduler.arm()
                seconds.append(time.perf_counter() - started)
                statements.append(len(seen))
                selects.append(sum(s.lstrip().upper().startswith(("SELECT", "WITH")) for s in seen))
                if not first_sql:
                    first_sql = list(seen)
                app.processEvents()
        finally:
            connection.set_trace_callback(None)
        plan = []
        for sql in first_sql[:1]:
            try:
                plan = [row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}")]
            except sqlite3.Error as exc:
                plan = [f"(no plan: {exc})"]
        armed_for = scheduler.armed_for.isoformat() if scheduler.armed_for else None
        scheduler.stop()
    finally:
        close_database()
    return ArmResult(statements, selects, seconds, first_sql, plan, armed_for)


def measure_arm_in_child(data_dir: Path, env: dict[str, str], cwd: Path, arms: int = ARMS) -> ArmResult:
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.idle_bench", "arm", str(data_dir), "--arms", str(arms)],
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the arm benchmark failed (exit status {done.returncode}):\n{done.stderr.strip()}")
    return ArmResult.from_json(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------- idle cost
@dataclass
class ThreadWakes:
    tid: int
    name: str
    wakes: int
    at: list[float]  # seconds into the window of each sample that saw wake-ups (repeated per wake)
    exited: bool = False
    started: bool = False  # created during the window
    main: bool = False  # the GUI thread (its tid is the process id)


@dataclass
class IdleResult:
    idle_seconds: float
    settle_seconds: float
    cpu_seconds: float  # utime + stime, clock ticks (1/CLK_TCK s)
    cpu_ns: int  # sum of the threads' on-CPU time from schedstat (ns), 0 if unavailable
    wakes: int
    threads: list[ThreadWakes]
    session: str
    notifier: str
    tray_docked: bool | None
    minimized: bool
    display: str
    alerts_moved: int
    next_alert: str | None
    app_notify_calls: int = 0  # Notify calls the app made during the window
    timer_trace: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def wakes_per_minute(self) -> float:
        return self.wakes * 60 / self.idle_seconds

    def breakdown(self) -> str:
        """'python (main) 3 at 25/55/60 s, QXcbEventQueue 0, …' — busiest first."""
        parts = []
        for t in sorted(self.threads, key=lambda t: (-t.wakes, t.tid)):
            where = ""
            if t.at:
                where = " at " + "/".join(f"{s:.0f}" for s in sorted(set(t.at))) + " s"
            flags = " (GUI thread)" if t.main else " (exited)" if t.exited else " (new)" if t.started else ""
            parts.append(f"{t.name} [{t.tid}]{flags} {t.wakes}{where}")
        return ", ".join(parts)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> IdleResult:
        data = json.loads(text)
        data["threads"] = [ThreadWakes(**t) for t in data["threads"]]
        return cls(**data)


def copy_data_dir(source: Path, target: Path) -> Path:
    """A consistent copy of the database (SQLite's backup API, so a WAL is included)."""
    from desktop_app.paths import database_path

    target.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(f"file:{database_path(source)}?mode=ro", uri=True) as src, \
            sqlite3.connect(database_path(target)) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def _stored(moment: datetime) -> str:
    """How UtcDateTimeField stores a time: 'YYYY-MM-DD HH:MM:SS' in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def keep_alerts_out_of(data_dir: Path, start: datetime, end: datetime) -> tuple[int, str | None]:
    """Move alerts falling in [start, end) to `end`; returns (how many moved, next alert after)."""
    from desktop_app.paths import database_path

    with sqlite3.connect(database_path(data_dir)) as conn:
        moved = conn.execute("UPDATE follow_up SET alert_at = ? WHERE alert_at >= ? AND alert_at < ?",
                             (_stored(end), _stored(start), _stored(end))).rowcount
        (after,) = conn.execute("SELECT min(alert_at) FROM follow_up WHERE alert_at >= ?", (_stored(end),)).fetchone()
    conn.close()
    return moved, after


class ProcReader:
    """Per-thread voluntary context switches and CPU time of one process, from /proc."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.ticks = os.sysconf("SC_CLK_TCK")

    def cpu_seconds(self) -> float:
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / self.ticks  # utime, stime (all threads)

    def threads(self) -> dict[int, tuple[str, int, int]]:
        """tid -> (name, voluntary switches, on-CPU ns or -1)."""
        found: dict[int, tuple[str, int, int]] = {}
        base = f"/proc/{self.pid}/task"
        for tid in os.listdir(base):
            try:
                with open(f"{base}/{tid}/comm") as f:
                    name = f.read().strip()
                with open(f"{base}/{tid}/status") as f:
                    status = f.read()
                voluntary = int(status.split("voluntary_ctxt_switches:", 1)[1].split()[0])
                try:
                    with open(f"{base}/{tid}/schedstat") as f:
                        ns = int(f.read().split()[0])
                except (OSError, ValueError, IndexError):
                    ns = -1
            except (OSError, IndexError, ValueError):
                continue  # the thread ended between listdir and reading
            found[int(tid)] = (name, voluntary, ns)
        return found


def _wait_for_quiet(reader: ProcReader, proc: subprocess.Popen[bytes], settle: float) -> float:
    """Settle time, then until CPU time stops moving for a second (start-up finished)."""
    started = time.monotonic()
    time.sleep(settle)
    deadline = time.monotonic() + SETTLE_EXTRA_SECONDS
    last = reader.cpu_seconds()
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(1.0)
        now = reader.cpu_seconds()
        if now == last:
            break
        last = now
    return time.monotonic() - started


def measure_idle(data_dir: Path, idle_seconds: float = IDLE_SECONDS, settle: float = SETTLE_SECONDS,
                 prefer_xvfb: bool = True, trace_timers: bool = False) -> IdleResult:
    from .desktop_session import BusMonitor, connection_pid, desktop_session, tray_icon_docked
    from .display import private_display

    with tempfile.TemporaryDirectory(prefix="finish-strong-idle-") as tmp:
        scratch = Path(tmp)
        copy = copy_data_dir(data_dir, scratch / "data")
        now = datetime.now(UTC)
        # Start-up, settle (plus its extra wait) and the window, with a margin after it.
        window_end = now + timedelta(seconds=30 + settle + SETTLE_EXTRA_SECONDS + idle_seconds) + ALERT_MARGIN
        moved, next_alert = keep_alerts_out_of(copy, now, window_end)
        runtime = scratch / "runtime"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime))
        env.pop("FINISH_STRONG_DATA_DIR", None)
        with private_display(prefer_xvfb) as display, \
                desktop_session(display.apply(env), scratch / "session", display.display) as session:
            monitor = BusMonitor(session.bus_address) if session.bus_address else None
            minimized = session.tray is not None
            program = ["tests/benchmarks/timer_trace.py"] if trace_timers else ["-m", "desktop_app"]
            argv = [sys.executable, *program, "--data-dir", str(copy), *(["--minimized"] if minimized else [])]
            app_env = dict(session.env, PYTHONPATH=str(REPO)) if trace_timers else session.env
            log = scratch / "app.log"
            with log.open("wb") as sink:
                proc = subprocess.Popen(argv, cwd=REPO, env=app_env, stdin=subprocess.DEVNULL,
                                        stdout=sink, stderr=subprocess.STDOUT)
            try:
                reader = ProcReader(proc.pid)
                settled = _wait_for_quiet(reader, proc, settle)
                if proc.poll() is not None:
                    raise RuntimeError(f"the app exited during start-up (status {proc.returncode}):\n"
                                       f"{log.read_text(errors='replace')[-3000:]}")
                window_start = time.monotonic()
                trace_from = log.stat().st_size
                cpu_before = reader.cpu_seconds()
                first = reader.threads()
                last = dict(first)
                at: dict[int, list[float]] = {tid: [] for tid in first}
                gone: set[int] = set()
                end = window_start + idle_seconds
                while (now_mono := time.monotonic()) < end:
                    time.sleep(min(SAMPLE_SECONDS, end - now_mono))
                    if proc.poll() is not None:
                        raise RuntimeError(f"the app exited while idle (status {proc.returncode}):\n"
                                           f"{log.read_text(errors='replace')[-3000:]}")
                    current = reader.threads()
                    offset = time.monotonic() - window_start
                    for tid, (name, voluntary, ns) in current.items():
                        before = last.get(tid, (name, 0, 0))[1]
                        at.setdefault(tid, []).extend([round(offset, 1)] * max(0, voluntary - before))
                        last[tid] = (name, voluntary, ns)
                    gone |= set(last) - set(current)
                cpu_after = reader.cpu_seconds()
                docked = tray_icon_docked(display.display, APP_CLASS) if display.display and minimized else None
                notify_calls, notifier = _notifier_evidence(monitor, session, proc.pid, window_start, connection_pid)
            finally:
                if monitor is not None:
                    monitor.close()
                stop_process(proc)
            trace = []
            if trace_timers:
                with log.open("rb") as f:
                    f.seek(trace_from)
                    for line in f.read().decode(errors="replace").splitlines():
                        parts = line.split(maxsplit=2)
                        if len(parts) == 3 and parts[0] == "timer" and float(parts[1]) >= window_start:
                            trace.append(f"{float(parts[1]) - window_start:6.1f} s  {parts[2]}")
            threads = [
                ThreadWakes(tid, name, voluntary - first.get(tid, (name, 0, 0))[1], at.get(tid, []),
                            exited=tid in gone, started=tid not in first, main=tid == proc.pid)
                for tid, (name, voluntary, _ns) in last.items()
            ]
            cpu_ns = sum(ns - first.get(tid, (n, 0, 0))[2] for tid, (n, _v, ns) in last.items()) \
                if all(v[2] >= 0 for v in last.values()) else 0
            return IdleResult(
                idle_seconds=idle_seconds, settle_seconds=round(settled, 1),
                cpu_seconds=round(cpu_after - cpu_before, 3), cpu_ns=cpu_ns,
                wakes=sum(t.wakes for t in threads), threads=threads, session=session.describe(),
                notifier=notifier, tray_docked=docked, minimized=minimized, display=display.describe(),
                alerts_moved=moved, next_alert=next_alert, app_notify_calls=notify_calls, timer_trace=trace,
                missing=session.missing,
            )


def _notifier_evidence(monitor, session, pid: int, window_start: float,  # type: ignore[no-untyped-def]
                       connection_pid) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """(Notify calls by the app during the window, which notifier the app used and why we think so)."""
    if monitor is None:
        return 0, "no D-Bus session bus, so tray messages or the in-app banner"
    senders = {sender for _t, sender, _m, _serial in monitor.calls}
    # The app's connections; one it already closed (a notifier that gave up) has no pid left.
    ours = {s for s in senders if connection_pid(session.bus_address, s) in (pid, None)}
    calls = [(t, m) for t, s, m, _serial in monitor.calls if s in ours]
    during = sum(1 for t, m in calls if m == "Notify" and t >= window_start)
    asked = [(s, serial) for _t, s, m, serial in monitor.calls if s in ours and m == "GetCapabilities"]
    if any(answer in monitor.returns for answer in asked):
        before = sum(1 for t, m in calls if m == "Notify" and t < window_start)
        return during, (f"Desktop notifications (D-Bus) to {session.notification_server}: the server answered "
                        f"the app's GetCapabilities at start-up ({before} Notify before the window)")
    why = "the notification server did not answer the app" if asked else "the app did not call a notification server"
    return during, (f"Tray messages ({why})" if session.tray else f"In-app banner (no tray; {why})")


def measure_idle_in_child(data_dir: Path, env: dict[str, str], cwd: Path, idle_seconds: float = IDLE_SECONDS,
                          settle: float = SETTLE_SECONDS, prefer_xvfb: bool = True) -> IdleResult:
    argv = [sys.executable, "-m", "tests.benchmarks.idle_bench", "idle", str(data_dir),
            "--idle-seconds", str(idle_seconds), "--settle-seconds", str(settle)]
    if not prefer_xvfb:
        argv.append("--offscreen")
    done = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=idle_seconds + settle + SETTLE_EXTRA_SECONDS + CHILD_MARGIN_SECONDS)
    if done.returncode != 0:
        raise RuntimeError(f"the idle benchmark failed (exit status {done.returncode}):\n{done.stderr.strip()}")
    return IdleResult.from_json(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.idle_bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    arm = sub.add_parser("arm", help="SQL statements and time per ReminderScheduler.arm()")
    arm.add_argument("data_dir", type=Path)
    arm.add_argument("--arms", type=int, default=ARMS)
    idle = sub.add_parser("idle", help="CPU time and wake-ups of the real app idle in the tray")
    idle.add_argument("data_dir", type=Path)
    idle.add_argument("--idle-seconds", type=float, default=IDLE_SECONDS)
    idle.add_argument("--settle-seconds", type=float, default=SETTLE_SECONDS)
    idle.add_argument("--offscreen", action="store_true", help="no Xvfb (so no tray)")
    idle.add_argument("--trace-timers", action="store_true",
                      help="diagnosis: start the app through timer_trace.py and list the GUI thread's timer events")
    idle.add_argument("--human", action="store_true", help="print a readable summary, not JSON")
    args = parser.parse_args(argv)
    if args.what == "arm":
        print(json.dumps(asdict(measure_arm(args.data_dir, args.arms))), flush=True)
        return 0
    result = measure_idle(args.data_dir, args.idle_seconds, args.settle_seconds, not args.offscreen,
                          args.trace_timers)
    if args.human:
        print(f"{result.display}; {result.session}\nnotifier: {result.notifier}\n"
              f"CPU {result.cpu_seconds:.2f} s ({result.cpu_ns / 1e6:.1f} ms on-CPU), "
              f"{result.wakes} wake-ups in {result.idle_seconds:.0f} s: {result.breakdown()}",
              *result.timer_trace, sep="\n")
    else:
        print(result.to_json(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
