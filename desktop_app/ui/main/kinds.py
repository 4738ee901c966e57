"""How each kind of calendar entry looks: a colour and a short label.

Colours are mid-tone hues readable on both light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...domain.model import Step
from ...store.follow_up_queries import INTERVIEW_KIND

KIND_COLORS = {
    INTERVIEW_KIND: QColor("#3b82f6"),
    Step.NOTES.value: QColor("#8b5cf6"),
    Step.THANK_YOU_EMAIL.value: QColor("#0d9488"),
    Step.HANDWRITTEN_NOTE.value: QColor("#ea580c"),
    Step.REFERRAL.value: QColor("#16a34a"),
    Step.CHECK_IN.value: QColor("#0d9488"),  # an e-mail too: the legend shows each colour once
}
KIND_LABELS = {
    INTERVIEW_KIND: "Interview",
    Step.NOTES.value: "Notes",
    Step.THANK_YOU_EMAIL.value: "Thank-you e-mail",
    Step.HANDWRITTEN_NOTE.value: "Handwritten note",
    Step.REFERRAL.value: "Referral",
    Step.CHECK_IN.value: "Check-in",
}
OVERDUE_COLOR = QColor("#dc2626")
DONE_COLOR = QColor("#9ca3af")
#: Open steps of a withdrawn interview: not due any more, so neither a kind colour nor red.
WITHDRAWN_COLOR = QColor("#6b7280")
