"""Secondary text (hints beside a form, empty states) that reads quieter than the rest, yet stays legible.

A disabled label was used for this before: Fusion's light palette draws it #bebebe on #efefef
(1.6:1, far below WCAG AA's 4.5:1 for text), and screen readers announce it as "unavailable".
The quiet colour is the text colour moved towards the window colour only as far as 4.5:1 allows,
and the plain text colour in high contrast; it follows palette changes (dark mode, the Contrast
setting) at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel

from .theme import high_contrast_active

AA_TEXT = 4.5


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(text: QColor, window: QColor, towards_window: float) -> QColor:
    def channel(t: int, w: int) -> int:
        return round(t + (w - t) * towards_window)
    return QColor(channel(text.red(), window.red()), channel(text.green(), window.green()),
                  channel(text.blue(), window.blue()))


def quiet_colour(text: QColor, window: QColor, high_contrast: bool = False) -> QColor:
    """The text colour moved towards the window colour, as far as 4.5:1 against it allows."""
    if high_contrast:
        return QColor(text)
    for percent in range(60, 0, -5):
        colour = _mix(text, window, percent / 100)
        if contrast_ratio(colour, window) >= AA_TEXT:
            return colour
    return QColor(text)


class QuietLabel(QLabel):
    """A label in the quiet colour, kept right when the application's palette changes."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._recolouring = False
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and not self._recolouring:
            self._recolour()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self._recolour()  # a widget never shown gets no palette events: catch up with any change missed
        super().showEvent(event)

    def _recolour(self) -> None:
        self._recolouring = True
        try:
            app_palette = QApplication.palette()
            palette = self.palette()
            colour = quiet_colour(app_palette.color(QPalette.ColorRole.WindowText),
                                  app_palette.color(QPalette.ColorRole.Window), high_contrast_active())
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
        finally:
            self._recolouring = False
