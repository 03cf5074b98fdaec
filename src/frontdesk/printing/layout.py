"""What every printed document shares: page sizes, the Chinese styles, a drawn tick box, writing a story to a PDF.

A document is its data plus a layout that takes a :class:`PageSize`: the same layout fills an 80 mm or 58 mm
thermal roll (the page as tall as its content), A5 or A4. Documents are printed in Chinese whatever language the
desk's screen uses, in black on white only: a thermal head turns greys into speckle.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from frontdesk.printing.fonts import register_fonts
from frontdesk.printing.linebreak import teach_chinese_punctuation

DEFAULT_CENTER = "社区服务中心"
BLACK = colors.black
RULE = 0.6  # points: table lines, thick enough for a 203 dpi head (one dot is 0.35 pt)


@dataclass(frozen=True)
class PageSize:
    """A paper size: ``height`` None is a roll, cut when the content ends."""

    name: str  # as the command line spells it: 80mm, 58mm, a5, a4
    label: str
    width: float
    height: float | None
    margin: float
    scale: float  # type size relative to A4's 11 pt body (elders read these: never smaller)

    @property
    def roll(self) -> bool:
        return self.height is None

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin


ROLL_80 = PageSize("80mm", "80 毫米热敏纸", 80 * mm, None, 4 * mm, 1.0)  # 72 mm printable (576 dots)
ROLL_58 = PageSize("58mm", "58 毫米热敏纸", 58 * mm, None, 5 * mm, 0.9)  # 48 mm printable (384 dots)
PAGE_A5 = PageSize("a5", "A5", A5[0], A5[1], 12 * mm, 1.0)
PAGE_A4 = PageSize("a4", "A4", A4[0], A4[1], 20 * mm, 1.0)
CARD = PageSize("card", "服务卡 85.6×54 毫米（制卡机）", 85.6 * mm, 54 * mm, 0, 0.8)  # ISO/IEC 7810 ID-1
SIZES: dict[str, PageSize] = {s.name: s for s in (ROLL_80, ROLL_58, PAGE_A5, PAGE_A4, CARD)}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    large: ParagraphStyle  # a resident's name on a slip
    large_left: ParagraphStyle  # a resident's name on a card
    huge: ParagraphStyle  # the queue number
    centered: ParagraphStyle
    small_centered: ParagraphStyle


def styles(size: PageSize = PAGE_A4) -> Styles:
    """The document styles for ``size``: Noto Sans SC, Chinese line breaking, black only."""
    regular, bold = register_fonts()
    teach_chinese_punctuation()
    k = size.scale
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=11 * k, leading=16 * k, wordWrap="CJK", textColor=BLACK
    )  # fmt: skip
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=17 * k, leading=24 * k, alignment=1, spaceAfter=10 * k
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=12.5 * k,
            leading=18 * k,
            spaceBefore=7 * k,
            spaceAfter=3 * k,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=9.5 * k, leading=13.5 * k),
        large=ParagraphStyle("large", parent=body, fontName=bold, fontSize=22 * k, leading=29 * k, alignment=1),
        large_left=ParagraphStyle("large_left", parent=body, fontName=bold, fontSize=22 * k, leading=29 * k),
        huge=ParagraphStyle("huge", parent=body, fontName=bold, fontSize=54 * k, leading=60 * k, alignment=1),
        centered=ParagraphStyle("centered", parent=body, alignment=1),
        small_centered=ParagraphStyle("small_centered", parent=body, fontSize=9.5 * k, leading=13.5 * k, alignment=1),
    )


def fitted(style: ParagraphStyle, text: str, width: float, *, smallest: float = 12) -> ParagraphStyle:
    """``style`` made smaller (not below ``smallest`` points) so that ``text`` fits one line of ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    natural = stringWidth(text, style.fontName, style.fontSize)
    if natural <= width:
        return style
    size = max(smallest, style.fontSize * width / natural * 0.98)
    return ParagraphStyle(
        f"{style.name}-fitted", parent=style, fontSize=size, leading=size * style.leading / style.fontSize
    )


def hang_inside(style: ParagraphStyle, name: str = "") -> ParagraphStyle:
    """``style`` centred with half a character's indent each side: a closing mark that may not start a line hangs
    past the line's end, and a centred line with it would reach into the roll's unprintable edge."""
    half = style.fontSize / 2
    return ParagraphStyle(name or f"{style.name}-hanging", parent=style, alignment=1, leftIndent=half,
                          rightIndent=half)  # fmt: skip


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


class Cell(Flowable):
    """A fixed-size box holding flowables at set positions (a card's face): ``(x, y_from_top, flowable)``."""

    def __init__(self, width: float, height: float, parts: list[tuple[float, float, Flowable]]) -> None:
        super().__init__()
        self.width, self.height, self.parts = width, height, parts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        for x, top, part in self.parts:
            _, h = part.wrap(self.width - x, self.height - top)
            part.drawOn(self.canv, x, self.height - top - h)


def build_pdf(story: list, *, title: str, size: PageSize = PAGE_A4, on_page=None, canvas=None) -> bytes:
    """The story as a PDF on ``size``; a roll's one page is exactly as tall as the story (plus its margins).
    ``canvas`` makes the canvas (default :func:`canvas_maker`; :mod:`frontdesk.printing.paging` numbers pages)."""
    buffer = io.BytesIO()
    width = size.frame_width
    if size.roll:
        content = 0.0
        for flowable in story:
            content += flowable.wrap(width, 10_000 * mm)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        height = content + 2 * size.margin + 2 * mm  # a little slack: a roll never runs onto a second slip
    else:
        height = size.height
    document = BaseDocTemplate(
        buffer, pagesize=(size.width, height), leftMargin=size.margin, rightMargin=size.margin,
        topMargin=size.margin, bottomMargin=size.margin, title=title, author=DEFAULT_CENTER,
    )  # fmt: skip
    frame = Frame(size.margin, size.margin, width, height - 2 * size.margin, 0, 0, 0, 0, id="body")
    document.addPageTemplates([PageTemplate("page", [frame], onPage=on_page or _nothing)])
    document.build(story, canvasmaker=canvas or canvas_maker)
    return buffer.getvalue()


def contact_lines(address: str, phone: str, look: Styles) -> list[Flowable]:
    """地址 and 电话 of the center under a document's title, when they are set."""
    from reportlab.platypus import Paragraph

    parts = [f"地址：{escape(address)}" if address else "", f"电话：{escape(phone)}" if phone else ""]
    said = "　".join(part for part in parts if part)
    return [Paragraph(said, look.small_centered)] if said else []


def logo_image(png: bytes, *, height: float, max_width: float) -> Flowable:
    """The center's logo (a grey PNG on white, :mod:`frontdesk.core.center_logo`), ``height`` tall at most and
    never wider than ``max_width``, centred."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    scale = min(height / h, max_width / w)
    image = Image(io.BytesIO(png), width=w * scale, height=h * scale)
    image.hAlign = "CENTER"
    return image


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style in the bundled font: ReportLab's tables otherwise name Helvetica, which is not embedded."""
    regular, _ = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *commands])


def canvas_maker(*args, **kwargs) -> Canvas:
    """A canvas whose starting font is the bundled one: ReportLab's default, Helvetica, is not embedded (and a page
    would name it even if no text used it), so a viewer without it would substitute a font of its own."""
    regular, _ = register_fonts()
    kwargs["initialFontName"] = regular
    return Canvas(*args, **kwargs)


def _nothing(canvas, document) -> None:
    """No page decoration."""


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
