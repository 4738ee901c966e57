"""Diagnosis for the idle benchmark: start the app with every GUI-thread timer event logged.

`python tests/benchmarks/timer_trace.py [app arguments]` (with the repository on
PYTHONPATH) runs `desktop_app`'s own main() after installing an application-wide event
filter. Each QTimerEvent delivered in the GUI thread prints one line on stderr:

    timer <CLOCK_MONOTONIC seconds> <receiver class> <object name> <parent class> [<QTimer interval> ms]

Qt-internal timers show up too (QPixmapCache's flush timer is the class QPMCache), which
/proc cannot tell apart. A Python event filter sees every event of the GUI thread, so the
app does a little more work under it: use it to find a timer, not to measure CPU time.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer


class TimerLogger(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Timer:
            parent = watched.parent()
            interval = f" {watched.interval()} ms" if isinstance(watched, QTimer) else ""
            print(f"timer {time.monotonic():.3f} {watched.metaObject().className()} "
                  f"{watched.objectName() or '-'} {type(parent).__name__ if parent is not None else '-'}{interval}",
                  file=sys.stderr, flush=True)
        return False


def main() -> int:
    from desktop_app.__main__ import main as app_main
    from desktop_app.ui.app.application import FinishStrongApp

    app = FinishStrongApp(sys.argv[:1])
    logger = TimerLogger()
    app.installEventFilter(logger)
    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
