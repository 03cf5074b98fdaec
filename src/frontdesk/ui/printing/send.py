"""Sending one PDF to one printer. Runs on the print queue's thread (:mod:`frontdesk.ui.printing.queue`), never on
the GUI thread: a print system can take seconds to answer, or none at all.

Two ways, chosen by what the machine has:

- **to the print system as PDF** where it takes PDF (CUPS, on Linux — UOS, Kylin — and macOS: ``lp``). CUPS's own
  filters rasterise it for the printer at the printer's resolution, thermal heads included;
- **rasterised here** everywhere else (Windows): each page rendered by pdfium (``pypdfium2``) at the printer's own
  resolution — 203 dpi for a thermal head, the driver's for a laser, never the 96 dpi of a screen — on white, made
  1-bit (black or white, no grey a thermal head turns into noise) for a slip roll, and painted onto a
  :class:`QPrinter` page the size of the PDF's page.

Either way a missing, stopped or failing printer raises :class:`PrintFailure` with a kind the desk says in words.
"""

from __future__ import annotations

import enum
import io
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

LP_TIMEOUT_S = 30  # lp hands the file to the local scheduler; longer than this, the print system is stuck
THERMAL_DPI = 203
POINTS_PER_INCH = 72
LASER_DPI = 300  # black text and codes on white: sharper than 300 dpi is not seen, and an A4 page at 600 takes 1 s
ONE_BIT_THRESHOLD = 160  # lighter than this is paper; the slips are black on white, so little sits near it


class FailureKind(enum.Enum):
    NO_PRINTER = "no_printer"  # none chosen for this document and no system default
    MISSING = "missing"  # the chosen printer is not (or no longer) on this computer
    STOPPED = "stopped"  # the print system holds the printer stopped or in error
    FAILED = "failed"  # the print system refused or failed the job
    STUCK = "stuck"  # the print system did not answer in time


class PrintFailure(Exception):
    def __init__(self, kind: FailureKind, printer: str = "", detail: str = "") -> None:
        super().__init__(f"{kind.value}: {printer} {detail}".strip())
        self.kind = kind
        self.printer = printer
        self.detail = detail


@dataclass(frozen=True)
class Destination:
    """Where one document goes: the printer (``""``: the system's default), copies, and whether it is a thermal
    roll (rendered 1-bit at 203 dpi where it is rasterised here)."""

    printer: str = ""
    copies: int = 1
    thermal: bool = False
    output_file: str = ""  # rasterised into this PDF file instead of a printer (checks and tests)
    offset_mm: tuple[float, float] = (0.0, 0.0)  # (right, down): moves every page for a printer off-centre


@dataclass(frozen=True)
class Sent:
    printer: str
    job: str  # the print system's job id, where it gives one
    pages: int


def uses_print_system() -> bool:
    """PDF straight to CUPS (``lp``), or rasterised here: where there is no CUPS (Windows)."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def send_pdf(pdf: bytes, destination: Destination, title: str) -> Sent:
    """Print ``pdf`` (see the module); raises :class:`PrintFailure`."""
    if any(destination.offset_mm):
        pdf = shifted(pdf, *destination.offset_mm)
    if destination.output_file:
        return _rasterised(pdf, destination, title)
    printer = destination.printer or _default_printer()
    if not printer:
        raise PrintFailure(FailureKind.NO_PRINTER)
    _check_printer(printer)
    chosen = Destination(printer, destination.copies, destination.thermal)
    return _to_cups(pdf, chosen, title) if uses_print_system() else _rasterised(pdf, chosen, title)


def shifted(pdf: bytes, right_mm: float, down_mm: float) -> bytes:
    """``pdf`` with every page's content moved ``right_mm`` to the right and ``down_mm`` down on the same paper
    (each page placed as a form XObject, so text, fonts and codes stay as they were)."""
    import pypdfium2

    points = 72 / 25.4
    source = pypdfium2.PdfDocument(pdf)
    target = pypdfium2.PdfDocument.new()
    try:
        for index in range(len(source)):
            width, height = source[index].get_size()
            placed = source.page_as_xobject(index, target).as_pageobject()
            placed.transform(pypdfium2.PdfMatrix().translate(right_mm * points, -down_mm * points))
            page = target.new_page(width, height)
            page.insert_obj(placed)
            page.gen_content()
        out = io.BytesIO()
        target.save(out)
        return out.getvalue()
    finally:
        target.close()
        source.close()


def printer_names() -> tuple[list[str], str]:
    """The printers this computer has and its default one (asks the print system: not on the GUI thread)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


def _default_printer() -> str:
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.defaultPrinterName()


