""""Add someone you've met": a search field over everyone met so far, asked from the store per keystroke.

People are shared across interviews, and a long job search meets thousands of them: the form must
not load them all when it opens (a combo box of 100,000 names took seconds). The field asks the
store for the first few whose name starts with what was typed (`find`, one index range) and offers
them in a completer; choosing one, or Return on the first, emits `chosen`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...domain.model import Person

#: (typed text, ids already on the interview) -> the people to offer, at most a screenful
FindPeople = Callable[[str, Collection[int]], list[Person]]


def person_text(person: Person) -> str:
    """"Dana Reyes (Hiring Manager) · dana@…": two people of the same name told apart."""
    title = f" ({person.title})" if person.title else ""
    email = f" · {person.email}" if person.email else ""
    return f"{person.name}{title}{email}"


class PersonPicker(QLineEdit):
    chosen = Signal(object)  # the Person chosen

    def __init__(self, find: FindPeople, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find
        self.in_use: set[int] = set()  # already on the interview: not offered again
        self.found: list[Person] = []
        self.setPlaceholderText(self.tr("Add someone you've met: type their name…"))
        self.setAccessibleName(self.tr("Add someone you have met"))
        self.setToolTip(self.tr("People from your earlier interviews whose name starts with what you type"))
        self.model_ = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model_, self)
        # the store has filtered already (and by more than the shown text): show its answer as it is
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.completer_)
        self.textEdited.connect(self.look_up)
        # the row, not the text: two people may share a name (PySide's overload index, unknown to its stubs)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]

    def look_up(self, text: str) -> None:
        """Ask the store for the first matching people and offer them (nothing for an empty field)."""
        self.found = self._find(text, self.in_use) if text.strip() else []
        self.model_.clear()
        for person in self.found:
            item = QStandardItem(person_text(person))
            item.setEditable(False)
            self.model_.appendRow(item)
        if self.found:
            self.completer_.complete()
        elif (popup := self.completer_.popup()) is not None:
            popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.found):
            self._choose(self.found[index.row()])

    def _choose(self, person: Person) -> None:
        self.found = []
        self.chosen.emit(person)
        QTimer.singleShot(0, self.clear)  # after the completer has written its text into the field

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Return with the list closed takes the first person offered, instead of saving the whole form."""
        popup = self.completer_.popup()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (popup is not None and popup.isVisible())
                and self.text().strip()):
            if self.found:
                self._choose(self.found[0])
            event.accept()
            return
        super().keyPressEvent(event)
