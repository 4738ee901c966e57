"""Step 3 of the article: the handwritten thank-you card, as rules and data.

The app prints a *draft to copy by hand*, so everything here is about what fits on a
real card: its size, the panel one writes on, how many handwritten lines that panel
holds at a chosen line spacing, and a short text (about three sentences). Sizes are
kept in their own unit (inches or millimetres) so the printed page is exactly the
card, not a rounded neighbour; points are derived (1 in = 72 pt).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum
from string import Template

from .point_phrases import FALLBACK_PHRASE

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class PaperSize:
    """A card or envelope: width and height as sold (cards portrait, envelopes landscape)."""

    key: str
    label: str
    short_label: str
    width: float
    height: float
    unit: str  # "in" or "mm"
    envelope: str = ""  # the envelope key a card of this size goes in

    def _to_points(self, value: float) -> float:
        return value * POINTS_PER_INCH / (MM_PER_INCH if self.unit == "mm" else 1.0)

    @property
    def width_pt(self) -> float:
        return self._to_points(self.width)

    @property
    def height_pt(self) -> float:
        return self._to_points(self.height)

    def points(self, orientation: Orientation | None = None) -> tuple[float, float]:
        """(width, height) in points, turned to `orientation` if given."""
        w, h = self.width_pt, self.height_pt
        if orientation is Orientation.PORTRAIT:
            return (min(w, h), max(w, h))
        if orientation is Orientation.LANDSCAPE:
            return (max(w, h), min(w, h))
        return (w, h)


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Panel(StrEnum):
    """Where on the card's face the note is written."""

    WHOLE = "whole"  # a flat card, or the inside right of a folded note
    LOWER = "lower"  # a top-fold card opened flat: write below the fold
    UPPER = "upper"
    RIGHT = "right"  # a side-fold card opened flat: write right of the fold
    LEFT = "left"

    @property
    def label(self) -> str:
        return PANEL_LABELS[self]


PANEL_LABELS = {
    Panel.WHOLE: "Whole face",
    Panel.LOWER: "Lower half (top fold)",
    Panel.UPPER: "Upper half",
    Panel.RIGHT: "Right half (side fold)",
    Panel.LEFT: "Left half",
}

CARD_SIZES: dict[str, PaperSize] = {
    s.key: s
    for s in (
        PaperSize("a2", "Folded note 4¼×5½ in (A2 envelope)", "4¼×5½ in", 4.25, 5.5, "in", "a2"),
        PaperSize("a1", "3½×5 in (A1 envelope)", "3½×5 in", 3.5, 5.0, "in", "a1"),
        PaperSize("a7", "5×7 in (A7 envelope)", "5×7 in", 5.0, 7.0, "in", "a7"),
        PaperSize("4x6", "4×6 in (A6 envelope)", "4×6 in", 4.0, 6.0, "in", "a6"),
        PaperSize("iso_a6", "ISO A6 105×148 mm (C6 envelope)", "A6", 105.0, 148.0, "mm", "c6"),
    )
}
ENVELOPE_SIZES: dict[str, PaperSize] = {
    s.key: s
    for s in (
        PaperSize("no10", "#10 4⅛×9½ in", "#10", 9.5, 4.125, "in"),
        PaperSize("a1", "A1 3⅝×5⅛ in", "A1", 5.125, 3.625, "in"),
        PaperSize("a2", "A2 4⅜×5¾ in", "A2", 5.75, 4.375, "in"),
        PaperSize("a6", "A6 4¾×6½ in", "A6", 6.5, 4.75, "in"),
        PaperSize("a7", "A7 5¼×7¼ in", "A7", 7.25, 5.25, "in"),
        PaperSize("c6", "C6 114×162 mm", "C6", 162.0, 114.0, "mm"),
        PaperSize("dl", "DL 110×220 mm", "DL", 220.0, 110.0, "mm"),
    )
}
#: Sheets for several drafts with cut marks.
SHEET_SIZES: dict[str, PaperSize] = {
    "letter": PaperSize("letter", "US Letter", "Letter", 8.5, 11.0, "in"),
    "a4": PaperSize("a4", "ISO A4", "A4", 210.0, 297.0, "mm"),
}

#: A handwritten card holds about three sentences.
MIN_WORDS = 30
MAX_WORDS = 60
#: Wide-ruled paper is 8.7 mm; most people write a card at 7–9 mm a line.
DEFAULT_LINE_SPACING_PT = 24.0
MIN_LINE_SPACING_PT = 14.0
MAX_LINE_SPACING_PT = 48.0
#: Printed glyph size standing in for handwriting: about as many words a line as a hand writes.
HANDWRITING_FONT_PT = 17.0
#: Unprinted border around the writing area (and what most printers cannot reach anyway).
CARD_MARGIN_PT = 0.375 * POINTS_PER_INCH


