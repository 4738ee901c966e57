"""Hints and empty states are quieter than the text around them, but legible (WCAG AA, 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop_app.ui.shared.labels import hint
from desktop_app.ui.shared.quiet_text import contrast_ratio, quiet_colour
from desktop_app.ui.shared.theme import dark_palette, high_contrast_palette

Role = QPalette.ColorRole


@pytest.fixture
def restore_palette(qapp):  # type: ignore[no-untyped-def]
    before = QPalette(qapp.palette())
    yield
    QApplication.setPalette(before)


def shown_colour(label) -> QColor:  # type: ignore[no-untyped-def]
    return label.palette().color(QPalette.ColorGroup.Active, Role.WindowText)


def test_a_hint_is_readable_and_not_announced_as_unavailable(qtbot, restore_palette) -> None:  # type: ignore[no-untyped-def]
    label = hint("Select an interview in the agenda to see its follow-up plan.")
    qtbot.addWidget(label)
    window = QApplication.palette().color(Role.Window)
    text = QApplication.palette().color(Role.WindowText)
    assert label.isEnabled()  # a disabled label is read as "unavailable" and drawn at 1.6:1 in Fusion
    assert contrast_ratio(shown_colour(label), window) >= 4.5
    assert shown_colour(label) != text  # still quieter than the text around it


def test_a_hint_follows_the_palette_into_dark_mode_and_high_contrast(qtbot, restore_palette) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    label = hint("No interviews yet.")
    QVBoxLayout(window).addWidget(label)
    window.show()
    qtbot.waitExposed(window)
    QApplication.setPalette(dark_palette())
    dark_window = dark_palette().color(Role.Window)
    # light text on the dark window, not the light theme's grey
    qtbot.waitUntil(lambda: shown_colour(label).lightnessF() > 0.5, timeout=3000)
    assert contrast_ratio(shown_colour(label), dark_window) >= 4.5
    QApplication.setPalette(high_contrast_palette(dark=False))
    QApplication.processEvents()
    assert contrast_ratio(shown_colour(label), high_contrast_palette(dark=False).color(Role.Window)) >= 4.5


@pytest.mark.parametrize(("text", "window"), [("#000000", "#efefef"), ("#f0f0f0", "#323232"),
                                              ("#1a1a1a", "#ffffff"), ("#000000", "#000000")])
def test_the_quiet_colour_is_the_quietest_that_still_reads(text: str, window: str) -> None:
    colour = quiet_colour(QColor(text), QColor(window))
    if contrast_ratio(QColor(text), QColor(window)) >= 4.5:
        assert contrast_ratio(colour, QColor(window)) >= 4.5
    else:  # a palette that fails already: the text colour itself, never something fainter
        assert colour == QColor(text)
    assert quiet_colour(QColor(text), QColor(window), high_contrast=True) == QColor(text)
