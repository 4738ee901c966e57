"""Import invitation… / Export calendar… and dropped .ics files: the window's calendar commands.

It wires file dialogs and the confirmation dialog to `store.ics_reader`, `store.ics_import`
and `store.ics_export`; the rules are theirs. Every dialog goes through the window's
DialogHost, so tests find it on `window.dialogs.active`. It sees the window only through
`WindowServices`; an import that updates an interview goes through the editor registry
(editors store first, and are rebuilt from the imported rows afterwards).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from ...store.errors import StoreError
from ...store.settings_store import load_my_addresses
from ..shared.formatting import system_zone_name

# store.ics_* import `icalendar` (and dateutil): loaded on first use, not for the first paint.

if TYPE_CHECKING:
    from ..shared.window_services import WindowServices

ICS_FILTER = str(QT_TRANSLATE_NOOP("InvitationActions",
                                   "Calendar invitations (*.ics *.ical *.icalendar *.ifb);;All files (*)"))


def ics_paths(mime: QMimeData) -> list[Path]:
    """The local calendar files among dropped or pasted data (other files are ignored)."""
    if not mime.hasUrls():
        return []
    from ...store.ics_reader import looks_like_ics

    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file() and looks_like_ics(p)]


class InvitationActions(QObject):
    def __init__(self, window: WindowServices, on_imported: Callable[[list[int]], None]) -> None:
        super().__init__(window.parent)
        self.window = window
        self.on_imported = on_imported

    @property
    def folder(self) -> str:
        """The folder every file dialog shares: where the user last saved or opened a file."""
        from ..shared.file_folders import start_folder

        return str(start_folder(self.window.parent))

    @folder.setter
    def folder(self, value: str) -> None:
        from ..shared.file_folders import remember_folder

        remember_folder(self.window.parent, Path(value))

    # ------------------------------------------------------------------ drag and drop
    def accept_drops_on(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent are QDropEvents
        paths = ics_paths(event.mimeData())
        if not paths:
            event.ignore()
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            # After the drop has finished: the source application is waiting for our answer.
            QTimer.singleShot(0, lambda: self.import_files(paths))
        return True

    # ------------------------------------------------------------------ import
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # loaded when first used, not at start-up

        dialog = QFileDialog(self.window.parent, self.tr("Import invitation"), self.folder, self.tr(ICS_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.window.open_dialog(dialog, lambda: self.import_files([Path(f) for f in dialog.selectedFiles()]))

    def import_files(self, paths: list[Path]) -> None:
        if not paths:
            return
        from ...store.ics_import import plan_import
        from ...store.ics_reader import read_invitation_file

        self.folder = str(paths[0].parent)
        zone = system_zone_name()
        events = []
        problems = []
        try:
            for path in paths:
                invitation = read_invitation_file(path, zone)
                events += invitation.events
                problems += [replace(p, summary=f"{path.name}: {p.summary}") if len(paths) > 1 else p
                             for p in invitation.problems]
            # The same invitation in two files: the newest version counts.
            newest = {}
            for event in sorted(events, key=lambda e: e.sequence):
                newest[event.uid] = event
            from ...domain.invitation import Invitation  # with the reader: not for the first paint

            items = plan_import(Invitation(method="", events=list(newest.values())), load_my_addresses())
        except StoreError as exc:
            name = paths[0].name if len(paths) == 1 else f"{len(paths)} files"
            self._tell(f"Cannot import {name}", str(exc))
            return
        from .import_dialog import ImportDialog

        dialog = ImportDialog(items, self.window.parent, problems, before_apply=self.window.editors.save_all)
        self.window.open_dialog(dialog, lambda: self._imported(dialog.import_result))

    def _imported(self, result) -> None:  # type: ignore[no-untyped-def]
        from ...store.ics_import import Action

        if result is None:
            return
        parts = [word.replace("%1", str(result.count(action))) for action, word in (
            (Action.NEW, self.tr("%1 added")), (Action.UPDATE, self.tr("%1 updated")),
            (Action.CANCEL, self.tr("%1 marked withdrawn")),
        ) if result.count(action)]
        summary = ", ".join(parts) or self.tr("nothing changed")
        self.window.say(self.tr("Invitation imported: %1.").replace("%1", summary), 8000)
        self.window.editors.reconcile(reload=result.interview_ids)  # updated rows: their editors show them
        self.on_imported(result.interview_ids)

    # ------------------------------------------------------------------ export
    def choose_export_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self.window.parent, self.tr("Export calendar"),
                             str(Path(self.folder) / "finish-strong.ics"),
                             self.tr(ICS_FILTER))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        self.window.open_dialog(dialog, lambda: self.export_to(Path(dialog.selectedFiles()[0])))

    def export_to(self, path: Path) -> None:
        from ...store.ics_export import write_calendar

        try:
            count = write_calendar(path)
        except OSError as exc:
            self._tell(self.tr("Cannot export the calendar"),
                       self.tr("Cannot write %1: %2").replace("%2", str(exc.strerror or exc))
                       .replace("%1", str(path), 1))
            return
        self.folder = str(path.parent)
        done = self.tr("Exported %n event to %1.", "", count) if count == 1 else \
            self.tr("Exported %n events to %1.", "", count)
        self.window.say(done.replace("%1", path.name), 8000)

    def _tell(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons are shown as they are
        self.window.open_dialog(box)
