"""What a screen reader is told: the app's accessibility tree, read for real over AT-SPI.

The suite's private session bus gets its own accessibility bus (`at-spi-bus-launcher`, which starts
the AT-SPI registry); the app runs on the private Xvfb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (as
if Orca were running), and `atspi_reader.py` walks its tree with Debian's python3-pyatspi under the
system Python. The test asserts the roles and names Orca would speak for the main window.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import _stop

pytestmark = pytest.mark.integration

HERE = Path(__file__).parent
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")


@pytest.fixture
def accessibility_env(session_env: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    """session_env with an AT-SPI bus and registry on it, as a desktop with a screen reader has."""
    if not LAUNCHER.exists():
        pytest.fail("at-spi-bus-launcher is missing; `make test` installs it (Debian package at-spi2-core)")
    check = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True)
    if check.returncode != 0:
        pytest.fail("python3-pyatspi is missing; `make test` installs it (Debian package python3-pyatspi)")
    log = (tmp_path / "at-spi.log").open("wb")
    launcher = subprocess.Popen([str(LAUNCHER), "--launch-immediately"], env=session_env,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        yield dict(session_env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", NO_AT_BRIDGE="0")
    finally:
        _stop(launcher)
        log.close()


def read_tree(env: dict[str, str], app_name: str = "finish-strong", timeout: float = 30) -> dict:  # type: ignore[type-arg]
    env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    result = subprocess.run([str(SYSTEM_PYTHON), str(HERE / "atspi_reader.py"), app_name, str(timeout)],
                            env=env, capture_output=True, text=True, timeout=timeout + 30)
    assert result.stdout, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def running_app(accessibility_env: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    data = tmp_path / "data"
    with (tmp_path / "app.log").open("wb") as log:
        app = subprocess.Popen([sys.executable, "-m", "desktop_app", "--data-dir", str(data)],
                               env=accessibility_env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            yield accessibility_env
        finally:
            _stop(app)


def _names(tree: dict, role: str) -> list[str]:  # type: ignore[type-arg]
    return [name for _depth, node_role, name, _description in tree["nodes"] if node_role == role]


def test_the_main_window_tells_a_screen_reader_what_it_holds(running_app: dict[str, str]) -> None:
    tree = read_tree(running_app)
    assert tree["found"], f"the app never appeared on the accessibility bus: {tree.get('apps')}"
    assert _names(tree, "frame") == ["Finish Strong"]
    assert {"File", "Edit", "View", "Help"} <= set(_names(tree, "menu item"))
    assert {"New interview…", "Thank-you e-mail…", "Handwritten card…", "Find…"} <= set(_names(tree, "menu item"))
    assert "Interview calendar" in _names(tree, "table")
    assert "Day agenda" in _names(tree, "list")
    assert "Main toolbar" in _names(tree, "tool bar")
    # The legend's marks are named, not bare images.
    assert {"Interview mark", "E-mail mark", "Card mark", "Done mark"} <= set(_names(tree, "image"))
    # Toolbar buttons are named and say what they do.
    buttons = {name: description for _d, role, name, description in tree["nodes"] if role == "push button"}
    assert "New interview" in buttons and buttons["New interview"]


def test_the_calendars_icon_only_arrows_are_named(running_app: dict[str, str]) -> None:
    tree = read_tree(running_app)
    assert {"Previous month", "Next month"} <= {node[2] for node in tree["nodes"] if node[1] == "push button"}


def test_no_push_button_is_nameless(running_app: dict[str, str]) -> None:
    """Icon-only buttons too: the search box's clear button is "Clear the search"."""
    tree = read_tree(running_app)
    nameless = [node for node in tree["nodes"] if node[1] == "push button" and not node[2].strip()]
    assert not nameless, nameless


def test_the_reader_needs_a_running_app(accessibility_env: dict[str, str]) -> None:
    """Without the app the reader finds nothing: the test above is not passing by accident."""
    tree = read_tree(accessibility_env, timeout=3)
    assert not tree["found"]
