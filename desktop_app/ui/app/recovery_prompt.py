"""The question asked when the database is damaged: use what could be salvaged, restore a backup, or start empty.

Asked at start-up (the file could not be opened) and after the first paint (the off-thread
`quick_check` failed). While the question is on screen, a worker thread reads every readable
row of the damaged file into a new one beside it (store/salvage_merge.py, filling rows it lost
from the newest backup) and the prompt then says what it found: "Recovered 33 interviews and
162 of 163 follow-ups…". Whatever is chosen, the damaged file is moved aside first, never
overwritten, and the message says where it went. Starting empty is asked a second time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import APP_NAME
from ...domain.salvage_text import Counts, backup_sentence, salvage_sentence
from ...store.backups import BackupInfo
from ...store.recovery import (
    discard_salvage,
    move_aside,
    newest_good_backup,
    restore_to_new_file,
    salvage_aside,
    salvaged_path,
)
from ..shared.errors import words_text
from ..shared.formatting import datetime_text

SALVAGE, RESTORE, EMPTY, QUIT = "salvage", "restore", "empty", "quit"


class BackupWords(QObject):
    """Plural forms need tr() in a QObject subclass: that is where pyside6-lupdate finds them (numerus)."""

    def label(self, info: BackupInfo) -> str:
        when = datetime_text(info.taken_at) if info.taken_at else str(info.path)
        # Two English sources, each with every plural form in the translations: English needs no .qm.
        interviews = (self.tr("%Ln interview", "", info.interviews) if info.interviews == 1
                      else self.tr("%Ln interviews", "", info.interviews))
        notes = self.tr("%Ln with notes", "", info.notes)
        return self.tr("%1 — %2, %3").replace("%3", notes).replace("%2", interviews).replace("%1", when, 1)


def backup_label(info: BackupInfo) -> str:
    return BackupWords().label(info)


class SalvageRelay(QObject):
    """Carries the salvage thread's report to the prompt.

    The thread must never emit on the prompt itself: answered quickly, the prompt is deleted while
    the thread is still reading, and a signal emitted from another thread on an object being
    deleted crashes the process (it was seen in the suite as a segmentation fault). The relay
    belongs to the application and outlives the prompt; Qt drops the connection when the prompt
    goes, so a late report reaches nobody.
    """

    done = Signal(object)


class RecoveryPrompt(QMessageBox):
    """Calls `on_choice(SALVAGE | RESTORE | EMPTY | QUIT)`; the caller does the work through `recover()`."""

    salvaged = Signal(object)  # the SalvageReport (or None when nothing could be read), in the GUI thread

    def __init__(self, problem: str, live: Path, backups: Path, on_choice: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, self.tr("%s: the data file is damaged") % APP_NAME, "",
                         parent=parent)
        self.setObjectName("recoveryPrompt")
        self.setTextFormat(Qt.TextFormat.PlainText)  # the problem may quote a path or a message from SQLite
        self.problem = problem
        self.live = live
        self.on_choice = on_choice
        self.backup = newest_good_backup(backups)
        self.report = None
        self.reading = True
        self.confirmation: QMessageBox | None = None
        self.salvage_button = self.addButton(self.tr("&Use the recovered data"), QMessageBox.ButtonRole.AcceptRole)
        self.restore_button = self.addButton(self.tr("&Restore newest good backup"), QMessageBox.ButtonRole.AcceptRole)
        self.empty_button = self.addButton(self.tr("Start with an &empty database"),
                                           QMessageBox.ButtonRole.DestructiveRole)
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.salvage_button.setEnabled(False)
        self.restore_button.setEnabled(self.backup is not None)
        self.setDefaultButton(self.restore_button if self.backup is not None else self.quit_button)
        self.setEscapeButton(self.quit_button)
        self._update_text()
        self.finished.connect(self._finished)
        self.salvaged.connect(self._salvaged, Qt.ConnectionType.QueuedConnection)
        self.relay = SalvageRelay(QCoreApplication.instance())  # see SalvageRelay: not parented to the prompt
        self.relay.done.connect(self.salvaged, Qt.ConnectionType.QueuedConnection)
        # Salvage reads the whole file (seconds for a large one): a thread, so the prompt paints at once.
        relay, live, backup = self.relay, self.live, self.backup.path if self.backup else None
        self.worker = threading.Thread(target=_salvage, args=(relay, live, backup), name="salvage", daemon=True)
        self.worker.start()

    # ------------------------------------------------------------------ salvage
    def _salvaged(self, report) -> None:  # type: ignore[no-untyped-def]
        self.reading = False
        self.report = report if report is not None and report.anything else None
        if self.report is not None:
            self.salvage_button.setEnabled(True)
            self.setDefaultButton(self.salvage_button)
        self._update_text()

    # ------------------------------------------------------------------ text
    def _update_text(self) -> None:
        parts = [self.problem]
        if self.reading:
            parts.append(self.tr("Reading what can still be read from the damaged file…"))
        elif self.report is not None:
            counts = {name: Counts(c.recovered, c.unreadable, c.from_backup, c.lost_pages)
                      for name, c in self.report.tables.items()}
            parts.append(words_text(salvage_sentence(counts)))
            taken = backup_sentence(counts, datetime_text(self.backup.taken_at)
                                    if self.backup is not None and self.backup.taken_at else "")
            if self.backup is not None and taken is not None:
                parts[-1] += " " + words_text(taken)
        else:
            parts.append(self.tr("Nothing could be read from the damaged file."))
        stem = self.live.name.removesuffix(".sqlite3")
        parts.append(self.tr("The damaged file is kept unchanged, as “%1.damaged-….sqlite3” in %2.")
                     .replace("%1", stem).replace("%2", str(self.live.parent)))
        if self.backup is not None:
            parts.append(self.tr("The newest good backup is from %1.").replace("%1", backup_label(self.backup)))
        else:
            parts.append(self.tr("There is no good backup to restore."))
        self.setText("\n\n".join(parts))

    # ------------------------------------------------------------------ answers
    def _finished(self) -> None:
        clicked = self.clickedButton()
        if clicked is self.empty_button:
            self._confirm_empty()
            return
        choice = (SALVAGE if clicked is self.salvage_button else RESTORE if clicked is self.restore_button
                  else QUIT)
        if choice == QUIT:
            discard_salvage(self.live)  # ours, and made again from the damaged file next time
        self.on_choice(choice)

    def _confirm_empty(self) -> None:
        """Starting empty shows none of the user's data: asked a second time, Go back is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Start with an empty database?"),
                          self.tr("Your interviews will not be shown. The damaged file and the backups stay on "
                                  "disk, but the app will start with no data."),
                          QMessageBox.StandardButton.NoButton, self.parentWidget())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("confirmEmpty")
        self.confirm_empty_button = box.addButton(self.tr("Start &empty"), QMessageBox.ButtonRole.DestructiveRole)
        self.go_back_button = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.go_back_button)
        box.setEscapeButton(self.go_back_button)
        self.confirmation = box

        def answered() -> None:
            self.confirmation = None
            if box.clickedButton() is self.confirm_empty_button:
                self.on_choice(EMPTY)
            else:
                self.open()  # back to the first question
            box.deleteLater()

        box.finished.connect(answered)
        box.open()


