"""统计 → 月报 and 合伙人: the month's key figures on screen are ReportService's for the seeded center
(tests/ui/report_center.py); the partners' table lists the partner with its hand-known figures and its renewal due,
and the detail pane says what it ran."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QTableView, QWidget
from report_center import COURSE, PARTNER, make_report_center
from signin_support import settle

from frontdesk.ui.pages.reports import words as report_words


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
