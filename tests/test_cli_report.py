"""frontdesk-admin report: the monthly report and the partners' statements of a small center worked out by hand
(tests/report_center.py), as a PDF and as a workbook with the same figures, audited as the admin tool; and its
one-line errors (exit 2 for usage, 1 for refusals)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from actors import TEST_DESK
from frontdesk.cli import report as report_cli
from frontdesk.cli.admin import main
from frontdesk.core.db import Database
from frontdesk.core.models import AuditEntry
from frontdesk.core.reports.figures import Period
from frontdesk.core.reports.workbooks import monthly_sheets, partner_sheets
from frontdesk.core.services.documents import DocumentService
from pdf_checks import text_of
from report_center import AFTER_NOVEMBER, ReportCenter, make_report_center
from report_data import page_texts, printed_row, squeezed, workbook_rows

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def center(db: Database) -> ReportCenter:
    return make_report_center(db)


@pytest.fixture(autouse=True)
def after_november(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_cli, "now", lambda: AFTER_NOVEMBER)


def _admin_entries(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.actor == "system:admin-cli")
                                    .order_by(AuditEntry.id)))  # fmt: skip


def test_the_monthly_report_as_pdf_and_workbook_with_the_same_figures(
    db: Database, db_path: Path, center: ReportCenter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, book = tmp_path / "月报.pdf", tmp_path / "月报.xlsx"
    base = ["--db", str(db_path), "report", "monthly", "--month", "2026-11", "--out"]
    assert main([*base, str(pdf)]) == 0
    assert f"{pdf} (工作月报, A4 PDF" in capsys.readouterr().out
    assert main([*base, str(book)]) == 0
    assert f"{book} (工作月报, workbook of 11 sheets" in capsys.readouterr().out
    text = squeezed(text_of(pdf.read_bytes()))
    assert "来访人数5人（不同的居民）" in text  # 9 check-ins by 5 residents (tests/test_reports.py)
    assert "来访人次9人次（签到次数）" in text
    rows = workbook_rows(book)
    overview = {row[0]: row[1] for row in rows["概况"][2:] if len(row) > 1}
    assert (overview["来访人数"], overview["来访人次"]) == (5, 9)
    assert ("80–89岁", 1, 3) in rows["年龄段"]  # 王秀兰 turned 80 on the 15th
    assert ("未填社区", 1, 1) in rows["社区"]
    report = DocumentService(db, lambda: AFTER_NOVEMBER).monthly_report(date(2026, 11, 1), actor=TEST_DESK)
    for sheet in monthly_sheets(report):  # every row of the workbook is a row of the PDF
        assert len(rows[sheet.title]) >= 2 + len(sheet.rows)
        for row in rows[sheet.title][2 : 2 + len(sheet.rows)]:
            assert printed_row(row) in text, (sheet.title, row)
    printed, saved = _admin_entries(db)
    assert (printed.action, printed.details["document"]) == ("resident.print", "monthly_report")
    assert printed.details["size"] == "a4"
    assert printed.details["residents"] == []
    assert saved.action == "report.export"
    assert saved.details == {"document": "monthly_report", "format": "xlsx", "starts": "2026-11-01",
                             "ends": "2026-11-30", "community": None, "partner_id": None}  # fmt: skip


def test_one_communitys_month(db_path: Path, center: ReportCenter, tmp_path: Path) -> None:
    book = tmp_path / "西马路.xlsx"
    assert main(["--db", str(db_path), "report", "monthly", "--month", "2026-11", "--community", "西马路社区",
                 "--out", str(book)]) == 0  # fmt: skip
    rows = workbook_rows(book)
    assert "2026年11月工作月报（西马路社区）" in rows["概况"][0][0]
    overview = {row[0]: row[1] for row in rows["概况"][2:] if len(row) > 1}
    assert (overview["来访人数"], overview["来访人次"]) == (2, 3)  # 张桂英 and 陈志强


def test_the_partners_statements_as_pdf_and_workbook(
    db: Database, db_path: Path, center: ReportCenter, tmp_path: Path
) -> None:
    pdf, book = tmp_path / "合伙人.pdf", tmp_path / "合伙人.xlsx"
    base = ["--db", str(db_path), "report", "partners", "--from", "2026-11-01", "--to", "2026-11-30", "--out"]
    assert main([*base, str(pdf)]) == 0
    assert main([*base, str(book)]) == 0
    pages = page_texts(pdf.read_bytes())
    assert len(pages) == 3  # the summary, 银发艺术团, 颐康家政 (书香读书会 and 旧日剧社 did nothing)
    summary, arts, care = pages
    assert "共2个合伙人" in summary
    assert "联系人张德明13900001111" in arts
    assert "2026年1月16日至2027年1月15日协议即将到期" in arts  # within 60 days of 30 November
    assert "服务居民5人（人数），8人次；服务时长6.5小时" in arts
    assert "课程书法班3354.5" in arts  # 3 sessions held, 3 people, 5 attendances, 4.5 h
    assert "康养服务血压测量—120.5" in care
    assert "到期" not in care
    rows = workbook_rows(book)
    assert rows["合伙人汇总"][2] == ("银发艺术团", "社会组织", None, "张德明", "13900001111", "合作中",
                                   date(2026, 1, 16), date(2027, 1, 15), "协议即将到期", 4, 0, 5, 8, 6.5)  # fmt: skip
    assert rows["合伙人汇总"][3][9:] == (1, 2, 3, 4, 3.5)
    statements = DocumentService(db, lambda: AFTER_NOVEMBER).partner_statements(NOVEMBER, actor=TEST_DESK)
    assert len(rows["服务明细"]) >= 2 + len(partner_sheets(statements)[1].rows)
    (saved,) = [e for e in _admin_entries(db) if e.action == "report.export"]
    assert saved.details["document"] == "partner_statement"


def test_one_partner_even_idle_and_an_unknown_one(
    db_path: Path, center: ReportCenter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "读书会.pdf"
    base = ["--db", str(db_path), "report", "partners", "--from", "2026-11-01", "--to", "2026-11-30"]
    assert main([*base, "--partner", str(center.partners["idle"]), "--out", str(out)]) == 0
    (page,) = page_texts(out.read_bytes())  # one partner: its statement, no summary
    assert "书香读书会" in page
    assert "统计期间没有课程、活动或康养服务记录。" in page
    capsys.readouterr()
    assert main([*base, "--partner", "9999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.strip() == "report: refused: there is no partner with that number"
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["monthly", "--month", "2026-13", "--out", "x.pdf"], "--month must be a month as YYYY-MM"),
        (["monthly", "--month", "11/2026", "--out", "x.pdf"], "--month must be a month as YYYY-MM"),
        (["monthly", "--month", "2026-11-01", "--out", "x.xlsx"], "--month must be a month as YYYY-MM"),
        (["monthly", "--month", "2026-11", "--out", "x.docx"], "--out must end in .pdf or .xlsx"),
        (["partners", "--from", "2026-11-30", "--to", "2026-11-01", "--out", "x.pdf"], "--to 2026-11-01 is before"),
        (["partners", "--from", "2026-11-31", "--to", "2026-12-01", "--out", "x.pdf"], "--from must be a date"),
        (["partners", "--from", "2026-11-01", "--to", "soon", "--out", "x.csv"], "--out must end in .pdf or .xlsx"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], said: str
) -> None:
    arguments = [str(tmp_path / a) if a.startswith("x.") else a for a in arguments]
    assert main(["--db", str(db_path), "report", *arguments]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("report: ")
    assert said in err
    assert list(tmp_path.iterdir()) == []  # nothing written, no database made


def test_an_empty_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(tmp_path / "new.sqlite3"), "report", "monthly", "--month", "2026-11"]
    assert main([*args, "--out", str(tmp_path / "x.pdf")]) == 1
    assert "frontdesk-admin init" in capsys.readouterr().err


def test_print_makes_the_same_report_and_says_what_it_needs(
    db_path: Path, center: ReportCenter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "月报.pdf"
    assert main(["--db", str(db_path), "print", "monthly-report", "--month", "2026-11", "--out", str(out)]) == 0
    assert "来访人数5人（不同的居民）" in squeezed(text_of(out.read_bytes()))
    assert main(["--db", str(db_path), "print", "partner-statement", "--out", str(tmp_path / "p.pdf")]) == 2
    assert "--from YYYY-MM-DD and --to YYYY-MM-DD" in capsys.readouterr().err
