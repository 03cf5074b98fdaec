"""统计 → 月报 and 合伙人: the month's key figures on screen are ReportService's for the seeded center
(tests/ui/desk_report_center.py); the partners' table lists the partner with its hand-known figures and its renewal due,
and the detail pane says what it ran."""

from __future__ import annotations

from datetime import date

from desk_report_center import COURSE, PARTNER, make_report_center
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QTableView, QWidget
from signin_support import settle
from sqlalchemy import select

from frontdesk.core.models import AuditEntry
from frontdesk.core.services.documents import PRINT_ACTION
from frontdesk.ui.pages.reports import words as report_words
from pdf_checks import text_of


def shown_tab(qtbot, desk, name: str) -> QWidget:
    desk.window.show()
    desk.window.show_page("reports")
    tab = desk.window.findChild(QWidget, name)
    desk.reports.tabs.setCurrentWidget(tab)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not tab.busy() and desk.worker.idle(), timeout=10_000)
    return tab


def test_the_months_key_figures_are_the_services(qtbot, make_desk, opened) -> None:
    make_report_center(opened.db)
    desk = make_desk()
    tab = shown_tab(qtbot, desk, "reportsMonthly")
    month = tab.findChild(QDateEdit, "monthlyMonth")
    assert month.date() == QDate(2026, 10, 1)  # last month: the one usually reported
    month.setFocus()
    month.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.period.first_day == date(2026, 11, 1), timeout=10_000)
    report = desk.services.reports.monthly(date(2026, 11, 1), actor=desk.actor)
    assert tab.report == report
    value = {key: tab.findChild(QLabel, f"monthly_{key}").text() for key in ("visits", "people", "classes", "rate")}
    assert value["visits"] == report_words.visits_text(4)
    assert value["people"] == report_words.people_text(3)
    assert value["classes"] == f"1 · 2 · {report_words.visits_text(3)}"  # 书法班: 2 sessions, 3 attendances
    assert value["rate"] == "75%"
    for name in ("monthlyPrint", "monthlyPdf", "monthlyExcel"):
        assert tab.findChild(QPushButton, name).isEnabled()


def test_the_partners_record_lists_a_partner_with_its_figures(qtbot, make_desk, opened) -> None:
    center = make_report_center(opened.db)
    desk = make_desk()
    tab = shown_tab(qtbot, desk, "reportsPartners")
    table = tab.findChild(QTableView, "partnersRecordTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    model = table.model()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    renewal = tab.tr("⚠ Renewal due")
    assert row == [PARTNER, report_words.partner_kind_text("volunteer"), "2", "2", "3", report_words.hours_text(4.0),
                   "2026-12-31", renewal]  # fmt: skip
    assert tab.current().partner_id == center.partner  # the first is selected: its detail shown
    detail = tab.findChild(QLabel, "partnersDetail").text()
    assert PARTNER in detail
    assert COURSE in detail
    assert report_words.visits_text(3) in detail
    assert tab.findChild(QPushButton, "partnerStatementPrint").isEnabled()
    first = tab.findChild(QDateEdit, "partnersFrom")
    first.setDate(QDate(2026, 11, 11))  # after both sessions: nothing delivered, so not listed
    qtbot.waitUntil(lambda: table.model().rowCount() == 0, timeout=10_000)
    assert not tab.findChild(QPushButton, "partnerStatementPrint").isEnabled()


def _cells(path) -> list:
    book = load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
            if cell is not None]  # fmt: skip


def _actions(opened, action: str) -> list[dict]:
    with opened.db.read() as session:
        return [e.details for e in session.scalars(select(AuditEntry).where(AuditEntry.action == action))]


def test_the_month_prints_through_the_preview_and_saves_as_pdf_and_excel(qtbot, make_desk, opened, prompts, printers,
                                                                          tmp_path) -> None:  # fmt: skip
    make_report_center(opened.db)
    desk = make_desk()
    tab = shown_tab(qtbot, desk, "reportsMonthly")
    tab.findChild(QDateEdit, "monthlyMonth").setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.period.first_day == date(2026, 11, 1), timeout=10_000)
    qtbot.mouseClick(tab.findChild(QPushButton, "monthlyPrint"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.printing.last_preview is not None, timeout=60_000)
    preview = tab.printing.last_preview
    text = text_of(preview._pdf)
    for figure in ("2026", "局前社区", "西马路社区", COURSE, PARTNER):
        assert figure in text, figure
    prompts.printer_choice = ("Office laser", 1)
    preview.print_document()
    qtbot.waitUntil(lambda: len(printers.sent) == 1 and not tab.busy(), timeout=10_000)
    qtbot.waitUntil(lambda: _actions(opened, PRINT_ACTION) != [], timeout=10_000)
    assert _actions(opened, PRINT_ACTION)[0]["document"] == "monthly_report"

    prompts.save_path = str(tmp_path / "月报.pdf")
    qtbot.mouseClick(tab.findChild(QPushButton, "monthlyPdf"), Qt.MouseButton.LeftButton)
    status = tab.findChild(QLabel, "monthlyStatus")
    error = tab.findChild(QLabel, "monthlyError")
    qtbot.waitUntil(lambda: "月报.pdf" in status.text() or bool(error.text()), timeout=60_000)  # written, then said
    assert error.text() == "", (status.text(), prompts.saved_as, printers.sent and len(printers.sent))
    assert COURSE in text_of((tmp_path / "月报.pdf").read_bytes())
    assert prompts.saved_as[-1] == "月报-2026-11.pdf"

    target = tmp_path / "月报.xlsx"
    tab.choose_path = lambda suggested: str(target)
    qtbot.mouseClick(tab.findChild(QPushButton, "monthlyExcel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.name in status.text() or bool(error.text()), timeout=60_000)
    assert error.text() == ""
    cells = _cells(target)
    assert COURSE in cells
    assert "局前社区" in cells
    exported = _actions(opened, "report.export")
    assert [(e["document"], e["starts"], e["ends"]) for e in exported] == [
        ("monthly_report", "2026-11-01", "2026-11-30")
    ]


def test_a_partners_statement_prints_and_the_record_exports(qtbot, make_desk, opened, tmp_path) -> None:
    make_report_center(opened.db)
    desk = make_desk()
    tab = shown_tab(qtbot, desk, "reportsPartners")
    table = tab.findChild(QTableView, "partnersRecordTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(tab.findChild(QPushButton, "partnerStatementPrint"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.printing.last_preview is not None, timeout=60_000)
    text = text_of(tab.printing.last_preview._pdf)
    assert PARTNER in text
    assert COURSE in text
    tab.printing.last_preview.close()
    target = tmp_path / "合伙人.xlsx"
    tab.choose_path = lambda suggested: str(target)
    qtbot.mouseClick(tab.findChild(QPushButton, "partnersExcel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not tab.busy(), timeout=60_000)
    assert PARTNER in _cells(target)
    assert [e["document"] for e in _actions(opened, "report.export")] == ["partner_statement"]
