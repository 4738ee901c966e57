"""PySide6's import hook no longer keeps the source of every imported module in memory (4.8 MiB at start-up)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, linecache, sys
sys.path.insert(0, sys.argv[2])
if sys.argv[1] == "lightened":
    from desktop_app.ui.app.source_scan import lighten_pyside_source_scan
    assert lighten_pyside_source_scan()
else:
    import PySide6.QtCore
import uses_qt, plain_module
import desktop_app.ui.main.main_window
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({
    "cached_app_files": sum("desktop_app" in name for name in linecache.cache),
    "uses_qt": feature.get("uses_qt"), "plain_module": feature.get("plain_module"),
}))
"""


def run(mode: str, tmp_path: Path) -> dict[str, object]:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(tmp_path)], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_modules_load_without_their_source_kept_in_memory(tmp_path: Path) -> None:
    stock = run("stock", tmp_path)
    lightened = run("lightened", tmp_path)
    assert stock["cached_app_files"] > 20  # what PySide6's own scan leaves behind: why this module exists
    assert lightened["cached_app_files"] == 0


def test_the_hook_still_tells_a_module_that_uses_pyside_from_one_that_does_not(tmp_path: Path) -> None:
    """Its answer decides where `from __feature__ import snake_case` may apply: it must not change."""
    stock = run("stock", tmp_path)
    lightened = run("lightened", tmp_path)
    assert (stock["uses_qt"], stock["plain_module"]) == (0, -1)
    assert (lightened["uses_qt"], lightened["plain_module"]) == (0, -1)
