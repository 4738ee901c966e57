"""Child for the start-up fault tests: runs the real run_gui and reports every dialog it shows.

argv: DATA_DIR. Prints `prompt: <class> <title> | <text>` for each message box (the recovery
prompt included) and closes it, so the child never waits for a person.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from desktop_app.ui.app.application import FinishStrongApp, run_gui  # noqa: E402


def main() -> int:
    FinishStrongApp(["finish-strong"])
    seen: set[int] = set()

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and id(widget) not in seen:
                seen.add(id(widget))
                text = " ".join(widget.text().split())
                print(f"prompt: {type(widget).__name__} {widget.windowTitle()} | {text}", flush=True)
                if type(widget).__name__ == "RecoveryPrompt":
                    widget.quit_button.click()  # type: ignore[attr-defined]  # never move data aside here
                else:
                    widget.done(0)
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        if windows:
            print("window shown", flush=True)
            QApplication.exit(0)
            return
        QTimer.singleShot(50, watch)

    QTimer.singleShot(0, watch)
    return run_gui(sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
