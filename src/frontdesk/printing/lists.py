"""Staff lists: 在馆名单 (who is in the building, for an evacuation) and 关怀回访名单 (whom to ring).

Both are marked 内部资料 and show what staff need: the full emergency or phone numbers. On A4 (the office printer) a
table; on the desk's 80 mm roll one block per person (seven columns do not fit 72 mm, or A5, at a readable size).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Table

from frontdesk.core.services.documents import CallRow, InBuildingList, PresentRow, WelfareCallList
from frontdesk.printing.layout import (
    BLACK,
    DEFAULT_CENTER,
    PAGE_A4,
    RULE,
    PageSize,
    build_pdf,
    escape,
    styles,
    table_style,
)
from frontdesk.printing.words import INTERNAL, MOBILITY

CELL_PADDING = 4  # points each side of a cell's text


def in_building_story(data: InBuildingList, size: PageSize) -> list[Flowable]:
    look = styles(size)
    story = _header(data.center_name, "在馆名单", f"{data.at:%Y-%m-%d %H:%M}　共 {len(data.rows)} 位居民，连同行共 "
                    f"{data.people} 人", look)  # fmt: skip
    if not data.rows:
        return [*story, Paragraph("现在没有人在馆。", look.body)]
    if size.roll:
        for row in data.rows:
            story += [_rule(size), Paragraph(f"<b>{escape(row.name)}</b>　{_age(row.age)}　{_needs(row)}", look.body),
                      Paragraph(f"签到 {row.checked_in_at:%H:%M}　排队号 {row.queue_number}", look.body),
                      Paragraph(f"紧急联系人 {_contact(row)}", look.body)]  # fmt: skip
        return story
    head = ["姓名", "年龄", "助行", "独居", "同行", "签到", "紧急联系人"]
    body = [[row.name, _age(row.age), MOBILITY[str(row.mobility_aid)], "独居" if row.lives_alone else "",
             f"+{row.companions}" if row.companions else "", f"{row.checked_in_at:%H:%M}", _contact(row)]
            for row in data.rows]  # fmt: skip
    return [*story, _table(head, body, [24, 15, 14, 11, 11, 13, 82], size, look)]


def welfare_calls_story(data: WelfareCallList, size: PageSize) -> list[Flowable]:
    look = styles(size)
    story = _header(data.center_name, "关怀回访名单", f"{data.at:%Y-%m-%d}　独居、常来、已 {data.absent_days} 天以上"
                    f"未来的居民，共 {len(data.rows)} 位", look)  # fmt: skip
    if not data.rows:
        return [*story, Paragraph("目前没有需要回访的居民。", look.body)]
    if size.roll:
        for row in data.rows:
            story += [_rule(size), Paragraph(f"<b>{escape(row.name)}</b>　{_age(row.age)}　{_phones(row)}", look.body),
                      Paragraph(escape(row.address or "—"), look.body),
                      Paragraph(f"上次来访 {row.last_visit:%m-%d}（{row.days_absent} 天前）", look.body),
                      Paragraph(f"紧急联系人 {_contact(row)}", look.body),
                      Paragraph("回访情况：", look.body)]  # fmt: skip
        return story
    head = ["姓名", "年龄", "电话", "住址", "上次来访", "紧急联系人", "回访情况"]
    body = [[row.name, _age(row.age), _phones(row, "\n"), row.address or "—",
             f"{row.last_visit:%m-%d}\n{row.days_absent} 天前", _contact(row), ""] for row in data.rows]  # fmt: skip
    return [*story, _table(head, body, [20, 12, 29, 33, 18, 30, 28], size, look)]


def in_building_pdf(data: InBuildingList, size: PageSize = PAGE_A4) -> bytes:
    return build_pdf(in_building_story(data, size), title="在馆名单", size=size)


def welfare_calls_pdf(data: WelfareCallList, size: PageSize = PAGE_A4) -> bytes:
    return build_pdf(welfare_calls_story(data, size), title="关怀回访名单", size=size)


def _header(center: str, title: str, line: str, look) -> list[Flowable]:
    return [
        Paragraph(f"<b>{INTERNAL}</b>", look.small_centered),
        Paragraph(f"{escape(center or DEFAULT_CENTER)}<br/>{title}", look.title),
        Paragraph(escape(line), look.centered),
    ]


def _table(head: list[str], body: list[list[str]], widths: list[float], size: PageSize, look) -> Table:
    """The rows, each cell as plain lines where they fit its column and as a wrapping paragraph where they do not:
    a paragraph per cell made a list of 100 people take a quarter of a second to lay out."""
    k = size.frame_width / (sum(widths) * mm)
    columns = [w * k * mm for w in widths]
    font, font_size = look.small.fontName, look.small.fontSize
    room = [width - 2 * CELL_PADDING for width in columns]

    def cell(text: str, column: int) -> object:
        if all(stringWidth(line, font, font_size) <= room[column] for line in text.split("\n")):
            return text
        return Paragraph(escape(text).replace("\n", "<br/>"), look.small)

    cells: list[list[object]] = [[Paragraph(f"<b>{c}</b>", look.small) for c in head]]
    cells += [[cell(c, n) for n, c in enumerate(row)] for row in body]
    table = Table(cells, colWidths=columns, repeatRows=1)
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), RULE, BLACK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 1), (-1, -1), font), ("FONTSIZE", (0, 1), (-1, -1), font_size),
        ("LEADING", (0, 1), (-1, -1), look.small.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]))  # fmt: skip
    return table


def _rule(size: PageSize) -> HRFlowable:
    return HRFlowable(width=size.frame_width, thickness=0.75, color=BLACK, spaceBefore=1 * mm, spaceAfter=1 * mm)


def _age(age: int | None) -> str:
    return f"{age}岁" if age is not None else ""


def _needs(row: PresentRow) -> str:
    words = [MOBILITY[str(row.mobility_aid)], "独居" if row.lives_alone else "", f"同行+{row.companions}"
             if row.companions else ""]  # fmt: skip
    return "　".join(w for w in words if w)


def _contact(row: PresentRow | CallRow) -> str:
    relation = f"（{row.emergency_relation}）" if row.emergency_relation else ""
    return f"{row.emergency_name or '—'}{relation} {row.emergency_phone or ''}".strip()


def _phones(row: CallRow, between: str = " / ") -> str:
    """The numbers to ring, one per line in a table (a number broken over two lines gets misdialled)."""
    return between.join(p for p in (row.phone, row.phone2) if p) or "无电话"
