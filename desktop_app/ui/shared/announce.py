"""Status changes told to a screen reader: "Interview saved", "Sent to …", a reminder shown.

A sighted user sees a status line change; a screen reader user hears nothing unless the change is
announced, because the status line never has the focus. Qt 6.8's QAccessibleAnnouncementEvent is
the way (AT-SPI's `object:announcement`, UIA's notification event, NSAccessibility's announcement).
Polite announcements wait until the reader has finished speaking; assertive ones (errors, a reminder
that came due) interrupt it. Autosave's "Saved 14:03" is not announced: it would speak after every
pause in typing.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

_Politeness = QAccessible.AnnouncementPoliteness


def announce(source: QWidget, message: str, assertive: bool = False) -> None:
    """Ask the screen reader to speak `message` (plain text) on behalf of `source`'s window."""
    text = " ".join(message.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(_Politeness.Assertive if assertive else _Politeness.Polite)
    QAccessible.updateAccessibility(event)


def say(label: QLabel, message: str, assertive: bool = False) -> None:
    """Show `message` in a status label and announce it."""
    label.setText(message)
    announce(label, message, assertive)


def announce_status_bar(status_bar: QStatusBar) -> None:
    """Every message the status bar shows is announced too (cleared messages are not)."""
    status_bar.messageChanged.connect(lambda message: announce(status_bar, message))
