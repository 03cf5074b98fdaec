"""来访凭条: the slip a resident takes away at check-in, on an 80 mm or 58 mm roll or A5.

Large type for elderly readers, the queue number largest of all; the ID number masked and no phone number; a QR
code holding only the visit's reference (digits with a check digit), printed under it too so it can be typed.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table

from frontdesk.core.services.class_agenda import CLASS_WAITLIST_SOURCE
from frontdesk.core.services.documents import VisitSlip
from frontdesk.printing.codes import QrCode
from frontdesk.printing.layout import (
    BLACK,
    DEFAULT_CENTER,
    ROLL_58,
    PageSize,
    build_pdf,
    escape,
    fitted,
    logo_image,
    styles,
    table_style,
)
from frontdesk.printing.words import PURPOSES

LOGO_MM = 12  # the logo's height on a roll (A5: its scale more)
QR_DOTS = {"58mm": 5, "80mm": 6, "a5": 6}  # module width in 203 dpi dots: 0.625 or 0.75 mm


def visit_slip_story(slip: VisitSlip, size: PageSize, *, reprint: bool = False) -> list[Flowable]:
    look = styles(size)
    width = size.frame_width
    center = slip.center_name or DEFAULT_CENTER
    story: list[Flowable] = []
    if slip.logo:
        story += [logo_image(slip.logo, height=LOGO_MM * size.scale * mm, max_width=width), Spacer(1, 1 * mm)]
    story += [
        Paragraph(escape(center), fitted(look.title, center, width)),
        Paragraph("来访凭条" + ("（补打）" if reprint else ""), look.centered),
        _rule(width),
        Paragraph(escape(slip.name), look.large),
    ]
    if slip.id_masked:
        story.append(Paragraph(f"身份证　{escape(slip.id_masked)}", look.centered))
    story += [
        Spacer(1, 2 * mm),
        Paragraph("排队号", look.centered),
        Paragraph(str(slip.queue_number), look.huge),
        _facts(slip, look, width),
    ]
    today = [item for item in slip.agenda if item.source != CLASS_WAITLIST_SOURCE]
    news = [item for item in slip.agenda if item.source == CLASS_WAITLIST_SOURCE]
    if today:
        story.append(Paragraph("今日安排", look.heading))
        for item in today:
            place = f"　{escape(item.place)}" if item.place else ""
            story.append(Paragraph(f"{item.starts_at:%H:%M}　{escape(item.title)}{place}", look.body))
    if news:  # 候补转正: a place in a course came free; when its next session is
        story.append(Paragraph("候补转正", look.heading))
        for item in news:
            when = f"{item.starts_at.month}月{item.starts_at.day}日 {item.starts_at:%H:%M}"
            place = f"　{escape(item.place)}" if item.place else ""
            story.append(Paragraph(f"{escape(item.title)}　已有名额，{when} 上课{place}", look.body))
    qr = QrCode(slip.code, module_dots=QR_DOTS.get(size.name, 6))
    qr.hAlign = "CENTER"
    story += [Spacer(1, 2 * mm), qr, Paragraph(slip.code, look.small_centered)]
    if slip.footer:
        story += [_rule(width), Paragraph(escape(slip.footer), look.small_centered)]
    return story


def visit_slip_pdf(slip: VisitSlip, size: PageSize = ROLL_58, *, reprint: bool = False) -> bytes:
    return build_pdf(visit_slip_story(slip, size, reprint=reprint), title="来访凭条", size=size)


def _facts(slip: VisitSlip, look, width: float) -> Table:
    companions = f"+{slip.companions}" if slip.companions else "无"
    rows = [
        ["签到", f"{slip.checked_in_at:%m月%d日 %H:%M}"],
        ["事由", PURPOSES.get(str(slip.purpose), str(slip.purpose))],
        ["同行", companions],
    ]
    label = 14 * mm * look.body.fontSize / 11
    table = Table([[Paragraph(a, look.body), Paragraph(escape(b), look.body)] for a, b in rows],
                  colWidths=[label, width - label])  # fmt: skip
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))  # fmt: skip
    return table


def _rule(width: float) -> HRFlowable:
    return HRFlowable(width=width, thickness=0.75, color=BLACK, spaceBefore=1.5 * mm, spaceAfter=1.5 * mm)
