"""`make bench`: build a large demo data set, measure start-up, memory, month switching,
search and autosave, and the reminders' cost at rest (arming the timer, idling in the tray),
print the table and keep it in docs/PERFORMANCE.md.

Exits 0 when every measurement ran, whether or not the targets were met (it reports, it
does not judge), and 1 when a measurement itself failed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from .debrief_bench import DebriefBenchResult
from .debrief_bench import measure_in_child as measure_debrief
from .display import DisplayError, private_display
from .idle_bench import IDLE_SECONDS, ArmResult, IdleResult, measure_arm_in_child, measure_idle_in_child
from .imap_bench import MESSAGES as IMAP_MESSAGES
from .imap_bench import ImapBenchResult
from .imap_bench import measure_in_child as measure_imap
from .large_debrief_bench import LargeDebriefResult
from .large_debrief_bench import measure_in_child as measure_large_debrief
from .month_switch import MonthSwitchError, MonthSwitchResult, measure_in_child
from .report import Row, print_results, results_block, verdict, write_results
from .startup import MeasurementError, Series, measure_startup, startup_programs

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "PERFORMANCE.md"
STARTUP_RATIO_TARGET = 1.5
MEMORY_RATIO_TARGET = 1.3
MONTH_QUERY_TARGET = 2
SEARCH_MS_TARGET = 50
AUTOSAVE_MS_TARGET = 10
STALL_MS_TARGET = 50  # below what a typist notices (key repeat is ~33 ms)
ARM_QUERY_TARGET = 1
IDLE_CPU_SECONDS_TARGET = 0.05
IDLE_WAKES_PER_MINUTE_TARGET = 1
IMAP_CHECK_MS_TARGET = 1000
MONTHS = 12
DEMO_TIMEOUT_SECONDS = 600
NONE_LEAK_NOTE = (
    "**Warning:** PySide6 {version} drops {n} reference(s) to `None` on every call of a void method "
    "(Python < 3.12, where `None` is not immortal). The month-switch process kept `None` alive to finish; "
    "the app has no such guard and aborts with `Fatal Python error: none_dealloc` after a few thousand Qt "
    "calls (each month page the calendar paints makes hundreds)."
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run_benchmarks", description=__doc__)
    parser.add_argument("--interviews", type=int, default=10_000, metavar="N",
                        help="demo interviews in the data set (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=9, metavar="N",
                        help="measured start-up runs of each program (default: %(default)s)")
    parser.add_argument("--offscreen", action="store_true",
                        help="use Qt's offscreen platform for the start-up and idle runs even if Xvfb is installed "
                             "(the idle run then has no tray)")
    parser.add_argument("--idle-seconds", type=float, default=IDLE_SECONDS, metavar="S",
                        help="how long the app is watched idle in the tray (default: %(default)s; the targets "
                             "are for 60 s, and the reminders' watchdog ticks once a minute)")
    parser.add_argument("--scale-sizes", type=_sizes, default=(1_000, 10_000, 100_000), metavar="N,N,…",
                        help="data-set sizes of the scale section (default: 1000,10000,100000; 'none' skips it; "
                             "use 1000,10000 while developing: 100k takes a while on a small machine)")
    parser.add_argument("--scale-runs", type=int, default=3, metavar="N",
                        help="start-up runs of each program per scale size (default: %(default)s)")
    parser.add_argument("--scale-only", action="store_true",
                        help="run only the scale section (and rewrite only its part of the page)")
    parser.add_argument("--no-docs", action="store_true", help=f"do not rewrite {DOC.relative_to(REPO)}")
    parser.add_argument("--package", action="store_true",
                        help="measure only the PyInstaller bundle against a bundled bare window: installed size "
                             "and frozen start-up (builds both bundles when their inputs changed; make bench-package)")
    args = parser.parse_args(argv)
    if args.interviews < 1 or args.runs < 1:
        parser.error("--interviews and --runs must be at least 1")
    if args.idle_seconds <= 0:
        parser.error("--idle-seconds must be more than 0")
    return args


def _sizes(text: str) -> tuple[int, ...]:
    if text.strip().lower() in ("", "none", "0"):
        return ()
    try:
        sizes = tuple(sorted({int(part) for part in text.split(",")}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of numbers") from None
    if any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError("sizes must be at least 1")
    return sizes


def child_env(scratch: Path) -> dict[str, str]:
    """The environment every child gets (the start-up runs add the display).

    Bytecode caching is switched on, into a private prefix: an installed app starts from
    its .pyc files, while PYTHONDONTWRITEBYTECODE (set on some machines) would make every
    measured start compile the app's modules again, and the repository stays untouched.
    """
    runtime_dir, pycache = scratch / "runtime", scratch / "pycache"
    runtime_dir.mkdir(mode=0o700)  # private and 0700, so Qt has nothing to warn about
    env = dict(os.environ)
    env.pop("FINISH_STRONG_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["XDG_RUNTIME_DIR"] = str(runtime_dir)
    return env


def build_data_set(data_dir: Path, interviews: int, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "demo", "--interviews", str(interviews)],
        cwd=REPO, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=DEMO_TIMEOUT_SECONDS,
    )
    if done.returncode != 0:
        raise MeasurementError(f"building the data set failed (exit status {done.returncode}):\n"
                               f"{done.stderr.strip() or done.stdout.strip()}")
    return time.perf_counter() - start


def data_set_size(data_dir: Path) -> str:
    from desktop_app.paths import database_path

    path = database_path(data_dir)
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                      for t in ("interview", "follow_up", "followup", "person") if t in tables}
        conn.close()
    except sqlite3.Error as exc:
        return f"(could not read: {exc})"
    parts = [f"{n:,} {t.replace('_', '-')}s" for t, n in counts.items()]
    return f"{', '.join(parts)}; {path.stat().st_size / 2**20:.1f} MiB"


def pyside_version() -> str:
    import PySide6

    return PySide6.__version__


def machine_facts(display: str) -> list[tuple[str, str]]:
    import peewee
    import PySide6
    from PySide6.QtCore import qVersion

    return [
        ("machine", f"{len(os.sched_getaffinity(0))} CPUs (nproc), {_cpu_model()}, {platform.platform()}"),
        ("python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("PySide6", f"{PySide6.__version__} (Qt {qVersion()}), peewee {peewee.__version__}, "
                    f"SQLite {sqlite3.sqlite_version}"),
        ("platform for start-up", display),
    ]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def git_revision() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{rev} (with uncommitted changes)" if dirty else rev


def command_line(argv: Sequence[str]) -> str:
    python = Path(sys.executable)
    shown = os.path.relpath(python, REPO) if python.is_relative_to(REPO) else str(python)
    command = shlex.join([shown, "-m", "tests.benchmarks.run_benchmarks", *argv])
    return f"`make bench` → `{command}`" if "MAKELEVEL" in os.environ else f"`{command}`"


def ratio_text(ratio: float, target: float | None = None) -> str:
    """Two decimals, or three where two would round onto the target and hide the verdict's reason."""
    decimals = 3 if target is not None and round(ratio, 2) == target else 2
    return f"{ratio:.{decimals}f}×"


