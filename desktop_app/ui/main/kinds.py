"""How each kind of calendar entry looks: a colour, a shape and a short label.

Colours are mid-tone hues readable on both light and dark palettes. The shape says the kind too
(circle: interview, square: notes, triangle: e-mail, diamond: card, ring: referral), so a mark
never carries its meaning by colour alone (WCAG 1.4.1): done marks keep their shape in grey.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

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
    INTERVIEW_KIND: QT_TRANSLATE_NOOP("Kinds", "Interview"),
    Step.NOTES.value: QT_TRANSLATE_NOOP("Kinds", "Notes"),
    Step.THANK_YOU_EMAIL.value: QT_TRANSLATE_NOOP("Kinds", "Thank-you e-mail"),
    Step.HANDWRITTEN_NOTE.value: QT_TRANSLATE_NOOP("Kinds", "Handwritten note"),
    Step.REFERRAL.value: QT_TRANSLATE_NOOP("Kinds", "Referral"),
    Step.CHECK_IN.value: QT_TRANSLATE_NOOP("Kinds", "Check-in"),
}
KIND_SHAPES = {
    INTERVIEW_KIND: "circle",
    Step.NOTES.value: "square",
    Step.THANK_YOU_EMAIL.value: "triangle",
    Step.HANDWRITTEN_NOTE.value: "diamond",
    Step.REFERRAL.value: "ring",
    Step.CHECK_IN.value: "triangle",  # an e-mail too, like its colour
}


def kind_label(kind: str) -> str:
    """The kind's name in the user's language ("Thank-you e-mail", "Dankes-E-Mail")."""
    return QCoreApplication.translate("Kinds", str(KIND_LABELS.get(kind, kind)))


def mark_path(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of a mark of `shape` filling `rect` (a ring is a circle with a hole)."""
    path = QPainterPath()
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    if shape == "square":
        path.addRect(rect.adjusted(w * 0.08, h * 0.08, -w * 0.08, -h * 0.08))
    elif shape == "triangle":
        path.addPolygon(QPolygonF([QPointF(x + w / 2, y), QPointF(x + w, y + h), QPointF(x, y + h)]))
        path.closeSubpath()
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(x + w / 2, y), QPointF(x + w, y + h / 2), QPointF(x + w / 2, y + h),
                                   QPointF(x, y + h / 2)]))
        path.closeSubpath()
    elif shape == "ring":
        path.addEllipse(rect)
        path.addEllipse(rect.adjusted(w * 0.3, h * 0.3, -w * 0.3, -h * 0.3))
    else:
        path.addEllipse(rect)
    return path
OVERDUE_COLOR = QColor("#dc2626")
DONE_COLOR = QColor("#9ca3af")
#: Open steps of a withdrawn interview: not due any more, so neither a kind colour nor red.
WITHDRAWN_COLOR = QColor("#6b7280")
