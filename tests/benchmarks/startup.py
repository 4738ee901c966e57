"""Start-up time and peak memory of fresh processes, measured from spawn to exit.

Each run is a new interpreter, so nothing is shared between runs but the OS page cache,
which one unmeasured warm-up run of each program fills. The two programs alternate
(and swap order every round) so a slow moment of the machine hits both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

RUN_TIMEOUT_SECONDS = 60
BARE_WINDOW = Path(__file__).with_name("bare_window.py")


class MeasurementError(RuntimeError):
    """A measured program failed, so its numbers mean nothing."""


@dataclass(frozen=True)
class Sample:
    seconds: float
    max_rss_kib: int  # ru_maxrss: KiB on Linux


@dataclass
class Series:
    name: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def median_seconds(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def min_seconds(self) -> float:
        return min(s.seconds for s in self.samples)

    @property
    def median_rss_kib(self) -> float:
        return statistics.median(s.max_rss_kib for s in self.samples)

    @property
    def max_rss_kib(self) -> int:
        return max(s.max_rss_kib for s in self.samples)


@dataclass(frozen=True)
class Program:
    name: str
    argv: Sequence[str]


def startup_programs(data_dir: Path) -> tuple[Program, Program]:
    """(Finish Strong, bare window), both run by this interpreter."""
    app = Program("Finish Strong", [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir),
                                    "--quit-after-startup"])
    bare = Program("bare window", [sys.executable, str(BARE_WINDOW)])
    return app, bare


def run_once(program: Program, env: dict[str, str], cwd: Path) -> Sample:
    """Spawn, wait with os.wait4 for the child's own rusage, and time the whole life."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(program.argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=stderr)
        watchdog = threading.Timer(RUN_TIMEOUT_SECONDS, proc.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except ChildProcessError as exc:  # the watchdog's kill() reaped it first
            raise MeasurementError(f"{program.name} did not finish within {RUN_TIMEOUT_SECONDS} s") from exc
        finally:
            watchdog.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            stderr.seek(0)
            text = stderr.read().decode(errors="replace").strip() or "(no output on stderr)"
            why = f"killed after {RUN_TIMEOUT_SECONDS} s" if code == -9 else f"exit status {code}"
            raise MeasurementError(f"{program.name} failed ({why}): {' '.join(program.argv)}\n{text}")
    return Sample(elapsed, usage.ru_maxrss)


def measure_startup(programs: Sequence[Program], runs: int, env: dict[str, str], cwd: Path,
                    progress: Callable[[str], None] = lambda _text: None) -> list[Series]:
    for program in programs:  # warm-up: page cache, .pyc files, fontconfig cache
        run_once(program, env, cwd)
    series = [Series(p.name) for p in programs]
    pairs = list(zip(programs, series, strict=True))
    for round_no in range(runs):
        order = pairs if round_no % 2 == 0 else pairs[::-1]
        for program, results in order:
            results.samples.append(run_once(program, env, cwd))
        progress(f"start-up round {round_no + 1}/{runs}")
    return series
