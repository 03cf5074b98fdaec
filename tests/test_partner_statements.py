"""社区合伙人服务记录: a statement per partner on its own page after a summary page, and the same figures as a
workbook, from records built by hand (tests/report_data.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core.center_info import CenterInfo
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.reports import words as w
from frontdesk.core.reports.figures import Period
from frontdesk.core.reports.statements import PartnerStatements
from frontdesk.core.reports.workbooks import PARTNER_SUMMARY_HEADERS, partner_sheets
from frontdesk.core.services.center_settings import CenterSettings
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.reports import ReportService
from frontdesk.core.spreadsheets.writing import write_xlsx
from frontdesk.printing.documents import render
from frontdesk.printing.partner_statement import SUMMARY_COLUMNS, render_partner_statements
from pdf_checks import text_of, unembedded_fonts
from report_data import CENTER, MADE_AT, NOVEMBER, page_texts, partner_records, printed_row, workbook_rows


@pytest.fixture(scope="module")
def statements() -> PartnerStatements:
    return PartnerStatements(NOVEMBER, partner_records(), CENTER, MADE_AT)


@pytest.fixture(scope="module")
def pages(statements: PartnerStatements) -> list[str]:
    return page_texts(render_partner_statements(statements))


def test_a_summary_page_then_a_statement_a_page_each(statements: PartnerStatements, pages: list[str]) -> None:
    assert len(pages) == 1 + len(statements)
    summary = pages[0]
    assert f"{CENTER}社区合伙人服务记录汇总" in summary
    assert "统计期间：2026年11月1日至2026年11月30日共3个合伙人" in summary
    for record, page in zip(statements, pages[1:], strict=True):
        assert record.name in summary
        assert f"{CENTER}社区合伙人服务记录" in page
        assert f"合伙人{record.name}" in page
        assert sum(r.name in page for r in statements) == 1  # its own page: no other partner on it
        assert (
            f"服务居民{record.people}人（人数），{record.visits}人次；服务时长{w.hours_text(record.hours)}小时" in page
        )
        for label in ("合伙人（签字）：", "中心（盖章）：", "日期："):
            assert label in page
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{len(pages)}页" in page
        assert "生成于2026-12-0109:30" in page


def test_each_statement_says_the_partner_its_agreement_and_what_it_delivered(pages: list[str]) -> None:
    nursing, troupe, paper_cutting = pages[1:]
    assert "类型驻区企业" in nursing
    assert "联系人王建国13512345678" in nursing  # a partner's contact, in full
    assert "协议期限2025年12月1日至2026年12月31日协议即将到期，请办理续签" in nursing
    assert "活动重阳敬老午餐会11681683" in nursing  # 项目 名称 课次 人数 人次 时长
    assert "康养服务血压血糖测量—9714235.5" in nursing
    assert "协议已到期，请办理续签" in troupe
    assert "课程书法班82317312" in troupe
    assert "协议期限未登记" in paper_cutting
    assert "到期" not in paper_cutting
    assert "统计期间没有课程、活动或康养服务记录。" in paper_cutting


def test_one_partner_has_no_summary_page(statements: PartnerStatements) -> None:
    one = replace(statements, records=statements.records[1:2])
    pages = page_texts(render("partner-statement", one))
    assert len(pages) == 1
    assert "汇总" not in pages[0]
    assert "银发艺术团" in pages[0]


def test_no_partner_says_so(statements: PartnerStatements) -> None:
    pdf = render_partner_statements(replace(statements, records=()))
    assert "统计期间没有合伙人服务记录。" in text_of(pdf)
    assert unembedded_fonts(pdf) == []


def test_the_workbook_holds_the_records_and_the_pdf_its_figures(statements: PartnerStatements, pages: list[str],
                                                                 tmp_path: Path) -> None:  # fmt: skip
    sheets = partner_sheets(statements, CENTER)
    rows = workbook_rows(write_xlsx(sheets, tmp_path / "partners.xlsx"))
    assert list(rows) == ["合伙人汇总", "服务明细"]
    assert rows["合伙人汇总"][0][0] == f"{CENTER} 社区合伙人服务记录　2026年11月1日至2026年11月30日"
    assert rows["合伙人汇总"][1] == PARTNER_SUMMARY_HEADERS
    assert rows["合伙人汇总"][2] == (
        "仁和养老院", "驻区企业", "康养服务站、助餐", "王建国", "13512345678", "合作中",
        date(2025, 12, 1), date(2026, 12, 31), "协议即将到期", 1, 142, 252, 310, 38.5,
    )  # fmt: skip
    assert rows["合伙人汇总"][4][:9] == ("刘阿姨剪纸", "居民能人", None, None, None, "合作中", None, None, None)
    assert rows["服务明细"][2:5] == [
        ("仁和养老院", "活动", "重阳敬老午餐会", 1, 168, 168, 3.0),
        ("仁和养老院", "康养服务", "血压血糖测量", None, 97, 142, 35.5),
        ("银发艺术团", "课程", "书法班", 8, 23, 173, 12.0),
    ]
    picked = [PARTNER_SUMMARY_HEADERS.index(name) for name in SUMMARY_COLUMNS]
    for row in rows["合伙人汇总"][2:5]:  # the summary page prints these columns of each row
        assert printed_row(tuple(row[i] for i in picked)) in pages[0], row


def test_the_renewal_words() -> None:
    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    assert w.renewal_text(date(2026, 12, 31), True, period) == "协议即将到期"
    assert w.renewal_text(date(2026, 11, 30), True, period) == "协议即将到期"  # it ends on the period's last day
    assert w.renewal_text(date(2026, 11, 29), True, period) == "协议已到期"
    assert w.renewal_text(date(2027, 6, 30), False, period) == ""


def test_statements_are_a_sequence_of_their_records(statements: PartnerStatements) -> None:
    assert len(statements) == 3
    assert [r.partner_id for r in statements] == [41, 42, 43]
    assert statements[0].name == "仁和养老院"
    assert statements[-1:] == statements.records[-1:]


# -- DocumentService: ReportService's records with the center's name, on SQLite and PostgreSQL -------------------


def test_the_desk_reads_the_statements_one_partner_or_all(any_db: Database) -> None:
    from report_center import AFTER_NOVEMBER, make_report_center

    center = make_report_center(any_db)
    CenterSettings(any_db, lambda: AFTER_NOVEMBER).set_center_info(CenterInfo(name=CENTER), actor=TEST_ACTOR)
    documents = DocumentService(any_db, lambda: AFTER_NOVEMBER)
    every = documents.partner_statements(NOVEMBER, actor=TEST_DESK)
    assert [r.name for r in every] == ["银发艺术团", "颐康家政"]  # the idle and the inactive one did nothing
    assert every.records == ReportService(any_db, lambda: AFTER_NOVEMBER).partner_records(NOVEMBER, actor=TEST_DESK)
    assert (every.period, every.made_at) == (NOVEMBER, AFTER_NOVEMBER)
    assert every.center_name == CENTER  # as the center's settings say: on every page's title
    (idle,) = documents.partner_statements(NOVEMBER, actor=TEST_DESK, partner_id=center.partners["idle"])
    assert (idle.name, idle.people, idle.visits, idle.courses, idle.care) == ("书香读书会", 0, 0, (), ())
    with pytest.raises(RuleViolation) as refused:
        documents.partner_statements(NOVEMBER, actor=TEST_DESK, partner_id=9999)
    assert refused.value.code == "partner_not_found"


def test_the_statements_head_their_sheets_even_with_no_partner(statements: PartnerStatements) -> None:
    (summary, details) = partner_sheets(replace(statements, records=()))
    assert summary.heading == f"{CENTER} 社区合伙人服务记录　2026年11月1日至2026年11月30日"
    assert (summary.rows, details.rows) == ([], [])
    assert partner_sheets(statements)[0].heading == summary.heading  # the center's name from the statements
