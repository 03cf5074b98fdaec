"""QR and Code128 drawn module by module, each module a whole number of 203 dpi printer dots (0.125 mm).

ReportLab's widgets scale a symbol to a requested size, so a module can fall between a thermal head's dots and print
as one dot here and two there; a scanner then misreads the bars. These flowables take the module width in dots and
draw black rectangles only (no greys), with the quiet zones the standards ask for (QR: 4 modules, Code128: 10).
"""

from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRNumber
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

DOT = 0.125 * mm  # one dot of a 203 dpi thermal head (8 dots per mm)
QR_QUIET = 4  # modules of white around a QR code (ISO/IEC 18004)
CODE128_QUIET = 10  # modules of white either side of a Code128 (ISO/IEC 15417)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules (dark = True) of a digits-only payload, error correction M, the smallest version that fits."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(QRNumber(payload) if payload.isascii() and payload.isdigit() else payload)
    code.make()
    return [list(row) for row in code.modules]


def code128_widths(payload: str) -> list[int]:
    """Bar and space widths in modules, bar first, start to stop (set C for runs of digits).

    ReportLab spells each element as a letter: upper case a bar, lower case a space, ``a``–``d`` 1–4 modules."""
    symbol = Code128(payload)
    symbol.validate()
    symbol.encode()
    pattern = symbol.decompose()
    assert all(c.isupper() == (i % 2 == 0) for i, c in enumerate(pattern)), "bars and spaces alternate"
    return [ord(c.lower()) - ord("a") + 1 for c in pattern]


class QrCode(Flowable):
    """A QR code, ``module_dots`` printer dots per module, its quiet zone included in its size."""

    def __init__(self, payload: str, *, module_dots: int = 4) -> None:
        super().__init__()
        self.payload = payload
        self.module = module_dots * DOT
        self.matrix = qr_matrix(payload)
        self.size = (len(self.matrix) + 2 * QR_QUIET) * self.module
        self.width = self.height = self.size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, m, n = self.canv, self.module, len(self.matrix)
        canvas.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self.matrix):
            y = (QR_QUIET + n - 1 - r) * m
            c = 0
            while c < n:  # one rectangle per run of dark modules: no hairline seams between neighbours
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < n and row[c]:
                    c += 1
                canvas.rect((QR_QUIET + start) * m, y, (c - start) * m, m, stroke=0, fill=1)


class Code128Bar(Flowable):
    """A Code128 bar code, ``module_dots`` printer dots per narrowest bar, with quiet zones; no text under it."""

    def __init__(self, payload: str, *, module_dots: int = 2, height: float = 10 * mm) -> None:
        super().__init__()
        self.payload = payload
        self.module = module_dots * DOT
        self.widths = code128_widths(payload)
        self.width = (sum(self.widths) + 2 * CODE128_QUIET) * self.module
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColorRGB(0, 0, 0)
        x = CODE128_QUIET
        for i, w in enumerate(self.widths):
            if i % 2 == 0:
                canvas.rect(x * self.module, 0, w * self.module, self.height, stroke=0, fill=1)
            x += w
