"""The care station's staff lists on A4: 明日电话回访单 (whom to ring about tomorrow's appointments) and the
station's day list (每日服务安排, per provider and service, with the statuses and the day's totals).

The call list is marked 内部资料 and has the phone numbers in full (staff dial them) and a tick box per person
(已通知); the day list names residents by name and age only, with an empty notes column to write in.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from frontdesk.core.services.care_documents import (
    DayGroup,
    ReminderCallList,
    ReminderRow,
    StationDayList,
    queue_label,
)
from frontdesk.printing.care_words import day_text, full_day_text, provider_text, time_text
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
from frontdesk.printing.words import APPOINTMENT_STATUS, INTERNAL, WALK_IN

CALL_TITLE = "明日电话回访单"
DAY_TITLE = "康养服务站每日安排"
CELL_PADDING = 4  # points each side of a cell's text
CALL_WIDTHS = [22, 11, 30, 38, 44, 15]  # 姓名 年龄 电话 服务 携带 已通知 (relative; the frame's width in all)
DAY_WIDTHS = [22, 24, 10, 16, 10, 14, 44]  # 时间 居民 年龄 状态 现场 排队号 备注


def call_list_story(data: ReminderCallList, size: PageSize) -> list[Flowable]:
    look = styles(size)
    title = CALL_TITLE if _is_tomorrow(data) else "电话回访单"
    line = f"预约日期 {full_day_text(data.day)}　共 {len(data.rows)} 人　打印于 {data.at:%Y-%m-%d %H:%M}"
    story = [
        Paragraph(f"<b>{INTERNAL}</b>", look.small_centered),
        Paragraph(f"{escape(data.center_name or DEFAULT_CENTER)}<br/>{title}", look.title),
        Paragraph(line, look.centered),
        Paragraph("请逐一电话提醒：时间、地点、要带的东西、是否空腹；通知到了请在“已通知”打勾。", look.small),
        Spacer(1, 2 * mm),
    ]
    if not data.rows:
        return [*story, Paragraph("这一天没有待提醒的预约。", look.body)]
    head = ["姓名", "年龄", "电话", "服务项目", "携带 / 空腹", "已通知"]
    cells: list[list[object]] = [[Paragraph(f"<b>{c}</b>", look.small) for c in head]]
    spans: list[int] = []
    for (starts_at, ends_at), rows in groupby(data.rows, key=lambda r: (r.starts_at, r.ends_at)):
        spans.append(len(cells))
        cells.append([Paragraph(f"<b>{time_text(starts_at, ends_at)}</b>", look.small), "", "", "", "", ""])
        for row in rows:
            cells.append([row.name, _age(row.age), _phones(row), _service(row), _needs(row, look), TickBox(False)])
    table = _table(cells, CALL_WIDTHS, size, look)
    table.setStyle(table_style([("SPAN", (0, r), (-1, r)) for r in spans]))
    return [*story, table]


def day_list_story(data: StationDayList, size: PageSize) -> list[Flowable]:
    look = styles(size)
    story = [
        Paragraph(f"{escape(data.center_name or DEFAULT_CENTER)}<br/>{DAY_TITLE}", look.title),
        Paragraph(f"{full_day_text(data.day)}　打印于 {data.at:%Y-%m-%d %H:%M}", look.centered),
    ]
    if not data.groups:
        return [*story, Paragraph("这一天没有预约。", look.body)]
    for group in data.groups:
        story += [Paragraph(escape(_group_title(group)), look.heading), _day_table(group, size, look)]
    t = data.totals
    said = (f"<b>合计</b>：预约 {t.booked} 人次，已到 {t.arrived}，已完成 {t.completed}，已取消 {t.cancelled}，"
            f"未到 {t.no_show}，待到 {t.waiting}")  # fmt: skip
    story += [
        Spacer(1, 4 * mm),
        Paragraph(said, look.body),
        Paragraph("已到：含服务中、已完成。待到：仍为已预约。", look.small),
    ]
    return story


def call_list_pdf(data: ReminderCallList, size: PageSize = PAGE_A4) -> bytes:
    return build_pdf(call_list_story(data, size), title=CALL_TITLE, size=size)


def day_list_pdf(data: StationDayList, size: PageSize = PAGE_A4) -> bytes:
    return build_pdf(day_list_story(data, size), title=f"{DAY_TITLE} {day_text(data.day)}", size=size)


def _day_table(group: DayGroup, size: PageSize, look) -> Table:
    head = ["时间", "居民", "年龄", "状态", "现场", "排队号", "备注"]
    cells: list[list[object]] = [[Paragraph(f"<b>{c}</b>", look.small) for c in head]]
    for row in group.rows:
        note = f"取消：{row.cancel_reason}" if row.cancel_reason else ""
        cells.append([time_text(row.starts_at, row.ends_at), row.name, _age(row.age),
                      APPOINTMENT_STATUS[str(row.status)], WALK_IN if row.walk_in else "",
                      queue_label(row.queue_number) if row.queue_number is not None else "", note])  # fmt: skip
    return _table(cells, DAY_WIDTHS, size, look)


def _table(cells: list[list[object]], widths: list[float], size: PageSize, look) -> Table:
    """The cells on the frame's width, text as plain lines where it fits its column and wrapping where it does not
    (as :mod:`frontdesk.printing.lists` does)."""
    k = size.frame_width / (sum(widths) * mm)
    columns = [w * k * mm for w in widths]
    font, font_size = look.small.fontName, look.small.fontSize

    def cell(value: object, column: int) -> object:
        if not isinstance(value, str):
            return value
        room = columns[column] - 2 * CELL_PADDING
        if all(stringWidth(line, font, font_size) <= room for line in value.split("\n")):
            return value
        return Paragraph(escape(value).replace("\n", "<br/>"), look.small)

    table = Table([[cell(v, n) for n, v in enumerate(row)] for row in cells], colWidths=columns, repeatRows=1)
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), RULE, BLACK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 1), (-1, -1), font), ("FONTSIZE", (0, 1), (-1, -1), font_size),
        ("LEADING", (0, 1), (-1, -1), look.small.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]))  # fmt: skip
    return table


def _is_tomorrow(data: ReminderCallList) -> bool:
    return (data.day - data.at.date()).days == 1


def _group_title(group: DayGroup) -> str:
    who = provider_text(group.provider, group.partner) or "未指定服务人员"
    return f"{who}　·　{group.service}"


def _age(age: int | None) -> str:
    return f"{age}岁" if age is not None else ""


def _phones(row: ReminderRow) -> str:
    """The numbers to ring, one per line; without one, the emergency contact's."""
    own = [p for p in (row.phone, row.phone2) if p]
    if own:
        return "\n".join(own)
    if row.emergency_phone:
        relation = f"（{row.emergency_relation}）" if row.emergency_relation else ""
        return f"无电话\n紧急联系人{relation}\n{row.emergency_phone}"
    return "无电话"


def _service(row: ReminderRow) -> str:
    parts = [row.service, row.place or "", row.provider or ""]
    return "\n".join(p for p in parts if p)


def _needs(row: ReminderRow, look) -> object:
    """What to bring, and 需空腹 in bold (a paragraph: a table's plain text has one font)."""
    bring = f"带 {row.bring}" if row.bring else ""
    if not row.fasting:
        return bring or "—"
    return Paragraph("<b>需空腹</b>" + (f"<br/>{escape(bring)}" if bring else ""), look.small)
