"""The yardstick for start-up: the least a PySide6 calendar app can do before its first paint.

Run as a plain script (not `-m`), so it imports nothing but PySide6. It quits the way
`finish-strong --quit-after-startup` does: an event filter sees the first Paint event
and schedules `quit()` on the next turn of the event loop. The filter sits on the
application rather than on the window, because a `QMainWindow` entirely covered by its
central calendar gets no Paint event of its own; the first paint of any of its widgets
belongs to the same paint pass, so the moment measured is the same. The window has the
main window's default size, so both paint the same area.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMainWindow, QWidget

WIDTH, HEIGHT = 1100, 700


class QuitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self.window:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QCalendarWidget())
    window.resize(WIDTH, HEIGHT)
    app.installEventFilter(QuitAfterFirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