def startup_rows(app: Series, bare: Series) -> list[Row]:
    ratio = app.median_seconds / bare.median_seconds
    fastest = app.min_seconds / bare.min_seconds
    memory = app.median_rss_kib / bare.median_rss_kib
    return [
        Row("start-up time, median", f"{app.median_seconds * 1000:.0f} ms", f"{bare.median_seconds * 1000:.0f} ms",
            ratio_text(ratio, STARTUP_RATIO_TARGET), f"≤ {STARTUP_RATIO_TARGET}×",
            verdict(ratio <= STARTUP_RATIO_TARGET)),
        Row("start-up time, fastest run", f"{app.min_seconds * 1000:.0f} ms", f"{bare.min_seconds * 1000:.0f} ms",
            ratio_text(fastest)),
        Row("peak memory (max RSS), median", f"{app.median_rss_kib / 1024:.1f} MiB",
            f"{bare.median_rss_kib / 1024:.1f} MiB", ratio_text(memory, MEMORY_RATIO_TARGET),
            f"≤ {MEMORY_RATIO_TARGET}×", verdict(memory <= MEMORY_RATIO_TARGET)),
    ]


def month_rows(result: MonthSwitchResult) -> list[Row]:
    return [
        Row("month switch: SQL queries (SELECT), most", str(result.max_selects), target=f"≤ {MONTH_QUERY_TARGET}",
            verdict=verdict(result.max_selects <= MONTH_QUERY_TARGET)),
        Row("month switch: SQL queries (SELECT), mean", f"{result.mean_selects:.2f}"),
        Row("month switch: all SQL statements, most / mean", f"{result.max_statements} / {result.mean_statements:.2f}"),
        Row("month switch: time, median / slowest", f"{result.median_ms:.1f} / {result.max_ms:.1f} ms"),
    ]


