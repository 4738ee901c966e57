"""Where file dialogs open: the folder the user last saved to or opened from, in any dialog.

Saving a card as PDF, then an export, then a backup should not start in the home folder each
time. The folder is kept in the main window's state file (window-state.ini, found through the
widget's parents), so it also survives a restart; without one, for this session only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

KEY = "files/last_folder"
_session: dict[str, str] = {}


def _state(widget: QWidget | None) -> QSettings | None:
    while widget is not None:
        state = getattr(widget, "state", None)
        if isinstance(state, QSettings):
            return state
        widget = widget.parentWidget()
    return None


def start_folder(widget: QWidget | None) -> Path:
    """The last folder used, if it still exists; else the home folder."""
    state = _state(widget)
    stored = state.value(KEY, "") if state is not None else _session.get(KEY, "")
    folder = Path(str(stored or ""))
    return folder if str(stored or "") and folder.is_dir() else Path.home()


def remember_folder(widget: QWidget | None, path: Path | str) -> None:
    """Call with the file (or folder) the user just chose."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    _session[KEY] = str(folder)
    state = _state(widget)
    if state is not None:
        state.setValue(KEY, str(folder))
        state.sync()


def safe_file_name(name: str, fallback: str) -> str:
    """A name for a suggested file: letters, digits, spaces and - _ — , . kept; the rest becomes _."""
    safe = "".join(c if c.isalnum() or c in " -_—,.'" else "_" for c in name).strip(" .")
    return safe or fallback
