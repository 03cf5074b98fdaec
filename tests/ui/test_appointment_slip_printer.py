"""预约单 goes to the visit slip's printer and paper until the desk chooses its own (设置 → 打印)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from frontdesk.ui.common.prefs import DeskPrefs, PrintSetup
from frontdesk.ui.printing.desk_printer import DeskPrinter


def test_the_appointment_slip_follows_the_slip_printer_until_chosen(qapp: QApplication, tmp_path: Path) -> None:
    prefs = DeskPrefs(tmp_path)
    printer = DeskPrinter(prefs, queue=None)  # type: ignore[arg-type]  # nothing is printed here
    prefs.set_print_setup("visit-slip", PrintSetup("前台小票机", "58mm", 1, right_mm=1.0))
    assert printer.setup("appointment-slip") == PrintSetup("前台小票机", "58mm", 1, right_mm=1.0)
    assert printer.size_for("appointment-slip") == "58mm"
    assert printer.setup("call-list").printer == ""  # a staff list: the system's default printer
    prefs.set_print_setup("appointment-slip", PrintSetup("办公室激光打印机", "a5", 2))
    assert printer.setup("appointment-slip") == PrintSetup("办公室激光打印机", "a5", 2)
    assert printer.size_for("appointment-slip") == "a5"
    assert printer.setup("visit-slip").printer == "前台小票机"
