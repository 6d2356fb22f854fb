"""The tools embedded in steps: square-bar calculator, signal checker, battery check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.ui.troubleshoot.tools import (
    BatteryCheckTool,
    SignalTool,
    SquareBarTool,
    parse_number,
)


def test_square_bar_calculator_numbers(qtbot: QtBot) -> None:
    tool = SquareBarTool()
    qtbot.addWidget(tool)
    assert "Type your door's thickness" in tool.result_label.text()
    tool.door_edit.setText("40")
    assert "Use the 60 mm bar: it sticks out 2.5 mm on each side" in tool.result_label.text()
    assert "rgb(46,157,87)" in tool.result_label.styleSheet()
    tool.door_edit.setText("50 mm")
    assert "Use the 70 mm bar: it sticks out 2.5 mm on each side" in tool.result_label.text()
    tool.door_edit.setText("30")
    text = tool.result_label.text()
    assert "too long" in text and "7.5 mm on each side, more than 5 mm" in text
    assert "rgb(209,69,59)" in tool.result_label.styleSheet()
    tool.door_edit.setText("60")
    assert "too short" in tool.result_label.text()
    tool.door_edit.setText("thick")
    assert "Type a number of mm, such as 40." in tool.result_label.text()
    tool.door_edit.setText("0")
    assert "more than 0 mm" in tool.result_label.text()


def test_signal_checker_bands(qtbot: QtBot) -> None:
    tool = SignalTool()
    qtbot.addWidget(tool)
    tool.dbm_edit.setText("-60")
    assert "Good signal" in tool.result_label.text()
    tool.dbm_edit.setText("−68 dBm")  # a real minus sign, as some apps show it
    assert "Just about enough" in tool.result_label.text()
    tool.dbm_edit.setText("-75")
    assert "Too weak" in tool.result_label.text() and "-70 dBm" in tool.result_label.text()
    tool.dbm_edit.setText("65")
    assert "a minus number such as -65" in tool.result_label.text()


def test_battery_check_warns_about_nimh_and_mixed_cells(qtbot: QtBot) -> None:
    tool = BatteryCheckTool("aa-alkaline")
    qtbot.addWidget(tool)
    assert "Never mix" in tool.result_label.text()
    tool.volts_edit.setText("1.52 1.50 1,51 1.49")
    assert "good shape" in tool.result_label.text()
    tool.volts_edit.setText("1.52 1.21")
    assert "weak" in tool.result_label.text() and "old and new mixed" in tool.result_label.text()
    tool.set_battery_type("aa-nimh")
    text = tool.result_label.text()
    assert "1.2 V instead of 1.5 V" in text and "Never mix battery types." in text
    tool.set_battery_type("18650-li-ion")
    tool.volts_edit.setText("3.9")
    assert "good shape" in tool.result_label.text()
    assert BatteryCheckTool("not-a-type").type_combo.currentData() == "aa-alkaline"


def test_parse_number_reads_what_people_type() -> None:
    assert parse_number(" 1,45 V", "V") == 1.45
    assert parse_number("40mm", "mm") == 40


def test_tools_sit_in_their_steps_and_backspace_edits_the_field(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app = make_app()
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.open_troubleshooter()
    page.start("handle-depressed")
    assert isinstance(page.step_view.tool_widget, BatteryCheckTool)
    page.answer("no-change")  # battery level -> ease the latch
    assert page.step_view.tool_widget is None
    page.answer("no-change")  # -> set-screw
    page.answer("no-change")  # -> square bar
    tool = page.step_view.tool_widget
    assert isinstance(tool, SquareBarTool)
    tool.door_edit.setFocus()
    qtbot.keyClicks(tool.door_edit, "405")
    qtbot.keyClick(tool.door_edit, Qt.Key.Key_Backspace)
    assert tool.door_edit.text() == "40" and page.walk is not None and len(page.walk.history) == 3
    assert "60 mm bar" in tool.result_label.text()
