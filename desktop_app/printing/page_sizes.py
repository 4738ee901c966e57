"""The domain's card, envelope and sheet sizes as exact Qt page sizes and layouts."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

from ..domain.cards import Orientation, PaperSize


def page_size(paper: PaperSize) -> QPageSize:
    """Exactly the paper, in its own unit: ExactMatch stops Qt snapping to a near standard."""
    unit = QPageSize.Unit.Millimeter if paper.unit == "mm" else QPageSize.Unit.Inch
    # Defined portrait; the page layout's orientation turns it.
    w, h = sorted((paper.width, paper.height))
    return QPageSize(QSizeF(w, h), unit, paper.label, QPageSize.SizeMatchPolicy.ExactMatch)


def page_layout(paper: PaperSize, orientation: Orientation | None = None) -> QPageLayout:
    """A layout with zero margins: the renderer keeps its own margins inside the page."""
    if orientation is None:
        orientation = Orientation.LANDSCAPE if paper.width > paper.height else Orientation.PORTRAIT
    qt_orientation = (QPageLayout.Orientation.Landscape if orientation is Orientation.LANDSCAPE
                      else QPageLayout.Orientation.Portrait)
    return QPageLayout(page_size(paper), qt_orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
