"""The results table, printed as text and kept in docs/PERFORMANCE.md between two markers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
HEADERS = ("measure", "Finish Strong", "bare window", "ratio", "target", "verdict")

INTRO = """\
# Performance

`make bench` measures how fast Finish Strong starts, how much memory it takes and how much
work a month change costs, on a large data set, and compares it with the least a PySide6
calendar app can cost. The code is in `tests/benchmarks/`; the results block below is
rewritten by every run.

## What is measured

A fresh temporary data folder is filled by `finish-strong demo --interviews 10000`. Then:

- **Start-up time**: wall time from spawning `python -m desktop_app --data-dir D
  --quit-after-startup` to its exit; that option quits right after the main window's
  first paint. The yardstick, the *bare window*, is `tests/benchmarks/bare_window.py`: a
  `QMainWindow` of the same size holding a plain `QCalendarWidget`, which quits after its
  first paint the same way (an event filter on `QEvent.Paint`, then
  `QTimer.singleShot(0, app.quit)`). Both are fresh processes with the same environment
  on the same display: a private Xvfb with Qt's xcb platform when Xvfb is installed, else
  Qt's offscreen platform (the results say which). After one unmeasured warm-up run each,
  they alternate for 9 rounds; the table gives the median and the fastest run. Bytecode
  caching is on, in a private cache folder, as for an installed app.
- **Peak memory**: each child's peak resident set size (`ru_maxrss` from `os.wait4`),
  median over the runs.
- **Month switch**: one process (offscreen) opens the same database, shows the main
  window and pages 12 months forward and 12 back (`showNextMonth` / `showPreviousMonth`),
  processing events after each. Every statement the SQLite connection runs is counted with
  `sqlite3.Connection.set_trace_callback`; the table gives the most and the mean SELECTs
  per change, all statements, and the time per change (query and repaint).

## How to read it

**ratio** is Finish Strong divided by the bare window. The bare window is measured in the
same run, on the same machine, display and environment, so the machine's speed cancels
out: ratios can be compared across machines and runs, absolute milliseconds cannot. A
ratio of 1.00× would mean the app costs nothing beyond Python and Qt themselves. Run to
run, a start-up ratio moves by about ±0.03, so a result right at a target can flip.

Targets: start-up ≤ 1.5× the bare window (medians), peak memory ≤ 1.3×, a month change
≤ 2 SQL queries. These are measurements, not test asserts: `make bench` exits 0 when a
target is missed (the verdict column says so) and non-zero only when a measurement
itself failed. `make test` does not run them.

A quicker run: `make bench BENCH_ARGS="--interviews 1000 --runs 3"`; add `--no-docs` to
leave this page as it is, `--offscreen` to skip Xvfb.
"""


@dataclass(frozen=True)
class Row:
    measure: str
    app: str
    bare: str = "—"
    ratio: str = "—"
    target: str = "—"
    verdict: str = "—"

    def cells(self) -> tuple[str, ...]:
        return (self.measure, self.app, self.bare, self.ratio, self.target, self.verdict)


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def text_table(rows: Sequence[Row]) -> str:
    lines = [HEADERS, *(r.cells() for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADERS))]

    def fmt(cells: Sequence[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([fmt(HEADERS), rule, *(fmt(r.cells()) for r in rows)])


def print_results(facts: Sequence[tuple[str, str]], rows: Sequence[Row], notes: Sequence[str]) -> None:
    """The run's facts, its table and its notes on the terminal, without Markdown marks."""
    print()
    for name, value in facts:
        print(f"{name}: {value.replace('`', '')}")
    print()
    print(text_table(rows))
    for note in notes:
        print(note.replace("**", "").replace("`", ""))


def markdown_table(rows: Sequence[Row]) -> str:
    def fmt(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    rule = "| " + " | ".join("---" for _ in HEADERS) + " |"
    return "\n".join([fmt(HEADERS), rule, *(fmt(r.cells()) for r in rows)])


def results_block(rows: Sequence[Row], facts: Sequence[tuple[str, str]], notes: Sequence[str],
                  markers: tuple[str, str] = (START, END), heading: str = "Latest results",
                  written_by: str = "make bench") -> str:
    start, end = markers
    lines = [start, "", f"## {heading}", "", f"_Written by `{written_by}`; edit outside the markers._", ""]
    lines += [f"- {name}: {value}" for name, value in facts]
    lines += ["", markdown_table(rows), ""]
    if notes:
        lines += [f"- {note}" for note in notes] + [""]
    lines.append(end)
    return "\n".join(lines)


def write_results(path: Path, block: str, markers: tuple[str, str] = (START, END)) -> None:
    """Replace what is between the markers, creating the page (with its intro) if needed."""
    text = path.read_text(encoding="utf-8") if path.exists() else INTRO
    pattern = re.compile(re.escape(markers[0]) + r".*?" + re.escape(markers[1]), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
