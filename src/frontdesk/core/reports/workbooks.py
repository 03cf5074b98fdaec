"""The monthly report (月报) and the partners' record (社区合伙人服务记录) as tables: a workbook's sheets, and the
tables the PDFs print (:mod:`frontdesk.printing.monthly_report` lays these same rows out), so a figure on paper is
the one in the workbook.

Every count sits under a header that says 人数 or 人次, and how it is counted is written below the rows; rates are
percentages with one decimal, hours have one decimal. Written with
:func:`frontdesk.core.spreadsheets.writing.write_xlsx`, where no text is ever a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontdesk.core.reports import words as w
from frontdesk.core.reports.figures import CourseLine, MonthlyReport, PartnerRecord, Tally
from frontdesk.core.spreadsheets.writing import Cell, SheetData, write_xlsx

OVERVIEW = "概况"
DAILY = "每日"
PURPOSE = "来访目的"
AGE = "年龄段"
COMMUNITY = "社区"
SITUATION = "居住情况"
CLASSES = "课程"
EVENTS = "活动"
CARE = "康养服务"
PARTNERS = "合伙人"
TRAINING = "职业培训"
PARTNER_SUMMARY = "合伙人汇总"
PARTNER_DETAILS = "服务明细"
TALLY_HEADERS = (w.PEOPLE, w.VISITS)


def monthly_title(report: MonthlyReport) -> str:
    """局前社区服务中心 2026年11月工作月报（西马路社区）"""
    community = f"（{report.period.community}）" if report.period.community else ""
    center = f"{report.center_name} " if report.center_name else ""
    return f"{center}{w.month_text(report.period.first_day)}{w.MONTHLY_TITLE}{community}"


def overview_rows(report: MonthlyReport) -> list[tuple[str, Cell, str]]:
    """概况: (item, figure, what it counts) — the headline figures, each saying whether it is people or visits."""
    classes, events, a = report.classes, report.events, report.appointments
    return [
        ("来访人数", report.total.people, "人（不同的居民）"),
        ("来访人次", report.total.visits, "人次（签到次数）"),
        ("新登记居民", report.new_residents, "人"),
        ("注销居民", report.archived_residents, "人（迁出、去世等）"),
        ("在册居民（月末）", report.residents_on_file, "人"),
        ("开课课次", sum(c.sessions_held for c in classes), f"次（{len(classes)} 门课程）"),
        ("上课出勤", sum(c.attendances for c in classes), "人次"),
        ("课程出勤率", w.percent(_rate(classes)), "%（出勤人次 ÷ 应到人次）"),
        ("举办活动", sum(c.sessions_held for c in events), f"场（{len(events)} 项活动）"),
        ("活动参加", sum(c.attendances for c in events), "人次（不含同行家属）"),
        ("活动同行家属", sum(c.companions for c in events), "人次"),
        ("康养服务完成", sum(c.completed for c in report.care), "人次"),
        ("康养预约", a.booked, "人次（未取消的预约）"),
        ("预约已完成", a.completed, "人次"),
        ("预约爽约", a.no_shows, "人次"),
        ("预约取消", a.cancelled, "人次"),
        ("合伙人参与", len(report.partners), "个"),
        ("合伙人服务时长", w.hours(sum(p.hours for p in report.partners)), "小时"),
        ("职业培训结业", sum(t.completed for t in report.training), "人"),
        ("职业培训就业", sum(t.employed for t in report.training), "人"),
        ("关怀提醒（月末）", report.welfare_open, "人（独居、常来而多日未到）"),
    ]


def monthly_sheets(report: MonthlyReport) -> list[SheetData]:
    """The 月报's sheets, in the PDF's order: 概况, 每日, 来访目的, 年龄段, 社区, 居住情况, 课程, 活动, 康养服务,
    合伙人, 职业培训."""
    title, period = monthly_title(report), w.period_text(report.period)
    counting = (w.HOW_PEOPLE, w.HOW_VISITS)
    return [
        SheetData(
            OVERVIEW, ("项目", "数值", "单位与口径"), overview_rows(report),
            heading=f"{title}　统计期间 {period}",
            notes=(*counting, w.HOW_AGES, w.HOW_RATE, w.HOW_HOURS,
                   f"制表 {report.made_by}　生成于 {report.made_at:%Y-%m-%d %H:%M}"),
            widths=(20, 12, 48),
        ),
        SheetData(
            DAILY, ("日期", "星期", *TALLY_HEADERS),
            [(d.day, w.WEEKDAYS[d.day.weekday()], d.people, d.visits) for d in report.by_day],
            heading=f"{title}　每日来访", notes=counting,
        ),
        _tallies(PURPOSE, "来访目的", report.by_purpose, w.PURPOSES, title=title, notes=counting),
        _tallies(AGE, "年龄段", report.by_age_band, w.AGE_BANDS, title=title, notes=(*counting, w.HOW_AGES)),
        SheetData(
            COMMUNITY, ("社区", *TALLY_HEADERS),
            [(w.community_word(t.key), t.people, t.visits) for t in report.by_community],
            heading=f"{title}　按社区", notes=counting,
        ),
        _tallies(SITUATION, "居住情况", report.by_situation, w.SITUATIONS, title=title,
                 notes=(*counting, w.HOW_SITUATIONS)),
        SheetData(
            CLASSES,
            ("课程", "类别", "合伙人", "开课课次", "停课课次", "报名（人）", "出勤（人次）", "出勤（人数）",
             "应到（人次）", "出勤率（%）"),
            [(c.title, w.word(w.CATEGORIES, c.category), c.partner or None, c.sessions_held, c.sessions_cancelled,
              c.enrolled, c.attendances, c.people, c.expected, w.percent(c.rate)) for c in report.classes],
            heading=f"{title}　课程", notes=(w.HOW_RATE, w.HOW_PEOPLE, w.HOW_VISITS),
        ),
        SheetData(
            EVENTS,
            ("活动", "类别", "合伙人", "场次", "取消场次", "报名（人）", "参加（人次）", "参加（人数）",
             "同行家属（人次）"),
            [(c.title, w.word(w.CATEGORIES, c.category), c.partner or None, c.sessions_held, c.sessions_cancelled,
              c.enrolled, c.attendances, c.people, c.companions) for c in report.events],
            heading=f"{title}　活动", notes=counting,
        ),
        SheetData(
            CARE,
            ("服务", "合伙人", "完成（人次）", "服务（人数）", "爽约（人次）", "取消（人次）", "现场（人次）",
             "服务时长（小时）"),
            [(c.name, c.partner or None, c.completed, c.people, c.no_shows, c.cancelled, c.walk_ins,
              w.hours(c.minutes / 60)) for c in report.care],
            heading=f"{title}　康养服务", notes=(*counting, "现场：未预约、到站即做的服务，已计入完成"),
        ),
        SheetData(
            PARTNERS,
            ("合伙人", "类型", "课次与场次", "康养完成（人次）", "服务（人数）", "服务（人次）", "服务时长（小时）"),
            [(p.name, w.word(w.PARTNER_KINDS, p.kind), p.sessions, p.care_completed, p.people, p.visits,
              w.hours(p.hours)) for p in report.partners],
            heading=f"{title}　合伙人贡献", notes=(*counting, w.HOW_HOURS),
        ),
        SheetData(
            TRAINING, ("培训课程", "合伙人", "报名（人）", "结业（人）", "已就业（人）"),
            [(t.title, t.partner or None, t.enrolled, t.completed, t.employed) for t in report.training],
            heading=f"{title}　职业技能培训",
        ),
    ]  # fmt: skip


def partner_title(records: Sequence[PartnerRecord], center_name: str = "") -> str:
    """局前街社区服务中心 社区合伙人服务记录　2026年11月1日至2026年11月30日"""
    first = getattr(records, "period", None) or (records[0].period if records else None)
    period = f"　{w.period_text(first)}" if first else ""
    return f"{center_name + ' ' if center_name else ''}{w.PARTNER_TITLE}{period}"


def partner_summary_rows(records: Sequence[PartnerRecord]) -> list[tuple[Cell, ...]]:
    return [
        (r.name, w.word(w.PARTNER_KINDS, r.kind), r.services or None, r.contact_name or None, r.contact_phone or None,
         "合作中" if r.active else "已停止", r.agreement_start, r.agreement_end,
         w.renewal_text(r.agreement_end, r.renewal_due, r.period) or None, sum(c.sessions for c in r.courses),
         sum(c.completed for c in r.care), r.people, r.visits, w.hours(r.hours))
        for r in records
    ]  # fmt: skip


PARTNER_SUMMARY_HEADERS = (
    "合伙人", "类型", "服务内容", "联系人", "联系电话", "状态", "协议开始", "协议结束", "续签提醒",
    "课次与场次", "康养完成（人次）", "服务（人数）", "服务（人次）", "服务时长（小时）",
)  # fmt: skip
PARTNER_DETAIL_HEADERS = ("合伙人", "项目", "名称", "课次与场次", "服务（人数）", "服务（人次）", "服务时长（小时）")


def partner_detail_rows(record: PartnerRecord) -> list[tuple[Cell, ...]]:
    """A partner's courses, events and care services: (partner, what, name, sessions, people, visits, hours)."""
    rows: list[tuple[Cell, ...]] = [
        (record.name, w.word(w.COURSE_KINDS, c.kind), c.title, c.sessions, c.people, c.attendances, w.hours(c.hours))
        for c in record.courses
    ]
    rows += [(record.name, "康养服务", c.name, None, c.people, c.completed, w.hours(c.hours)) for c in record.care]
    return rows


