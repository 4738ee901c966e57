"""The Debian package as a user gets it: built, installed, started from its menu entry.

`make package` builds the PyInstaller bundle and the .deb (cached: nothing is rebuilt when
no input changed); the package is then installed for real (apt-get on the .deb, which needs
root — CI runs as root — and waits for the system's package lock) and purged at the end. Two
suites on one machine take turns with it (a file lock around the module). The app is started
exactly as the desktop entry's Exec line says, on the private desktop session of
tests/integration/conftest.py (Xvfb, D-Bus, dunst, trayer), with its data in a temporary
folder (FINISH_STRONG_DATA_DIR). Run alone with `make test-package`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app import APP_ID, APP_NAME, __version__

from .conftest import NotificationLog, NotificationServer, name_has_owner, wait_until
from .test_reminders_desktop import (
    NAME,
    REMIND_AT_THE_END,
    THANK_YOU,
    interview,
    main_window,
    prepare,
    tray_icons,
    xprop,
)

pytestmark = [pytest.mark.integration, pytest.mark.package]

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "finish-strong"
INSTALL_DIR = Path("/opt/finish-strong")
DESKTOP_FILE = Path("/usr/share/applications") / f"{APP_ID}.desktop"
METAINFO = Path("/usr/share/metainfo") / f"{APP_ID}.metainfo.xml"
HICOLOR = Path("/usr/share/icons/hicolor")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
BUILD_TIMEOUT = 1800  # a first build on a busy 2-core machine


# --------------------------------------------------------------------------------------- package
def run(argv: list[str], **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    kwargs.setdefault("timeout", 120)
    return subprocess.run(argv, capture_output=True, text=True, **kwargs)


def is_installed() -> bool:
    result = run(["dpkg-query", "-W", "-f=${Status}", PACKAGE])
    return result.returncode == 0 and "installed" in result.stdout.split()


#: dpkg and apt wait this long for the system's package lock (another suite's install, an apt run).
DPKG_LOCK_WAIT = ["-o", "DPkg::Lock::Timeout=600"]
#: The package is installed system-wide: two suites on one machine (CI beside a developer's run) take
#: turns for the whole module, install to purge, instead of installing and purging under each other.
SUITE_LOCK = Path("/run/lock") / "finish-strong-package-tests.lock"


def purge() -> subprocess.CompletedProcess[str]:
    return run(["apt-get", "purge", "-y", "-qq", *DPKG_LOCK_WAIT, PACKAGE], timeout=900)


@pytest.fixture(scope="module")
def package_turn() -> Iterator[None]:
    """This suite's turn with the system's one installed copy of the package (waits for another suite's)."""
    import fcntl

    SUITE_LOCK.parent.mkdir(parents=True, exist_ok=True)
    with SUITE_LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if the suite is killed
        yield


@pytest.fixture(scope="module")
def deb() -> Path:
    if os.geteuid() != 0:
        pytest.skip("installing the .deb for real needs root (`make test` runs as root in CI)")
    for tool in ("dpkg", "dpkg-deb", "desktop-file-validate", "appstreamcli", "make"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing; `make test` installs the Debian packages it needs")
    built = run(["make", "--no-print-directory", "package"], cwd=REPO, timeout=BUILD_TIMEOUT)
    assert built.returncode == 0, f"make package failed:\n{built.stdout[-4000:]}\n{built.stderr[-4000:]}"
    debs = sorted((REPO / "dist").glob(f"{PACKAGE}_{__version__}_*.deb"))
    assert len(debs) == 1, debs
    return debs[0]


@pytest.fixture(scope="module")
def installed(deb: Path, package_turn: None) -> Iterator[Path]:
    """The package installed (apt-get on the .deb: dpkg, waiting for the package lock) for this module;
    purged afterwards whatever happens."""
    if is_installed():
        assert purge().returncode == 0
    result = run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *DPKG_LOCK_WAIT, str(deb)],
                 timeout=900, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    assert result.returncode == 0, result.stdout + result.stderr
    try:
        yield deb
    finally:
        if is_installed():
            purge()


# --------------------------------------------------------------------------------------- desktop entry
def desktop_entry(path: Path = DESKTOP_FILE) -> dict[str, str]:
    """The [Desktop Entry] group's keys (untranslated ones)."""
    entry: dict[str, str] = {}
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line:
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def exec_argv(entry: dict[str, str], path: Path = DESKTOP_FILE) -> list[str]:
    """The command a launcher runs for Exec, with no files to open (Desktop Entry spec, "Exec key")."""
    argv: list[str] = []
    for arg in shlex.split(entry["Exec"]):  # the spec's quoting is a subset of the shell's
        if arg in {"%f", "%F", "%u", "%U", "%d", "%D", "%n", "%N", "%v", "%m"}:
            continue  # file and deprecated codes expand to nothing when no file is given
        if arg == "%i":
            argv += ["--icon", entry["Icon"]] if "Icon" in entry else []
            continue
        argv.append(arg.replace("%c", entry["Name"]).replace("%k", str(path)).replace("%%", "%"))
    return argv


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])  # type: ignore[return-value]


