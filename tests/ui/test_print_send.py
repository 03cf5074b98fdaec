"""Sending documents to printers: through a real print system (CUPS with a virtual PDF printer, which .ci/run
installs and starts), rasterised through QPrinter into a file as on Windows, and the failures said by kind."""

from __future__ import annotations

import os
import time

import pypdfium2
import pytest
from PIL import Image

from actors import TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.services.documents import DocumentService
from frontdesk.printing.documents import render
from frontdesk.ui.printing.queue import PrintQueue
from frontdesk.ui.printing.send import Destination, FailureKind, PrintFailure, Sent, page_images, send_pdf
from pdf_checks import decoded, text_of
from print_data import NOW, Printed, populate
from print_system import as_admin, came_out, difference, first_page, pdf_printer


@pytest.fixture
def printed(db: Database) -> Printed:
    return populate(db)


def _slip(db: Database, printed: Printed, size: str = "80mm") -> tuple[bytes, str]:
    slip = DocumentService(db, lambda: NOW).visit_slip(printed.visits["张喆"], actor=TEST_DESK)
    return render("visit-slip", slip, size), slip.code


def test_a_slip_printed_through_cups_comes_out_as_sent(qapp, db: Database, printed: Printed) -> None:
    printer = pdf_printer(qapp)
    pdf, code = _slip(db, printed)
    title = f"frontdesk-test-{os.getpid()}-{time.time_ns()}"
    started = time.time()
    sent = send_pdf(pdf, Destination(printer), title)
    assert sent.printer == printer
    assert sent.job.startswith(printer)  # the print system's own job id
    assert sent.pages == 1
    out = came_out(title, started).read_bytes()
    # What came out is the slip: its size (a roll fed as long as the slip), its code scanning back, its digits in
    # its text, and every page looking as sent. (The Chinese is drawn: the virtual printer's ghostscript keeps the
    # glyphs but not their text mapping, so it is compared as pictures rather than read.)
    sent_page, out_page = first_page(pdf), first_page(out)
    assert out_page.size == pytest.approx(sent_page.size, abs=3)
    assert ("QRCode", code) in decoded(out_page)
    assert "1402**********2008" in text_of(out)  # masked, as sent
    assert difference(sent_page, out_page) < 0.02
    assert difference(sent_page, Image.new("L", sent_page.size, 255)) > 0.04  # (a blank page would not pass)


def test_a_missing_printer_is_said_by_kind(qapp) -> None:
    with pytest.raises(PrintFailure) as failure:
        send_pdf(b"%PDF-1.4", Destination("NoSuchPrinter-frontdesk"), "x")
    assert failure.value.kind is FailureKind.MISSING
    assert failure.value.printer == "NoSuchPrinter-frontdesk"


def test_a_stopped_queue_is_said_and_does_not_block(qapp, db: Database, printed: Printed) -> None:
    printer = pdf_printer(qapp)
    pdf, _code = _slip(db, printed)
    as_admin("cupsreject", printer)
    try:
        started = time.monotonic()
        with pytest.raises(PrintFailure) as failure:
            send_pdf(pdf, Destination(printer), "frontdesk-refused")
        assert failure.value.kind in (FailureKind.STOPPED, FailureKind.FAILED)
        assert time.monotonic() - started < 10
    finally:
        as_admin("cupsaccept", printer)


def test_rasterised_at_203_dpi_one_bit_the_code_still_scans(qapp, db: Database, printed: Printed, tmp_path) -> None:
    """The Windows path: pages rendered here and painted onto a QPrinter (into a file, as a check)."""
    pdf, code = _slip(db, printed)
    (image, (width_pt, _height)), *_rest = list(page_images(pdf, 203, one_bit=True))
    assert abs(image.width() - width_pt / 72 * 203) <= 1  # 80 mm at 203 dpi: 639–640 dots
    assert set(_grey_levels(image)) <= {0, 255}  # black or white: nothing a thermal head turns into noise
    out = tmp_path / "raster.pdf"
    sent = send_pdf(pdf, Destination(output_file=str(out), thermal=True), "raster")
    assert sent.pages == 1
    document = pypdfium2.PdfDocument(out.read_bytes())
    try:
        page = document[0]
        assert page.get_size()[0] == pytest.approx(width_pt, abs=1)  # the roll's width, not A4's
        picture = page.render(scale=300 / 72).to_pil().convert("L")
    finally:
        document.close()
    assert ("QRCode", code) in decoded(picture)


