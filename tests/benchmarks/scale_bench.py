"""The scale section of `make bench`: the same measures at 1k, 10k and 100k interviews.

Issue 21's rule: work for one screen or keystroke is bounded by what is shown; work for a
whole file is linear in it with bounded memory. So for each size a data set is built once
(`demo --interviews N`) and reused by every measure:

- start-up time and peak memory against the bare window (ratios, as in the main table);
- search (`store.search.search_results`, what the window's worker thread runs): median and
  worst over one-letter, two-letter, common-word and rare-word queries;
- the longest event-loop block while typing into the real search box (heartbeat timer);
- opening the debrief of a recent interview with many earlier rounds;
- `export` JSON and .ics, `import` of that JSON into a fresh folder and `due --json`, each
  a CLI process timed with its peak memory (`ru_maxrss` from `os.wait4`).

Child process for the window measures: `python -m tests.benchmarks.scale_bench DATA_DIR`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

QUERIES = {
    "one letter": ["a", "t", "s", "m", "e"],
    "two letters": ["th", "co", "ma", "pr", "re"],
    "common word": ["the", "and", "manager", "team"],
    "rare word": ["zygomorphic", "quokka"],
}
# One interview holds the rare words.
RARE_NOTE = "Asked about the zygomorphic flowers and the quokka poster in the lobby"
TYPED = "the marathon"
REPEATS = 3
CHILD_TIMEOUT_SECONDS = 900
CLI_TIMEOUT_SECONDS = 3600
SEARCH_MS_TARGET = 50
BLOCK_MS_TARGET = 50
DEBRIEF_MS_TARGET = 100
EXPORT_MIB_TARGET = 300
IMPORT_TO_EXPORT_TARGET = 3.0
GROWTH_TARGET = 10.0  # 10× the data: at most 10× the time


@dataclass
class WindowResult:
    search: dict[str, tuple[float, float]]  # class -> (median ms, worst ms)
    typing_block_ms: float
    debrief_open_ms: float
    earlier_rounds: int

    @classmethod
    def from_json(cls, text: str) -> WindowResult:
        data = json.loads(text)
        data["search"] = {k: tuple(v) for k, v in data["search"].items()}
        return cls(**data)


@dataclass
class SizeResult:
    size: int
    startup_ratio: float | None = None
    memory_ratio: float | None = None
    window: WindowResult | None = None
    cli: dict[str, tuple[float, float]] = field(default_factory=dict)  # name -> (seconds, MiB)


def measure_window(data_dir: Path) -> WindowResult:
    """In the child: search timings, the typing block and the debrief opening."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest

    from desktop_app.paths import backups_dir, database_path, ui_state_path
    from desktop_app.store.database import open_database
    from desktop_app.store.debrief_store import earlier_rounds, save_section
    from desktop_app.store.models import Interview
    from desktop_app.store.search import search_results
    from desktop_app.ui.app.application import FinishStrongApp
    from desktop_app.ui.debrief.debrief_window import DebriefWindow
    from desktop_app.ui.main.main_window import MainWindow

    app = FinishStrongApp(sys.argv[:1])
    open_database(database_path(data_dir), backups_dir(data_dir))
    oldest = Interview.select(Interview.id).order_by(Interview.start_at).scalar()
    save_section(oldest, "anything_else", RARE_NOTE)

    search: dict[str, tuple[float, float]] = {}
    for kind, queries in QUERIES.items():
        times = []
        for query in queries:
            for _ in range(REPEATS):
                started = time.perf_counter()
                search_results(query)
                times.append((time.perf_counter() - started) * 1000)
        search[kind] = (statistics.median(times), max(times))

    window = MainWindow(ui_state_path(data_dir))
    window.show()
    app.processEvents()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.elapsed()]

    def heartbeat() -> None:  # every 5 ms while the loop is free; a longer gap is a block
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    beat = QTimer()
    beat.timeout.connect(heartbeat)
    window.search_box.setFocus()  # Ctrl+F; the user starts typing a moment later
    focused = time.perf_counter() + 0.3
    while time.perf_counter() < focused:
        app.processEvents()
    last[0] = clock.elapsed()
    beat.start(5)
    for char in TYPED:
        QTest.keyClicks(window.search_box, char)
        deadline = time.perf_counter() + 0.12  # an ordinary typist, with pauses the debounce answers
        while time.perf_counter() < deadline:
            app.processEvents()
    panel = window.search_panel
    end = time.perf_counter() + 10
    while panel.shown_generation != panel.runner.generation and time.perf_counter() < end:
        app.processEvents()
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:
        app.processEvents()
    beat.stop()
    panel.runner.stop()

    # The most recent past interview at the company with the most interviews: the longest history.
    recent = (Interview.select(Interview.id).where(Interview.status == "done")
              .order_by(Interview.start_at.desc()).scalar())
    opens = []
    for _ in range(REPEATS + 2):
        started = time.perf_counter()
        debrief = DebriefWindow(recent, lambda: datetime.now(UTC))
        debrief.show()
        app.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        debrief.close()
        app.processEvents()
    return WindowResult(search=search, typing_block_ms=float(max(gaps) if gaps else 0),
                        debrief_open_ms=statistics.median(opens), earlier_rounds=len(earlier_rounds(recent)))


