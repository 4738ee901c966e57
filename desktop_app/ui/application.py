"""The QApplication subclass and the GUI start-up sequence.

Start-up does only what the first paint needs: open (and if needed migrate) the
database, purge interviews deleted in an earlier session, and build the window,
which reads one month of data.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__
from ..paths import RESOURCES, backups_dir, database_path, ensure_data_dir, resolve_data_dir, ui_state_path
from ..store.database import close_database, open_database
from ..store.errors import StoreError
from ..store.interviews import purge_deleted
from .events import AppEvents


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
        # Pre-rendered PNGs (packaging/render_icons.py): loading the SVG would pull in
        # Qt's SVG module at start-up. QIcon reads each file only when a size is asked for.
        icon = QIcon()
        for png in sorted((RESOURCES / "icons").glob("finish-strong-*.png")):
            icon.addFile(str(png))
        if not icon.isNull():
            self.setWindowIcon(icon)
        self.events = AppEvents(self)


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


def run_gui(data_dir_option: str | None, quit_after_startup: bool = False, minimized: bool = False) -> int:
    # argv[0] names the windows' WM_CLASS; under `python -m` it would be "__main__.py".
    app = QApplication.instance() or FinishStrongApp(["finish-strong"])
    try:
        data_dir = ensure_data_dir(resolve_data_dir(data_dir_option))
        open_database(database_path(data_dir), backups_dir(data_dir))
    except (StoreError, OSError) as exc:
        if isinstance(exc, OSError):
            exc = StoreError(f"Cannot use the data folder {exc.filename or ''}: {exc.strerror or exc}.")
        print(f"finish-strong: {exc}", file=sys.stderr)
        if not quit_after_startup:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, f"{APP_NAME} cannot open its data", str(exc))
        return 1
    purge_deleted()

    from .main_window import MainWindow

    window = MainWindow(ui_state_path(data_dir), getattr(app, "events", None))

    def start_reminders() -> None:
        from .reminder_controller import ReminderController

        controller = ReminderController(window, window.clock)
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

    if minimized:
        QTimer.singleShot(0, start_reminders)  # nothing to paint: start at once
    else:
        AfterFirstPaint(window, start_reminders)
        window.show()
    try:
        return app.exec()
    finally:
        close_database()