#: A desktop session's PATH (Debian's default), not the test's: an activated virtual environment
#: has its own `finish-strong` script, which a menu launcher would never see.
SESSION_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def user_env(session_env: dict[str, str], data: Path) -> dict[str, str]:
    """The desktop session's environment, as a launcher passes it, with the data folder set."""
    return dict(session_env, PATH=SESSION_PATH, FINISH_STRONG_DATA_DIR=str(data))


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# ======================================================================================= tests
def test_the_package_puts_the_app_where_the_desktop_finds_it(installed: Path) -> None:
    executable = INSTALL_DIR / PACKAGE
    assert executable.is_file() and os.access(executable, os.X_OK)
    assert Path(shutil.which(PACKAGE, path=SESSION_PATH) or "").resolve() == executable
    for size in ICON_SIZES:
        assert png_size(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")

    validated = run(["desktop-file-validate", str(DESKTOP_FILE)])
    assert validated.returncode == 0 and validated.stdout + validated.stderr == "", validated.stdout + validated.stderr
    entry = desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].split(";")[:2] == ["Office", "Calendar"]
    assert entry["StartupWMClass"] == PACKAGE
    assert entry.get("Terminal") == "false"

    checked = run(["appstreamcli", "validate", "--no-net", str(METAINFO)])
    assert checked.returncode == 0, checked.stdout + checked.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == PACKAGE

    depends = run(["dpkg-query", "-W", "-f=${Depends}", PACKAGE]).stdout
    for library in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1"):
        assert library in depends


def test_started_from_its_menu_entry_it_opens_and_quits_cleanly(
        installed: Path, notification_server: NotificationServer, system_tray, session_env: dict[str, str],
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    argv = exec_argv(desktop_entry())
    assert shutil.which(argv[0], path=SESSION_PATH) == f"/usr/bin/{PACKAGE}"
    started = run([*argv, "--quit-after-startup"], env=user_env(session_env, data), timeout=60)
    assert started.returncode == 0, started.stderr
    assert started.stderr == ""  # no Qt warning, no missing plugin, no traceback
    assert (data / "finish-strong.sqlite3").is_file()  # it really ran on the data folder given

    # A launcher may start it with no standard output or error at all: Python then sets
    # sys.stdout/sys.stderr to None, and nothing may crash on a print.
    def close_std_streams() -> None:
        os.close(1)
        os.close(2)

    # `export -` with nowhere to write fails (exit 1) by design: the export was not delivered
    # (tests/unit/test_std_streams.py checks it is a one-line message, not a traceback).
    for args, status in ((["--quit-after-startup"], 0), (["--version"], 0), (["export", "-"], 1),
                         (["--no-such-option"], 2)):
        closed = subprocess.run([*argv, *args], env=user_env(session_env, data), stdin=subprocess.DEVNULL,
                                preexec_fn=close_std_streams, timeout=60)
        assert closed.returncode == status, args


def test_on_a_wayland_desktop_it_runs_natively(installed: Path, session_env: dict[str, str], tmp_path: Path) -> None:
    """Qt picks its Wayland platform on a Wayland session, as the app from source does."""
    weston = shutil.which("weston")
    if weston is None:
        pytest.fail("weston is missing; `make test` installs it (Debian package weston)")
    runtime = tmp_path / "wayland-runtime"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in user_env(session_env, tmp_path / "data").items()
           if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}  # no X server to fall back to
    env.update(XDG_RUNTIME_DIR=str(runtime), XDG_SESSION_TYPE="wayland", WAYLAND_DISPLAY="wayland-test")
    log = tmp_path / "weston.log"
    with log.open("wb") as sink:
        compositor = subprocess.Popen(
            [weston, "--backend=headless-backend.so", "--socket=wayland-test", "--idle-time=0"],
            env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=sink,
        )
    try:
        wait_until(lambda: (runtime / "wayland-test").exists() or compositor.poll() is not None, 15,
                   "weston to open its Wayland socket")
        assert compositor.poll() is None, log.read_text(errors="replace")
        argv = exec_argv(desktop_entry())
        started = run([*argv, "--quit-after-startup"], env=env, timeout=60)
        assert started.returncode == 0, started.stderr
        assert started.stderr == ""
        platform = run([*argv, "--quit-after-startup"], env=dict(env, QT_LOGGING_RULES="qt.qpa.plugin=true"),
                       timeout=60)
        assert 'Successfully loaded Qt platform plugin "wayland"' in platform.stderr, platform.stderr
    finally:
        compositor.terminate()
        compositor.wait(timeout=10)


