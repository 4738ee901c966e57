"""Top-level windows that are plain QWidgets (debrief, thank-you e-mail, card editor) are windows to a
screen reader too: their classes are marked with `@accessible_window`.

Qt gives a QMainWindow or QDialog the Window/Dialog role, but a plain QWidget shown as a window gets the
generic Client role, which AT-SPI reports as a "filler": Orca then announces no window when one opens
or is switched to. An accessibility factory gives such widgets the Window role ("frame"); it is asked
only while an assistive technology is listening, once per widget. The mark is on the class, not read
from `isWindow()`: Qt asks for a widget's interface as soon as it changes (a button created without a
parent is a window for a moment) and keeps the first answer for the widget's life.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_MARK = "_finish_strong_accessible_window"
W = TypeVar("W", bound=type[QWidget])


def accessible_window(cls: W) -> W:
    """Class decorator: this QWidget subclass is always shown as a window of its own."""
    setattr(cls, _MARK, True)
    return cls


#: The interfaces made here, kept alive from Python: Qt's accessibility cache holds them by pointer and
#: deletes them itself when their widget goes (which invalidates the Python wrapper, never freed twice).
_made: dict[int, QAccessibleInterface] = {}


def _window_role(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, QWidget) and getattr(type(target), _MARK, False):
        key = id(target)
        interface = QAccessibleWidget(target, QAccessible.Role.Window)
        _made[key] = interface
        target.destroyed.connect(lambda *_: _made.pop(key, None))
        return interface
    return None  # every other widget: Qt's own interface


def install_window_roles() -> None:
    QAccessible.installFactory(_window_role)
