"""The classes' sheets on paper: 签到表 (a session's roster and sign-in sheet, A4 portrait) and a resident's own 课表.

The roster names the enrolled by name and age only, in pinyin order, with a tick box (ticked for whoever is marked
present already), a signature column and each row's enrollment code as a small QR (a scan of the row marks them),
blank rows for walk-ins and the totals. The timetable is for elderly readers: large type, the weekly times of each
course, then the coming sessions with a cancelled one struck through and its reason.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from frontdesk.core.models import CourseKind, EnrollmentStatus
from frontdesk.core.services.class_documents import Roster, RosterRow, Timetable, TimetableSession
from frontdesk.printing.care_words import day_text, full_day_text, time_text
from frontdesk.printing.class_words import instructor_text, place_text, standing_text, weekly_text
from frontdesk.printing.codes import QrCode
from frontdesk.printing.layout import (
    BLACK,
    DEFAULT_CENTER,
    PAGE_A4,
    RULE,
    PageSize,
    TickBox,
    build_pdf,
    escape,
    styles,
    table_style,
)

ROSTER_TITLE = "签到表"
TIMETABLE_TITLE = "个人课表"
CELL_PADDING = 4  # points each side of a cell's text
ROSTER_WIDTHS = [12, 30, 13, 12, 12, 47, 14, 28]  # 序号 姓名 年龄 同行 签到 签名 编码 (QR, its digits) — relative
ROW_QR_DOTS = 3  # 0.375 mm modules: an 11 mm square a handheld scanner reads off the sheet
BLANK_ROWS = 5  # for walk-ins, written in by hand
TIMETABLE_SCALE = 1.3  # the timetable's type against the body's 11 pt: elders read it without glasses


def roster_story(data: Roster, size: PageSize) -> list[Flowable]:
    look = styles(size)
    when = f"{full_day_text(data.starts_at.date())} {time_text(data.starts_at, data.ends_at)}"
    changed = []
    if data.moved_from is not None:
        changed.append(f"调课（原 {day_text(data.moved_from.date())} {data.moved_from:%H:%M}）")
    if data.added:
        changed.append("加课")
    what = data.course if data.kind == CourseKind.EVENT or not data.term else f"{data.course}（{data.term}）"
    facts = [
        f"<b>{'活动' if data.kind == CourseKind.EVENT else '课程'}</b>　{escape(what)}",
        f"<b>时间</b>　{when}" + (f"　{'　'.join(changed)}" if changed else ""),
        f"<b>地点</b>　{escape(place_text(data.place))}",
        f"<b>授课老师</b>　{escape(instructor_text(data.instructor, data.partner) or '—')}",
    ]
    story: list[Flowable] = [
        Paragraph(f"{escape(data.center_name or DEFAULT_CENTER)}<br/>{ROSTER_TITLE}", look.title),
        *(Paragraph(line, look.body) for line in facts),
        Spacer(1, 3 * mm),
    ]
    tiny = ParagraphStyle("code", parent=look.small, fontSize=7.5, leading=9)
    head = ["序号", "姓名", "年龄", "同行", "签到", "签名", "编码", ""]
    cells: list[list[object]] = [[Paragraph(f"<b>{c}</b>", look.small) for c in head]]
    for n, row in enumerate(data.rows, start=1):
        cells.append(_row(n, row, look, tiny))
    blank_from = len(cells)
    for n in range(len(data.rows) + 1, len(data.rows) + BLANK_ROWS + 1):
        cells.append([str(n), "", "", "", TickBox(False), "", "", ""])
    k = size.frame_width / (sum(ROSTER_WIDTHS) * mm)
    table = Table(cells, colWidths=[w * k * mm for w in ROSTER_WIDTHS], repeatRows=1)
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), RULE, BLACK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (6, 0), (7, 0)),
        ("FONTNAME", (0, 1), (-1, -1), look.body.fontName), ("FONTSIZE", (0, 1), (-1, -1), look.body.fontSize),
        ("LEADING", (0, 1), (-1, -1), look.body.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, blank_from), (-1, -1), 10), ("BOTTOMPADDING", (0, blank_from), (-1, -1), 10),
    ]))  # fmt: skip
    companions = data.places - data.enrolled
    totals = (f"<b>合计</b>：报名 {data.enrolled} 人，同行 {companions} 人，共 {data.places} 位"
              f"（名额 {data.capacity}）；已签到 {data.present} 人")  # fmt: skip
    walk_ins = sum(row.enrollment_id is None for row in data.rows)
    if walk_ins:
        totals += f"（其中现场 {walk_ins} 人）"
    story += [
        table,
        Spacer(1, 3 * mm),
        Paragraph(totals, look.body),
        Paragraph(
            "已签到的已打勾；来了的请在“签到”打勾并签名；没报名来的写在空行里。扫一行的编码即为签到。", look.small
        ),
        Spacer(1, 6 * mm),
        Paragraph(f"授课老师签字：＿＿＿＿＿＿＿＿　　打印于 {data.at:%Y-%m-%d %H:%M}", look.small),
    ]
    return story


def roster_pdf(data: Roster, size: PageSize = PAGE_A4) -> bytes:
    title = f"{ROSTER_TITLE} {data.course} {data.starts_at:%Y-%m-%d}"
    return build_pdf(roster_story(data, size), title=title, size=size)


def timetable_story(data: Timetable, size: PageSize) -> list[Flowable]:
    look = styles(size)
    body = ParagraphStyle("timetable", parent=look.body, fontSize=look.body.fontSize * TIMETABLE_SCALE,
                          leading=look.body.leading * TIMETABLE_SCALE)  # fmt: skip
    heading = ParagraphStyle("timetable-heading", parent=look.heading, fontSize=look.heading.fontSize * 1.2,
                             leading=look.heading.leading * 1.2)  # fmt: skip
    span = f"{full_day_text(data.first_day)} 至 {day_text(data.last_day)}"
    story: list[Flowable] = [
        Paragraph(f"{escape(data.center_name or DEFAULT_CENTER)}<br/>{TIMETABLE_TITLE}", look.title),
        Paragraph(escape(data.name), look.large),
        Spacer(1, 2 * mm),
        Paragraph("我的课程", heading),
    ]
    if not data.courses:
        story.append(Paragraph("现在没有报名的课程。", body))
    for course in data.courses:
        standing = ""
        if course.status != EnrollmentStatus.ENROLLED:
            standing = f"　<b>{standing_text(course.status, course.waiting_place)}</b>"
        lines = [f"<b>{escape(course.title)}</b>{standing}"]
        parts = [weekly_text(course.weekly), place_text(course.place), instructor_text(course.instructor, None),
                 course.term or ""]  # fmt: skip
        lines.append("　".join(escape(p) for p in parts if p))
        story.append(Paragraph("<br/>".join(lines), body))
        story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(f"近期上课（{span}）", heading))
    if not data.sessions:
        story.append(Paragraph("这几周没有课。", body))
    else:
        story.append(_sessions_table(data.sessions, size, body, look))
        if any(s.cancelled for s in data.sessions):
            story.append(Paragraph("划线的课次停课，那天不用来。", body))
    story += [Spacer(1, 4 * mm), Paragraph(f"打印于 {data.at:%Y-%m-%d %H:%M}", look.small)]
    if data.footer:
        story.append(Paragraph(escape(data.footer), look.small))
    return story


def timetable_pdf(data: Timetable, size: PageSize = PAGE_A4) -> bytes:
    return build_pdf(timetable_story(data, size), title=f"{TIMETABLE_TITLE} {data.name}", size=size)


def _row(n: int, row: RosterRow, look, tiny: ParagraphStyle) -> list[object]:
    code: list[object] = ["", ""]
    if row.code is not None:
        code = [QrCode(row.code, module_dots=ROW_QR_DOTS), Paragraph(f"{row.code[:8]}<br/>{row.code[8:]}", tiny)]
    name = row.name if row.enrollment_id is not None else f"{row.name}（现场）"
    return [str(n), Paragraph(escape(name), look.body), f"{row.age}岁" if row.age is not None else "",
            f"+{row.companions}" if row.companions else "", TickBox(row.present), "", *code]  # fmt: skip


def _sessions_table(sessions: tuple[TimetableSession, ...], size: PageSize, body: ParagraphStyle, look) -> Table:
    """日期 (the weekday under it), 时间, 课程 with its place under it, 备注; the day and time columns as wide as their
    widest text so neither breaks inside (A5 too), the rest shared. A cancelled session's cells are struck through."""
    head = ["日期", "时间", "课程 · 地点", "备注"]
    cells: list[list[object]] = [[Paragraph(f"<b>{c}</b>", body) for c in head]]
    widest = [stringWidth(c, look.heading.fontName, body.fontSize) for c in head[:2]]
    for s in sessions:
        note = []
        if s.cancelled:
            note.append("停课" + (f"：{s.cancel_reason}" if s.cancel_reason else ""))
        if s.moved_from is not None:
            note.append(f"调课（原 {day_text(s.moved_from.date())} {s.moved_from:%H:%M}）")
        if s.added:
            note.append("加课")
        day, weekday = day_text(s.starts_at.date()).split(" ")
        hours = time_text(s.starts_at, s.ends_at)
        widest = [max(widest[0], *(stringWidth(t, body.fontName, body.fontSize) for t in (day, weekday))),
                  max(widest[1], stringWidth(hours, body.fontName, body.fontSize))]  # fmt: skip

        def said(*parts: str, cancelled: bool = s.cancelled) -> Paragraph:
            lines = [f"<strike>{escape(p)}</strike>" if cancelled else escape(p) for p in parts]
            return Paragraph("<br/>".join(lines), body)

        cells.append([said(day, weekday), said(hours), said(s.title, place_text(s.place)),
                      Paragraph(f"<b>{escape('；'.join(note))}</b>", body)])  # fmt: skip
    fixed = [w + 2 * CELL_PADDING + 1 for w in widest]
    rest = size.frame_width - sum(fixed)
    table = Table(cells, colWidths=[*fixed, rest * 0.55, rest * 0.45], repeatRows=1)
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), RULE, BLACK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]))  # fmt: skip
    return table