@dataclass
class CardLayout:
    """How a draft is laid out: the card, its orientation, the panel, the ruled lines."""

    size: str = "a2"
    orientation: Orientation = Orientation.PORTRAIT
    panel: Panel = Panel.WHOLE
    guides: bool = True
    line_spacing_pt: float = DEFAULT_LINE_SPACING_PT

    @property
    def paper(self) -> PaperSize:
        return CARD_SIZES.get(self.size, CARD_SIZES["a2"])

    def page_points(self) -> tuple[float, float]:
        return self.paper.points(self.orientation)

    def writing_area(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points of the panel written on, inside the margins."""
        w, h = self.page_points()
        x, y, pw, ph = 0.0, 0.0, w, h
        if self.panel in (Panel.UPPER, Panel.LOWER):
            ph = h / 2
            y = h / 2 if self.panel is Panel.LOWER else 0.0
        elif self.panel in (Panel.LEFT, Panel.RIGHT):
            pw = w / 2
            x = w / 2 if self.panel is Panel.RIGHT else 0.0
        m = CARD_MARGIN_PT
        return (x + m, y + m, max(pw - 2 * m, 1.0), max(ph - 2 * m, 1.0))

    def spacing(self) -> float:
        return min(max(self.line_spacing_pt, MIN_LINE_SPACING_PT), MAX_LINE_SPACING_PT)

    def line_capacity(self) -> int:
        """Handwritten lines the panel holds at this spacing (each line one spacing tall)."""
        return max(int(math.floor(self.writing_area()[3] / self.spacing() + 1e-6)), 0)


@dataclass
class CardDraft:
    """One interviewer's card: its text and layout, as stored."""

    interview_id: int
    person_id: int
    text: str = ""
    layout: CardLayout | None = None
    envelope: str = ""

    def __post_init__(self) -> None:
        if self.layout is None:
            self.layout = CardLayout()
        if not self.envelope:
            self.envelope = self.layout.paper.envelope


def envelope_for(card_size: str) -> str:
    """The envelope a card of this size goes in (A2 for 4¼×5½, A7 for 5×7, C6 for ISO A6…)."""
    return CARD_SIZES.get(card_size, CARD_SIZES["a2"]).envelope


def envelope_after_size_change(old_size: str, new_size: str, envelope: str) -> str:
    """The envelope follows the card: one that matched the old size becomes the new size's; one the
    user chose on purpose (any other) stays, so their choice is never undone behind their back."""
    return envelope_for(new_size) if envelope in ("", envelope_for(old_size)) else envelope


def word_count(text: str) -> int:
    return len(re.findall(r"\w[\w'’-]*", text))


def word_guidance(text: str, fits: bool = True) -> str:
    """A short remark on the length. When the text does not fit the card, only the count: the fit is
    the verdict then, and "a good length" beside "does not fit" would contradict it."""
    words = word_count(text)
    if not fits and 0 < words <= MAX_WORDS:  # "a good length" or "room for more" would contradict the fit
        return f"{words} word{'' if words == 1 else 's'}."
    if words == 0:
        return "Empty: write about three sentences (30–60 words)."
    if words < MIN_WORDS:
        return f"{words} words: a card has room for about three sentences (30–60 words)."
    if words > MAX_WORDS:
        return f"{words} words: a handwritten card holds about 30–60; shorten it."
    return f"{words} words: a good length for a card."


def overflow_message(lines_needed: int, capacity: int, paper: PaperSize) -> str:
    """What the editor says before printing; "" when the text fits."""
    extra = lines_needed - capacity
    if extra <= 0:
        return ""
    noun = "line" if extra == 1 else "lines"
    return f"{extra} {noun} too long for a {paper.short_label} card"


# ---------------------------------------------------------------------- the template

DEFAULT_CARD_TEMPLATE = (
    "Dear $first_name,\n"
    "Thank you for talking with me about the $role role at $company. "
    "I especially enjoyed $talking_point.\n"
    "I hope to work with you soon.\n"
    "$my_name"
)
#: Placeholders the card template understands, with what each stands for.
CARD_PLACEHOLDERS = {
    "name": "the interviewer's full name",
    "first_name": "the interviewer's first name",
    "company": "the company",
    "role": "the role you interviewed for",
    "talking_point": "this person's first ★ talking point, as phrased in the debrief (or “our conversation”)",
    "my_name": "your name (first line of your return address)",
}
FALLBACK_TALKING_POINT = FALLBACK_PHRASE


def unknown_placeholders(template: str) -> list[str]:
    """Names written as $name that the card template does not know (typos)."""
    try:
        names = Template(template).get_identifiers()
    except ValueError:
        return []
    return [n for n in names if n not in CARD_PLACEHOLDERS]


def fill_card_template(template: str, values: dict[str, str]) -> str:
    """The template with every known placeholder filled; unknown or broken ones left as typed."""
    known = {key: values.get(key, "") for key in CARD_PLACEHOLDERS}
    return Template(template).safe_substitute(known)


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


# ---------------------------------------------------------------------- envelopes


def address_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def envelope_problems(recipient_name: str, recipient_address: str, return_address: str) -> list[str]:
    """Why an envelope cannot be printed yet: a blank address would waste it."""
    problems = []
    if not address_lines(recipient_address):
        who = recipient_name.strip() or "The interviewer"
        problems.append(f"{who} has no postal address yet.")
    if not address_lines(return_address):
        problems.append("Your return address is missing (Settings → Cards).")
    return problems


def recipient_block(recipient_name: str, recipient_address: str) -> list[str]:
    """The recipient's lines; the name first unless the address already starts with it."""
    lines = address_lines(recipient_address)
    name = recipient_name.strip()
    if name and (not lines or lines[0].casefold() != name.casefold()):
        lines.insert(0, name)
    return lines
