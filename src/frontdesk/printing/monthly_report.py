"""工作月报 The monthly report on A4, for the manager, the sub-district (街道) and the civil-affairs office (民政).

Title (the center, 2026年11月工作月报, the community when it is one community's), the headline figures each saying
whether it counts people (人数) or visits (人次), then a section per part: visits per day, by purpose and by age band
as charts with their figures in a table under each (a chart alone cannot be checked), communities, living
situations, classes (sessions held, attendance rate), events, the care station's services (completed, no-shows),
the partners' contributions and the vocational courses' outcomes; the signature lines (填报人 审核人 日期, 单位盖章)
at the end; 第 N 页 共 M 页 and the made-at line at every page's foot. The tables are the workbook's sheets
(:func:`frontdesk.core.reports.workbooks.monthly_sheets`), so paper and workbook hold the same figures.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from frontdesk.core.reports import words as w
from frontdesk.core.reports import workbooks as books
from frontdesk.core.reports.figures import MonthlyReport
from frontdesk.core.spreadsheets.writing import SheetData
from frontdesk.printing.layout import DEFAULT_CENTER, PAGE_A4, PageSize, build_pdf, escape, styles
from frontdesk.printing.paging import numbered
from frontdesk.printing.report_charts import bar_chart, line_chart
from frontdesk.printing.report_parts import notes, sheet_table, signature_lines
from frontdesk.printing.report_words import EMPTY, MONTHLY_SIGNATURES, MONTHLY_STAMP, section

CHART_GAP = 2 * mm
DAY_WEIGHTS = (1.4, 1.0, 1.0, 1.0)  # 日期 星期 人数 人次: a narrow table, the chart above it is the reading


def monthly_report_story(report: MonthlyReport, size: PageSize) -> list[Flowable]:
    look = styles(size)
    width = size.frame_width
    sheets = {sheet.title: sheet for sheet in books.monthly_sheets(report)}
    community = f"（{escape(report.period.community)}）" if report.period.community else ""
    story: list[Flowable] = [
        Paragraph(
            f"{escape(report.center_name or DEFAULT_CENTER)}<br/>"
            f"{w.month_text(report.period.first_day)}{w.MONTHLY_TITLE}{community}",
            look.title,
        ),
        Paragraph(f"统计期间：{w.period_text(report.period)}　制表：{escape(report.made_by)}", look.centered),
        Spacer(1, 3 * mm),
    ]
    number = iter(range(1, 20))
    charts = iter(range(1, 10))

    def head(title: str) -> None:
        story.append(Paragraph(section(next(number), title), look.heading))

    def table(sheet: SheetData, weights: tuple[float, ...] | None = None, *, empty: str | None = None) -> None:
        if not sheet.rows and empty:
            story.append(Paragraph(empty, look.body))
            return
        story.append(sheet_table(sheet, look, width, weights=weights))
        story.extend(notes(sheet.notes, look))

    def chart(kind: str, title: str, labels: list[str], people: list[int], visits: list[int]) -> None:
        series = [(w.VISITS, visits), (w.PEOPLE, people)]
        draw = bar_chart if kind == "bar" else line_chart
        story.extend([draw(f"图{next(charts)}　{title}", labels, series, width), Spacer(1, CHART_GAP)])

    head("概况")
    overview = sheets[books.OVERVIEW]
    table(SheetData(overview.title, overview.headers, overview.rows, notes=overview.notes[:-1]), (2.2, 1.2, 4.4))

    head("每日来访")
    chart("line", "每日来访人次与人数", [str(d.day.day) for d in report.by_day],
          [d.people for d in report.by_day], [d.visits for d in report.by_day])  # fmt: skip
    table(sheets[books.DAILY], DAY_WEIGHTS)

    head("来访目的")
    chart("bar", "按来访目的", [w.word(w.PURPOSES, t.key) for t in report.by_purpose],
          [t.people for t in report.by_purpose], [t.visits for t in report.by_purpose])  # fmt: skip
    table(sheets[books.PURPOSE])

    head("年龄段")
    chart("bar", "按年龄段（统计期末年龄）", [w.word(w.AGE_BANDS, t.key) for t in report.by_age_band],
          [t.people for t in report.by_age_band], [t.visits for t in report.by_age_band])  # fmt: skip
    table(sheets[books.AGE])

    head("社区")
    table(sheets[books.COMMUNITY], empty=EMPTY["社区"])
    head("居住情况")
    table(sheets[books.SITUATION])
    head("课程")
    table(sheets[books.CLASSES], (2.6, 1.3, 2.0, 1, 1, 1, 1, 1, 1, 1.1), empty=EMPTY["课程"])
    head("活动")
    table(sheets[books.EVENTS], (2.6, 1.3, 2.0, 1, 1, 1, 1, 1, 1.2), empty=EMPTY["活动"])
    head("康养服务")
    a = report.appointments
    story.append(Paragraph(f"康养服务站预约 {a.booked} 人次：已完成 {a.completed}，爽约 {a.no_shows}，"
                           f"取消 {a.cancelled}，未结束 {a.open}。", look.body))  # fmt: skip
    table(sheets[books.CARE], empty=EMPTY["康养服务"])
    head("合伙人贡献")
    table(sheets[books.PARTNERS], empty=EMPTY["合伙人"])
    head("职业技能培训")
    table(sheets[books.TRAINING], empty=EMPTY["职业培训"])
    story.append(signature_lines(MONTHLY_SIGNATURES, look, width, stamp=MONTHLY_STAMP))
    return story


def monthly_report_pdf(report: MonthlyReport, size: PageSize = PAGE_A4) -> bytes:
    title = f"{report.center_name} {w.month_text(report.period.first_day)}{w.MONTHLY_TITLE}"
    foot = f"生成于 {report.made_at:%Y-%m-%d %H:%M}"
    return build_pdf(monthly_report_story(report, size), title=title, size=size, canvas=numbered(foot))


def render_monthly_report(report: MonthlyReport) -> bytes:
    """The 月报 as an A4 PDF (what ``render("monthly-report", report)`` gives)."""
    return monthly_report_pdf(report, PAGE_A4)
