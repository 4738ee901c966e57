"""One way to open dialogs: window-modal and non-blocking (`open()`, never `exec()`).

A nested event loop would block pytest-qt; with this helper a test can find the open
dialog on `window.dialogs.active`, fill it in and accept it like a user would.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class DialogHost:
    """Opens the dialogs of one window (its `parent`) and remembers the one currently open.

    An object the window holds (`window.dialogs`), not a base class: helpers that only open
    dialogs get this, not the window, and the window's own class stays a plain QWidget.
    """

    def __init__(self, parent: QWidget) -> None:
        #: The window the dialogs belong to; confirmations are parented to it.
        self.parent = parent
        #: The dialog open now, if any: what a test fills in and accepts.
        self.active: QDialog | None = None

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], object] | None = None) -> QDialog:
        self.active = dialog

        def finished(result: int) -> None:
            if self.active is dialog:
                self.active = None
            if result == QDialog.DialogCode.Accepted and on_accept is not None:
                on_accept()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        QDialog.open(dialog)  # not dialog.open(): QPrintDialog's open(receiver, member) hides it in PySide
        return dialog

    def confirm(self, title: str, text: str, action: str, on_yes: Callable[[], object],
                warning: bool = False) -> QMessageBox:
        """Asks before `action`; Cancel is the default. The text is plain: names in it are shown as typed.

        `warning=True` is for going ahead despite problems (a warning icon, `action` accepts)
        rather than for a destructive step (a question icon, `action` is destructive).
        """
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox  # loaded when first used, not at start-up

        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        role = QMessageBox.ButtonRole.AcceptRole if warning else QMessageBox.ButtonRole.DestructiveRole
        yes = box.addButton(action, role)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.active = box

        def finished() -> None:
            if self.active is box:
                self.active = None
            if box.clickedButton() is yes:
                on_yes()
            box.deleteLater()

        box.finished.connect(finished)
        box.open()
        return box
