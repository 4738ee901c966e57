"""Every fixed label the domain shows is offered to the translators (ui/shared/domain_words.py)."""

from __future__ import annotations

from desktop_app.domain.cards import CARD_SIZES, ENVELOPE_SIZES, PANEL_LABELS, SHEET_SIZES, Orientation
from desktop_app.domain.debrief import SECTIONS
from desktop_app.domain.model import ROUND_SUGGESTIONS, STEP_LABELS, Status
from desktop_app.ui.shared.domain_words import DOMAIN_TEXTS, domain_text


def test_every_domain_label_is_listed_for_translation() -> None:
    labels = [*STEP_LABELS.values(), *(s.label for s in Status), *ROUND_SUGGESTIONS, *(o.label for o in Orientation),
              *PANEL_LABELS.values(), *(s.label for s in CARD_SIZES.values()), *(s.label for s in SHEET_SIZES.values()),
              *(s.label for s in ENVELOPE_SIZES.values()),
              *(text for _, title, hint in SECTIONS for text in (title, hint))]
    missing = [label for label in labels if label not in DOMAIN_TEXTS]
    assert not missing, f"add to ui/shared/domain_words.py, then make translations: {missing}"


def test_text_the_user_typed_is_shown_unchanged(qapp) -> None:  # type: ignore[no-untyped-def]
    assert domain_text("Zq third round with the CEO") == "Zq third round with the CEO"