def _grey_levels(image) -> set[int]:
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
    histogram = Image.frombytes("L", (gray.bytesPerLine(), gray.height()), data).histogram()
    return {level for level, count in enumerate(histogram) if count}


def test_the_queue_sends_off_the_gui_thread_in_order_and_says_failures(qtbot) -> None:
    import threading

    seen: list[tuple[str, str]] = []

    def send(pdf: bytes, destination: Destination, title: str):
        seen.append((title, threading.current_thread().name))
        if title == "bad":
            raise PrintFailure(FailureKind.STOPPED, destination.printer)
        if title == "surprise":
            raise RuntimeError("driver said no")
        from frontdesk.ui.printing.send import Sent

        return Sent(destination.printer, "job-1", 1)

    jobs = PrintQueue(send)
    done, failed = [], []
    for title in ("one", "bad", "surprise", "two"):
        jobs.print_pdf(b"", Destination("P"), title, done.append, failed.append)
    qtbot.waitUntil(jobs.idle)
    jobs.stop()
    assert [t for t, _thread in seen] == ["one", "bad", "surprise", "two"]
    assert {thread for _t, thread in seen} == {"print-queue"}
    assert [s.job for s in done] == ["job-1", "job-1"]
    assert [f.kind for f in failed] == [FailureKind.STOPPED, FailureKind.FAILED]


def _ink_box(picture: Image.Image) -> tuple[int, int, int, int]:
    """Where the black is (left, top, right, bottom), in pixels."""
    return Image.eval(picture.convert("L"), lambda v: 255 - v).point(lambda v: 255 if v > 128 else 0).getbbox()


def test_an_offset_moves_every_page_on_the_same_paper(qapp, db: Database, printed: Printed) -> None:
    """A printer that prints off-centre: the content moves 5 mm right and 3 mm down; the paper, the text and the
    code stay as they were."""
    from frontdesk.ui.printing.send import shifted

    pdf, code = _slip(db, printed)
    moved = shifted(pdf, 5.0, 3.0)
    before, after = first_page(pdf), first_page(moved)
    assert after.size == before.size
    (left, top, _r, _b), (left2, top2, _r2, _b2) = _ink_box(before), _ink_box(after)
    dots_per_mm = 200 / 25.4  # first_page renders at 200 dpi
    assert left2 - left == pytest.approx(5 * dots_per_mm, abs=1.5)
    assert top2 - top == pytest.approx(3 * dots_per_mm, abs=1.5)
    assert "1402**********2008" in text_of(moved)
    assert ("QRCode", code) in decoded(after)


def test_the_desks_offset_reaches_its_printer_and_a_chosen_one_gets_none(qtbot) -> None:
    import tempfile
    from pathlib import Path

    from frontdesk.ui.common.prefs import DeskPrefs, PrintSetup
    from frontdesk.ui.printing.desk_printer import DeskPrinter

    sent: list[Destination] = []
    queue = PrintQueue(lambda _pdf, destination, _title: sent.append(destination) or Sent(destination.printer, "j", 1))
    prefs = DeskPrefs(Path(tempfile.mkdtemp()))
    prefs.set_print_setup("visit-slip", PrintSetup(printer="小票机", size="80mm", right_mm=2.5, down_mm=-1.0))
    printer = DeskPrinter(prefs, queue)
    printer.print_pdf("visit-slip", b"%PDF", "a", lambda _s: None, lambda _f: None)
    printer.print_pdf("visit-slip", b"%PDF", "b", lambda _s: None, lambda _f: None, printer="办公室", copies=2)
    qtbot.waitUntil(queue.idle, timeout=5_000)
    queue.stop()
    assert [(d.printer, d.offset_mm) for d in sent] == [("小票机", (2.5, -1.0)), ("办公室", (0.0, 0.0))]
