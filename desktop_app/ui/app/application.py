"""The QApplication subclass and the GUI start-up sequence.

Start-up does only what the first paint needs: take the data folder's lock (a second
start hands over to the first and leaves), open (and if needed migrate) the database,
purge interviews deleted in an earlier session, and build the window, which reads one
month of data. A damaged file is a question first (restore or start empty). After the
first paint: reminders, listening for later starts, the database check and daily backup.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ... import APP_ID, APP_NAME, __version__
from ...paths import RESOURCES, backups_dir, database_path, ensure_data_dir, resolve_data_dir, ui_state_path
from ...store.database import close_database, open_database
from ...store.errors import StoreError, UnreadableDatabaseError
from ...store.interviews import purge_deleted
from ...store.settings_store import load_contrast
from ..shared.accessible_windows import install_window_roles
from ..shared.errors import ENVIRONMENT_ERRORS, describe_startup
from ..shared.events import AppEvents
from ..shared.focus_style import VisibleFocusStyle
from ..shared.theme import ThemeFollower, set_contrast_choice
from .single_instance import InstanceLock, hand_over
from .translations import apply_language, choose_language, install_language, system_languages

if TYPE_CHECKING:
    from ..main.main_window import MainWindow


#: After the first paint, how long the window stays alone before the deferred work starts.
DEFERRED_WORK_DELAY_MS = 250


class FinishStrongApp(QApplication):
    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName("finish-strong")
        self.setApplicationDisplayName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setOrganizationName("finish-strong")
        QGuiApplication.setDesktopFileName(APP_ID)
        if QLocale.system().language() == QLocale.Language.C:
            # No locale configured (LANG=C): plain English beats Qt's numeric-only C formats.
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        # The system's language until the database says otherwise (_start_window): a damaged-file
        # prompt or a refusal before it is already in the user's language. English loads nothing.
        install_language(choose_language("", system_languages()), self)
        # Pre-rendered PNGs (packaging/render_icons.py): loading the SVG would pull in
        # Qt's SVG module at start-up. QIcon reads each file only when a size is asked for.
        icon = QIcon()
        for png in sorted((RESOURCES / "icons").glob("finish-strong-*.png")):
            icon.addFile(str(png))
        if not icon.isNull():
            self.setWindowIcon(icon)
        self.events = AppEvents(self)
        self.setStyle(VisibleFocusStyle(self.style().name()))  # a focused button shows it, default or not
        ThemeFollower(self)  # the system's dark mode and contrast preference, followed at run time
        install_window_roles()  # debrief, e-mail and card windows are windows to a screen reader


class AfterFirstPaint(QObject):
    """Runs `then` on the next turn of the event loop after the window's first paint.

    The reminders start there, not before: asking the notification server for its
    capabilities can take up to its timeout, and the window must not wait for that.
    """

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def run_gui(data_dir_option: str | None, quit_after_startup: bool = False, minimized: bool = False,
            files: list[str] | None = None) -> int:
    """`files`: calendar invitations to import ("Open with"): shown in the import confirmation."""
    # argv[0] names the windows' WM_CLASS; under `python -m` it would be "__main__.py".
    app = cast(QApplication, QApplication.instance()) or FinishStrongApp(["finish-strong"])
    try:
        data_dir = ensure_data_dir(resolve_data_dir(data_dir_option))
    except OSError as exc:
        return _refuse(StoreError(f"Cannot use the data folder {exc.filename or ''}: {exc.strerror or exc}. "
                                  "Make it writable, or start with --data-dir pointing to a folder you can write to."),
                       quit_after_startup)
    # Before the window, only the lock file (QtCore): a second start hands over and leaves.
    lock = InstanceLock(data_dir)
    if not lock.acquire():
        answered = hand_over(data_dir, (["--minimized"] if minimized else []) + open_args(files or []), lock)
        if answered:
            told = "the invitation was passed to it" if files else "its window was brought to the front"
            print(f"finish-strong: already running; {told}.", file=sys.stderr)
            return 0
        if answered is False:
            return _refuse(StoreError(f"Another Finish Strong is using {data_dir} but does not answer. "
                                      "Close it (or end it), then start again."), quit_after_startup)
    try:
        return _run_locked(app, data_dir, quit_after_startup, minimized, files or [])
    finally:
        lock.release()


def _refuse(exc: BaseException, quit_after_startup: bool) -> int:
    message = describe_startup(exc)
    print(f"finish-strong: {message}", file=sys.stderr)
    if not quit_after_startup:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("Application", "%1 cannot open its data")
                             .replace("%1", APP_NAME), message)
    return 1


def _run_locked(app: QApplication, data_dir: Path, quit_after_startup: bool, minimized: bool,
                files: list[str]) -> int:
    from .crash_dialog import CrashReporter  # QtCore only; the log file is set up after the first paint

    reporter = CrashReporter(data_dir, app)
    reporter.install()
    live, backups = database_path(data_dir), backups_dir(data_dir)
    state: dict[str, object] = {"reporter": reporter, "files": files}
    try:
        open_database(live, backups)
    except UnreadableDatabaseError as exc:
        if quit_after_startup:
            reporter.uninstall()
            return _refuse(exc, quit_after_startup)
        # Damaged or foreign file: ask first, then build the window on whatever was chosen.
        from .recovery_prompt import QUIT, RecoveryPrompt, recover, recovered_message

        def chosen(choice: str) -> None:
            if choice == QUIT:
                QApplication.exit(1)
                return
            try:
                kept, backup = recover(choice, live, backups)
                open_database(live, backups)
            except ENVIRONMENT_ERRORS as problem:  # e.g. the folder became read-only: say so and stop
                _refuse(problem, quit_after_startup)
                QApplication.exit(1)
                return
            window = _start_window(app, data_dir, quit_after_startup, minimized, state)
            window.show_error(recovered_message(kept, backup, choice))

        app.setQuitOnLastWindowClosed(False)  # closing the prompt must not end the app before the window
        prompt = RecoveryPrompt(str(exc), live, backups, chosen)
        state["prompt"] = prompt
        prompt.open()
    except ENVIRONMENT_ERRORS as exc:  # newer schema, read-only folder, locked, disk full
        reporter.uninstall()
        return _refuse(exc, quit_after_startup)
    else:
        _start_window(app, data_dir, quit_after_startup, minimized, state)
    try:
        return app.exec()
    finally:
        checks = state.get("checks")
        if checks is not None:
            checks.join()  # type: ignore[attr-defined]
        server = state.get("server")
        if server is not None:
            server.close()  # type: ignore[attr-defined]
        close_database()
        reporter.uninstall()


def _start_window(app: QApplication, data_dir: Path, quit_after_startup: bool, minimized: bool,
                  state: dict[str, object]) -> MainWindow:
    purge_deleted()
    apply_language(app)  # Settings › General may name another language than the system's
    set_contrast_choice(load_contrast())  # … and high or normal contrast whatever the system prefers

    from ..main.main_window import MainWindow

    window = MainWindow(ui_state_path(data_dir), getattr(app, "events", None))
    state["window"] = window

    def start_reminders() -> None:
        from ..reminders.reminder_controller import ReminderController

        controller = ReminderController(window.reminder_host, window.clock)
        window.reminders = controller
        app.setQuitOnLastWindowClosed(controller.tray is None)
        controller.start()
        if minimized and controller.tray is None:
            window.show()  # no tray to live in: a hidden window would be lost
        if quit_after_startup:
            # The whole normal start is done: painted once, reminders running. exit(), not
            # quit(): Qt 6's quit() asks every window to close first, and a window with
            # pending reminders may (rightly) refuse.
            QApplication.exit(0)
            return
        # The rest waits a little longer, so the window is painted and idle before it starts.
        QTimer.singleShot(DEFERRED_WORK_DELAY_MS, lambda: _after_first_paint(window, data_dir, state))

    if minimized:
        QTimer.singleShot(0, start_reminders)  # nothing to paint: start at once
    else:
        AfterFirstPaint(window, start_reminders)
        window.show()
    return window


OPEN = "--open"


def open_args(files: list[str]) -> list[str]:
    """How files to open travel to the running instance over the single-instance socket."""
    return [OPEN, *files] if files else []


def on_second_start(window: MainWindow, args: list[str]) -> None:
    """A later start (or "Open with"): come forward; files after --open go to the import confirmation."""
    from ..shared.window_front import bring_forward

    files = [Path(f) for f in args[args.index(OPEN) + 1:]] if OPEN in args else []
    if files or "--minimized" not in args or window.isVisible():
        bring_forward(window)
    if files:
        window.invitations.import_files(files)


def _after_first_paint(window: MainWindow, data_dir: Path, state: dict[str, object]) -> None:
    """The log file, listening for later starts (QtNetwork), the database check and the daily backup.

    None of it is needed to paint, all of it costs: logging.handlers and QtNetwork imports,
    a socket, reading every page of the file (about 60 ms for 10,000 interviews). The check
    and the backup run in a worker thread with their own connection. A second start that
    comes before the server listens just retries (single_instance.hand_over); a damage found
    a moment after the window appeared is handled like one found before (recovery prompt).
    `--quit-after-startup` exits once the reminders have started, before this runs.
    """
    from ...crash_log import ensure_logging, log
    from .single_instance import ActivationServer
    from .startup_checks import StartupChecks

    ensure_logging(data_dir)
    reporter = state.get("reporter")
    if reporter is not None:
        reporter.parent_window = window  # type: ignore[attr-defined]

    def activated(args: list[str]) -> None:
        log.info("brought forward by a second start")
        on_second_start(window, args)

    server = ActivationServer(data_dir, activated, window)
    if not server.listen():
        log.warning("could not listen for a second start")
    state["server"] = server
    checks = StartupChecks(window, database_path(data_dir), backups_dir(data_dir))
    state["checks"] = checks
    checks.start()
    from .change_watcher import ChangeWatcher

    watcher = ChangeWatcher(database_path(data_dir), window)  # the CLI or another tool wrote: refresh, re-arm
    watcher.changed_elsewhere.connect(window.events.data_changed.emit)
    watcher.start()
    state["watcher"] = watcher
    files = state.get("files")
    if isinstance(files, list) and files:  # started by "Open with"
        on_second_start(window, open_args(files))
    from ..mail.reply_radar import start_reply_radar  # imaplib only in its thread, on the first check

    start_reply_radar(window)
    from .sync_controller import SyncController  # CalDAV sync (docs/SYNC.md): a worker thread, never at start-up

    sync = SyncController(window.statusBar(), window.events.data_changed, parent=window)
    sync.trashed.connect(window.trashed_elsewhere)
    state["sync"] = sync
    reminders = window.reminders
    sync.start(reminders.scheduler.minute if reminders is not None else None)
