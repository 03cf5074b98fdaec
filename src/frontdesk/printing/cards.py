"""服务卡: member cards of 85.6 × 54 mm (ID-1), one per page for a card printer or ten per A4 sheet with cut marks.

Each card: the center (its logo too, when set), the holder's name, card number and community, the center's phone
for whoever finds it, a QR code and a Code128 of the card number.
The codes hold the card number only (no personal data); scanning either at the desk checks the holder in.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from frontdesk.core.services.documents import MemberCard, MemberCards
from frontdesk.printing.codes import Code128Bar, QrCode
from frontdesk.printing.layout import (
    CARD,
    DEFAULT_CENTER,
    PAGE_A4,
    PageSize,
    canvas_maker,
    escape,
    logo_image,
    styles,
)

CARD_W, CARD_H = CARD.width, CARD.height
PAD = 4 * mm
COLUMNS, ROWS = 2, 5  # ten cards per A4 sheet
MARK = 4 * mm  # cut-mark length, outside the cards
MARK_GAP = 1 * mm
LOGO_H = 6 * mm


def cards_pdf(data: MemberCards, size: PageSize = PAGE_A4) -> bytes:
    """The cards on ``size``: CARD (one per page) or A4 (ten per sheet, cut marks at every card corner)."""
    buffer = io.BytesIO()
    sheet = size.name != CARD.name
    page = (PAGE_A4.width, PAGE_A4.height) if sheet else (CARD_W, CARD_H)
    canvas = canvas_maker(buffer, pagesize=page, pageCompression=1)
    canvas.setTitle("服务卡")
    canvas.setAuthor(DEFAULT_CENTER)
    look = styles(CARD)
    cards = list(data.cards)
    per_page = COLUMNS * ROWS if sheet else 1
    left = (page[0] - COLUMNS * CARD_W) / 2
    bottom = (page[1] - ROWS * CARD_H) / 2
    for start in range(0, max(len(cards), 1), per_page):
        batch = cards[start : start + per_page]
        for n, card in enumerate(batch):
            if sheet:
                column, row = n % COLUMNS, n // COLUMNS
                x, y = left + column * CARD_W, bottom + (ROWS - 1 - row) * CARD_H
            else:
                x = y = 0.0
            _card(canvas, card, data, look, x=x, y=y)
        if sheet:
            _cut_marks(canvas, left, bottom)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _card(canvas: Canvas, card: MemberCard, data: MemberCards, look, *, x: float, y: float) -> None:
    qr = QrCode(card.card_number, module_dots=4)  # 0.5 mm modules
    bar = Code128Bar(card.card_number, module_dots=2, height=8 * mm)  # 0.25 mm modules
    text_width = CARD_W - 2 * PAD - qr.size
    top = y + CARD_H - PAD
    left = x + PAD
    if data.logo:
        logo = logo_image(data.logo, height=LOGO_H, max_width=LOGO_H * 2)
        logo.drawOn(canvas, left, top - logo.drawHeight)
        top -= logo.drawHeight + 0.5 * mm
    center = data.center_name or DEFAULT_CENTER
    for text, style in (
        (f"{escape(center)}　服务卡", look.small),
        (escape(card.name), look.large_left),
        (f"卡号　{escape(card.card_number)}", look.body),
        (escape(card.community or ""), look.body),
        (f"拾到请交还　{escape(data.center_phone)}" if data.center_phone else "", look.small),
    ):
        if not text:
            continue
        paragraph = Paragraph(text, style)
        _, h = paragraph.wrap(text_width, CARD_H)
        top -= h
        paragraph.drawOn(canvas, x + PAD, top)
    qr.drawOn(canvas, x + CARD_W - PAD - qr.size + 4 * qr.module, y + CARD_H - PAD - qr.size + 4 * qr.module)
    bar.drawOn(canvas, x + (CARD_W - bar.width) / 2, y + PAD - 1 * mm)


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    """Short black lines in the margins, in line with every card edge: cut along them."""
    canvas.setLineWidth(0.5)
    right, top = left + COLUMNS * CARD_W, bottom + ROWS * CARD_H
    for i in range(COLUMNS + 1):
        edge = left + i * CARD_W
        canvas.line(edge, top + MARK_GAP, edge, top + MARK_GAP + MARK)
        canvas.line(edge, bottom - MARK_GAP, edge, bottom - MARK_GAP - MARK)
    for j in range(ROWS + 1):
        edge = bottom + j * CARD_H
        canvas.line(left - MARK_GAP, edge, left - MARK_GAP - MARK, edge)
        canvas.line(right + MARK_GAP, edge, right + MARK_GAP + MARK, edge)
