"""Dark mode and high contrast: the app follows the system's colour scheme and contrast preference.

Where the platform theme supplies a dark palette (GNOME's portal, KDE, Windows, macOS) Qt switches it
by itself and the views only re-colour (`QEvent.PaletteChange`). Where it only *reports* a dark scheme
(or a plain X11 session reports nothing), the app sets its own dark palette, and drops it again when
the scheme turns light. High contrast is the system's preference (`QStyleHints.accessibility()`, Qt
6.10) unless Settings › General › Contrast says otherwise: most Linux desktops without the settings
portal report nothing, so the setting is the way to ask there. Whether high contrast is on is kept as
a property of the application, which the mark colours (ui/main/mark_colours.py) read when painting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

HIGH_CONTRAST_PROPERTY = "finishStrongHighContrast"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def is_dark(palette: QPalette) -> bool:
    """A dark palette: its view background (the calendar cell, text fields) is darker than mid-grey."""
    return palette.color(_Role.Base).lightnessF() < 0.5


def high_contrast_active() -> bool:
    app = QGuiApplication.instance()
    return bool(app.property(HIGH_CONTRAST_PROPERTY)) if app is not None else False


def system_prefers_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(_Group.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    """A dark palette for Fusion where the platform reports a dark scheme but supplies no palette."""
    return _palette({
        _Role.Window: "#323232", _Role.WindowText: "#f0f0f0", _Role.Base: "#2d2d2d",
        _Role.AlternateBase: "#363636", _Role.Text: "#f0f0f0", _Role.Button: "#3a3a3a",
        _Role.ButtonText: "#f0f0f0", _Role.BrightText: "#ffffff", _Role.Highlight: "#2f6fb8",
        _Role.HighlightedText: "#ffffff", _Role.Link: "#8ab4f8", _Role.LinkVisited: "#c58af9",
        _Role.ToolTipBase: "#202020", _Role.ToolTipText: "#f0f0f0", _Role.PlaceholderText: "#a8a8a8",
        _Role.Light: "#505050", _Role.Midlight: "#424242", _Role.Mid: "#2a2a2a", _Role.Dark: "#1e1e1e",
        _Role.Shadow: "#000000",
    }, disabled_text="#9a9a9a")


def high_contrast_palette(dark: bool) -> QPalette:
    """Black on white or white on black, with a strong selection colour; every text pair is 7:1 or more."""
    if dark:
        return _palette({
            _Role.Window: "#000000", _Role.WindowText: "#ffffff", _Role.Base: "#000000",
            _Role.AlternateBase: "#000000", _Role.Text: "#ffffff", _Role.Button: "#000000",
            _Role.ButtonText: "#ffffff", _Role.BrightText: "#ffffff", _Role.Highlight: "#ffff00",
            _Role.HighlightedText: "#000000", _Role.Link: "#8ab4ff", _Role.LinkVisited: "#d6a8ff",
            _Role.ToolTipBase: "#000000", _Role.ToolTipText: "#ffffff", _Role.PlaceholderText: "#c8c8c8",
            _Role.Light: "#ffffff", _Role.Midlight: "#ffffff", _Role.Mid: "#ffffff", _Role.Dark: "#ffffff",
            _Role.Shadow: "#ffffff",
        }, disabled_text="#a6a6a6")
    return _palette({
        _Role.Window: "#ffffff", _Role.WindowText: "#000000", _Role.Base: "#ffffff",
        _Role.AlternateBase: "#ffffff", _Role.Text: "#000000", _Role.Button: "#ffffff",
        _Role.ButtonText: "#000000", _Role.BrightText: "#000000", _Role.Highlight: "#00008b",
        _Role.HighlightedText: "#ffffff", _Role.Link: "#00009c", _Role.LinkVisited: "#551a8b",
        _Role.ToolTipBase: "#ffffff", _Role.ToolTipText: "#000000", _Role.PlaceholderText: "#404040",
        _Role.Light: "#000000", _Role.Midlight: "#000000", _Role.Mid: "#000000", _Role.Dark: "#000000",
        _Role.Shadow: "#000000",
    }, disabled_text="#595959")


#: Fusion draws the frames of fields and buttons a shade darker than the window: invisible on black and
#: faint on white. In high contrast every field, list and button gets a frame in the text colour, and the
#: focused one a thicker frame in the selection colour (the focus shows without relying on a shade).
HIGH_CONTRAST_STYLE = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView {
    border: 1px solid palette(window-text);
}
QPushButton, QToolButton { border: 1px solid palette(button-text); padding: 3px 8px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
QTabBar:focus { border: 2px solid palette(highlight); }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
    border: 1px solid palette(window-text); background: palette(base); width: 12px; height: 12px;
}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked { background: palette(highlight); }
QCalendarWidget QWidget#qt_calendar_navigationbar { background: palette(base); }
QCalendarWidget QToolButton { color: palette(text); }
"""


class ThemeFollower(QObject):
    """Applies the palette the system's scheme and contrast preference (or the setting) ask for, now and
    whenever either changes. `choice`: "" (as the system), "high" or "normal" (the `contrast` setting)."""

    def __init__(self, app: QGuiApplication, choice: str = "") -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice
        self._own_palette = False
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.apply())
        self._accessibility = hints.accessibility()  # kept: PySide drops the wrapper otherwise
        self._accessibility.contrastPreferenceChanged.connect(lambda _preference: self.apply())
        self.apply()

    def set_choice(self, choice: str) -> None:
        self._choice = choice
        self.apply()

    def high_contrast_wanted(self) -> bool:
        return self._choice == "high" or (self._choice == "" and system_prefers_high_contrast())

    def apply(self) -> None:
        high = self.high_contrast_wanted()
        self._app.setProperty(HIGH_CONTRAST_PROPERTY, high)
        if self._own_palette:  # back to the platform's palette first: it may be dark by itself now
            self._own_palette = False
            QGuiApplication.setPalette(QPalette())
        dark = system_prefers_dark() or is_dark(QGuiApplication.palette())
        if high:
            QGuiApplication.setPalette(high_contrast_palette(dark))
            self._own_palette = True
        elif system_prefers_dark() and not is_dark(QGuiApplication.palette()):
            QGuiApplication.setPalette(dark_palette())
            self._own_palette = True
        style = HIGH_CONTRAST_STYLE if high else ""  # after the palette: the style sheet reads its colours
        if isinstance(self._app, QApplication) and self._app.styleSheet() != style:
            self._app.setStyleSheet(style)


def set_contrast_choice(choice: str) -> None:
    """Settings › Contrast changed (or was read at start): the app's follower applies it at once."""
    app = QGuiApplication.instance()
    follower = app.findChild(ThemeFollower) if app is not None else None
    if follower is not None:
        follower.set_choice(choice)
