"""Child for the "Open with" first-start test: the real run_gui with a file, reporting the import it shows.

argv: DATA_DIR FILE. Prints the import dialog's title and event count once it is on screen, then quits.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.ui.app.application import FinishStrongApp, run_gui  # noqa: E402
from desktop_app.ui.main.import_dialog import ImportDialog  # noqa: E402


def main() -> int:
    data, file = sys.argv[1], sys.argv[2]
    FinishStrongApp(["finish-strong"])

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, look)
            return
        print(f"import: {dialogs[0].windowTitle()} / {len(dialogs[0].boxes)} event(s)", flush=True)
        QApplication.exit(0)

    QTimer.singleShot(0, look)
    return run_gui(data, files=[file])


if __name__ == "__main__":
    sys.exit(main())
