"""File ▸ Import data…: a JSON export read in on a worker thread, with a cancellable progress dialog.

A large file takes a while (100,000 interviews: minutes on a small machine), so the import runs
on a thread with its own database connection while the window keeps painting. The dialog shows
how far it got; Cancel (or closing the dialog) makes the next progress callback raise, and the
one transaction the import runs in is rolled back: nothing changes. A bad record anywhere does
the same and says which one. Open editors are closed first (each saves), through the editor
registry, like every action that replaces data.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from ...store.errors import StoreError
from ...store.faults import ENVIRONMENT_ERRORS
from ..shared.editor_registry import ALL
from ..shared.errors import describe, store_error_text

if TYPE_CHECKING:
    from ..main.main_window import MainWindow

JSON_FILTER = str(QT_TRANSLATE_NOOP("DataImport", "Finish Strong export (*.json);;All files (*)"))


class ImportCancelled(Exception):
    """Raised from the progress callback when the user cancelled: rolls the import back."""


class ImportJob(QObject):
    """One import on a thread of its own; signals come back queued to the GUI thread."""

    progress = Signal(int, int)  # bytes read, bytes in the file
    finished = Signal(object, object)  # (interviews, people) or None; the exception or None

    def __init__(self, raw: IO[bytes], size: int, parent: QObject | None = None,
                 replace_settings: bool = False) -> None:
        super().__init__(parent)
        self.raw = raw
        self.size = size
        self.replace_settings = replace_settings
        self.cancelled = threading.Event()
        # not `self.thread`: that would hide QObject.thread()
        self.worker = threading.Thread(target=self._run, name="import", daemon=True)

    def start(self) -> None:
        self.worker.start()

    def cancel(self) -> None:
        self.cancelled.set()

    def _tick(self, done: int, size: int | None) -> None:
        if self.cancelled.is_set():
            raise ImportCancelled
        self.progress.emit(done, size or 0)

    def _run(self) -> None:
        from ...store.database import release_thread_connection
        from ...store.json_stream_import import import_json_file

        result: Any = None
        error: BaseException | None = None
        try:
            result = import_json_file(self.raw, self.size, self._tick, replace_settings=self.replace_settings)
        except Exception as exc:  # reported on the GUI thread: kinds decide what is said
            error = exc
        finally:
            self.raw.close()
            release_thread_connection()
        try:
            self.finished.emit(result, error)
        except RuntimeError:  # the window went away meanwhile
            pass


class ImportProgressDialog(QDialog):
    """How far the import is; Cancel stops it with nothing changed."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data"))
        self.label = QLabel(self.tr("Importing {name}…").format(name=name))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def show_progress(self, done: int, size: int) -> None:
        if size > 0:
            self.bar.setValue(min(1000, done * 1000 // size))
        else:
            self.bar.setRange(0, 0)  # a pipe: size unknown, a busy bar

    def cancelling(self) -> None:
        self.label.setText(self.tr("Cancelling: putting everything back as it was…"))
        self.cancel_button.setEnabled(False)


def choose_import_file(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(window, QCoreApplication.translate("DataImport", "Import data"), str(Path.home()),
                         QCoreApplication.translate("DataImport", JSON_FILTER))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    window.dialogs.open_dialog(dialog, lambda: start_import(window, Path(dialog.selectedFiles()[0])))


def start_import(window: MainWindow, path: Path, replace_settings: bool = False) -> ImportJob | None:
    """Check the file's header, close the editors (they save first), then import on a thread.

    Editors close rather than wait: the import holds the database's write lock for as long as it
    runs, and an autosave meanwhile would wait for it."""
    from ...store.json_stream_import import check_file_header

    if not window.editors.close_all():
        return None  # an editor could not save its text: do not write under it
    try:
        raw = open(path, "rb")  # noqa: SIM115 (closed by the job)
    except OSError as exc:
        window.show_error(window.tr("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc))
        return None
    try:
        check_file_header(raw)
    except StoreError as exc:
        raw.close()
        window.show_error(window.tr("Nothing was imported from {name}: {reason}").format(
            name=path.name, reason=store_error_text(exc)))
        return None
    dialog = ImportProgressDialog(path.name, window)
    job = ImportJob(raw, path.stat().st_size, window, replace_settings)
    job.progress.connect(dialog.show_progress)

    def cancel() -> None:
        job.cancel()
        dialog.cancelling()

    dialog.rejected.connect(cancel)
    job.finished.connect(lambda result, error: _finished(window, dialog, path, result, error))
    window.import_job = job
    window.dialogs.open_dialog(dialog)
    dialog.finished.disconnect()  # DialogHost deletes a finished dialog; this one stays until the job ends
    dialog.finished.connect(lambda _result: _forget_dialog(window, dialog))
    job.start()
    return job


def _forget_dialog(window: MainWindow, dialog: QDialog) -> None:
    if window.dialogs.active is dialog:
        window.dialogs.active = None


def _finished(window: MainWindow, dialog: ImportProgressDialog, path: Path, result: Any,
              error: BaseException | None) -> None:
    window.import_job = None
    if dialog.isVisible():
        dialog.done(QDialog.DialogCode.Accepted)
    dialog.deleteLater()
    if isinstance(error, ImportCancelled):
        window.statusBar().showMessage(window.tr("Import cancelled: nothing was changed."), 15000)
        return
    if isinstance(error, StoreError):
        window.show_error(window.tr("Nothing was imported from {name}: {reason}").format(name=path.name,
                                                                                        reason=error))
        return
    if isinstance(error, ENVIRONMENT_ERRORS):
        window.show_error(window.tr("Nothing was imported. {reason}").format(reason=describe(error)))
        return
    if error is not None:
        raise error  # a bug: the crash dialog, as anywhere else
    interviews, people = result
    window.undo_stack.clear()  # undo entries may refer to rows the file replaced
    window.editors.reconcile(reload=ALL)  # any editor opened meanwhile shows the imported rows
    window.events.data_changed.emit()
    window.events.settings_changed.emit()
    window.statusBar().showMessage(
        window.tr("Imported {interviews} interviews and {people} people from {name}.").format(
            interviews=interviews, people=people, name=path.name), 15000)
