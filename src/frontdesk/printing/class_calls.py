"""停课通知电话单: the residents enrolled in a cancelled class session, to be rung (staff only, full numbers), with
the session, its room, the reason and a tick box for each call made."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from frontdesk.core.services.course_records import CallList, CallRow
from frontdesk.printing.care_lists import _table
from frontdesk.printing.care_words import full_day_text, time_text
from frontdesk.printing.layout import DEFAULT_CENTER, PAGE_A4, PageSize, TickBox, build_pdf, escape, styles
from frontdesk.printing.words import INTERNAL

TITLE = "停课通知电话单"
WIDTHS = [26, 40, 40, 14, 18]  # 姓名 电话 第二电话 同行 已通知 (relative; the frame's width in all)


def session_calls_story(data: CallList, size: PageSize) -> list[Flowable]:
    look = styles(size)
    said = f"停课原因：{escape(data.reason)}　共 {len(data.rows)} 人　打印于 {data.at:%Y-%m-%d %H:%M}"
    when = f"{full_day_text(data.starts_at.date())} {time_text(data.starts_at, data.ends_at)}"
    story: list[Flowable] = [
        Paragraph(f"<b>{INTERNAL}</b>", look.small_centered),
        Paragraph(f"{escape(data.center_name or DEFAULT_CENTER)}<br/>{TITLE}", look.title),
        Paragraph(f"{escape(data.course_title)}　{when}　{escape(data.room_name)}", look.centered),
        Paragraph(said, look.centered),
        Paragraph("请逐一电话告知停课，通知到了请在“已通知”打勾。", look.small),
        Spacer(1, 2 * mm),
    ]
    if not data.rows:
        return [*story, Paragraph("这节课没有已报名的居民，无需通知。", look.body)]
    head = ["姓名", "电话", "第二电话", "同行", "已通知"]
    cells: list[list[object]] = [[Paragraph(f"<b>{c}</b>", look.small) for c in head]]
    cells += [[row.name, _phone(row), row.phone2, f"+{row.companions}" if row.companions else "", TickBox(False)]
              for row in data.rows]  # fmt: skip
    return [*story, _table(cells, WIDTHS, size, look)]


def session_calls_pdf(data: CallList, size: PageSize = PAGE_A4) -> bytes:
    return build_pdf(session_calls_story(data, size), title=f"{TITLE} {data.course_title}", size=size)


def _phone(row: CallRow) -> str:
    return row.phone or "无电话"