def _check_printer(name: str) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintFailure(FailureKind.MISSING, name)
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintFailure(FailureKind.STOPPED, name)


_REQUEST_ID = re.compile(r"request id is (\S+)")


def _to_cups(pdf: bytes, destination: Destination, title: str) -> Sent:
    with tempfile.NamedTemporaryFile(prefix="frontdesk-", suffix=".pdf", delete=False) as file:
        file.write(pdf)
        path = file.name
    pages, first = _shape(pdf)
    width_mm, height_mm = (round(points / POINTS_PER_INCH * 25.4, 1) for points in first)
    command = ["lp", "-d", destination.printer, "-n", str(max(1, destination.copies)), "-t", title,
               "-o", "print-scaling=none",  # the page as laid out: a slip's type and codes at their sizes
               "-o", f"media=Custom.{width_mm}x{height_mm}mm",  # a roll fed as long as the slip, not a sheet's length
               path]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=LP_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrintFailure(FailureKind.STUCK, destination.printer) from exc
    except OSError as exc:
        raise PrintFailure(FailureKind.FAILED, destination.printer, str(exc)) from exc
    finally:
        os.unlink(path)  # lp has copied it to the spool (it exits once the scheduler holds the job)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip()
        log.warning("lp refused a job for %s: %s", destination.printer, detail)
        kind = FailureKind.STOPPED if "not accepting" in detail or "disabled" in detail else FailureKind.FAILED
        raise PrintFailure(kind, destination.printer, detail)
    found = _REQUEST_ID.search(done.stdout)
    return Sent(destination.printer, found.group(1) if found else "", pages)


def _shape(pdf: bytes) -> tuple[int, tuple[float, float]]:
    """How many pages ``pdf`` has and its first page's size in points, from one reading of the file."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
        return len(document), (width, height)
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    return _shape(pdf)[0]


def page_images(pdf: bytes, dpi: float, *, one_bit: bool):
    """Each page of ``pdf`` as a QImage at ``dpi`` on white (1-bit, thresholded, when ``one_bit``), with its size
    in points. Used for printers that take no PDF and for the preview."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            yield _render(document[index], dpi, one_bit=one_bit)
    finally:
        document.close()


def page_image(pdf: bytes, index: int, dpi: float):
    """Page ``index`` alone, grey, as :func:`page_images` renders it (the preview's one page at a time)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return _render(document[index], dpi, one_bit=False)
    finally:
        document.close()


def _render(page, dpi: float, *, one_bit: bool):
    from PySide6.QtGui import QImage

    try:
        width_pt, height_pt = page.get_size()
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, fill_color=(255, 255, 255, 255), grayscale=True)
        gray = bitmap.to_pil().convert("L")  # the documents are black on white: grey is all they need
        if one_bit:  # black or white: a thermal head prints no grey
            gray = gray.point(lambda v: 255 if v >= ONE_BIT_THRESHOLD else 0)
        image = QImage(gray.tobytes(), gray.width, gray.height, gray.width, QImage.Format.Format_Grayscale8)
        return image.copy(), (width_pt, height_pt)  # copy: the bytes above go away
    finally:
        page.close()


def _rasterised(pdf: bytes, destination: Destination, title: str) -> Sent:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if destination.output_file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(destination.output_file)
    else:
        printer.setPrinterName(destination.printer)
    printer.setDocName(title)
    printer.setCopyCount(max(1, destination.copies))
    printer.setFullPage(True)
    dpi = THERMAL_DPI if destination.thermal else min(max(printer.resolution(), THERMAL_DPI), LASER_DPI)
    painter: QPainter | None = None
    pages = 0
    try:
        for image, (width_pt, height_pt) in page_images(pdf, dpi, one_bit=destination.thermal):
            size = QPageSize(
                QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch
            )
            layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            if painter is None:
                printer.setPageLayout(layout)
                painter = QPainter()
                if not painter.begin(printer):
                    raise PrintFailure(FailureKind.FAILED, destination.printer, "the printer could not be opened")
            else:
                printer.setPageLayout(layout)
                if not printer.newPage():
                    raise PrintFailure(FailureKind.FAILED, destination.printer, "a new page was refused")
            target = QRectF(0, 0, printer.width(), printer.height())
            painter.drawImage(target, image)
            pages += 1
    finally:
        if painter is not None and painter.isActive():
            painter.end()
    if destination.output_file and not Path(destination.output_file).exists():
        raise PrintFailure(FailureKind.FAILED, destination.output_file, "nothing was written")
    return Sent(destination.printer or destination.output_file, "", pages)
