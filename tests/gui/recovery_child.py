"""Child for the start-up recovery test: runs the real run_gui on a damaged file and answers the prompt.

argv: DATA_DIR CHOICE (restore | empty). Prints what it saw, then quits the app.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.ui.app.application import FinishStrongApp, run_gui  # noqa: E402
from desktop_app.ui.app.recovery_prompt import RecoveryPrompt  # noqa: E402


def main() -> int:
    data, choice = sys.argv[1], sys.argv[2]
    FinishStrongApp(["finish-strong"])

    def answer() -> None:
        prompts = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryPrompt) and w.isVisible()]
        if not prompts:
            QTimer.singleShot(50, answer)
            return
        print(f"prompt: {prompts[0].text()!r}", flush=True)
        (prompts[0].restore_button if choice == "restore" else prompts[0].empty_button).click()
        QTimer.singleShot(300, report)

    def report() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        message = windows[0].dialogs.active if windows else None
        print(f"windows: {len(windows)}", flush=True)
        print(f"message: {message.text() if message is not None else ''!r}", flush=True)
        QApplication.exit(0)

    QTimer.singleShot(0, answer)
    return run_gui(data)


if __name__ == "__main__":
    sys.exit(main())
