"""How each kind of calendar entry looks: a colour, a shape and a short label.

Colours depend on the palette (mark_colours.py: light, dark, high contrast); the constants here are the
light palette's, for code that has no palette at hand. The shape says the kind too
(circle: interview, square: notes, triangle: e-mail, diamond: card, ring: referral), so a mark
never carries its meaning by colour alone (WCAG 1.4.1): done marks keep their shape in grey.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from ...domain.model import Step
from ...store.follow_up_queries import INTERVIEW_KIND
from .mark_colours import LIGHT

KIND_COLORS = LIGHT.kinds()  # the check-in is an e-mail too: the legend shows each colour once
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
OVERDUE_COLOR = LIGHT.overdue_colour()
DONE_COLOR = LIGHT.done_colour()
#: Open steps of a withdrawn interview: not due any more, so neither a kind colour nor red.
WITHDRAWN_COLOR = LIGHT.withdrawn_colour()
