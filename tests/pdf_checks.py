"""Reading printed PDFs back: their text, their fonts, their pages at a thermal printer's 203 dpi, their codes."""

from __future__ import annotations

import io
import re

import pypdf
import pypdfium2
import zxingcpp
from PIL import Image

from frontdesk.core import idnumber

PRINTER_DPI = 203
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
ID_NUMBER = re.compile(r"(?<![0-9])\d{17}[0-9X](?![0-9X])")


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Fonts the file uses without carrying their TrueType outlines (FontFile2) with it."""
    missing = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for name, ref in fonts.items():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(f"{name} {font.get('/BaseFont')}")
    return missing


def full_identifiers(text: str) -> list[str]:
    """Full ID numbers (18 digits with a valid check character) and full mobile numbers in ``text``."""
    squeezed = re.sub(r"\s+", "", text)
    found = [m for m in ID_NUMBER.findall(squeezed) if idnumber.check_character(m[:17]) == m[17]]
    return found + MOBILE.findall(squeezed)


def pages_at_203_dpi(pdf: bytes) -> list[Image.Image]:
    """Each page as a thermal head prints it: 203 dpi, 1 bit (a threshold, no dithering)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            grey = page.render(scale=PRINTER_DPI / 72).to_pil().convert("L")
            images.append(grey.point(lambda v: 255 if v >= 128 else 0).convert("1"))
            page.close()
        return images
    finally:
        document.close()


def decoded(image: Image.Image) -> list[tuple[str, str]]:
    """(format, payload) of every QR code and Code128 a real decoder finds on the page."""
    formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128)
    return sorted((r.format.name, r.text) for r in zxingcpp.read_barcodes(image, formats=formats))
