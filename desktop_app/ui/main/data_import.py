"""File ▸ Import data (JSON)…: a Finish Strong export read back in the app, as `finish-strong import` does.

Why here and not only in the CLI: a file can carry mail server settings, and where the password
goes must never change without the user seeing it. So a file that would replace the server
settings the user set up lists each change (old → new) and asks first; the CLI needs
`--replace-settings` for the same file. Loaded when first used, not for the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store.errors import StoreError
from ...store.interchange import import_json, parse_import
from ...store.mail_settings import ACCOUNT_KEY, account_changes
from ..shared.errors import ENVIRONMENT_ERRORS, describe

if TYPE_CHECKING:
    from .main_window import MainWindow

JSON_FILTER = "Finish Strong export (*.json);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("DataImport", text)


def choose_data_file(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(window, tr("Import data"), str(Path.home()), JSON_FILTER)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    window.open_dialog(dialog, lambda: import_data_file(window, Path(dialog.selectedFiles()[0])))


def import_data_file(window: MainWindow, path: Path) -> None:
    """Check the whole file, ask about mail settings if they would change, then import it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        doc = parse_import(text)
        changes = account_changes(doc.get("settings", {}).get(ACCOUNT_KEY))
    except UnicodeDecodeError:
        window.show_error(tr("{0} is not a UTF-8 text file; nothing was imported.").format(path.name))
        return
    except OSError as exc:
        window.show_error(tr("Cannot read {0}: {1}").format(path, exc.strerror or exc))
        return
    except StoreError as exc:
        window.show_error(tr("Nothing was imported from {0}: {1}").format(path.name, exc))
        return
    if not changes:
        _import(window, path, text, replace_settings=False)
        return
    listed = "\n".join(f"• {change}" for change in changes)
    window.confirm(window, tr("Replace your mail settings?"),
                   tr("Importing {0} would change your mail server settings:\n\n{1}\n\nYour password is sent to "
                      "the server named here. Import the file and use these settings?").format(path.name, listed),
                   tr("Import and replace"), lambda: _import(window, path, text, replace_settings=True), warning=True)


def _import(window: MainWindow, path: Path, text: str, replace_settings: bool) -> None:
    if not window.editors.close_all():
        return  # an open editor could not save its text: do not replace data under it
    try:
        interviews, people = import_json(text, replace_settings=replace_settings)
    except StoreError as exc:
        window.show_error(tr("Nothing was imported from {0}: {1}").format(path.name, exc))
        return
    except ENVIRONMENT_ERRORS as exc:
        window.show_error(tr("Nothing was imported. {0}").format(describe(exc)))
        return
    window.undo_stack.clear()  # undo entries may refer to rows the file replaced
    window.events.data_changed.emit()
    window.events.settings_changed.emit()
    window.statusBar().showMessage(
        tr("Imported {0} interviews and {1} people from {2}.").format(interviews, people, path.name), 10000)
