"""The narrow interface the main window gives its helpers (card, invitation and backup actions,
reminders): what they may use of it, and nothing else.

Why: helpers that got the whole `MainWindow` reached into its private members and found
menus by their labels; a change in the window broke them silently. With this object a
helper can be built and tested against a plain parent widget, and the window's insides
stay its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from .dialogs import DialogHost
    from .editor_registry import EditorRegistry
    from .events import AppEvents


@dataclass(frozen=True)
class WindowServices:
    #: The parent of the dialogs and windows a helper opens.
    parent: QWidget
    clock: Callable[[], datetime]
    events: AppEvents
    undo_stack: QUndoStack
    editors: EditorRegistry
    dialogs: DialogHost
    #: The interview selected in the window, if any.
    selected_interview: Callable[[], int | None]
    #: The checklist row (follow-up id) selected in the window, if any.
    selected_follow_up: Callable[[], int | None]
    #: A write failed for an outside reason: tell the user in a box they can read.
    show_error: Callable[[str], None]
    #: A short message in the status bar, for `timeout_ms` milliseconds.
    say: Callable[[str, int], None]
    #: Forget the selection: the selected interview's row may be gone (restore, recovery).
    clear_selection: Callable[[], None]

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], object] | None = None) -> QDialog:
        return self.dialogs.open_dialog(dialog, on_accept)

    def confirm(self, title: str, text: str, action: str, on_yes: Callable[[], object]) -> None:
        self.dialogs.confirm(title, text, action, on_yes)
