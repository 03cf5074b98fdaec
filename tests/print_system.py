"""The real print system in tests: CUPS with the virtual PDF printer that .ci/run adds (.ci/cups.sh), what came
out of it, and pages compared as pictures."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

PDF_PRINTER = os.environ.get("FRONTDESK_TEST_PRINTER", "FrontdeskPDF")  # .ci/run adds it (printer-driver-cups-pdf)
REQUIRE_PRINTER = "FRONTDESK_REQUIRE_PRINTER"  # set by .ci/run: no print system fails instead of skipping


def pdf_printer(qapp) -> str:
    from PySide6.QtPrintSupport import QPrinterInfo

    if shutil.which("lp") is None or PDF_PRINTER not in QPrinterInfo.availablePrinterNames():
        reason = f"no CUPS print system with the virtual PDF printer {PDF_PRINTER} (apt-get install cups cups-pdf)"
        if os.environ.get(REQUIRE_PRINTER):
            pytest.fail(f"{reason} ({REQUIRE_PRINTER} is set)", pytrace=False)
        pytest.skip(reason)
    return PDF_PRINTER


def came_out(title: str, since: float) -> Path:
    """The file the virtual PDF printer wrote for the job titled ``title`` (cups-pdf: ~/PDF/<title>…pdf)."""
    folder = Path.home() / "PDF"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = [p for p in folder.glob(f"{title}*.pdf") if p.stat().st_mtime >= since - 1] if folder.exists() else []
        if found and found[0].stat().st_size > 0:
            time.sleep(0.3)  # cups-pdf renames the file into place once written; give it a moment
            return found[0]
        time.sleep(0.1)
    pytest.fail(f"the PDF printer wrote nothing for {title} in 30 s (lpstat: {lpstat()})")


def lpstat() -> str:
    return subprocess.run(["lpstat", "-t"], capture_output=True, text=True, check=False).stdout[-800:]


def first_page(pdf: bytes) -> Image.Image:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].render(scale=200 / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("L")
    finally:
        document.close()


def difference(one: Image.Image, other: Image.Image) -> float:
    """How far apart two renderings are, from 0 (alike) to 1, once both are brought to one small size (the print
    system may place the page a dot or two off, or scale it by a fraction of a per cent)."""
    small = (one.width // 6, one.height // 6)
    a, b = (image.resize(small, Image.Resampling.BOX) for image in (one, other))
    histogram = ImageChops.difference(a, b).histogram()
    return sum(level * count for level, count in enumerate(histogram)) / (255 * small[0] * small[1])


def as_admin(*command: str) -> None:
    """Stopping and starting a queue is the print system's administrator's (CI runs as root or with sudo)."""
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run([*prefix, *command], check=True, capture_output=True)
