"""File ▸ Back up now… and File ▸ Restore from backup…, and swapping the live database safely.

Imported when first used (not for the first paint). The live database is found through
`db_proxy`, so the window needs no new constructor argument.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...paths import backups_dir
from ...store.backups import BackupInfo, backup_connection, inspect_backup, list_backups, restore_into
from ...store.database import close_database, db_proxy, open_database
from ...store.errors import StoreError
from ...store.migrations import LATEST_VERSION, backup_database
from ..shared.editor_registry import ALL
from ..shared.errors import ENVIRONMENT_ERRORS, describe
from .recovery_prompt import backup_label

if TYPE_CHECKING:
    from ..shared.window_services import WindowServices

DB_FILTER = str(QT_TRANSLATE_NOOP("BackupActions", "Finish Strong backups (*.sqlite3 *.db);;All files (*)"))
#: pyside6-lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def live_path() -> Path:
    return Path(db_proxy.obj.database)


#: Why a backup was taken, by the reason in its file name (store/backups.py)
REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupActions", "daily"),
    "before-restore": QT_TRANSLATE_NOOP("BackupActions", "before a restore"),
    "chosen file": QT_TRANSLATE_NOOP("BackupActions", "chosen file"),
}


def reason_text(reason: str) -> str:
    """A backup's reason in the user's words: "before-v11" is the upgrade to schema version 11."""
    if reason in REASONS:
        return translate("BackupActions", str(REASONS[reason]))
    if reason.startswith("before-v") and reason[8:].isdigit():
        return translate("BackupActions", "before the upgrade to version %1").replace("%1", reason[8:])
    return reason


def back_up_now(window: WindowServices) -> None:
    from ..shared.file_folders import remember_folder, start_folder

    suggested = start_folder(window.parent) / "finish-strong-backup.sqlite3"
    dialog = QFileDialog(window.parent, translate("BackupActions", "Back up now"), str(suggested),
                         translate("BackupActions", DB_FILTER))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("sqlite3")

    def chosen() -> None:
        remember_folder(window.parent, dialog.selectedFiles()[0])
        back_up_to(window, Path(dialog.selectedFiles()[0]))

    window.open_dialog(dialog, chosen)


def back_up_to(window: WindowServices, target: Path) -> Path | None:
    """Write a backup to a file the user chose (replacing it only once the copy is complete)."""
    try:
        window.editors.save_all()  # flush what is being typed in every editor, so the backup has it
        backup_connection(db_proxy.obj.connection(), target)  # complete, then renamed over `target`
    except ENVIRONMENT_ERRORS as exc:
        window.show_error(translate("BackupActions", "The backup was not written to %1. %2")
                          .replace("%2", describe(exc))
                          .replace("%1", str(target), 1))
        return None
    window.say(translate("BackupActions", "Backed up to %1.").replace("%1", str(target)), 10000)
    return target


class RestoreDialog(QDialog):
    """The backups with their date and counts; "Other file…" for one kept elsewhere."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setObjectName("restoreDialog")
        self.chosen: BackupInfo | None = None
        intro = QLabel(self.tr("Choose the backup to go back to. Your current data will be kept as a backup first, "
                               "so a restore can itself be undone by restoring that one."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for info in backups:
            item = QListWidgetItem(f"{backup_label(info)}  ({reason_text(info.reason)})")
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        if not backups:
            self.list.addItem(QListWidgetItem(self.tr("No backups yet in the data folder.")))
            self.list.setEnabled(False)
        self.list.setCurrentRow(0)
        self.other = QPushButton(self.tr("&Other file…"))
        self.other.setToolTip(self.tr("Restore a backup kept somewhere else (for example one made with Back up now)"))
        self.error = QLabel()
        self.error.setObjectName("restoreError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._choose_selected)
        buttons.rejected.connect(self.reject)
        self.other.clicked.connect(self._choose_file)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _choose_selected(self) -> None:
        item = self.list.currentItem()
        info = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(info, BackupInfo):
            self.chosen = info
            self.accept()

    def _choose_file(self) -> None:
        from ..shared.file_folders import remember_folder, start_folder

        dialog = QFileDialog(self, self.tr("Restore from file"), str(start_folder(self.parentWidget())),
                             self.tr(DB_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

        def finished(result: int) -> None:
            if result:
                remember_folder(self.parentWidget(), dialog.selectedFiles()[0])
                self.choose_path(Path(dialog.selectedFiles()[0]))

        dialog.finished.connect(finished)
        dialog.open()

    def choose_path(self, path: Path) -> None:
        """A file picked by hand is checked before anything else: a damaged one is refused here."""
        try:
            self.chosen = inspect_backup(path, LATEST_VERSION)
        except StoreError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


def open_restore(window: WindowServices) -> None:
    folder = backups_dir(live_path().parent)
    dialog = RestoreDialog(list_backups(folder, LATEST_VERSION), window.parent)
    window.open_dialog(dialog, lambda: _confirm_restore(window, dialog.chosen))


def _confirm_restore(window: WindowServices, info: BackupInfo | None) -> None:
    if info is None:
        return
    window.confirm(translate("BackupActions", "Restore from backup"),
                   translate("BackupActions", "Replace your current data with the backup from %1?\n\n"
                             "Your current data are kept as a backup first (named “before-restore”).")
                   .replace("%1", backup_label(info)),
                   translate("BackupActions", "Restore"), lambda: restore_backup(window, info.path))


def restore_backup(window: WindowServices, source: Path) -> bool:
    """Keep the current file as a backup, copy `source` into the live file, reload everything.

    Every open editor stores its text first (into the data kept as "before-restore"); afterwards
    the editor registry closes the ones whose interview is not in the backup and rebuilds the
    others from it, so none writes its old text over the restored rows, or onto another row.
    """
    try:
        info = inspect_backup(source, LATEST_VERSION)  # again: the file may have changed since listed
    except StoreError as exc:
        window.show_error(str(exc))
        return False
    if not window.editors.save_all():
        return False  # an editor could not save its text: do not replace the file under it
    path = live_path()
    database = db_proxy.obj
    try:
        backup_database(database, backups_dir(path.parent), "before-restore")
        restore_into(info.path, database.connection())
    except StoreError as exc:  # SQLite's own refusal, in its words (not "the folder cannot be written")
        window.show_error(translate("BackupActions", "Nothing was restored. %1").replace("%1", str(exc)))
        return False
    except ENVIRONMENT_ERRORS as exc:
        window.show_error(translate("BackupActions", "Nothing was restored. %1").replace("%1", describe(exc)))
        return False
    # Reopen: an older backup is migrated (with its own backup) and the search index checked.
    close_database()
    open_database(path, backups_dir(path.parent))
    window.undo_stack.clear()  # undo entries refer to rows of the data just replaced
    window.editors.reconcile(reload=ALL)
    window.clear_selection()
    window.events.data_changed.emit()
    window.say(translate("BackupActions", "Restored the backup from %1.").replace("%1", backup_label(info)), 15000)
    return True
