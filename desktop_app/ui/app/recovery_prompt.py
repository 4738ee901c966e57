"""The question asked when the database is damaged: restore the newest good backup, or start empty.

Asked at start-up (the file could not be opened) and after the first paint (the off-thread
`quick_check` failed). Either way the damaged file is moved aside first, never overwritten,
and the message says where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ... import APP_NAME
from ...store.backups import BackupInfo
from ...store.recovery import move_aside, newest_good_backup, restore_to_new_file
from ..shared.formatting import datetime_text

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


def backup_label(info: BackupInfo) -> str:
    when = datetime_text(info.taken_at) if info.taken_at else str(info.path)
    interviews = "1 interview" if info.interviews == 1 else f"{info.interviews:,} interviews"
    notes = "1 with notes" if info.notes == 1 else f"{info.notes:,} with notes"
    return f"{when} — {interviews}, {notes}"


class RecoveryPrompt(QMessageBox):
    """Calls `on_choice(RESTORE | EMPTY | QUIT)`; the caller does the work through `recover()`."""

    def __init__(self, problem: str, live: Path, backups: Path, on_choice: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, f"{APP_NAME}: the data file is damaged", "", parent=parent)
        self.setObjectName("recoveryPrompt")
        self.backup = newest_good_backup(backups)
        text = (f"{problem}\n\nThe damaged file will not be changed or deleted: it will be kept as "
                f"“{live.name.removesuffix('.sqlite3')}.damaged-…sqlite3” in {live.parent}.")
        if self.backup is not None:
            text += f"\n\nThe newest good backup is from {backup_label(self.backup)}."
        else:
            text += "\n\nThere is no good backup to restore."
        self.setText(text)
        self.restore_button = self.addButton("&Restore newest good backup", QMessageBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.backup is not None)
        self.empty_button = self.addButton("Start with an &empty database", QMessageBox.ButtonRole.DestructiveRole)
        self.quit_button = self.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button if self.backup is not None else self.quit_button)
        self.setEscapeButton(self.quit_button)

        def finished() -> None:
            clicked = self.clickedButton()
            choice = RESTORE if clicked is self.restore_button else EMPTY if clicked is self.empty_button else QUIT
            on_choice(choice)

        self.finished.connect(finished)


def recover(choice: str, live: Path, backups: Path, now: datetime | None = None) -> tuple[Path, BackupInfo | None]:
    """Move the damaged file aside, then restore the newest good backup (or leave the name free).

    Returns where the damaged file went and the backup restored, if any. The caller opens
    the database again afterwards (migrating an older backup like any older file).
    """
    backup = newest_good_backup(backups) if choice == RESTORE else None
    kept = move_aside(live, now)
    if backup is not None:
        restore_to_new_file(backup.path, live)
    return kept, backup


def recovered_message(kept: Path, backup: BackupInfo | None) -> str:
    what = f"Restored the backup from {backup_label(backup)}." if backup else "Started with an empty database."
    return f"{what} The damaged file is kept as {kept}."
