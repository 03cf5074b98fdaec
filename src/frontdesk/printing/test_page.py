"""打印测试页: what 设置 → 打印 sends to check a printer and its paper — the center's name, the printer and paper
named, Chinese text large and small (rare name characters included), a ruler of the paper's width, and a QR code and
Code128 to scan back at the desk (it decodes to the test digits, which find nobody)."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from frontdesk.printing.codes import Code128Bar, QrCode
from frontdesk.printing.layout import BLACK, DEFAULT_CENTER, PageSize, build_pdf, escape, fitted, styles

TEST_CODE = "8200000000000000"  # the slip prefix and a zero reference: scanned at the desk it finds nobody


def test_page_pdf(center: str, printer: str, size: PageSize, at: datetime) -> bytes:
    look = styles(size)
    width = size.frame_width
    name = center or DEFAULT_CENTER
    story: list[Flowable] = [
        Paragraph(escape(name), fitted(look.title, name, width)),
        Paragraph("打印测试页", look.centered),
        HRFlowable(width=width, thickness=0.75, color=BLACK, spaceBefore=1.5 * mm, spaceAfter=1.5 * mm),
        Paragraph(f"打印机　{escape(printer or '系统默认打印机')}", look.body),
        Paragraph(f"纸张　{escape(size.name)}（可印宽度 {width / mm:.0f} 毫米）", look.body),
        Paragraph(f"时间　{at:%Y-%m-%d %H:%M}", look.body),
        Spacer(1, 2 * mm),
        Paragraph("刘䶮 曾𬌗 张喆 王堃 李昇", look.large),
        Paragraph("字迹清楚、二维码能扫出即为正常。", look.body),
        HRFlowable(width=width, thickness=2, color=BLACK, spaceBefore=2 * mm, spaceAfter=2 * mm),
    ]
    qr = QrCode(TEST_CODE, module_dots=6)
    qr.hAlign = "CENTER"
    bars = Code128Bar(TEST_CODE, module_dots=2, height=10 * mm)
    bars.hAlign = "CENTER"
    story += [qr, Spacer(1, 2 * mm), bars, Paragraph(TEST_CODE, look.small_centered)]
    return build_pdf(story, title="打印测试页", size=size)
