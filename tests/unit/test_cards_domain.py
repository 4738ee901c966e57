"""Card rules: sizes, the writing panel's line capacity, length guidance, template, envelopes."""

from __future__ import annotations

import pytest

from desktop_app.domain.cards import (
    CARD_SIZES,
    ENVELOPE_SIZES,
    CardLayout,
    Orientation,
    Panel,
    envelope_problems,
    fill_card_template,
    overflow_message,
    recipient_block,
    unknown_placeholders,
    word_count,
    word_guidance,
)

EXPECTED_POINTS = {
    "a2": (306, 396), "a1": (252, 360), "a7": (360, 504), "4x6": (288, 432),
    "iso_a6": (105 / 25.4 * 72, 148 / 25.4 * 72),
}
EXPECTED_ENVELOPES = {
    "no10": (684, 297), "a2": (414, 315), "a7": (522, 378),
    "c6": (162 / 25.4 * 72, 114 / 25.4 * 72), "dl": (220 / 25.4 * 72, 110 / 25.4 * 72),
}


@pytest.mark.parametrize("key", EXPECTED_POINTS)
def test_card_sizes_are_the_real_ones_in_points(key: str) -> None:
    assert CARD_SIZES[key].points(Orientation.PORTRAIT) == pytest.approx(EXPECTED_POINTS[key])
    w, h = EXPECTED_POINTS[key]
    assert CARD_SIZES[key].points(Orientation.LANDSCAPE) == pytest.approx((h, w))


@pytest.mark.parametrize("key", EXPECTED_ENVELOPES)
def test_envelope_sizes_are_landscape_and_real(key: str) -> None:
    assert ENVELOPE_SIZES[key].points() == pytest.approx(EXPECTED_ENVELOPES[key])


def test_every_card_names_an_envelope_that_exists() -> None:
    for card in CARD_SIZES.values():
        assert card.envelope in ENVELOPE_SIZES


def test_panel_halves_the_lines_and_closer_lines_hold_more() -> None:
    whole = CardLayout(size="a2")
    lower = CardLayout(size="a2", orientation=Orientation.LANDSCAPE, panel=Panel.LOWER)
    assert whole.line_capacity() == 14  # (396 - 2 × 27) / 24
    assert 0 < lower.line_capacity() < whole.line_capacity() / 2 + 1
    assert CardLayout(size="a2", line_spacing_pt=18).line_capacity() > whole.line_capacity()
    right = CardLayout(size="a7", orientation=Orientation.LANDSCAPE, panel=Panel.RIGHT)
    assert right.writing_area()[0] > 504 / 2  # starts right of the fold


def test_line_spacing_is_kept_within_what_a_hand_writes() -> None:
    assert CardLayout(line_spacing_pt=1).spacing() == 14
    assert CardLayout(line_spacing_pt=500).spacing() == 48


def test_unknown_size_falls_back_to_the_folded_note() -> None:
    assert CardLayout(size="nonsense").paper.key == "a2"


def test_word_guidance_says_30_to_60() -> None:
    assert "Empty" in word_guidance("   ")
    assert "30–60" in word_guidance("Thanks a lot!")
    assert "good length" in word_guidance("word " * 40)
    assert "shorten" in word_guidance("word " * 61)
    assert word_count("Zoë's café — Ñúñez re-use") == 4


def test_overflow_message_names_the_card() -> None:
    assert overflow_message(16, 14, CARD_SIZES["a2"]) == "2 lines too long for a 4¼×5½ in card"
    assert overflow_message(15, 14, CARD_SIZES["iso_a6"]) == "1 line too long for a A6 card"
    assert overflow_message(14, 14, CARD_SIZES["a2"]) == ""


def test_template_fills_known_and_keeps_unknown_and_broken_placeholders() -> None:
    template = "Dear $first_name, about $talking_point at ${company}. $typo costs $$5 and $"
    text = fill_card_template(template, {"first_name": "Zoë", "talking_point": "<b>Rust</b>",
                                         "company": "A&B"})
    assert text == "Dear Zoë, about <b>Rust</b> at A&B. $typo costs $5 and $"
    assert unknown_placeholders(template) == ["typo"]
    assert unknown_placeholders("$name $first_name $my_name") == []


def test_missing_addresses_are_problems_not_blank_envelopes() -> None:
    assert envelope_problems("Dana", "", "Me\n1 Road") == ["Dana has no postal address yet."]
    assert envelope_problems("Dana", "1 Road", "  \n ") == ["Your return address is missing (Settings → Cards)."]
    assert len(envelope_problems("", "", "")) == 2
    assert envelope_problems("Dana", "1 Road", "Me") == []


def test_recipient_block_puts_the_name_first_once() -> None:
    block = recipient_block("Dana Reyes", "12 Harbour Rd\n\nSpringfield")
    assert block == ["Dana Reyes", "12 Harbour Rd", "Springfield"]
    assert recipient_block("Dana Reyes", "dana reyes\n12 Harbour Rd") == ["dana reyes", "12 Harbour Rd"]


def test_each_card_goes_in_its_own_envelope_with_room_to_spare() -> None:
    from desktop_app.domain.cards import envelope_for

    assert envelope_for("a2") == "a2" and envelope_for("a7") == "a7" and envelope_for("a1") == "a1"
    assert envelope_for("4x6") == "a6" and envelope_for("iso_a6") == "c6"
    for key, card in CARD_SIZES.items():
        envelope = ENVELOPE_SIZES[envelope_for(key)]
        short, long = sorted(card.points())
        e_short, e_long = sorted(envelope.points())
        assert short < e_short and long < e_long, key  # it slides in, and not a size too big
        assert e_long - long <= 54, key  # at most ¾ in larger (C6 around A6 is 14 mm)


def test_the_envelope_follows_the_card_unless_the_user_chose_one() -> None:
    from desktop_app.domain.cards import envelope_after_size_change

    assert envelope_after_size_change("a2", "a7", "a2") == "a7"  # was the card's own: follows
    assert envelope_after_size_change("a2", "a7", "") == "a7"
    assert envelope_after_size_change("a2", "a7", "no10") == "no10"  # chosen on purpose: kept


def test_one_verdict_on_the_length() -> None:
    from desktop_app.domain.cards import word_guidance

    text = " ".join(["word"] * 52)
    assert word_guidance(text) == "52 words: a good length for a card."
    assert word_guidance(text, fits=False) == "52 words."  # "does not fit" is the verdict then
    assert word_guidance("one", fits=False) == "1 word."
    assert "shorten it" in word_guidance(" ".join(["word"] * 80), fits=False)  # agrees with "does not fit"
