"""The unexpected-error dialog: what happened, that the data are safe, the details to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME


class CrashDialog(QDialog):
    """What happened, that the data are safe, where the log is; the details selectable and copyable."""

    def __init__(self, details: str, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(f"{APP_NAME}: unexpected error")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QLabel(
            "Something went wrong inside Finish Strong. Your data were left as they were before the failed "
            "step; you can keep working, or restart the app to be safe.\n\n"
            f"The details are also in the log folder {log_folder}. They hold no note text and no password, "
            "so you can attach them to a bug report."
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Error details")
        self.details.setMinimumSize(560, 180)
        self.copy_button = QPushButton("&Copy details")
        self.copy_button.setAccessibleName("Copy the error details to the clipboard")
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