def partner_sheets(records: Sequence[PartnerRecord], center_name: str = "") -> list[SheetData]:
    """合伙人汇总 (a row per partner: agreement, renewal, totals) and 服务明细 (a row per course, event or care
    service of each partner) — two sheets however many partners, so a district can sort and add them up.
    ``records`` may be a :class:`~frontdesk.core.reports.statements.PartnerStatements`: its center's name then heads
    the sheets, and its period even when no partner had anything."""
    center_name = center_name or getattr(records, "center_name", "")
    title = partner_title(records, center_name)
    counting = (w.HOW_PEOPLE, w.HOW_VISITS, w.HOW_HOURS)
    return [
        SheetData(PARTNER_SUMMARY, PARTNER_SUMMARY_HEADERS, partner_summary_rows(records), heading=title,
                  notes=(*counting, "续签提醒：协议在统计期末起 60 天内到期，或已到期")),
        SheetData(PARTNER_DETAILS, PARTNER_DETAIL_HEADERS, [row for r in records for row in partner_detail_rows(r)],
                  heading=f"{title}　服务明细", notes=counting),
    ]  # fmt: skip


def write_monthly_workbook(report: MonthlyReport, path: Path) -> Path:
    return write_xlsx(monthly_sheets(report), path)


def write_partner_workbook(records: Sequence[PartnerRecord], path: Path, center_name: str = "") -> Path:
    return write_xlsx(partner_sheets(records, center_name), path)


def _tallies(
    name: str, what: str, tallies: Sequence[Tally], words: dict[str, str], *, title: str, notes: tuple[str, ...]
) -> SheetData:
    rows = [(w.word(words, t.key), t.people, t.visits) for t in tallies]
    return SheetData(name, (what, *TALLY_HEADERS), rows, heading=f"{title}　按{what}", notes=notes)


def _rate(lines: Sequence[CourseLine]) -> float | None:
    expected = sum(c.expected for c in lines)
    return sum(c.attendances for c in lines) / expected if expected else None
