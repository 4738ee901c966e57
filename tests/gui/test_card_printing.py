"""Card drafts and envelopes rendered to PDF and read back with poppler: sizes exact, text
where the editor said, overflow reported, typed markup printed literally."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop_app.domain.cards import CARD_SIZES, ENVELOPE_SIZES, CardDraft, CardLayout, Orientation, Panel
from desktop_app.printing.card_jobs import card_pdf, envelope_pdf, sheets_pdf
from desktop_app.printing.card_layout import lay_out
from desktop_app.printing.card_render import sheet_grid

from .pdf_tools import page_sizes, text_lines, to_png

TEXT = ("Dear Zoë,\nThank you for talking with me about the Product Manager role at Northwind. "
        "I especially enjoyed hearing how the team moved from nightly batches to streaming.\n"
        "I hope to work with you soon.\nAlex")
#: Qt writes page boxes in whole points (QPageLayout::fullRectPoints is integer): inch sizes are
#: exact, millimetre sizes within a point (0.35 mm).
TOLERANCE = {"in": 0.01, "mm": 1.0}


@pytest.mark.parametrize("key", list(CARD_SIZES))
@pytest.mark.parametrize("orientation", list(Orientation))
def test_every_card_size_prints_at_its_exact_size_with_the_editors_lines(
        qapp, tmp_path: Path, key: str, orientation: Orientation) -> None:  # type: ignore[no-untyped-def]
    layout = CardLayout(size=key, orientation=orientation)
    job = card_pdf(CardDraft(1, 1, TEXT, layout), tmp_path / "card.pdf")
    [(width, height)] = page_sizes(tmp_path / "card.pdf")
    expected = CARD_SIZES[key].points(orientation)
    assert width == pytest.approx(expected[0], abs=TOLERANCE[CARD_SIZES[key].unit])
    assert height == pytest.approx(expected[1], abs=TOLERANCE[CARD_SIZES[key].unit])
    assert job.lines.fits, job.lines.message
    assert text_lines(tmp_path / "card.pdf") == [line for line in job.lines.lines if line]


@pytest.mark.parametrize("key", list(ENVELOPE_SIZES))
def test_every_envelope_size_has_both_addresses(qapp, tmp_path: Path, key: str) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "envelope.pdf"
    envelope_pdf(ENVELOPE_SIZES[key], "Zoë Ñúñez", "Northwind & Co.\n12 Harbour Road\nSpringfield, IL 62701",
                 "Alex Kim\n5 Elm St\nPortland, OR 97201", pdf)
    [(width, height)] = page_sizes(pdf)
    expected = ENVELOPE_SIZES[key].points()
    assert width == pytest.approx(expected[0], abs=TOLERANCE[ENVELOPE_SIZES[key].unit])
    assert height == pytest.approx(expected[1], abs=TOLERANCE[ENVELOPE_SIZES[key].unit])
    lines = text_lines(pdf)
    for expected_line in ("Alex Kim", "5 Elm St", "Portland, OR 97201", "Zoë Ñúñez", "Northwind & Co.",
                          "12 Harbour Road", "Springfield, IL 62701"):
        assert any(expected_line in line for line in lines), (expected_line, lines)
    # The return address is above the recipient's name.
    assert min(i for i, line in enumerate(lines) if "Alex Kim" in line) < \
        min(i for i, line in enumerate(lines) if "Zoë Ñúñez" in line)


def test_overflow_is_reported_before_printing_and_named(qapp) -> None:  # type: ignore[no-untyped-def]
    long_text = " ".join(["This sentence is far too long for a small card."] * 12)
    lines = lay_out(long_text, CardLayout(size="a1"))
    assert not lines.fits
    assert lines.message == f"{lines.overflow} lines too long for a 3½×5 in card"
    assert lines.overflow == len(lines.lines) - lines.capacity
    wider = lay_out(long_text, CardLayout(size="a7", line_spacing_pt=16))
    assert wider.overflow < lines.overflow  # a larger card with closer lines holds more


def test_markup_and_entities_are_printed_as_typed(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Loved <b>x</b> and &amp; and <i>y</i> <script>alert(1)</script>"
    card_pdf(CardDraft(1, 1, text, CardLayout(size="a7")), tmp_path / "m.pdf")
    printed = "".join(text_lines(tmp_path / "m.pdf")).replace(" ", "")  # "</" may end a line
    for literal in ("<b>x</b>", "&amp;", "<i>y</i>", "<script>alert(1)</script>"):
        assert literal in printed


def test_unicode_and_emoji_print_without_losing_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Zoë Ñúñez — thank you 🙏 Grüße, 東京 from Łódź"
    job = card_pdf(CardDraft(1, 1, text, CardLayout()), tmp_path / "u.pdf")
    # pdftotext may split a word where a fallback font's glyph sits next to it: compare without spaces.
    printed = "".join(text_lines(tmp_path / "u.pdf")).replace(" ", "")
    for word in ("Zoë", "Ñúñez", "Grüße", "Łódź"):
        assert word in printed
    assert "".join(job.lines.lines).replace(" ", "") == text.replace(" ", "")  # nothing dropped by wrapping


def test_empty_draft_prints_only_the_guide_lines(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    job = card_pdf(CardDraft(1, 1, "  \n\n ", CardLayout()), tmp_path / "e.pdf")
    assert job.lines.lines == [] and job.lines.fits
    assert text_lines(tmp_path / "e.pdf") == []
    image = QImage(str(to_png(tmp_path / "e.pdf", tmp_path / "e")[0]))
    ruled_rows = {y for y in range(image.height()) for x in (image.width() // 2,)
                  if image.pixelColor(x, y).lightness() < 235}
    assert len(ruled_rows) >= CardLayout().line_capacity()  # the guide lines are there to write on


def test_long_word_is_broken_rather_than_clipped(qapp) -> None:  # type: ignore[no-untyped-def]
    word = "Donaudampfschifffahrtsgesellschaftskapitän" * 2
    lines = lay_out(word, CardLayout(size="a1"))
    assert len(lines.lines) > 1 and "".join(lines.lines) == word


def test_guides_off_and_lower_panel(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    layout = CardLayout(size="a7", orientation=Orientation.LANDSCAPE, panel=Panel.LOWER, guides=False)
    job = card_pdf(CardDraft(1, 1, "Short thanks.", layout), tmp_path / "p.pdf")
    image = QImage(str(to_png(tmp_path / "p.pdf", tmp_path / "p")[0]))
    dark_rows = [y for y in range(image.height()) if any(image.pixelColor(x, y).lightness() < 200
                                                        for x in range(0, image.width(), 2))]
    assert dark_rows and min(dark_rows) > image.height() / 2  # written below the fold
    assert job.lines.lines == ["Short thanks."]


@pytest.mark.parametrize(("sheet", "key", "per_sheet"), [("letter", "a1", 4), ("letter", "a2", 2),
                                                         ("a4", "iso_a6", 2), ("letter", "a7", 2)])
def test_sheets_hold_several_drafts_with_cut_marks(qapp, tmp_path: Path, sheet: str, key: str,  # type: ignore[no-untyped-def]
                                                    per_sheet: int) -> None:
    drafts = [CardDraft(1, n, f"Card number {n}\nThanks!", CardLayout(size=key)) for n in range(5)]
    pages = sheets_pdf(drafts, tmp_path / "s.pdf", sheet)
    assert pages == -(-5 // per_sheet)
    sizes = page_sizes(tmp_path / "s.pdf")
    assert len(sizes) == pages
    expected = {"letter": {612.0, 792.0}, "a4": {595.0, 842.0}}[sheet]
    assert {round(sizes[0][0]), round(sizes[0][1])} == expected
    printed = text_lines(tmp_path / "s.pdf")
    for n in range(5):
        assert any(f"Card number {n}" in line for line in printed)


def test_grid_leaves_room_for_cut_marks() -> None:
    assert sheet_grid((612, 792), (252, 360)) == (2, 2)
    assert sheet_grid((100, 100), (400, 400)) == (1, 1)  # a card larger than the sheet still prints


def test_a_draft_that_does_not_fit_prints_only_what_the_panel_holds(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(f"Line number {n}" for n in range(1, 21))
    job = card_pdf(CardDraft(1, 1, text, CardLayout(size="a1")), tmp_path / "o.pdf")
    assert job.lines.overflow == 20 - job.lines.capacity > 0
    assert text_lines(tmp_path / "o.pdf") == job.lines.lines[: job.lines.capacity]
