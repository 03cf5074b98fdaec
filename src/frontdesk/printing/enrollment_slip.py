"""报名回执: the slip a resident takes away when enrolling in a course or event, on the slip printer's roll or A4.

The appointment slip's looks (:mod:`frontdesk.printing.appointment_slip`): large type, the resident's name only (no
ID or phone number), the standing large (已报名, or 候补第 N 位 on the waiting list), the weekly times and the first
session, and a QR code of the enrollment's reference (``84…``, digits with a check digit) printed under it too.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table

from frontdesk.core.models import CourseKind, EnrollmentStatus
from frontdesk.core.services.class_documents import EnrollmentSlip
from frontdesk.printing.care_words import day_text, time_text
from frontdesk.printing.class_words import (
    companions_text,
    fee_text,
    instructor_text,
    place_text,
    standing_text,
    weekly_text,
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

TITLE = "报名回执"


def enrollment_slip_story(slip: EnrollmentSlip, size: PageSize, *, reprint: bool = False) -> list[Flowable]:
    look = styles(size)
    width = size.frame_width
    center = slip.center_name or DEFAULT_CENTER
    story: list[Flowable] = []
    if slip.logo:
        story += [logo_image(slip.logo, height=LOGO_MM * size.scale * mm, max_width=width), Spacer(1, 1 * mm)]
    standing = standing_text(slip.status, slip.waiting_place)
    story += [
        Paragraph(escape(center), fitted(look.title, center, width)),
        Paragraph(TITLE + ("（补打）" if reprint else ""), look.centered),
        _rule(width),
        Paragraph(escape(slip.name), look.large),
        Paragraph(f"<b>{escape(slip.course)}</b>", hang_inside(look.heading, "course")),
        Spacer(1, 1.5 * mm),
        Paragraph(f"<b>{standing}</b>", fitted(look.large, standing, width)),
    ]
    if slip.status == EnrollmentStatus.WAITING:
        story.append(Paragraph("有名额时前台会通知您，或下次来时告诉您。", hang_inside(look.small_centered)))
    story.append(_facts(slip, look, width))
    qr = QrCode(slip.code, module_dots=QR_DOTS.get(size.name, 6))
    qr.hAlign = "CENTER"
    story += [Spacer(1, 2 * mm), qr, Paragraph(slip.code, look.small_centered)]
    come = "参加活动" if slip.kind == CourseKind.EVENT else "上课"
    story.append(Paragraph(f"{come}时请带上本回执或服务卡；不能来请提前告知前台。", hang_inside(look.small_centered)))
    if slip.footer:
        story += [_rule(width), Paragraph(escape(slip.footer), hang_inside(look.small_centered))]
    return story


def enrollment_slip_pdf(slip: EnrollmentSlip, size: PageSize = ROLL_58, *, reprint: bool = False) -> bytes:
    return build_pdf(enrollment_slip_story(slip, size, reprint=reprint), title=TITLE, size=size)


def _facts(slip: EnrollmentSlip, look, width: float) -> Table:
    first = ""
    if slip.first_session is not None:
        starts_at, ends_at = slip.first_session
        first = f"{day_text(starts_at.date())} {time_text(starts_at, ends_at)}"
    event = slip.kind == CourseKind.EVENT
    waiting = slip.status == EnrollmentStatus.WAITING  # no session of theirs yet: when a place frees
    rows = [
        ["学期", "" if event else slip.term or ""],
        ["时间", "" if event else weekly_text(slip.weekly)],
        ["日期" if event else "首次", "" if waiting and not event else first or ("" if event else "暂无排课")],
        ["课次", "" if event or waiting or slip.sessions <= 1 else f"共 {slip.sessions} 次"],
        ["地点", place_text(slip.place)],
        ["老师", instructor_text(slip.instructor, slip.partner)] if slip.instructor else ["主办", slip.partner or ""],
        ["费用", fee_text(slip.fee_cents)],
        ["同行", companions_text(slip.companions)],
        ["对象", slip.target_group or ""],
        ["报名", f"{slip.joined_at:%Y-%m-%d %H:%M}"],
    ]
    label = 14 * mm * look.body.fontSize / 11
    table = Table([[Paragraph(a, look.body), Paragraph(escape(b), look.body)] for a, b in rows if b.strip()],
                  colWidths=[label, width - label])  # fmt: skip
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    return table


def _rule(width: float) -> HRFlowable:
    return HRFlowable(width=width, thickness=0.75, color=BLACK, spaceBefore=1.5 * mm, spaceAfter=1.5 * mm)
