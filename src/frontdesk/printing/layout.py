"""What the center's A4 documents share: the Chinese styles, a drawn tick box, writing a story to a PDF file.

The documents are for residents and are printed in Chinese whatever language the desk's screen uses.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from frontdesk.printing.fonts import register_fonts
from frontdesk.printing.linebreak import teach_chinese_punctuation

DEFAULT_CENTER = "社区服务中心"


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle


def styles() -> Styles:
    regular, bold = register_fonts()
    teach_chinese_punctuation()
    body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=16, wordWrap="CJK")
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=17, leading=24, alignment=1, spaceAfter=10),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=12.5,
            leading=18,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=9, leading=13, textColor=colors.HexColor("#555555")),
    )


class TickBox(Flowable):
    """A square box, ticked or empty, drawn (a font's ☑ is not in every font, nor on every printer)."""

    def __init__(self, ticked: bool, size: float = 4 * mm) -> None:
        super().__init__()
        self.ticked = ticked
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, s = self.canv, self.size
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, s, s)
        if self.ticked:
            canvas.setLineWidth(1.4)
            path = canvas.beginPath()
            path.moveTo(s * 0.18, s * 0.52)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.85, s * 0.85)
            canvas.drawPath(path, stroke=1, fill=0)


def build_pdf(story: list, *, title: str) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
        title=title, author=DEFAULT_CENTER,
    )  # fmt: skip
    document.build(story)
    return buffer.getvalue()


def write_file(data: bytes, path: Path) -> Path:
    """Write whole or not at all: a half-written PDF must never be what a printer or a resident gets."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def escape(text: object) -> str:
    """Text from the database, safe inside a ReportLab Paragraph's mark-up."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