def test_the_installed_app_sits_in_the_tray_and_notifies_a_due_follow_up(
        installed: Path, notification_server: NotificationServer, notification_log: NotificationLog,
        system_tray, session_env: dict[str, str], x_display: str, tmp_path: Path) -> None:
    # The follow-up is written by the repository's code, exported, and read in by the
    # installed CLI, as a user moving their data to the new install would.
    source, data = tmp_path / "source", tmp_path / "data"
    end = (datetime.now(UTC) + timedelta(seconds=6)).replace(microsecond=0)
    prepare(source, interview("Initech", end, NAME), rules=REMIND_AT_THE_END)
    export = tmp_path / "export.json"
    exported = run([sys.executable, "-m", "desktop_app", "--data-dir", str(source), "export", str(export)], cwd=REPO)
    assert exported.returncode == 0, exported.stderr
    argv = exec_argv(desktop_entry())
    imported = run([argv[0], "import", str(export)], env=user_env(session_env, data))
    assert imported.returncode == 0, imported.stderr

    log = tmp_path / "app.stderr"
    with log.open("wb") as sink:
        app = subprocess.Popen(argv, env=user_env(session_env, data), stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=sink)
    try:
        window = wait_until(lambda: main_window(x_display, app.pid), 30, "the installed app's main window")
        assert f'"{desktop_entry()["StartupWMClass"]}"' in xprop(x_display, window.id, "WM_CLASS")
        wait_until(lambda: tray_icons(x_display, app.pid), 30, "its icon in the system tray")
        shown = notification_log.wait_for_notification(THANK_YOU, timeout=30)
        assert shown.app_name == APP_NAME
        assert shown.body.startswith("Initech, ")
        assert app.poll() is None
        assert log.read_text(errors="replace") == ""
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_the_bundle_finds_keyring_backends_qt_modules_and_resources(
        installed: Path, session_env: dict[str, str], tmp_path: Path) -> None:
    daemon = shutil.which("gnome-keyring-daemon")
    if daemon is None:
        pytest.fail("gnome-keyring-daemon is missing; `make test` installs it (Debian package gnome-keyring)")
    home = tmp_path / "home"
    home.mkdir()
    env = dict(session_env, HOME=str(home), XDG_DATA_HOME=str(home / "share"))
    keyring_log = tmp_path / "gnome-keyring.log"
    with keyring_log.open("wb") as sink:
        secrets = subprocess.Popen([daemon, "--start", "--foreground", "--components=secrets"], env=env,
                                   stdin=subprocess.DEVNULL, stdout=sink, stderr=sink)
    try:
        wait_until(lambda: name_has_owner(env["DBUS_SESSION_BUS_ADDRESS"], "org.freedesktop.secrets")
                   or secrets.poll() is not None, 15, "gnome-keyring to own org.freedesktop.secrets")
        assert secrets.poll() is None, keyring_log.read_text(errors="replace")
        result = run([PACKAGE, "diagnose"], env=dict(env, PATH=SESSION_PATH), timeout=60)
    finally:
        secrets.terminate()
        secrets.wait(timeout=10)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is True
    assert report["executable"] == str(INSTALL_DIR / PACKAGE)

    keyring = report["keyring"]
    assert "keyring.backends.SecretService.Keyring" in keyring["loaded"], keyring
    assert keyring["backend"] != "keyring.backends.fail.Keyring", keyring
    assert "keyring.backends.SecretService.Keyring" in [keyring["backend"], *keyring["chained"]], keyring

    qt = report["qt"]
    assert set(qt["modules"].values()) == {"ok"}, qt["modules"]
    plugins = qt["plugins"]
    assert set(plugins["platforms"]) == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    assert plugins["wayland-shell-integration"] == ["libxdg-shell.so"]
    assert "libcupsprintersupport.so" in plugins["printsupport"]
    for dropped in ("imageformats", "iconengines", "tls", "sqldrivers", "generic", "egldeviceintegrations"):
        assert dropped not in plugins, f"{dropped} plugins are bundled but the app does not use them"
    assert "wayland-graphics-integration-server" not in plugins
    # The app's languages and Qt's own dialog texts in them; no other Qt catalogue (Designer, QML…).
    shipped = sorted(qm.name for qm in INSTALL_DIR.rglob("*.qm"))
    assert shipped == sorted(f"{kind}_{lang}.qm" for kind in ("finish_strong", "qtbase") for lang in ("de", "es", "fr"))

    resources = report["resources"]
    assert Path(resources["path"]).is_relative_to(INSTALL_DIR)
    assert resources["icons"] == sorted(f"finish-strong-{size}.png" for size in ICON_SIZES)


def test_removing_the_package_removes_the_program_and_keeps_the_data(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = run([f"/usr/bin/{PACKAGE}", "--data-dir", str(data), "demo", "--interviews", "3"])
    assert made.returncode == 0, made.stderr
    before = tree_digest(data)
    assert "finish-strong.sqlite3" in before

    removed = purge()
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not is_installed()
    assert not INSTALL_DIR.exists()
    assert not Path(f"/usr/bin/{PACKAGE}").exists() and not Path(f"/usr/bin/{PACKAGE}").is_symlink()
    assert not DESKTOP_FILE.exists() and not METAINFO.exists()
    assert not list(HICOLOR.glob(f"*/apps/{APP_ID}.*"))
    assert tree_digest(data) == before
