"""What a screen reader is told: the app's accessibility tree, read for real over AT-SPI.

The suite's private session bus gets its own accessibility bus (`at-spi-bus-launcher`, which starts
the AT-SPI registry); the app runs on the private Xvfb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (as
if Orca were running), and `atspi_reader.py` walks its tree with Debian's python3-pyatspi under the
system Python. The tests assert the roles and names Orca would speak for the main window and, opened
through AT-SPI itself (selecting the agenda's interview, invoking menu items), for the debrief, the
thank-you e-mail, the card editor, Settings and the interview form; and they hear the announcements.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
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


def _reader_command(app_name: str, timeout: float, steps: list[list[object]] | None) -> list[str]:
    return [str(SYSTEM_PYTHON), str(HERE / "atspi_reader.py"), app_name, str(timeout), json.dumps(steps or [])]


def _reader_env(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


def read_tree(env: dict[str, str], app_name: str = "finish-strong", timeout: float = 30,  # type: ignore[type-arg]
              steps: list[list[object]] | None = None) -> dict:
    result = subprocess.run(_reader_command(app_name, timeout, steps), env=_reader_env(env), capture_output=True,
                            text=True, timeout=timeout + 30)
    assert result.stdout, result.stderr
    tree = json.loads(result.stdout)
    assert "failed_step" not in tree, f"the reader could not {tree.get('failed_step')}: {result.stderr[-2000:]}"
    return tree  # type: ignore[no-any-return]


def _seed(data: Path) -> None:
    """An interview that ended two hours ago (so its e-mail and card are due), with one interviewer."""
    from desktop_app.domain.model import Interview, Person
    from desktop_app.paths import backups_dir, database_path, ensure_data_dir
    from desktop_app.store.database import close_database, open_database
    from desktop_app.store.interviews import save_interview

    ensure_data_dir(data)
    open_database(database_path(data), backups_dir(data))
    start = datetime.now(UTC) - timedelta(hours=3)
    save_interview(Interview(company="Northwind", role="Analyst", start=start, end=start + timedelta(hours=1),
                             timezone="UTC", interviewers=[Person("Dana Reyes", email="dana@northwind.example",
                                                                  postal_address="1 Road\nTown")]))
    close_database()


@pytest.fixture
def seeded_app(accessibility_env: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    _seed(tmp_path / "data")
    yield from _app_on(tmp_path, accessibility_env)


@pytest.fixture
def running_app(accessibility_env: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    yield from _app_on(tmp_path, accessibility_env)


def _app_on(tmp_path: Path, env: dict[str, str]) -> Iterator[dict[str, str]]:
    """The app on tmp_path/data, its output in tmp_path/app.log, stopped when the test ends."""
    with (tmp_path / "app.log").open("wb") as log:
        app = subprocess.Popen([sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data")],
                               env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            yield env
        finally:
            _stop(app)


def _names(tree: dict, role: str) -> list[str]:  # type: ignore[type-arg]
    return [node[2] for node in tree["nodes"] if node[1] == role]


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
    buttons = {node[2]: node[3] for node in tree["nodes"] if node[1] == "push button"}
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


SELECT_INTERVIEW = ["do", "list item", "Interview: Northwind"]  # selects the agenda's row
#: How each window is opened through AT-SPI, and the start of its title.
WINDOWS = {
    "debrief": ([SELECT_INTERVIEW, ["do", "menu item", "Write debrief…"]], "Debrief: "),
    "thank-you e-mail": ([SELECT_INTERVIEW, ["do", "menu item", "Thank-you e-mail…"]], "Thank-you e-mail: "),
    "card editor": ([SELECT_INTERVIEW, ["do", "menu item", "Handwritten card…"]], "Card for "),
    "settings": ([["do", "menu item", "Settings…"]], "Settings"),
    "interview form": ([["do", "menu item", "New interview…"]], "New interview"),
}
#: Roles a focusable control may have: each says to a screen reader what the control does.
SENSIBLE_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
                  "password text", "spin button", "list", "list item", "table", "table cell", "tree table",
                  "tree", "page tab", "page tab list", "menu item", "slider", "scroll bar", "link",
                  "tool bar", "paragraph", "document text", "editbar", "label", "scroll pane"}


def _hands_focus_to_its_tabs(nodes: list[list[object]], index: int) -> bool:
    """A QTabWidget is focusable but passes the focus to its tab bar (its focus proxy): a container."""
    if nodes[index][1] != "filler":
        return False
    depth = nodes[index][0]
    for node in nodes[index + 1:]:
        if node[0] <= depth:  # type: ignore[operator]
            return False
        if node[1] == "page tab list":
            return True
    return False


def _in_a_combo_boxs_popup(nodes: list[list[object]], index: int) -> bool:
    """A combo box's list items are its choices, not Tab stops (the box is named; on Linux Qt names a
    combo box by its current text and relies on the label relation, as GTK does)."""
    if nodes[index][1] != "list item":
        return False
    depth = nodes[index][0]
    for node in reversed(nodes[:index]):  # the ancestors: each the nearest earlier node one level up
        if node[0] < depth:  # type: ignore[operator]
            if node[1] == "combo box":
                return True
            depth = node[0]
    return False


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_focusable_control_of_each_window_is_named_with_a_sensible_role(seeded_app: dict[str, str],
                                                                              name: str) -> None:
    steps, title = WINDOWS[name]
    window_role = "dialog" if name in ("settings", "interview form") else "frame"
    tree = read_tree(seeded_app, steps=[*steps, ["wait", window_role, title]])
    inside = [node for node in tree["nodes"] if node[5].startswith(title) and node[0] > 1]
    assert inside, f"no {title!r} window in {sorted({node[5] for node in tree['nodes']})}"
    focusable = [node for index, node in enumerate(inside) if node[4] and not _hands_focus_to_its_tabs(inside, index)
                 and not _in_a_combo_boxs_popup(inside, index)]
    assert len(focusable) >= 3, focusable
    nameless = [node for node in focusable if not node[2].strip()]
    assert not nameless, f"{name}: focusable controls without a name: {nameless}" + "\n".join(
        "  " * int(node[0]) + f"{node[1]} {node[2]!r} {node[4]}" for node in inside)
    odd = [node for node in focusable if node[1] not in SENSIBLE_ROLES]
    assert not odd, f"{name}: focusable controls with a role that says nothing: {odd}"
    buttons = [node for node in inside if node[1] == "push button"]
    assert buttons and all(node[2].strip() for node in buttons), buttons


def test_a_marked_day_is_described_in_words(seeded_app: dict[str, str]) -> None:
    """The calendar's selected day (today: the interview and its due steps) is described, not only drawn."""
    tree = read_tree(seeded_app)
    described = [node[3] for node in tree["nodes"] if node[1] == "table" and node[2] == "Interview calendar"]
    assert described and any("Interview" in text and "due" in text for text in described), described


def test_a_reminder_shown_in_the_window_is_announced(seeded_app: dict[str, str]) -> None:
    """No notification server on this bus: the due reminders come as the in-app banner, and a screen
    reader hears them (QAccessibleAnnouncementEvent → AT-SPI `object:announcement`)."""
    tree = read_tree(seeded_app, steps=[["wait", "frame", "Finish Strong"], ["listen", 8]])
    assert any("due" in text.lower() or "remind" in text.lower() for text in tree["announcements"]), \
        tree["announcements"]
