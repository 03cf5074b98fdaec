"""预约单: the slip a resident takes away when booking at the care station, on the slip printer's roll or A5.

The visit slip's looks (:mod:`frontdesk.printing.slip`): large type, the day and time large, 需空腹 in bold, the
resident's name only (no ID or phone number), and a QR code of the appointment's reference (digits with a check
digit) printed under it too. The latest readings only when the record carries them (consent and permission are the
service's: :meth:`~frontdesk.core.services.documents.DocumentService.appointment_slip`).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table

from frontdesk.core.services.care_documents import AppointmentSlip, queue_label
from frontdesk.printing.care_words import (
    day_text,
    glucose_text,
    pressure_text,
    price_text,
    provider_text,
    series_text,
    time_text,
)
from frontdesk.printing.codes import QrCode
from frontdesk.printing.layout import (
    BLACK,
    DEFAULT_CENTER,
    ROLL_58,
    PageSize,
    build_pdf,
    escape,
    fitted,
    hang_inside,
    logo_image,
    styles,
    table_style,
)
from frontdesk.printing.slip import LOGO_MM, QR_DOTS
from frontdesk.printing.words import WALK_IN

TITLE = "预约单"


def appointment_slip_story(slip: AppointmentSlip, size: PageSize, *, reprint: bool = False) -> list[Flowable]:
    look = styles(size)
    width = size.frame_width
    center = slip.center_name or DEFAULT_CENTER
    story: list[Flowable] = []
    if slip.logo:
        story += [logo_image(slip.logo, height=LOGO_MM * size.scale * mm, max_width=width), Spacer(1, 1 * mm)]
    story += [
        Paragraph(escape(center), fitted(look.title, center, width)),
        Paragraph(TITLE + ("（补打）" if reprint else ""), look.centered),
        _rule(width),
        Paragraph(escape(slip.name), look.large),
        Paragraph(f"<b>{escape(slip.service)}</b>", hang_inside(look.heading, "service")),
    ]
    series = series_text(slip.series_index, slip.series_total)
    if series:
        story.append(Paragraph(series, look.centered))
    day, hours = day_text(slip.starts_at.date()), time_text(slip.starts_at, slip.ends_at)
    when = f"{day} {hours}"
    lines = [when] if stringWidth(when, look.large.fontName, look.large.fontSize) <= width else [day, hours]
    story.append(Spacer(1, 1.5 * mm))
    story += [Paragraph(f"<b>{line}</b>", fitted(look.large, line, width)) for line in lines]
    if slip.queue_number is not None:
        story += [Paragraph("排队号", look.centered), Paragraph(queue_label(slip.queue_number), look.huge)]
    story.append(_facts(slip, look, width))
    if slip.fasting:
        story.append(Paragraph("<b>需空腹</b>（当天早上请不要吃东西）", look.body))
    readings = [pressure_text(slip.pressure)] if slip.pressure else []
    readings += [glucose_text(slip.glucose)] if slip.glucose else []
    if readings:
        story += [_rule(width), *(Paragraph(escape(line), look.body) for line in readings)]
    qr = QrCode(slip.code, module_dots=QR_DOTS.get(size.name, 6))
    qr.hAlign = "CENTER"
    story += [Spacer(1, 2 * mm), qr, Paragraph(slip.code, look.small_centered)]
    story.append(Paragraph("请按时到达，不能来请提前告知前台。", hang_inside(look.small_centered)))
    if slip.footer:
        story += [_rule(width), Paragraph(escape(slip.footer), hang_inside(look.small_centered))]
    return story


def appointment_slip_pdf(slip: AppointmentSlip, size: PageSize = ROLL_58, *, reprint: bool = False) -> bytes:
    return build_pdf(appointment_slip_story(slip, size, reprint=reprint), title=TITLE, size=size)


def _facts(slip: AppointmentSlip, look, width: float) -> Table:
    rows = [
        ["地点", slip.place or ""],
        ["人员", provider_text(slip.provider, slip.partner) + (f"　{WALK_IN}" if slip.walk_in else "")],
        ["费用", price_text(slip.price_cents, slip.market_price_cents)],
        ["携带", slip.bring or ""],
    ]
    label = 14 * mm * look.body.fontSize / 11
    table = Table([[Paragraph(a, look.body), Paragraph(escape(b), look.body)] for a, b in rows if b.strip()],
                  colWidths=[label, width - label])  # fmt: skip
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))  # fmt: skip
    return table


def _rule(width: float) -> HRFlowable:
    return HRFlowable(width=width, thickness=0.75, color=BLACK, spaceBefore=1.5 * mm, spaceAfter=1.5 * mm)
