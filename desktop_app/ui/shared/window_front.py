"""Bringing a window to the front: from the tray, the task bar, or behind other windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_forward(window: QWidget) -> None:
    """Show the window (un-minimized) and give it the focus.

    One way for every case: the main window from the tray or a second start, and a debrief,
    e-mail or card window opened again while it is already open.
    """
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    handle = window.windowHandle()
    if handle is not None and QGuiApplication.platformName() == "xcb":
        handle.requestActivate()  # X11 window managers may ignore activateWindow() alone
