"""`make bench-package`: the installed size and the frozen start-up of the PyInstaller bundle,
each against a bare PySide6 window bundled the same way (tests/benchmarks/bare_window.spec:
same Qt plugin filter, same exclusions, one folder), measured in the same run.

Both bundles are rebuilt only when one of their inputs changed (packaging/build_package.py
keeps a fingerprint beside each), so a second run measures at once.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .startup import MeasurementError, Program

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import build_package  # noqa: E402  (packaging/build_package.py: bundle build and input fingerprints)

BARE_SPEC = Path(__file__).with_name("bare_window.spec")
BARE_DIST = REPO / "build" / "bench-dist"
BARE_BUNDLE = BARE_DIST / "bare-window"
SIZE_RATIO_TARGET = 1.25
BUILD_TIMEOUT_SECONDS = 1800


@dataclass(frozen=True)
class Bundles:
    app: Path  # the bundle folder
    bare: Path

    @property
    def app_executable(self) -> Path:
        return self.app / "finish-strong"

    @property
    def bare_executable(self) -> Path:
        return self.bare / "bare-window"


def build_bare_bundle() -> Path:
    inputs = [BARE_SPEC, BARE_SPEC.with_name("bare_window.py"), REPO / "packaging" / "qt_bundle.py"]
    fingerprint = build_package.fingerprint(inputs, build_package.installed_packages())
    stamp = REPO / "build" / "bare-bundle.fingerprint"
    if build_package.up_to_date(stamp, BARE_BUNDLE / "bare-window", fingerprint):
        return BARE_BUNDLE
    stamp.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(BARE_DIST), "--workpath", str(REPO / "build" / "pyinstaller-bare"),
                           str(BARE_SPEC)], cwd=REPO, capture_output=True, text=True, timeout=BUILD_TIMEOUT_SECONDS)
    if done.returncode != 0:
        raise MeasurementError(f"bundling the bare window failed:\n{done.stderr[-3000:]}")
    stamp.write_text(fingerprint)
    return BARE_BUNDLE


def build_bundles() -> Bundles:
    done = subprocess.run([sys.executable, str(REPO / "packaging" / "build_package.py"), "--bundle-only"],
                          cwd=REPO, capture_output=True, text=True, timeout=BUILD_TIMEOUT_SECONDS)
    if done.returncode != 0:
        raise MeasurementError(f"building the app bundle failed:\n{done.stderr[-3000:]}")
    return Bundles(build_package.BUNDLE, build_bare_bundle())


def installed_kib(folder: Path) -> int:
    """What `du -sk` reports: the disk space the folder takes once installed (symlinks as links)."""
    out = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


def frozen_programs(bundles: Bundles, data_dir: Path) -> tuple[Program, Program]:
    app = Program("Finish Strong bundle", [str(bundles.app_executable), "--data-dir", str(data_dir),
                                           "--quit-after-startup"])
    bare = Program("bare window bundle", [str(bundles.bare_executable)])
    return app, bare
