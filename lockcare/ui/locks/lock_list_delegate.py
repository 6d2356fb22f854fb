"""Paints a sidebar row: battery-health dot, name and battery, and the connection in words below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lockcare.ui.fleet.fleet_model import STATUS_COLOURS
from lockcare.ui.locks.lock_list_model import LockListModel


class LockListDelegate(QStyledItemDelegate):
    """A roomy two-line row: ● name … battery, then how lockcare reaches it (muted)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(120, 2 * height + 14)  # the row paints into whatever width the list has

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
        rect = option.rect.adjusted(10, 6, -10, -6)
        metrics = option.fontMetrics
        line = metrics.height()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        dot = 9
        health = index.data(LockListModel.HealthRole)
        if health is None:  # a gateway: a ring, no battery to judge
            painter.setPen(option.palette.color(role))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATUS_COLOURS.get(health, "#8a8f98")))
        painter.drawEllipse(top.left(), top.center().y() - dot // 2, dot, dot)
        painter.setPen(option.palette.color(role))
        right_text = index.data(LockListModel.BatteryTextRole) or ""
        right_width = metrics.horizontalAdvance(right_text) + 4
        indent = dot + 8
        name_rect = QRect(top.left() + indent, top.top(), top.width() - indent - right_width - 6, line)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.drawText(QRect(top.right() - right_width, top.top(), right_width, line),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right_text)
        muted = option.palette.color(role)
        if not selected:
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        second = QRect(top.left() + indent, top.bottom() + 2, top.width() - indent, line)
        connection = index.data(LockListModel.ConnectionRole) or ""
        painter.drawText(second, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(connection, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()
