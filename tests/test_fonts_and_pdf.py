"""The bundled font: TrueType outlines, rare name characters covered, and Chinese that survives a PDF round trip."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from frontdesk import paths
from frontdesk.printing.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

RARE_NAME_CHARACTERS = "䶮𬌗喆堃昇"  # Ext-A, Ext-E and URO characters seen in real names
HETERONYM_SURNAMES = "单曾解仇区查朴覃"


@pytest.mark.parametrize("filename", ["NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"])
def test_font_files_are_truetype_with_licence(filename: str) -> None:
    data = paths.resource("fonts", filename).read_bytes()
    assert data[:4] == b"\x00\x01\x00\x00"  # sfnt version 1.0: TrueType outlines (CFF fonts start with "OTTO")
    assert b"glyf" in data[:1024]
    assert "SIL Open Font License" in paths.resource("fonts", "OFL.txt").read_text(encoding="utf-8")


def test_font_covers_rare_name_characters_and_extension_a() -> None:
    register_fonts()
    for name in (FONT_REGULAR, FONT_BOLD):
        covered = pdfmetrics.getFont(name).face.charToGlyph
        missing = [c for c in RARE_NAME_CHARACTERS + HETERONYM_SURNAMES + "王秀兰签到排队号" if ord(c) not in covered]
        assert missing == [], name
        # all of Extension A as first encoded (U+3400..U+4DB5; U+4DB6..4DBF came in Unicode 13)
        assert all(cp in covered for cp in range(0x3400, 0x4DB6)), name


def test_chinese_text_survives_a_pdf_round_trip() -> None:
    register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("slip", fontName=FONT_REGULAR, fontSize=12, leading=16)
    lines = ["签到凭条 · 排队号 037", "曾𬌗 单䶮 覃喆 朴堃 解昇", "<b>王秀兰</b> 已签到"]
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(line, style) for line in lines])
    text = pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    for expected in ["签到凭条", "排队号 037", "曾𬌗", "单䶮", "覃喆", "朴堃", "解昇", "王秀兰 已签到"]:
        assert expected in text
    assert len(buffer.getvalue()) < 100_000  # subset embedded, not the 10 MB font
