"""File ▸ Import data (JSON)…: a Finish Strong export read back in the app, as `finish-strong import` does.

The import itself runs beside the window with a progress dialog (ui/app/data_import.py). Why here
and not only in the CLI: a file can carry mail server settings, and where the password
goes must never change without the user seeing it. So a file that would replace the server
settings the user set up lists each change (old → new) and asks first; the CLI needs
`--replace-settings` for the same file. Loaded when first used, not for the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...store.errors import StoreError
from ...store.mail_settings import ACCOUNT_KEY, account_changes
from ..shared.errors import store_error_text

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
    window.dialogs.open_dialog(dialog, lambda: import_data_file(window, Path(dialog.selectedFiles()[0])))


def import_data_file(window: MainWindow, path: Path) -> None:
    """Check the file's header and settings, ask about mail settings if they would change, then
    import it beside the window (ui/app/data_import.py: progress, Cancel changes nothing)."""
    from ...store.json_stream_import import check_file_header

    try:
        with open(path, "rb") as raw:
            settings = check_file_header(raw)  # the records are checked as they are imported
        changes = account_changes(settings.get(ACCOUNT_KEY))
    except OSError as exc:
        window.show_error(tr("Cannot read {0}: {1}").format(path, exc.strerror or exc))
        return
    except StoreError as exc:
        window.show_error(tr("Nothing was imported from {0}: {1}").format(path.name, store_error_text(exc)))
        return
    if not changes:
        _import(window, path, replace_settings=False)
        return
    listed = "\n".join(f"• {change}" for change in changes)
    window.dialogs.confirm(tr("Replace your mail settings?"),
                           tr("Importing {0} would change your mail server settings:\n\n{1}\n\nYour password is "
                              "sent to the server named here. Import the file and use these settings?")
                           .format(path.name, listed),
                           tr("Import and replace"), lambda: _import(window, path, replace_settings=True),
                           warning=True)


def _import(window: MainWindow, path: Path, replace_settings: bool) -> None:
    from ..app.data_import import start_import

    start_import(window, path, replace_settings)