def debrief_rows(result: DebriefBenchResult) -> list[Row]:
    return [
        Row("search as you type, median", f"{result.search_median_ms:.1f} ms", target=f"≤ {SEARCH_MS_TARGET} ms",
            verdict=verdict(result.search_median_ms <= SEARCH_MS_TARGET)),
        Row("search as you type, 95th percentile", f"{result.search_p95_ms:.1f} ms ({result.search_queries} queries)"),
        Row("autosave write, median", f"{result.save_median_ms:.2f} ms", target=f"≤ {AUTOSAVE_MS_TARGET} ms",
            verdict=verdict(result.save_median_ms <= AUTOSAVE_MS_TARGET)),
        Row("autosave write, slowest", f"{result.save_max_ms:.2f} ms ({result.saves} writes)"),
        Row("typing: longest event-loop stall", f"{result.longest_stall_ms:.0f} ms", target=f"< {STALL_MS_TARGET} ms",
            verdict=verdict(result.longest_stall_ms < STALL_MS_TARGET)),
    ]


#: Typing in a debrief holding 1 MB of notes: each keystroke's work in the GUI thread (issue 14).
KEYSTROKE_MS_TARGET = 50


def large_debrief_rows(result: LargeDebriefResult) -> list[Row]:
    size = f"{result.notes_chars:,} characters of notes"
    return [
        Row(f"typing with {size}: one keystroke's work, median / slowest",
            f"{result.keystroke_median_ms:.1f} / {result.keystroke_max_ms:.1f} ms ({result.keystrokes} keys)",
            target=f"< {KEYSTROKE_MS_TARGET} ms", verdict=verdict(result.keystroke_max_ms < KEYSTROKE_MS_TARGET)),
        Row(f"typing with {size}: autosave in the GUI thread, median / slowest",
            f"{result.save_median_ms:.1f} / {result.save_max_ms:.1f} ms ({result.saves} writes)"),
        Row(f"typing with {size}: longest event-loop stall", f"{result.longest_stall_ms:.0f} ms",
            target=f"< {STALL_MS_TARGET} ms", verdict=verdict(result.longest_stall_ms < STALL_MS_TARGET)),
        Row(f"{size}: search re-index once typing pauses", f"{result.index_after_pause_ms:.0f} ms"),
        Row("autosave write, synchronous=NORMAL: median / p95",
            f"{result.normal_median_ms:.2f} / {result.normal_p95_ms:.2f} ms"),
        Row("autosave write, synchronous=FULL (the app's): median / p95",
            f"{result.full_median_ms:.2f} / {result.full_p95_ms:.2f} ms ({result.sync_writes} writes)"),
    ]


def arm_rows(result: ArmResult) -> list[Row]:
    return [
        Row("arm next reminder: SQL statements, most / mean",
            f"{result.max_statements} / {result.mean_statements:.2f}", target=f"≤ {ARM_QUERY_TARGET}",
            verdict=verdict(result.max_statements <= ARM_QUERY_TARGET)),
        Row("arm next reminder: time, median / slowest",
            f"{result.median_ms:.2f} / {result.max_ms:.2f} ms ({len(result.statements)} arms)"),
    ]


def idle_rows(result: IdleResult) -> list[Row]:
    where = "in the tray" if result.minimized else "window open, no tray"
    span = f"{result.idle_seconds:g} s"
    on_cpu = f" ({result.cpu_ns / 1e6:.1f} ms on-CPU)" if result.cpu_ns else ""
    return [
        Row(f"idle {where}, {span}: CPU time", f"{result.cpu_seconds:.2f} s{on_cpu}",
            target=f"≤ {IDLE_CPU_SECONDS_TARGET} s" + ("" if result.idle_seconds == 60 else " per 60 s"),
            verdict=verdict(result.cpu_seconds * 60 / result.idle_seconds <= IDLE_CPU_SECONDS_TARGET)),
        Row(f"idle {where}, {span}: wake-ups per minute",
            f"{result.wakes_per_minute:.1f} ({result.wakes} in {span})",
            target=f"≤ {IDLE_WAKES_PER_MINUTE_TARGET}",
            verdict=verdict(result.wakes_per_minute <= IDLE_WAKES_PER_MINUTE_TARGET)),
    ]


