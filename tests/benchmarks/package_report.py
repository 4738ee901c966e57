"""The `--package` run of run_benchmarks: bundle size and frozen start-up, in their own block of
docs/PERFORMANCE.md (between the bench-package markers), so `make bench` never drops them."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from .display import DisplayError, private_display
from .package_bench import SIZE_RATIO_TARGET, build_bundles, frozen_programs, installed_kib
from .report import Row, print_results, results_block, verdict, write_results
from .startup import MeasurementError, measure_startup

MARKERS = ("<!-- bench-package:start -->", "<!-- bench-package:end -->")
STARTUP_RATIO_TARGET = 1.5


def package_rows(app_kib: int, bare_kib: int, app_s: float, bare_s: float, app_min: float, bare_min: float,
                 app_rss: float, bare_rss: float) -> list[Row]:
    from .run_benchmarks import ratio_text

    size, start, fastest = app_kib / bare_kib, app_s / bare_s, app_min / bare_min
    return [
        Row("installed bundle size (du -sk)", f"{app_kib / 1024:.1f} MiB", f"{bare_kib / 1024:.1f} MiB",
            ratio_text(size, SIZE_RATIO_TARGET), f"≤ {SIZE_RATIO_TARGET}×", verdict(size <= SIZE_RATIO_TARGET)),
        Row("frozen start-up time, median", f"{app_s * 1000:.0f} ms", f"{bare_s * 1000:.0f} ms",
            ratio_text(start, STARTUP_RATIO_TARGET), f"≤ {STARTUP_RATIO_TARGET}×",
            verdict(start <= STARTUP_RATIO_TARGET)),
        Row("frozen start-up time, fastest run", f"{app_min * 1000:.0f} ms", f"{bare_min * 1000:.0f} ms",
            ratio_text(fastest)),
        Row("frozen peak memory (max RSS), median", f"{app_rss / 1024:.1f} MiB", f"{bare_rss / 1024:.1f} MiB",
            ratio_text(app_rss / bare_rss)),
    ]


def largest_parts(bundle: Path, count: int = 6) -> str:
    internal = bundle / "_internal"
    sizes = sorted(((installed_kib(p), p.name) for p in internal.iterdir() if not p.is_symlink()), reverse=True)
    return ", ".join(f"{name} {kib / 1024:.1f} MiB" for kib, name in sizes[:count])


def run_package_bench(args: argparse.Namespace, argv: Sequence[str], data_dir: Path, env: dict[str, str],
                      data_size: str, progress: Callable[[str], None]) -> int:
    from .run_benchmarks import DOC, REPO, command_line, git_revision, machine_facts

    started = time.perf_counter()
    try:
        progress("building the app bundle and the bare-window bundle (skipped when their inputs are unchanged)")
        bundles = build_bundles()
        app_kib, bare_kib = installed_kib(bundles.app), installed_kib(bundles.bare)
        progress(f"bundle sizes: app {app_kib / 1024:.1f} MiB, bare {bare_kib / 1024:.1f} MiB")
        with private_display(prefer_xvfb=not args.offscreen) as display:
            display_text = display.describe()
            progress(f"frozen start-up: {args.runs} runs each, alternating, on {display_text}")
            app, bare = measure_startup(frozen_programs(bundles, data_dir), args.runs, display.apply(env), REPO,
                                        progress)
    except (MeasurementError, DisplayError, OSError, subprocess.SubprocessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    rows = package_rows(app_kib, bare_kib, app.median_seconds, bare.median_seconds, app.min_seconds,
                        bare.min_seconds, app.median_rss_kib, bare.median_rss_kib)
    notes = [
        f"Largest parts of the app bundle: {largest_parts(bundles.app)}.",
        f"Largest parts of the bare bundle: {largest_parts(bundles.bare)}.",
        "Both bundles: PyInstaller one-folder, packaging/qt_bundle.py's plugin filter, no translations, not "
        "stripped, no UPX; the app's is the one `make package` puts in the .deb.",
    ]
    facts = [("date", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
             ("command", command_line(argv).replace("`make bench`", "`make bench-package`", 1)),
             ("revision", git_revision()),
             ("data set", f"`demo --interviews {args.interviews}` ({data_size}); {args.runs} start-up runs each"),
             *machine_facts(display_text)]
    print_results(facts, rows, notes)
    print(f"\n(bundles measured in {time.perf_counter() - started:.0f} s)")
    if not args.no_docs:
        block = results_block(rows, facts, notes, MARKERS, "Latest bundle results", "make bench-package")
        write_results(DOC, block, MARKERS)
        print(f"Results written to {DOC.relative_to(REPO)}")
    return 0
