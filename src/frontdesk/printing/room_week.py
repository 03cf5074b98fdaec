"""教室周课表 A room's week on its door: A4 landscape, big type, the center's and the room's names over seven day
columns, each day's classes and bookings under it with their times and who gives them (授课老师 / 主办). A closed
day says why (国庆节, 休息). No resident is named.

The rows are the parts of the day (上午, 下午, 晚上), so what happens at the same time reads across; a part with more
than four uses on a day runs on to a row of its own (续), so a busy week goes on to a second page with the days'
titles repeated, never off the paper.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from frontdesk.core.services.room_week_sheet import RoomWeekSheet, SheetDay, SheetItem
from frontdesk.printing.care_words import day_text, full_day_text, time_text
from frontdesk.printing.layout import BLACK, DEFAULT_CENTER, RULE, PageSize, build_pdf, escape, styles, table_style
from frontdesk.printing.words import WEEKDAYS

TITLE = "教室周课表"
BIG = 1.25  # type larger than A4's lists: read on a door from a step back
PARTS = {"上午": (0, 12), "下午": (12, 18), "晚上": (18, 24)}  # the rows: a day's parts, by the hour a use starts
PER_ROW = 4  # uses in one cell before the part runs on to a row of its own (a row never splits across pages)
HOLIDAYS = {  # chinese-calendar's names (in English) as a notice says them
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
}


def landscape(size: PageSize) -> PageSize:
    """The door's paper: A4 turned, narrow margins, big type."""
    del size  # the kind comes in A4 only
    return PageSize("a4", "A4 横向", A4[1], A4[0], 12 * mm, BIG)


def room_week_story(data: RoomWeekSheet, size: PageSize) -> list[Flowable]:
    look = styles(size)
    last = data.days[-1].day if data.days else data.first_day
    facts = [data.floor or "", f"{data.capacity}座", "无障碍" if data.step_free else ""]
    line = f"{full_day_text(data.first_day)} 至 {day_text(last)}　{'　'.join(f for f in facts if f)}"
    story: list[Flowable] = [
        Paragraph(f"{escape(data.center_name or DEFAULT_CENTER)}　{escape(data.room)}　{TITLE}", look.title),
        Paragraph(escape(line), look.centered),
        Spacer(1, 3 * mm),
    ]
    head: list[object] = [""]
    head += [Paragraph(f"<b>{WEEKDAYS[d.day.weekday()]}</b><br/>{d.day.month}月{d.day.day}日", look.centered)
             for d in data.days]  # fmt: skip
    rows: list[list[object]] = [head]
    for part, (first_hour, last_hour) in PARTS.items():
        chunks = [[i for i in d.items if first_hour <= i.starts_at.hour < last_hour] for d in data.days]
        deepest = max((len(c) for c in chunks), default=0)
        for k in range(0, max(1, deepest), PER_ROW):
            label = part if k == 0 else f"{part}（续）"
            rows.append(
                [Paragraph(f"<b>{label}</b>", look.centered)]
                + [
                    _cell(day, chunk[k : k + PER_ROW], len(rows) == 1, look)
                    for day, chunk in zip(data.days, chunks, strict=True)
                ]
            )
    side = 14 * mm
    width = (size.frame_width - side) / max(1, len(data.days))
    table = Table(rows, colWidths=[side] + [width] * len(data.days), repeatRows=1)
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), RULE, BLACK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))  # fmt: skip
    story.append(table)
    if not any(d.items for d in data.days):
        story += [Spacer(1, 3 * mm), Paragraph("本周这间教室没有课程或活动。", look.body)]
    story += [Spacer(1, 3 * mm), Paragraph(f"打印于 {data.at:%Y-%m-%d %H:%M}　如有调课以前台通知为准。", look.small)]
    return story


def room_week_pdf(data: RoomWeekSheet, size: PageSize) -> bytes:
    paper = landscape(size)
    return build_pdf(room_week_story(data, paper), title=f"{data.room} {TITLE} {day_text(data.first_day)}", size=paper)


def _cell(day: SheetDay, items: list[SheetItem], first_row: bool, look) -> object:
    """A day's items of one part of the day, one under the other; a closed day says why (once, in the first row)."""
    if day.closed is not None and not items:
        if not first_row:
            return ""
        why = HOLIDAYS.get(day.closed.holiday, day.closed.holiday) if day.closed.holiday else "休息"
        note = f"<br/>{escape(day.closed.note)}" if day.closed.note else ""
        return Paragraph(f"<b>{escape(why)}</b>{note}", look.body)
    if not items:
        return ""
    return [Paragraph(_item_text(item), look.body) for item in items]


def _item_text(item: SheetItem) -> str:
    who = ""
    if item.who:
        who = f"<br/>{'老师' if item.is_class else '主办'}：{escape(item.who)}"
    return f"<b>{time_text(item.starts_at, item.ends_at)}</b><br/>{escape(item.title)}{who}"