def idle_notes(arm: ArmResult | None, idle: IdleResult | None) -> list[str]:
    notes = []
    if arm is not None:
        plan = "; ".join(arm.plan)
        notes.append(f"Arming runs `{arm.sql[0][:60]}…` ({plan})." if arm.sql else "Arming ran no SQL.")
    if idle is not None:
        moved = f"{idle.alerts_moved} alert(s) that would have come due then were moved past it" \
            if idle.alerts_moved else "no alert came due during it"
        notes.append(
            f"Idle: `python -m desktop_app --data-dir COPY{' --minimized' if idle.minimized else ''}` on "
            f"{idle.display}; {idle.session}"
            f"{'; tray icon docked in trayer' if idle.tray_docked else ''}. Notifier: {idle.notifier}. "
            f"Watched for {idle.idle_seconds:g} s after {idle.settle_seconds:g} s of settling; {moved} "
            f"(next alert {idle.next_alert or 'none'} UTC)"
            + (f"; {idle.app_notify_calls} notification(s) sent during the window" if idle.app_notify_calls else "")
            + "."
        )
        if idle.missing:
            notes.append("Idle session without: " + ", ".join(idle.missing) + ".")
        if idle.wakes_per_minute > IDLE_WAKES_PER_MINUTE_TARGET or idle.cpu_seconds > IDLE_CPU_SECONDS_TARGET:
            notes.append(f"Idle wake-ups by thread (seconds into the window): {idle.breakdown()}. "
                         "`python -m tests.benchmarks.idle_bench idle DATA_DIR --trace-timers --human` names the "
                         "GUI thread's timers.")
        if idle.idle_seconds < 60:
            notes.append(f"The idle window was {idle.idle_seconds:g} s, shorter than the reminders' once-a-minute "
                         "watchdog: the per-minute figure is scaled up from it and may miss that tick.")
    return notes


def imap_rows(result: ImapBenchResult) -> list[Row]:
    return [
        Row(f"reply radar: incremental check, {result.messages:,}-message INBOX, median",
            f"{result.incremental_median_ms:.0f} ms", target=f"< {IMAP_CHECK_MS_TARGET} ms",
            verdict=verdict(result.incremental_median_ms < IMAP_CHECK_MS_TARGET)),
        Row("reply radar: incremental check, slowest / nothing new (median)",
            f"{result.incremental_max_ms:.0f} / {result.nothing_new_median_ms:.0f} ms"),
        Row("reply radar: first check", f"{result.first_check_ms:.0f} ms ({result.first_check_uids} UIDs read)"),
    ]


def imap_note(result: ImapBenchResult) -> str:
    read = sorted(set(result.incremental_uids))
    return (f"Reply radar: {result.runs} incremental checks, each after 2 new messages (one a reply; "
            f"{result.replies_found} replies found); headers read per check: {', '.join(map(str, read))} UID(s). "
            "The first check reads back to the oldest thank-you (10 days) only.")