def measure_window_in_child(data_dir: Path, env: dict[str, str], cwd: Path) -> WindowResult:
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.scale_bench", str(data_dir)],
        cwd=cwd, env=dict(env, QT_QPA_PLATFORM="offscreen"), stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=CHILD_TIMEOUT_SECONDS,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the scale window benchmark failed (exit status {done.returncode}):\n"
                           f"{done.stderr.strip()[-2000:]}")
    return WindowResult.from_json(done.stdout.strip().splitlines()[-1])


def run_cli(args: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of one `python -m desktop_app ARGS` process, output to /dev/null."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "desktop_app", *args], cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        error = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise RuntimeError(f"`{' '.join(args)}` failed ({proc.returncode}): {error.strip()}")
    if proc.stderr:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def measure_size(size: int, scratch: Path, env: dict[str, str], cwd: Path, runs: int,
                 startup: Callable[[Path, int], tuple[float, float]] | None,
                 build: Callable[[Path, int], float], progress: Callable[[str], None]) -> SizeResult:
    data = scratch / f"scale-{size}"
    progress(f"scale {size:,}: building the data set (once; every measure below reuses it)")
    build(data, size)
    result = SizeResult(size)
    if startup is not None:
        progress(f"scale {size:,}: start-up, {runs} runs each")
        result.startup_ratio, result.memory_ratio = startup(data, runs)
    progress(f"scale {size:,}: search, typing, debrief (offscreen window)")
    result.window = measure_window_in_child(data, env, cwd)
    out_json, out_ics = scratch / f"export-{size}.json", scratch / f"export-{size}.ics"
    steps = [
        ("export JSON", ["--data-dir", str(data), "export", str(out_json)]),
        ("export .ics", ["--data-dir", str(data), "export", str(out_ics)]),
        ("due --json", ["--data-dir", str(data), "due", "--json"]),
        ("import JSON", ["--data-dir", str(scratch / f"import-{size}"), "import", str(out_json)]),
    ]
    for name, args in steps:
        progress(f"scale {size:,}: {name}")
        result.cli[name] = run_cli(args, env, cwd)
    out_json.unlink(missing_ok=True)
    out_ics.unlink(missing_ok=True)
    return result


def _k(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else f"{size:,}"


def scale_table(results: Sequence[SizeResult]) -> tuple[list[str], list[list[str]]]:
    """Headers and rows: one column per size, then the target and its verdict at the largest size."""
    headers = ["measure", *(_k(r.size) for r in results), "target", "verdict (largest)"]
    largest = results[-1]
    rows: list[list[str]] = []

    def add(name: str, cell: Callable[[SizeResult], str], target: str = "—",
            met: Callable[[SizeResult], bool | None] | None = None) -> None:
        ok = met(largest) if met is not None else None
        rows.append([name, *(cell(r) for r in results), target,
                     "—" if ok is None else ("met" if ok else "MISSED")])

    if largest.startup_ratio is not None:
        add("start-up time ÷ bare window", lambda r: f"{r.startup_ratio:.2f}×" if r.startup_ratio else "—", "≤ 1.5×",
            lambda r: r.startup_ratio is not None and r.startup_ratio <= 1.5)
        add("peak memory ÷ bare window", lambda r: f"{r.memory_ratio:.2f}×" if r.memory_ratio else "—", "≤ 1.3×",
            lambda r: r.memory_ratio is not None and r.memory_ratio <= 1.3)
    for kind in QUERIES:
        add(f"search, {kind}: median / worst", lambda r, k=kind: "{:.1f} / {:.1f} ms".format(*r.window.search[k])
            if r.window else "—", f"median ≤ {SEARCH_MS_TARGET} ms",
            lambda r, k=kind: r.window is not None and r.window.search[k][0] <= SEARCH_MS_TARGET)
    add("typing in the search box: longest event-loop block",
        lambda r: f"{r.window.typing_block_ms:.0f} ms" if r.window else "—", f"≤ {BLOCK_MS_TARGET} ms",
        lambda r: r.window is not None and r.window.typing_block_ms <= BLOCK_MS_TARGET)
    add("open a debrief (recent, with earlier rounds), median",
        lambda r: f"{r.window.debrief_open_ms:.0f} ms ({r.window.earlier_rounds} rounds)" if r.window else "—",
        f"< {DEBRIEF_MS_TARGET} ms", lambda r: r.window is not None and r.window.debrief_open_ms < DEBRIEF_MS_TARGET)
    for name in ("export JSON", "export .ics", "import JSON", "due --json"):
        target, met = "—", None
        if name.startswith("export"):
            target, met = f"peak < {EXPORT_MIB_TARGET} MiB", (lambda r, n=name: r.cli[n][1] < EXPORT_MIB_TARGET)
        add(f"`{name}`: time, peak memory", lambda r, n=name: f"{r.cli[n][0]:.1f} s, {r.cli[n][1]:.0f} MiB"
            if n in r.cli else "—", target, met)
    add("import ÷ export JSON (time)", lambda r: f"{r.cli['import JSON'][0] / r.cli['export JSON'][0]:.2f}×",
        f"≤ {IMPORT_TO_EXPORT_TARGET:g}×",
        lambda r: r.cli["import JSON"][0] / r.cli["export JSON"][0] <= IMPORT_TO_EXPORT_TARGET)
    for name in ("import JSON", "export JSON", "export .ics"):
        def growth(r: SizeResult, n: str = name) -> str:
            smaller = [s for s in results if s.size * 10 == r.size]
            return f"{r.cli[n][0] / smaller[0].cli[n][0]:.1f}×" if smaller else "—"

        def grown_ok(r: SizeResult, n: str = name) -> bool | None:
            smaller = [s for s in results if s.size * 10 == r.size]
            return r.cli[n][0] / smaller[0].cli[n][0] <= GROWTH_TARGET if smaller else None

        add(f"`{name}` time ÷ 10× fewer interviews", growth, f"≤ {GROWTH_TARGET:g}×", grown_ok)
    return headers, rows


MARKERS = ("<!-- bench-scale:start -->", "<!-- bench-scale:end -->")


def results_block(headers: Sequence[str], rows: Sequence[Sequence[str]], facts: Sequence[tuple[str, str]]) -> str:
    lines = [MARKERS[0], "", "## Scale: 1k, 10k and 100k interviews", "",
             "_Written by `make bench` (its scale section); edit outside the markers._", ""]
    lines += [f"- {name}: {value}" for name, value in facts]
    lines += ["", markdown(headers, rows), "", MARKERS[1]]
    return "\n".join(lines)


def markdown(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def fmt(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return "\n".join([fmt(headers), "| " + " | ".join("---" for _ in headers) + " |", *(fmt(r) for r in rows)])


def text(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = [list(headers), *map(list, rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(headers))]
    return "\n".join(" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import asdict

    print(json.dumps(asdict(measure_window(Path(sys.argv[1])))))
