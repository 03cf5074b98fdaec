"""社区合伙人服务记录 A statement per partner on A4, each on its own page(s), for the partner to sign and the center
to stamp: the district rewards partners who take part, last and do well, and this is where it is seen.

Each statement: the partner, its kind, what it offers, its contact (a partner's, shown in full), its agreement's
dates (协议即将到期 / 协议已到期 when a renewal is due), the period; what it delivered — residents served as people
(人数) and visits (人次), service hours, its courses and events with their sessions, its care services — then the
signature lines 合伙人（签字） 中心（盖章） 日期. With several partners a summary page comes first. The figures are
the workbook's (:func:`frontdesk.core.reports.workbooks.partner_sheets`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from frontdesk.core.reports import words as w
from frontdesk.core.reports import workbooks as books
from frontdesk.core.reports.figures import PartnerRecord
from frontdesk.core.reports.statements import PartnerStatements
from frontdesk.core.spreadsheets.writing import SheetData
from frontdesk.printing.layout import (
    BLACK,
    DEFAULT_CENTER,
    PAGE_A4,
    RULE,
    PageSize,
    Styles,
    build_pdf,
    escape,
    styles,
    table_style,
)
from frontdesk.printing.paging import numbered
from frontdesk.printing.report_parts import notes, sheet_table, signature_lines
from frontdesk.printing.report_words import NO_PARTNERS, PARTNER_SIGNATURES

SUMMARY_COLUMNS = ("合伙人", "类型", "协议结束", "续签提醒", "课次与场次", "康养完成（人次）", "服务（人数）",
                   "服务（人次）", "服务时长（小时）")  # fmt: skip
SUMMARY_WEIGHTS = (2.2, 1.3, 1.5, 1.9, 1, 1, 1, 1, 1)
DETAIL_WEIGHTS = (1.2, 3.0, 1, 1, 1, 1)  # 项目 名称 课次与场次 人数 人次 时长
FACT_LABEL = 24 * mm


def partner_statements_story(data: PartnerStatements, size: PageSize) -> list[Flowable]:
    look = styles(size)
    center = escape(data.center_name or DEFAULT_CENTER)
    period = w.period_text(data.period)
    story: list[Flowable] = []
    if len(data) != 1:
        story += [
            Paragraph(f"{center}<br/>{w.PARTNER_TITLE}汇总", look.title),
            Paragraph(f"统计期间：{period}　共 {len(data)} 个合伙人", look.centered),
            Spacer(1, 4 * mm),
        ]
        if data.records:
            summary = books.partner_sheets(data.records, data.center_name)[0]
            story.append(sheet_table(_columns(summary, SUMMARY_COLUMNS), look, size.frame_width,
                                     weights=SUMMARY_WEIGHTS))  # fmt: skip
            story.extend(notes(summary.notes, look))
        else:
            story.append(Paragraph(NO_PARTNERS, look.body))
    for record in data.records:
        if story:
            story.append(PageBreak())
        story += _statement(record, center, look, size.frame_width)
    return story


def partner_statements_pdf(data: PartnerStatements, size: PageSize = PAGE_A4) -> bytes:
    foot = f"生成于 {data.made_at:%Y-%m-%d %H:%M}" if data.made_at else ""
    title = f"{data.center_name} {w.PARTNER_TITLE} {w.period_text(data.period)}"
    return build_pdf(partner_statements_story(data, size), title=title, size=size, canvas=numbered(foot))


def render_partner_statements(data: PartnerStatements) -> bytes:
    """The statements as an A4 PDF (what ``render("partner-statement", data)`` gives)."""
    return partner_statements_pdf(data, PAGE_A4)


def _statement(record: PartnerRecord, center: str, look: Styles, width: float) -> list[Flowable]:
    renewal = w.renewal_text(record.agreement_end, record.renewal_due, record.period)
    agreement = "未登记"
    if record.agreement_start or record.agreement_end:
        start = w.date_text(record.agreement_start) if record.agreement_start else "—"
        end = w.date_text(record.agreement_end) if record.agreement_end else "—"
        agreement = f"{start} 至 {end}"
    if renewal:
        agreement += f"　<b>{renewal}，请办理续签</b>"
    contact = "　".join(escape(part) for part in (record.contact_name, record.contact_phone) if part)
    facts = [
        ("合伙人", f"<b>{escape(record.name)}</b>"),
        ("类型", w.word(w.PARTNER_KINDS, record.kind)),
        ("服务内容", escape(record.services or "—")),
        ("联系人", contact or "—"),
        ("合作状态", "合作中" if record.active else "已停止合作"),
        ("协议期限", agreement),
        ("统计期间", w.period_text(record.period)),
    ]
    table = Table([[Paragraph(label, look.body), Paragraph(value, look.body)] for label, value in facts],
                  colWidths=[FACT_LABEL, width - FACT_LABEL])  # fmt: skip
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), RULE, BLACK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))  # fmt: skip
    sessions = sum(c.sessions for c in record.courses)
    care = sum(c.completed for c in record.care)
    said = (f"服务居民 <b>{record.people}</b> 人（人数），<b>{record.visits}</b> 人次；"
            f"服务时长 <b>{w.hours_text(record.hours)}</b> 小时；课程与活动 {len(record.courses)} 项、"
            f"{sessions} 课次（场次）；康养服务 {care} 人次。")  # fmt: skip
    story: list[Flowable] = [
        Paragraph(f"{center}<br/>{w.PARTNER_TITLE}", look.title),
        table,
        Paragraph("服务概况", look.heading),
        Paragraph(said, look.body),
    ]
    rows = books.partner_detail_rows(record)
    headers = books.PARTNER_DETAIL_HEADERS[1:]
    courses = [row[1:] for row in rows[: len(record.courses)]]
    cares = [row[1:] for row in rows[len(record.courses) :]]
    for title, part in (("课程与活动", courses), ("康养服务", cares)):
        if part:
            story += [Paragraph(title, look.heading),
                      sheet_table(SheetData(title, headers, part), look, width, weights=DETAIL_WEIGHTS)]  # fmt: skip
    if not rows:
        story.append(Paragraph("统计期间没有课程、活动或康养服务记录。", look.body))
    story += notes((w.HOW_PEOPLE, w.HOW_VISITS, w.HOW_HOURS), look)
    story.append(signature_lines(PARTNER_SIGNATURES, look, width))
    return story


def _columns(sheet: SheetData, names: Sequence[str]) -> SheetData:
    """The sheet with only these columns, in this order (the paper has less room than a workbook)."""
    picked = [sheet.headers.index(name) for name in names]
    rows = [tuple(row[i] for i in picked) for row in sheet.rows]
    return SheetData(sheet.title, tuple(names), rows, heading=sheet.heading, notes=sheet.notes)
