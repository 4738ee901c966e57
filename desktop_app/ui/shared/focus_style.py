"""A focus mark on push buttons that no default-button frame can hide (WCAG 2.4.7, focus visible).

Fusion shows a button's keyboard focus with the same highlighted frame it gives a dialog's default
button, so Tab onto "Save" changed nothing on screen: the default button looked focused before and
after. This proxy keeps the app's style and adds a dotted rectangle inside a focused button once the
keyboard has moved the focus (as Qt's own focus frames do), in the button text's colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

_State = QStyle.StateFlag


class VisibleFocusStyle(QProxyStyle):
    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if (element == QStyle.ControlElement.CE_PushButton and option.state & _State.State_HasFocus
                and option.state & _State.State_KeyboardFocusChange):
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.ButtonText), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(4, 4, -5, -5))
            painter.restore()
