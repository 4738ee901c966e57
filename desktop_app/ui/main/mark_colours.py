"""The colours of the calendar's marks, chosen from the palette they are drawn on.

One set of colours cannot stand out from both a white and a near-black day cell (WCAG 1.4.11 asks
3:1 for a mark, 4.5:1 for the overdue and withdrawn *text* in the agenda and checklist), so each
palette gets its own: mid-tones on light, lighter tints on dark, and deep or pale ones with 7:1
(WCAG AAA) for high contrast. Which set applies is read from the palette's Base colour (the cell's
background) when the mark is painted, so a colour-scheme change at run time re-colours the marks;
the views refill on `QEvent.PaletteChange`. tests/unit/test_mark_contrast.py checks every pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ...domain.model import Step
from ...store.follow_up_queries import INTERVIEW_KIND
from ..shared.theme import high_contrast_active, is_dark

_KINDS = (INTERVIEW_KIND, Step.NOTES.value, Step.THANK_YOU_EMAIL.value, Step.HANDWRITTEN_NOTE.value,
          Step.REFERRAL.value, Step.CHECK_IN.value)


@dataclass(frozen=True)
class MarkColours:
    """One palette's mark colours, as "#rrggbb" (the check-in shares the e-mail's colour: the legend
    shows each colour once)."""

    name: str
    #: The day cell's background these were checked against (light and dark: the hardest usual case).
    bases: tuple[str, ...]
    interview: str
    notes: str
    email: str
    card: str
    referral: str
    overdue: str
    done: str
    withdrawn: str

    def kind(self, kind: str) -> QColor:
        by_kind = dict(zip(_KINDS, (self.interview, self.notes, self.email, self.card, self.referral, self.email),
                           strict=True))
        return QColor(by_kind.get(kind, self.done))

    def kinds(self) -> dict[str, QColor]:
        return {kind: self.kind(kind) for kind in _KINDS}

    def overdue_colour(self) -> QColor:
        return QColor(self.overdue)

    def done_colour(self) -> QColor:
        return QColor(self.done)

    def withdrawn_colour(self) -> QColor:
        return QColor(self.withdrawn)


LIGHT = MarkColours("light", ("#ffffff", "#f7f7f7"), interview="#3b82f6", notes="#8b5cf6", email="#0d9488",
                    card="#ea580c", referral="#16a34a", overdue="#dc2626", done="#868e96", withdrawn="#6b7280")
DARK = MarkColours("dark", ("#2d2d2d", "#1e1e1e"), interview="#60a5fa", notes="#a78bfa", email="#2dd4bf",
                   card="#fb923c", referral="#4ade80", overdue="#f87171", done="#9ca3af", withdrawn="#a1a1aa")
HIGH_CONTRAST_LIGHT = MarkColours("high contrast light", ("#ffffff",), interview="#1e3a8a", notes="#4c1d95",
                                  email="#134e4a", card="#7c2d12", referral="#14532d", overdue="#991b1b",
                                  done="#3f3f46", withdrawn="#52525b")
HIGH_CONTRAST_DARK = MarkColours("high contrast dark", ("#000000",), interview="#93c5fd", notes="#c4b5fd",
                                 email="#5eead4", card="#fdba74", referral="#86efac", overdue="#fca5a5",
                                 done="#d4d4d8", withdrawn="#a1a1aa")
SCHEMES = (LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)


def mark_colours(palette: QPalette, high_contrast: bool | None = None) -> MarkColours:
    """The set for `palette` (light or dark by its Base colour); `high_contrast` defaults to the app's."""
    dark = is_dark(palette)
    if high_contrast_active() if high_contrast is None else high_contrast:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT
