"""A draft broken into the lines a hand writes on the card: what fits, and by how much it does not.

Lines are measured with QTextLayout in points (a 72-dpi reference device), in a large
font standing in for handwriting, at the panel's width. The printer draws exactly these
lines, one per ruled line, so the editor's "fits / 2 lines too long" is what comes out.
Text is plain: nothing typed is ever read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QImage, QTextLayout, QTextOption

from ..domain.cards import HANDWRITING_FONT_PT, CardLayout, overflow_message

#: The family used for drafts; fontconfig falls back to any sans if it is missing.
HANDWRITING_FAMILY = "DejaVu Sans"
_DOTS_PER_METER_72_DPI = round(72 / 0.0254)
_reference: QImage | None = None


def reference_device() -> QImage:
    """A 72-dpi image: one device pixel is one point, so widths come out in points."""
    global _reference
    if _reference is None:
        _reference = QImage(1, 1, QImage.Format.Format_ARGB32)
        _reference.setDotsPerMeterX(_DOTS_PER_METER_72_DPI)
        _reference.setDotsPerMeterY(_DOTS_PER_METER_72_DPI)
    return _reference


def handwriting_font(point_size: float = HANDWRITING_FONT_PT) -> QFont:
    font = QFont(HANDWRITING_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    # Unhinted glyph advances scale linearly, so a 72-dpi measurement holds on a 1200-dpi page.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True)
class CardLines:
    """The draft as handwritten lines at the card's scale."""

    lines: list[str]
    capacity: int
    message: str  # "" when it fits, else e.g. "2 lines too long for a 4¼×5½ in card"

    @property
    def overflow(self) -> int:
        return max(len(self.lines) - self.capacity, 0)

    @property
    def fits(self) -> bool:
        return self.overflow == 0


def clean_text(text: str) -> str:
    """Line endings unified, tabs as spaces, trailing blank lines dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").rstrip()


def wrap(text: str, width_pt: float, font: QFont | None = None) -> list[str]:
    """Each paragraph wrapped at word boundaries (inside a word only if it is wider than a line)."""
    font = font or handwriting_font()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    lines: list[str] = []
    for paragraph in clean_text(text).split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        layout = QTextLayout(paragraph, font, reference_device())
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width_pt)
            lines.append(paragraph[line.textStart(): line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
    return lines if clean_text(text) else []


def lay_out(text: str, layout: CardLayout, font: QFont | None = None) -> CardLines:
    width = layout.writing_area()[2]
    lines = wrap(text, width, font)
    capacity = layout.line_capacity()
    return CardLines(lines, capacity, overflow_message(len(lines), capacity, layout.paper))
