"""打印凭条 on the check-in page: F9 prints today's slip to this desk's slip printer with no dialog, off the GUI thread;
a desk may print one at every check-in; a failed printer is said in words and the slip can be saved as a PDF; every
print is in the 操作日志, a second one as 补打."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from frontdesk.core.models import AuditEntry
from frontdesk.ui.common.prefs import PrintSetup
from frontdesk.ui.printing.queue import PrintQueue
from frontdesk.ui.printing.send import Destination, FailureKind, PrintFailure, Sent
from pdf_checks import decoded, pages_at_203_dpi, text_of
from print_system import came_out, first_page, pdf_printer


@pytest.fixture
def opened(seeded_opened):
    return seeded_opened


def print_entries(checkin) -> list[dict]:
    checkin.settle()
    with checkin.db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "resident.print").order_by(AuditEntry.id)
        ).all()
        return [json.loads(e.details) if isinstance(e.details, str) else dict(e.details) for e in entries]


def printed(checkin, printers, count: int = 1) -> None:
    checkin.qtbot.waitUntil(lambda: len(printers.sent) >= count and checkin.desk.printer.queue.idle(), timeout=10_000)
    checkin.settle()


def test_f9_prints_todays_slip_to_the_slip_printer_and_says_where(checkin, known, printers, prompts) -> None:
    checkin.desk.prefs.set_print_setup("visit-slip", PrintSetup(printer="前台小票机", size="58mm", copies=2))
    checkin.scan("1000000001")  # 司马秀兰 checks in
    checkin.settle()
    assert checkin.page.actions.print_slip.isEnabled()
    checkin.key(Qt.Key.Key_F9)
    printed(checkin, printers)
    ((pdf, destination, _title),) = printers.sent
    assert destination == Destination("前台小票机", 2, thermal=True)  # a 58 mm roll: 1-bit where rasterised here
    text = text_of(pdf)
    assert "司马秀兰" in text
    assert "来访凭条" in text
    assert "补打" not in text
    visit = checkin.visits(known.sima)[-1]
    ((kind, payload),) = decoded(pages_at_203_dpi(pdf)[0])
    assert kind == "QRCode"
    assert checkin.desk.services.lookup.find_by_scan(payload, actor=checkin.desk.actor) == known.sima
    assert str(visit.id) in payload
    assert checkin.status() == "司马秀兰的来访凭条 已发送到 前台小票机"
    assert prompts.confirms == []  # no dialog
    assert print_entries(checkin)[-1] == {
        "document": "visit_slip", "residents": [known.sima], "reprint": False, "size": "58mm",
    }  # fmt: skip
    assert checkin.focus_in_search()
    checkin.key(Qt.Key.Key_F9)  # again: 补打
    printed(checkin, printers, 2)
    assert "补打" in text_of(printers.sent[1][0])
    assert print_entries(checkin)[-1]["reprint"] is True


def test_shift_f9_previews_todays_slip_to_print_elsewhere(checkin, known, printers, prompts) -> None:
    checkin.desk.prefs.set_print_setup("visit-slip", PrintSetup(printer="前台小票机", size="80mm"))
    checkin.scan("1000000001")  # 司马秀兰 checks in
    checkin.settle()
    checkin.key(Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    checkin.qtbot.waitUntil(lambda: checkin.page._slips.last_preview is not None, timeout=10_000)
    preview = checkin.page._slips.last_preview
    assert preview.windowTitle() == "打印预览：司马秀兰的来访凭条"
    assert printers.sent == []  # nothing printed yet
    prompts.printer_choice = ("办公室激光打印机", 1)
    preview.print_document()
    printed(checkin, printers)
    ((pdf, destination, _title),) = printers.sent
    assert destination.printer == "办公室激光打印机"
    assert prompts.printer_offered == "前台小票机"  # the dialog started on the slip printer
    assert "司马秀兰" in text_of(pdf)
    assert print_entries(checkin)[-1]["document"] == "visit_slip"


def test_f9_for_someone_not_checked_in_today_says_so(checkin, known, printers) -> None:
    checkin.commit("赵桂芳")
    checkin.settle()
    assert not checkin.page.actions.print_slip.isEnabled()
    checkin.key(Qt.Key.Key_F9)
    assert checkin.status() == "赵桂芳今天还没有签到：请先签到，再打印凭条。"
    assert printers.sent == []
    assert print_entries(checkin) == []


def test_a_desk_that_prints_at_every_check_in(checkin, known, printers) -> None:
    checkin.desk.prefs.slip_on_check_in = True
    checkin.scan("1000000001")
    printed(checkin, printers)
    assert "司马秀兰" in text_of(printers.sent[0][0])
    assert print_entries(checkin)[-1]["residents"] == [known.sima]


def test_a_failed_printer_is_said_and_the_slip_saved_as_pdf(checkin, known, printers, prompts, tmp_path) -> None:
    printers.failure = PrintFailure(FailureKind.MISSING, "旧打印机")
    prompts.save_path = str(tmp_path / "slip.pdf")
    checkin.scan("1000000001")
    checkin.settle()
    checkin.key(Qt.Key.Key_F9)
    checkin.qtbot.waitUntil(lambda: Path(prompts.save_path).exists(), timeout=10_000)
    checkin.qtbot.waitUntil(checkin.desk.printer.queue.idle, timeout=10_000)  # the file is written on its thread
    checkin.settle()
    ((title, question, action),) = prompts.confirms
    assert (title, action) == ("打印", "另存为 PDF…")
    assert "旧打印机" in question
    assert prompts.saved_as == ["司马秀兰-" + prompts.saved_as[0].split("-", 1)[1]]
    assert prompts.saved_as[0].endswith(".pdf")
    assert "司马秀兰" in text_of(Path(prompts.save_path).read_bytes())
    assert checkin.status() == f"司马秀兰的来访凭条 已另存为 {prompts.save_path}"
    assert print_entries(checkin)[-1]["residents"] == [known.sima]


def test_a_failed_printer_and_no_pdf_wanted_leaves_no_audit_entry(checkin, known, printers, prompts) -> None:
    printers.failure = PrintFailure(FailureKind.STOPPED, "前台小票机")
    prompts.answer = False
    checkin.scan("1000000001")
    checkin.settle()
    checkin.key(Qt.Key.Key_F9)
    checkin.qtbot.waitUntil(lambda: prompts.confirms != [], timeout=10_000)
    assert checkin.status().startswith("司马秀兰的来访凭条 没有打印：")
    assert checkin.tone() == "refusal"
    assert print_entries(checkin) == []


def test_f9_through_the_print_system_a_slip_comes_out(checkin, make_desk, known, qapp) -> None:
    """The app's own code all the way: F9, the print queue, CUPS, the virtual PDF printer's file."""
    printer = pdf_printer(qapp)
    desk = checkin.desk
    desk.printer.queue.stop()
    desk.printer.queue = PrintQueue()  # the real one: send_pdf to the print system
    desk.prefs.set_print_setup("visit-slip", PrintSetup(printer=printer, size="80mm"))
    checkin.scan("1000000001")
    checkin.settle()
    started = time.time()
    checkin.key(Qt.Key.Key_F9)
    checkin.qtbot.waitUntil(lambda: "已发送到" in checkin.page.status.text(), timeout=30_000)
    assert checkin.status() == f"司马秀兰的来访凭条 已发送到 {printer}"
    visit = checkin.visits(known.sima)[-1]
    out = came_out(f"frontdesk-slip-{visit.id}", started).read_bytes()
    slip = desk.services.documents.visit_slip(visit.id, actor=desk.actor)
    assert ("QRCode", slip.code) in decoded(first_page(out))
    assert slip.code in text_of(out).replace(" ", "")


def test_a_printer_that_hangs_never_holds_the_desk(checkin, make_desk, known, qtbot) -> None:
    """The print queue has a thread of its own: a print system that does not answer holds neither the GUI thread
    nor the database worker, and the next check-in goes through meanwhile."""
    release = threading.Event()
    threads: list[str] = []

    def hanging(pdf: bytes, destination: Destination, title: str) -> Sent:
        threads.append(threading.current_thread().name)
        release.wait(20)
        return Sent("慢打印机", "1", 1)

    desk = checkin.desk
    desk.printer.queue.stop()
    desk.printer.queue = PrintQueue(hanging)
    try:
        checkin.scan("1000000001")
        checkin.settle()
        checkin.key(Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: threads == ["print-queue"], timeout=10_000)
        started = time.monotonic()
        checkin.commit("赵桂芳")
        checkin.enter()  # checks in while the printer hangs
        checkin.settle()
        assert time.monotonic() - started < 5
        assert checkin.visits(known.zhao)
        assert "赵桂芳 已签到" in checkin.status()
    finally:
        release.set()
        qtbot.waitUntil(desk.printer.queue.idle, timeout=10_000)


def open_preview(checkin, button: str):
    from PySide6.QtWidgets import QPushButton

    checkin.page.live.show_list(0 if button == "printPresentList" else 1)
    checkin.qtbot.mouseClick(checkin.page.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    checkin.qtbot.waitUntil(lambda: checkin.page._slips.last_preview is not None, timeout=10_000)
    preview = checkin.page._slips.last_preview
    checkin.qtbot.waitExposed(preview)
    return preview


def test_the_in_building_list_previews_zooms_prints_and_saves(checkin, known, printers, prompts, tmp_path) -> None:
    from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox

    checkin.scan("1000000001")
    checkin.settle()
    preview = open_preview(checkin, "printPresentList")
    assert preview.objectName() == "printPreview"
    assert preview.windowTitle() == "打印预览：在馆名单"
    pages = preview.findChild(QSpinBox, "previewPage")
    assert pages.maximum() >= 1
    width = preview.picture.pixmap().width()
    zoom = preview.findChild(QComboBox, "previewZoom")
    zoom.setCurrentIndex(zoom.findData(2.0))
    assert preview.picture.pixmap().width() == pytest.approx(2 * width, rel=0.02)
    prompts.save_path = str(tmp_path / "在馆.pdf")
    checkin.qtbot.mouseClick(preview.findChild(QPushButton, "previewSave"), Qt.MouseButton.LeftButton)
    checkin.qtbot.waitUntil(lambda: Path(prompts.save_path).exists(), timeout=10_000)
    checkin.qtbot.waitUntil(checkin.desk.printer.queue.idle, timeout=10_000)  # the file is written on its thread
    saved = text_of(Path(prompts.save_path).read_bytes())
    assert "在馆名单" in saved
    assert "司马秀兰" in saved
    entry = print_entries(checkin)[-1]
    assert entry["document"] == "in_building"
    assert known.sima in entry["residents"]
    prompts.printer_choice = ("办公室激光打印机", 2)
    checkin.qtbot.mouseClick(preview.findChild(QPushButton, "previewPrint"), Qt.MouseButton.LeftButton)
    printed(checkin, printers)
    ((pdf, destination, _title),) = printers.sent
    assert destination == Destination("办公室激光打印机", 2, thermal=False)
    assert "司马秀兰" in text_of(pdf)
    assert prompts.printer_asked == ["在馆名单"]
    assert len(print_entries(checkin)) == 2
    assert checkin.status() == "在馆名单 已发送到 办公室激光打印机"


def test_the_welfare_call_list_previews_with_the_days_chosen(checkin, known, printers, prompts) -> None:
    checkin.page.live.absent_days.setValue(7)
    checkin.settle()
    preview = open_preview(checkin, "printWatchList")
    assert preview.windowTitle() == "打印预览：关怀回访名单"
    prompts.printer_choice = None  # 打印… cancelled: nothing printed, nothing recorded
    preview.print_document()
    assert printers.sent == []
    assert print_entries(checkin) == []
    preview.reject()
