"""Paints a sidebar row: status dot, lock name, battery or state on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lockcare.core.vocabulary import Reachability
from lockcare.ui.locks.lock_list_model import LockListModel
from lockcare.ui.theme import STATE_COLOURS


class LockListDelegate(QStyledItemDelegate):
    """A roomy two-part row with a coloured status dot."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(120, height + 16)  # the row paints into whatever width the list has

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(10, 0, -10, 0)
        dot = 9
        state = index.data(LockListModel.StateRole) or "unknown"
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLOURS.get(state, STATE_COLOURS[Reachability.UNKNOWN])))
        painter.drawEllipse(rect.left(), rect.center().y() - dot // 2, dot, dot)
        painter.setPen(option.palette.color(role))
        right_text = index.data(LockListModel.BatteryTextRole) or ""
        metrics = option.fontMetrics
        right_width = metrics.horizontalAdvance(right_text) + 4
        name_rect = QRect(rect.left() + dot + 8, rect.top(), rect.width() - dot - 8 - right_width - 6, rect.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.drawText(QRect(rect.right() - right_width, rect.top(), right_width, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right_text)
        painter.restore()
