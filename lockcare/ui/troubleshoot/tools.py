"""The built-in tools a step can embed: square-bar calculator, signal checker, battery check.

Each tool is a small box with one or two fields and a verdict that updates as the user
types. The rules are in :mod:`lockcare.core.troubleshoot.tools`; a number the rules refuse
shows the rule's own plain message instead of a verdict.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.models import BATTERY_TYPES, battery_type_words
from lockcare.core.troubleshoot.tools import (
    check_battery,
    check_signal,
    recommend_square_bar,
)
from lockcare.core.i18n import translate

TINTS = {"ok": "46,157,87", "warn": "208,138,30", "bad": "209,69,59", "info": "128,128,128"}
"""Verdict tints (RGB) drawn over the palette's own background, so both themes stay readable."""


def tint(label: QLabel, kind: str | None) -> None:
    """Draws ``label`` as a tinted note (``ok``, ``warn``, ``bad``, ``info``), or plain for None."""
    if kind is None:
        label.setStyleSheet("padding: 6px 2px;")
        return
    rgb = TINTS[kind]
    label.setStyleSheet(
        f"background: rgba({rgb},0.16); border-left: 4px solid rgb({rgb}); border-radius: 4px; padding: 8px 10px;"
    )


def parse_number(text: str, unit: str) -> float:
    """Reads a number typed by a person: ``"40"``, ``"40 mm"``, ``"1,45"``, ``"−65 dBm"``.

    Raises:
        ValueError: when there is no single number in ``text``.
    """
    cleaned = text.strip().replace("\u2212", "-").replace(",", ".")
    cleaned = re.sub(rf"\s*{re.escape(unit)}$", "", cleaned, flags=re.IGNORECASE).strip()
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(f"Type a number of {unit}, such as {_EXAMPLES.get(unit, '1')}.") from None


_EXAMPLES = {"mm": "40", "dBm": "-65", "V": "1.45"}


class _ToolBox(QGroupBox):
    """A titled box with fields and a verdict label that follows what is typed."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._hint = hint
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(12)
        layout.addLayout(self.form)
        self.result_label = QLabel()
        self.result_label.setObjectName("toolResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.result_label)

    def _field(self, label: str, placeholder: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible)
        edit.setMaximumWidth(220)
        edit.textChanged.connect(self.update_result)
        caption = QLabel(label)
        caption.setBuddy(edit)
        self.form.addRow(caption, edit)
        return edit

    def _show(self, kind: str | None, html: str) -> None:
        self.result_label.setText(html)
        tint(self.result_label, kind)

    def update_result(self) -> None:
        """Recomputes the verdict from the fields."""
        raise NotImplementedError


class SquareBarTool(_ToolBox):
    """Door thickness in mm -> the bar to use and how far it sticks out on each side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("troubleshoot.tools", "Square-bar calculator"), translate("troubleshoot.tools", "Type your door's thickness to see which bar to use."), parent)
        self.door_edit = self._field(translate("troubleshoot.tools", "Door &thickness (mm):"), "e.g. 40", translate("troubleshoot.tools", "Door thickness in millimetres"))
        self.update_result()

    def update_result(self) -> None:
        """Shows the stock bar to use for the thickness typed, or what is wrong with it."""
        text = self.door_edit.text().strip()
        if not text:
            self._show(None, self._hint)
            return
        try:
            result = recommend_square_bar(parse_number(text, "mm"))
        except ValueError as exc:
            self._show("info", str(exc))
            return
        if result.verdict == "too-long":
            headline = translate("troubleshoot.tools", "Even the shortest bar ({bar_mm} mm) is too long for this door").format(bar_mm=result.bar_mm)
        elif result.verdict == "too-short":
            headline = translate("troubleshoot.tools", "Even the longest bar ({bar_mm} mm) is too short for this door").format(bar_mm=result.bar_mm)
        else:
            headline = translate("troubleshoot.tools", "Use the {bar_mm} mm bar: it sticks out {protrusion_mm:g} mm on each side").format(bar_mm=result.bar_mm, protrusion_mm=result.protrusion_mm)
        self._show("ok" if result.fits else "bad", f"<b>{headline}</b><br>{result.message}")


class SignalTool(_ToolBox):
    """A Wi-Fi reading in dBm -> good, just about enough, or too weak (-70 dBm)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("troubleshoot.tools", "Signal checker"), translate("troubleshoot.tools", "Type the strength your Wi-Fi analyser shows at the door."), parent)
        self.dbm_edit = self._field(translate("troubleshoot.tools", "Signal &strength (dBm):"), "e.g. -65", translate("troubleshoot.tools", "Signal strength in dBm"))
        self.update_result()

    def update_result(self) -> None:
        """Rates the strength typed."""
        text = self.dbm_edit.text().strip()
        if not text:
            self._show(None, self._hint)
            return
        try:
            result = check_signal(parse_number(text, "dBm"))
        except ValueError as exc:
            self._show("info", str(exc))
            return
        kind = {"good": "ok", "marginal": "warn"}.get(result.verdict, "bad")
        self._show(kind, f"<b>{result.label}</b><br>{result.advice}")


class BatteryCheckTool(_ToolBox):
    """Battery type and the voltage of each cell -> good, part-used, weak, or wrong type."""

    def __init__(self, battery_type: str = "aa-alkaline", parent: QWidget | None = None) -> None:
        super().__init__(translate("troubleshoot.tools", "Battery check"), translate("troubleshoot.tools", "Measure each cell with a multimeter and type the voltages."), parent)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(translate("troubleshoot.tools", "Battery type"))
        # The longest type name must not widen the step's text column past the window.
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(18)
        for key in BATTERY_TYPES:
            self.type_combo.addItem(battery_type_words(key), key)
        caption = QLabel(translate("troubleshoot.tools", "Battery t&ype:"))
        caption.setBuddy(self.type_combo)
        self.form.addRow(caption, self.type_combo)
        self.set_battery_type(battery_type)
        self.type_combo.currentIndexChanged.connect(self.update_result)
        self.volts_edit = self._field(translate("troubleshoot.tools", "&Voltages (V):"), "e.g. 1.52 1.49 1.50 1.51", translate("troubleshoot.tools", "Cell voltages in volts"))
        self.volts_edit.setMaximumWidth(320)
        self.volts_edit.setToolTip(translate("troubleshoot.tools", "One reading per cell, separated by spaces"))
        self.update_result()

    def set_battery_type(self, battery_type: str) -> None:
        """Preselects the type the lock is known to take."""
        index = self.type_combo.findData(battery_type)
        self.type_combo.setCurrentIndex(max(index, 0))

    def update_result(self) -> None:
        """Judges the cells typed (NiMH is always the wrong type)."""
        if not hasattr(self, "volts_edit"):
            return
        kind_of = self.type_combo.currentData()
        text = self.volts_edit.text().strip()
        if not text and kind_of != "aa-nimh":
            self._show(None, self._hint + translate("troubleshoot.tools", " Never mix battery types, or old and new cells."))
            return
        try:
            volts = [parse_number(part, "V") for part in re.split(r"[\s;/]+", text) if part] or [1.2]
            result = check_battery(kind_of, volts)
        except ValueError as exc:
            self._show("info", str(exc))
            return
        kind = {"good": "ok", "part-used": "warn"}.get(result.verdict, "bad")
        notes = "".join(f"<br>• {warning}" for warning in result.warnings)
        self._show(kind, f"<b>{result.message}</b>{notes}")


TOOLS = {"square-bar": SquareBarTool, "signal": SignalTool, "battery-check": BatteryCheckTool}
"""Tool ids (``Step.tool``) to their widget classes."""
