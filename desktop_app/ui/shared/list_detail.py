"""A list of items beside the selected item's form, with buttons under both.

The interview form's interviewers and the debrief's referrals work the same way: the list
shows a label per item, selecting one fills the form, typing goes straight back into the
item (and its label), "Remove" drops the selected one, and a greyed hint stands in for the
form while the list is empty. Subclasses add their fields to `form` and their buttons to
`buttons`, and say how an item is labelled, shown and stored.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from .labels import hint

Item = TypeVar("Item")


class ListDetailEditor(QWidget, Generic[Item]):
    def __init__(self, list_name: str, list_width: int, empty_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Item] = []
        self._loading = False  # True while the form is filled from an item: no writing back
        self.list = QListWidget()
        self.list.setAccessibleName(list_name)
        self.list.setMaximumWidth(list_width)
        self.remove = QPushButton(QCoreApplication.translate("ListDetailEditor", "Remove"))
        self.details = QWidget()
        self.form = QFormLayout(self.details)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.placeholder = hint(empty_hint)
        self.buttons = QHBoxLayout()

        right = QVBoxLayout()
        right.addWidget(self.details)
        right.addWidget(self.placeholder)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(body)
        self.layout_.addLayout(self.buttons)
        self.remove.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._show)

    # ---------------------------------------------------------------- for subclasses
    def label(self, item: Item) -> str:
        raise NotImplementedError

    def load(self, item: Item) -> None:
        """Fill the form from `item`."""
        raise NotImplementedError

    def save(self, item: Item) -> None:
        """Copy the form into `item`."""
        raise NotImplementedError

    def refreshed(self) -> None:
        """Called after the list was rebuilt (before the selection is shown)."""

    def shown(self, item: Item) -> None:
        """Called after `item` was loaded into the form."""

    def stored(self, item: Item) -> None:
        """Called after the form was copied into `item`."""

    def removed(self) -> None:
        """Called after the selected item was removed."""

    # ---------------------------------------------------------------- shared behaviour
    def append(self, item: Item) -> None:
        """Adds `item` at the end and selects it."""
        self._items.append(item)
        self._refresh(len(self._items) - 1)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self._refresh(min(row, len(self._items) - 1))
            self.removed()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def store_current(self) -> None:
        """Writes what the form holds back into the selected item (connected to every field)."""
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._items):
            return
        item = self._items[row]
        self.save(item)
        self.list.item(row).setText(self.label(item))
        self.stored(item)

    def _refresh(self, select: int) -> None:
        self._loading = True
        self.list.clear()
        for item in self._items:
            self.list.addItem(self.label(item))
        self.refreshed()
        self._loading = False
        self.list.setCurrentRow(select)
        self._show(select)

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self._items)
        self.details.setVisible(has)
        self.placeholder.setVisible(not self._items)
        self.remove.setEnabled(has)
        # An empty list is no Tab stop: nothing in it to pick, and Qt styles show a list's focus only on
        # its current row, so the focus would be invisible there.
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self._items else Qt.FocusPolicy.NoFocus)
        if not has:
            return
        self._loading = True
        item = self._items[row]
        self.load(item)
        self._loading = False
        self.shown(item)
