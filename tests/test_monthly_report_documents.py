"""工作月报 as an A4 PDF and as a workbook, from a month's figures built by hand (tests/report_data.py).

The PDF read back (pypdf) says every headline figure with 人数 or 人次, the age bands and situations in words, the
signature lines and 第 N 页 共 M 页; its charts are drawn (their titles are in the drawing, their bars are paths on
the page) and their figures are in tables; the workbook read back (openpyxl) holds the dataclass's numbers, no
formula, and every one of its rows is a row of the PDF's tables.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from actors import TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry
from frontdesk.core.reports import words as w
from frontdesk.core.reports.figures import CourseLine, MonthlyReport
from frontdesk.core.reports.workbooks import monthly_sheets, overview_rows
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.reports import ReportService
from frontdesk.core.spreadsheets.writing import write_xlsx
from frontdesk.printing.documents import render
from frontdesk.printing.monthly_report import render_monthly_report
from pdf_checks import text_of, unembedded_fonts
from report_data import CENTER, november, page_texts, printed_row, squeezed, workbook_rows

SHEETS = ["概况", "每日", "来访目的", "年龄段", "社区", "居住情况", "课程", "活动", "康养服务", "合伙人", "职业培训"]


@pytest.fixture(scope="module")
def report() -> MonthlyReport:
    return november()


@pytest.fixture(scope="module")
def pdf(report: MonthlyReport) -> bytes:
    return render_monthly_report(report)


def test_the_title_the_headline_figures_and_how_they_are_counted(report: MonthlyReport, pdf: bytes) -> None:
    text = squeezed(text_of(pdf))
    assert f"{CENTER}2026年11月工作月报" in text
    assert "统计期间：2026年11月1日至2026年11月30日" in text
    assert f"来访人数{report.total.people}人（不同的居民）" in text
    assert f"来访人次{report.total.visits}人次（签到次数）" in text
    assert "新登记居民46人" in text
    assert "课程出勤率85.9%" in text  # (173 + 301) / (192 + 360): the cancelled-only course expects nothing
    assert "预约爽约12人次" in text
    for how in (w.HOW_PEOPLE, w.HOW_VISITS, w.HOW_AGES):
        assert squeezed(how) in text
    assert unembedded_fonts(pdf) == []


def test_every_band_situation_and_purpose_in_words(pdf: bytes) -> None:
    text = squeezed(text_of(pdf))
    for word in ("60–69岁", "70–79岁", "80–89岁", "90岁以上", "未填出生日期", "独居", "空巢", "半失能", "失能", "低保",
                 "无以上情况", "活动", "上课", "康养", "就餐", "未填社区", "书画", "驻区企业", "社会组织"):  # fmt: skip
        assert word in text, word


def test_signature_lines_page_numbers_and_the_made_at_line(pdf: bytes) -> None:
    pages = page_texts(pdf)
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page
        assert "生成于2026-12-0109:30" in page
    last = pages[-1]
    for label in ("填报人：", "审核人：", "日期：", "单位（盖章）："):
        assert label in last, label
    assert "制表：李娜" in pages[0]


def test_the_charts_are_drawn_and_their_figures_are_in_tables(report: MonthlyReport, pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    titles = {"图1　每日来访人次与人数": 0, "图2　按来访目的": 0, "图3　按年龄段（统计期末年龄）": 0}
    for page in reader.pages:
        text = page.extract_text()
        content = page.get_contents().get_data()
        for title in titles:
            if squeezed(title) in squeezed(text):
                titles[title] += 1
                if "图1" not in title:  # a bar is a filled rectangle: one per purpose or band and series at least
                    assert len(re.findall(rb" re\b", content)) >= 2 * len(report.by_purpose)
                else:  # a line through the days: a path of one segment a day
                    assert len(re.findall(rb" l\b", content)) >= 2 * (report.period.days - 1)
    assert titles == dict.fromkeys(titles, 1)
    text = squeezed(text_of(pdf))
    for tally in report.by_purpose:  # the chart's figures, in its table
        assert f"{w.PURPOSES[tally.key]}{tally.people}{tally.visits}" in text
    for day in report.by_day:
        assert f"{day.day.isoformat()}{w.WEEKDAYS[day.day.weekday()]}{day.people}{day.visits}" in text


def test_the_workbook_holds_the_figures_and_no_formula(report: MonthlyReport, tmp_path: Path) -> None:
    wild = replace(report, classes=(replace(report.classes[0], title='=HYPERLINK("http://x","书法")'),
                                    *report.classes[1:]))  # fmt: skip
    rows = workbook_rows(write_xlsx(monthly_sheets(wild), tmp_path / "month.xlsx"))
    assert list(rows) == SHEETS
    overview = {row[0]: row[1] for row in rows["概况"][2:] if len(row) > 1 and row[1] is not None}
    assert overview["来访人数"] == report.total.people
    assert overview["来访人次"] == report.total.visits == sum(d.visits for d in report.by_day)
    assert overview["在册居民（月末）"] == report.residents_on_file
    assert overview["康养服务完成"] == 142 + 46
    assert rows["每日"][1] == ("日期", "星期", "人数", "人次")
    assert rows["每日"][2:2 + report.period.days] == [
        (d.day, w.WEEKDAYS[d.day.weekday()], d.people, d.visits) for d in report.by_day
    ]  # fmt: skip
    assert rows["年龄段"][2:8] == [(w.AGE_BANDS[t.key], t.people, t.visits) for t in report.by_age_band]
    assert rows["社区"][4] == ("未填社区", 82, 135)
    assert rows["课程"][2][0] == '=HYPERLINK("http://x","书法")'  # text, not a formula (workbook_rows checks)
    assert rows["课程"][2][-1] == 90.1  # 173 / 192
    assert rows["课程"][4][-1] is None  # nothing expected: no rate
    assert rows["康养服务"][2] == ("血压血糖测量", "仁和养老院", 142, 97, 7, 4, 55, 35.5)
    assert rows["合伙人"][2] == ("仁和养老院", "驻区企业", 1, 142, 252, 310, 38.5)
    assert rows["职业培训"][2] == ("育婴员培训", "阳光家政", 18, 16, 9)


def test_every_row_of_the_workbook_is_a_row_of_the_pdf(report: MonthlyReport, pdf: bytes, tmp_path: Path) -> None:
    """A figure on paper is the one in the workbook: each sheet's rows, read back, are read in the PDF's text."""
    text = squeezed(text_of(pdf))
    sheets = monthly_sheets(report)
    rows = workbook_rows(write_xlsx(sheets, tmp_path / "month.xlsx"))
    checked = 0
    for sheet in sheets:
        for row in rows[sheet.title][2 : 2 + len(sheet.rows)]:
            assert printed_row(row) in text, (sheet.title, row)
            checked += 1
    assert checked == sum(len(sheet.rows) for sheet in sheets) > 60
    assert len(overview_rows(report)) == len(sheets[0].rows)


def test_one_communitys_report_says_so(report: MonthlyReport) -> None:
    text = squeezed(text_of(render("monthly-report", november(community="西马路社区"))))
    assert "2026年11月工作月报（西马路社区）" in text
    assert monthly_sheets(november(community="西马路社区"))[0].heading.startswith(
        f"{CENTER} 2026年11月工作月报（西马路社区）"
    )


def test_a_long_table_runs_on_with_its_header_repeated(report: MonthlyReport) -> None:
    many = tuple(CourseLine(100 + i, f"课程{i:02d}", "culture", "course", None, 4, 0, 20, 70 + i, 0, 19, 80)
                 for i in range(70))  # fmt: skip
    pages = page_texts(render_monthly_report(replace(report, classes=many)))
    with_rows = [p for p in pages if "课程05" in p or "课程65" in p]
    assert len(with_rows) >= 2
    assert all("应到（人次）" in page for page in with_rows)  # the header again on the page it runs on to
    assert all(f"课程{i:02d}" in "".join(pages) for i in range(70))


def test_an_empty_month_says_so_and_still_draws_its_charts(report: MonthlyReport) -> None:
    zero = tuple(replace(d, people=0, visits=0) for d in report.by_day)
    empty = replace(report, by_day=zero, classes=(), events=(), care=(), partners=(), training=(), by_community=(),
                    by_purpose=tuple(replace(t, people=0, visits=0) for t in report.by_purpose))  # fmt: skip
    text = squeezed(text_of(render_monthly_report(empty)))
    for said in (
        "本月没有开课的课程。",
        "本月没有举办活动。",
        "本月没有康养服务。",
        "本月没有职业技能培训。",
        "本月没有来访。",
    ):
        assert said in text
    assert "图1" in text
    assert "图2" in text


def test_the_report_comes_in_a4_only(report: MonthlyReport) -> None:
    with pytest.raises(ValueError, match="a4"):
        render("monthly-report", report, "a5")


# -- DocumentService: the month's figures from ReportService, on SQLite and PostgreSQL ---------------------------


def test_the_desk_reads_the_month_and_records_a_saved_workbook(any_db: Database) -> None:
    from report_center import AFTER_NOVEMBER, make_report_center

    make_report_center(any_db)
    documents = DocumentService(any_db, lambda: AFTER_NOVEMBER)
    report = documents.monthly_report(date(2026, 11, 17), actor=TEST_DESK)  # any day of the month
    assert report == ReportService(any_db, lambda: AFTER_NOVEMBER).monthly(date(2026, 11, 1), actor=TEST_DESK)
    assert (report.period.first_day, report.period.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert (report.total.people, report.total.visits) == (5, 9)
    west = documents.monthly_report(date(2026, 11, 1), actor=TEST_DESK, community="西马路社区")
    assert west.period.community == "西马路社区"
    assert (west.total.people, west.total.visits) == (2, 3)
    documents.record_workbook("monthly_report", west.period, actor=TEST_DESK)
    with pytest.raises(RuleViolation) as refused:
        documents.record_workbook("visit_slip", west.period, actor=TEST_DESK)  # a slip is never a workbook
    assert refused.value.code == "unknown_document"
    with any_db.read() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.export")).all()
    assert (entry.actor, entry.entity_type, entry.entity_id) == ("system:test-desk", "report", None)
    assert entry.details["community"] == "西马路社区"
    assert entry.details["starts"] == "2026-11-01"