def recover(choice: str, live: Path, backups: Path, now: datetime | None = None) -> tuple[Path, BackupInfo | None]:
    """Move the damaged file aside, then put the salvage or the newest good backup in its place (or nothing).

    Returns where the damaged file went and the backup restored, if any. The caller opens
    the database again afterwards (migrating an older backup like any older file).
    """
    salvaged = salvaged_path(live)
    backup = newest_good_backup(backups) if choice == RESTORE else None
    kept = move_aside(live, now)
    if choice == SALVAGE and salvaged.exists():
        salvaged.replace(live)
    else:
        discard_salvage(live)
        if backup is not None:
            restore_to_new_file(backup.path, live)
    return kept, backup


def recovered_message(kept: Path, backup: BackupInfo | None, choice: str = RESTORE) -> str:
    if choice == SALVAGE:
        what = QCoreApplication.translate("RecoveryPrompt", "Opened the data recovered from the damaged file.")
    else:
        what = (QCoreApplication.translate("RecoveryPrompt", "Restored the backup from %1.").replace(
            "%1", backup_label(backup)) if backup else
            QCoreApplication.translate("RecoveryPrompt", "Started with an empty database."))
    return QCoreApplication.translate("RecoveryPrompt", "%1 The damaged file is kept as %2.").replace(
        "%2", str(kept)).replace("%1", what, 1)


def _salvage(relay: SalvageRelay, live: Path, backup: Path | None) -> None:
    """The salvage thread: touches nothing of the prompt's, only the relay that outlives it."""
    try:
        _, report = salvage_aside(live, backup)
    except Exception:  # noqa: BLE001 — any failure just means nothing was salvaged; the other choices remain
        report = None
    relay.done.emit(report)
