"""Child process for the SIGKILL test: types into a debrief the way a user would.

It prints one line per word typed — `typed N MONOTONIC` — flushed at once, so the
parent knows exactly what had been typed, and when, at the moment it kills us.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desktop_app.domain.model import Interview  # noqa: E402
from desktop_app.paths import backups_dir, database_path  # noqa: E402
from desktop_app.store.database import open_database  # noqa: E402
from desktop_app.store.interviews import save_interview  # noqa: E402
from desktop_app.ui.app.application import FinishStrongApp  # noqa: E402
from desktop_app.ui.debrief.debrief_window import DebriefWindow  # noqa: E402

WORD_INTERVAL_MS = 100


def main() -> int:
    data = Path(sys.argv[1])
    app = FinishStrongApp(sys.argv[:1])
    open_database(database_path(data), backups_dir(data))
    start = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
    interview_id = save_interview(Interview("Acme", "Engineer", start, start + timedelta(hours=1), "UTC"))
    window = DebriefWindow(interview_id, lambda: datetime.now(UTC))
    window.show()
    editor = window.sections["discussed"]
    editor.setFocus()
    count = 0

    def type_word() -> None:
        nonlocal count
        QTest.keyClicks(editor, f"w{count} ")
        print(f"typed {count} {time.monotonic():.4f}", flush=True)
        count += 1

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(WORD_INTERVAL_MS)
    print(f"ready {interview_id}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
