"""The calendar's marks stand out from the day cell on every palette (WCAG 2.1 AA, and AAA in high contrast).

A mark is a graphical object that carries meaning, so WCAG 1.4.11 (non-text contrast) asks for a
contrast ratio of at least 3:1 against what is around it: the calendar cell's background, which is
the palette's Base colour. Each palette has its own colours (ui/main/mark_colours.py), checked against
the backgrounds listed with them: light against white and the alternating row's #f7f7f7, dark against
#2d2d2d and #1e1e1e (the usual dark view backgrounds: Adwaita #1e1e1e, Breeze #232629, ours #2d2d2d).
The overdue red and withdrawn grey also colour agenda and checklist *text*, which needs 4.5:1 (1.4.3).
High contrast asks 7:1 (the enhanced level, 1.4.6) for all of them.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from desktop_app.ui.main.mark_colours import DARK, HIGH_CONTRAST_DARK, HIGH_CONTRAST_LIGHT, LIGHT, SCHEMES, MarkColours
from desktop_app.ui.shared.quiet_text import contrast_ratio as wcag_contrast

AA_NON_TEXT = 3.0
AA_TEXT = 4.5
AAA = 7.0


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast of two "#rrggbb" colours: the app's own formula (it also colours hints), checked
    against WCAG's reference values below."""
    return wcag_contrast(QColor(a), QColor(b))


def test_the_contrast_formula_matches_wcags_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic "just fails 4.5"


MARKS = ("interview", "notes", "email", "card", "referral", "overdue", "done", "withdrawn")
TEXT = ("overdue", "withdrawn")  # also the colour of words in the agenda and the checklist


def _needed(scheme: MarkColours, mark: str) -> float:
    if scheme in (HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK):
        return AAA
    return AA_TEXT if mark in TEXT else AA_NON_TEXT


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
@pytest.mark.parametrize("mark", MARKS)
def test_every_calendar_mark_has_enough_contrast_on_its_palettes_cells(scheme: MarkColours, mark: str) -> None:
    colour = getattr(scheme, mark)
    for base in scheme.bases:
        ratio = contrast_ratio(colour, base)
        assert ratio >= _needed(scheme, mark), f"{scheme.name}: {mark} {colour} on {base}: {ratio:.2f}:1"


def test_the_pairs_that_failed_before_pass_now() -> None:
    """Done grey on light (#9ca3af, 2.5:1), overdue red (#dc2626) and withdrawn grey (#6b7280) on dark (2.9:1)."""
    assert contrast_ratio(LIGHT.done, "#ffffff") >= AA_NON_TEXT
    assert contrast_ratio(DARK.overdue, "#2d2d2d") >= AA_TEXT
    assert contrast_ratio(DARK.withdrawn, "#2d2d2d") >= AA_TEXT
    assert contrast_ratio("#dc2626", "#2d2d2d") < AA_NON_TEXT  # the light palette's red would fail there


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_the_kinds_keep_distinct_colours_within_a_palette(scheme: MarkColours) -> None:
    """Shape says the kind too, but a palette that made two kinds one colour would lose a cue."""
    kinds = [scheme.interview, scheme.notes, scheme.email, scheme.card, scheme.referral]
    assert len(set(kinds)) == len(kinds)
    assert scheme.overdue not in kinds
