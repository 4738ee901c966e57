"""App-wide signals on one small QObject instead of a global registry."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    #: Interviews, people or follow-ups changed; views reload what they show.
    data_changed = Signal()
    #: Plan defaults changed in Settings.
    settings_changed = Signal()
