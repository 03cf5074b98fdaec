"""设置 → 打印: per document this desk's printer, paper and copies, kept in desk.ini; printers asked of the print system
off the GUI thread; a saved printer that is gone said in words; the slip at every check-in; a test page."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSpinBox

from frontdesk import paths
from frontdesk.printing.documents import KINDS
from frontdesk.ui.common.prefs import DeskPrefs, PrintSetup
from frontdesk.ui.pages.settings import printing as section_module
from pdf_checks import decoded, pages_at_203_dpi, text_of

PRINTERS = (["前台小票机", "办公室激光打印机"], "办公室激光打印机")


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The print system, as the section asks it: two printers, the laser the default; and on which thread."""
    threads: list[str] = []

    def names():
        threads.append(threading.current_thread().name)
        return PRINTERS

    monkeypatch.setattr(section_module, "printer_names", names)
    return threads


def shown(qtbot, desk):
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("settings")
    section = desk.printing
    qtbot.waitUntil(lambda: section.isVisible() and desk.printer.queue.idle() and section._names is not None)
    return section


def test_every_document_has_its_printer_paper_and_copies(qtbot, desk, asked) -> None:
    section = shown(qtbot, desk)
    assert asked == ["print-queue"]  # not the GUI thread
    for kind, document in KINDS.items():
        printer = section.findChild(QComboBox, f"printer_{kind}")
        paper = section.findChild(QComboBox, f"paper_{kind}")
        assert [printer.itemText(i) for i in range(printer.count())] == [
            "系统默认打印机（办公室激光打印机）", "前台小票机", "办公室激光打印机",
        ]  # fmt: skip
        assert [paper.itemData(i) for i in range(paper.count())] == list(document.sizes)
        assert section.findChild(QSpinBox, f"copies_{kind}").value() == 1


def test_choices_are_kept_for_this_desk(qtbot, desk, make_desk, asked) -> None:
    section = shown(qtbot, desk)
    printer = section.findChild(QComboBox, "printer_visit-slip")
    printer.setCurrentIndex(printer.findData("前台小票机"))
    printer.activated.emit(printer.currentIndex())
    paper = section.findChild(QComboBox, "paper_visit-slip")
    paper.setCurrentIndex(paper.findData("58mm"))
    paper.activated.emit(paper.currentIndex())
    section.findChild(QSpinBox, "copies_in-building").setValue(3)
    right = section.findChild(QDoubleSpinBox, "offset_right_visit-slip")
    assert (right.prefix(), right.suffix()) == ("右移 ", " mm")
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    right.selectAll()
    qtbot.keyClicks(right, "1.5")  # typed, as staff would after a test page came out 1.5 mm to the left
    section.findChild(QDoubleSpinBox, "offset_down_visit-slip").setValue(-2)
    section.findChild(QCheckBox, "printSlipOnCheckIn").setChecked(True)
    again = DeskPrefs(paths.data_dir())  # read from desk.ini afresh
    assert again.print_setup("visit-slip") == PrintSetup("前台小票机", "58mm", 1, right_mm=1.5, down_mm=-2.0)
    assert again.print_setup("in-building").copies == 3
    assert again.slip_on_check_in
    other = shown(qtbot, make_desk())  # the desk started again: the same choices
    assert other.findChild(QComboBox, "printer_visit-slip").currentData() == "前台小票机"
    assert other.findChild(QComboBox, "paper_visit-slip").currentData() == "58mm"
    assert other.findChild(QDoubleSpinBox, "offset_right_visit-slip").value() == 1.5
    assert other.findChild(QCheckBox, "printSlipOnCheckIn").isChecked()


def test_a_saved_printer_that_is_gone_is_said(qtbot, desk, asked) -> None:
    desk.prefs.set_print_setup("cards", PrintSetup("旧卡片打印机", "card", 1))
    section = shown(qtbot, desk)
    printer = section.findChild(QComboBox, "printer_cards")
    assert printer.currentText() == "旧卡片打印机（不在本机）"
    note = section.findChild(QLabel, "printersNote")
    assert note.isVisible()
    assert note.text() == "本机已没有：旧卡片打印机。请为这些文件另选打印机。"


def test_the_test_page_goes_to_the_slip_printer_on_its_paper(qtbot, desk, asked, printers) -> None:
    desk.prefs.set_print_setup("visit-slip", PrintSetup("前台小票机", "80mm", 1))
    section = shown(qtbot, desk)
    qtbot.mouseClick(section.findChild(QPushButton, "printTestPage"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(printers.sent) and desk.printer.queue.idle())
    ((pdf, destination, _title),) = printers.sent
    assert destination.printer == "前台小票机"
    assert destination.thermal
    text = text_of(pdf)
    assert "打印测试页" in text
    assert "前台小票机" in text
    assert ("QRCode", "8200000000000000") in decoded(pages_at_203_dpi(pdf)[0])
    assert section.findChild(QLabel, "printingStatus").text() == "测试页 已发送到 前台小票机"
