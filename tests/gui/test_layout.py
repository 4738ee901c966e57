"""Nothing clipped, nothing hidden: every window and dialog at 1280×800, at scale 1 and 2.

Each run is its own process (QT_SCALE_FACTOR is read when Qt starts): tests/gui/layout_child.py opens
the main window (at its first-start size and at 1280×800), search, the interview form (with every
error showing), Settings (General, Mail with a long server error, Cards), the debrief, the thank-you
e-mail (with a long error), the card editor and the envelope dialog (with its error), and reports
labels or buttons cut off, widgets on top of each other, rows cut short and windows too big.

LOCALES is the list the translations add to (de_DE already checks German date and time formats): a German or
French text that no longer fits fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ["en_US", "de_DE"]


@pytest.mark.parametrize("scale", ["1", "2"])
@pytest.mark.parametrize("locale", LOCALES)
def test_every_window_fits_without_clipping_or_overlap(tmp_path: Path, locale: str, scale: str) -> None:
    _check_layout(tmp_path, locale, scale)


def test_every_window_fits_in_high_contrast_at_double_scale(tmp_path: Path) -> None:
    """High contrast frames every field and button (a style sheet with borders and padding): still no clipping."""
    _check_layout(tmp_path, "en_US", "2", ["--contrast", "high"])


def _check_layout(tmp_path: Path, locale: str, scale: str, extra: list[str] | None = None) -> None:
    out = tmp_path / "problems.json"
    # A 1280×800 screen in logical pixels at either scale (2560×1600 device pixels at 2).
    screen = tmp_path / "screen.json"
    size = {"width": 1280 * int(scale), "height": 800 * int(scale)}
    screen.write_text(json.dumps({"screens": [{"name": "layout", "x": 0, "y": 0, **size, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale,
           "LANG": f"{locale}.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "tests.gui.layout_child", "--locale", locale, "--out", str(out),
                           *(extra or [])], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert len(report) >= 12  # every window was opened
    assert report.pop("screen") == [f"1280×800 at {float(scale)}"]
    problems = {name: found for name, found in report.items() if found}
    assert problems == {}


def test_the_check_finds_a_cut_off_label_and_an_overlap(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checker itself: a label too narrow for its text, and two widgets placed on each other."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

    from tests.gui.layout_child import problems_in

    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    label = QLabel("Thank-you e-mail — Sam Okafor")
    label.setFixedWidth(40)
    layout.addWidget(label)
    button = QPushButton("Send test message")
    layout.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    button.setGeometry(label.geometry())  # forced on top of the label
    found = problems_in(window)
    assert any("cut off" in p and "Sam Okafor" in p for p in found)
    assert any("overlaps" in p for p in found)