def failed_row(measure: str) -> Row:
    return Row(measure, "failed", verdict="not measured")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    started = time.perf_counter()
    failures: list[str] = []
    rows: list[Row] = []
    notes: list[str] = []
    display_text = "not started"

    def progress(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", flush=True)

    if args.scale_only:
        return run_scale_section(args, argv, progress)

    with tempfile.TemporaryDirectory(prefix="finish-strong-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        env = child_env(Path(tmp))
        try:
            progress(f"building the data set: demo --interviews {args.interviews}")
            seconds = build_data_set(data_dir, args.interviews, env)
            size = data_set_size(data_dir)
            progress(f"data set ready in {seconds:.1f} s: {size}")
        except (MeasurementError, OSError, subprocess.TimeoutExpired) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if args.package:
            from .package_report import run_package_bench

            return run_package_bench(args, argv, data_dir, env, size, progress)

        try:
            with private_display(prefer_xvfb=not args.offscreen) as display:
                display_text = display.describe()
                progress(f"start-up: {args.runs} runs each, alternating, on {display_text}")
                app, bare = measure_startup(startup_programs(data_dir), args.runs, display.apply(env), REPO, progress)
            rows += startup_rows(app, bare)
        except (MeasurementError, DisplayError, OSError) as exc:
            failures.append(f"start-up: {exc}")
            rows += [failed_row("start-up time"), failed_row("peak memory")]

        try:
            progress(f"month switch: {MONTHS} months forward, {MONTHS} back "
                     "(one process holding the window, offscreen)")
            month = measure_in_child(data_dir, MONTHS, env, REPO)
            rows += month_rows(month)
            notes.append(f"Month pages showed {month.mean_entries:.0f} calendar entries on average.")
            if month.none_refs_lost_per_void_call:
                notes.append(NONE_LEAK_NOTE.format(n=month.none_refs_lost_per_void_call, version=pyside_version()))
            if month.max_selects > MONTH_QUERY_TARGET:
                worst = month.worst()
                print(f"\nThe worst month switch ({worst.direction}) ran {worst.statements} statements:",
                      *(f"  {sql}" for sql in worst.sql[:20]), sep="\n")
        except (MonthSwitchError, OSError, subprocess.TimeoutExpired) as exc:
            failures.append(f"month switch: {exc}")
            rows.append(failed_row("month switch"))

        try:
            progress("search and autosave (one process holding a debrief window, offscreen)")
            debrief = measure_debrief(data_dir, env, REPO)
            rows += debrief_rows(debrief)
            notes.append(f"Autosave: {debrief.characters_typed} characters typed at about 33 a second; "
                         "a stall is the longest gap in a 5 ms heartbeat timer while typing.")
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
            failures.append(f"debrief: {exc}")
            rows.append(failed_row("search and autosave"))

        try:
            progress("typing in a debrief with 1 MB of notes; autosave with synchronous NORMAL vs FULL")
            rows += large_debrief_rows(measure_large_debrief(data_dir, env, REPO))
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
            failures.append(f"large debrief: {exc}")
            rows.append(failed_row("typing with 1 MB of notes"))

        arm: ArmResult | None = None
        try:
            progress("reminders: SQL statements per arm of the next-reminder timer (offscreen)")
            arm = measure_arm_in_child(data_dir, env, REPO)
            rows += arm_rows(arm)
        except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
            failures.append(f"arm: {exc}")
            rows.append(failed_row("arm next reminder"))

        idle: IdleResult | None = None
        try:
            progress(f"idle: the app in the tray of a private desktop session, watched for {args.idle_seconds:g} s")
            idle = measure_idle_in_child(data_dir, env, REPO, args.idle_seconds, prefer_xvfb=not args.offscreen)
            rows += idle_rows(idle)
        except (RuntimeError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
            failures.append(f"idle: {exc}")
            rows.append(failed_row("idle in the tray"))
        notes += idle_notes(arm, idle)

        try:  # last: it adds one interview and its findings to the data set
            progress(f"reply radar: IMAP checks on a {IMAP_MESSAGES:,}-message INBOX (Dovecot on 127.0.0.1)")
            radar = measure_imap(data_dir, env, REPO)
            rows += imap_rows(radar)
            notes.append(imap_note(radar))
        except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
            failures.append(f"reply radar: {exc}")
            rows.append(failed_row("reply radar check"))

    facts = [("date", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
             ("command", command_line(argv)), ("revision", git_revision()),
             ("data set", f"`demo --interviews {args.interviews}` ({size}); {args.runs} start-up runs each"),
             *machine_facts(display_text)]
    print_results(facts, rows, notes)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")

    if failures:
        print("\nA measurement failed, so the results were not written:", file=sys.stderr)
        for failure in failures:
            print(failure, file=sys.stderr)
        return 1
    if not args.no_docs:
        write_results(DOC, results_block(rows, facts, notes))
        print(f"Results written to {DOC.relative_to(REPO)}")
    if args.scale_sizes:
        return run_scale_section(args, argv, progress)
    return 0


def run_scale_section(args: argparse.Namespace, argv: Sequence[str], progress: Callable[[str], None]) -> int:
    """The scale section: every size's data set built once, measured, then the table."""
    from . import scale_bench

    if not args.scale_sizes:
        print("error: --scale-only with no --scale-sizes", file=sys.stderr)
        return 1
    started = time.perf_counter()
    results: list[scale_bench.SizeResult] = []
    display_text = "not started"
    with tempfile.TemporaryDirectory(prefix="finish-strong-scale-") as tmp:
        scratch = Path(tmp)
        env = child_env(scratch)
        try:
            with private_display(prefer_xvfb=not args.offscreen) as display:
                display_text = display.describe()

                def startup(data: Path, runs: int) -> tuple[float, float]:
                    app, bare = measure_startup(startup_programs(data), runs, display.apply(env), REPO)
                    return app.median_seconds / bare.median_seconds, app.median_rss_kib / bare.median_rss_kib

                def build(data: Path, size: int) -> float:
                    return build_data_set(data, size, env)

                for size in args.scale_sizes:
                    results.append(scale_bench.measure_size(size, scratch, env, REPO, args.scale_runs, startup,
                                                            build, progress))
        except (MeasurementError, DisplayError, RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
            print(f"error: the scale section failed: {exc}", file=sys.stderr)
            return 1
    headers, rows = scale_bench.scale_table(results)
    facts = [("date", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
             ("command", command_line(argv)), ("revision", git_revision()),
             ("data sets", ", ".join(f"`demo --interviews {r.size}`" for r in results)
              + f"; {args.scale_runs} start-up runs each per size"),
             *machine_facts(display_text)]
    print()
    print(scale_bench.text(headers, rows))
    print(f"\n(scale section: {time.perf_counter() - started:.0f} s)")
    if not args.no_docs:
        write_results(DOC, scale_bench.results_block(headers, rows, facts), scale_bench.MARKERS)
        print(f"Scale results written to {DOC.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
