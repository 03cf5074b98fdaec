"""统计 → 概览: from the filters' keystrokes to the figures drawn. The charts' data and their tables are those of
ReportService for a seeded center (tests/ui/desk_report_center.py, figures known by hand); the community filter changes
them; a check-in elsewhere (the hub's signal) refreshes them while the tab is shown, and only when shown again while
it is not; a period whose last day is before its first is said beside the dates; a chart's figures export to a
workbook, audited."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from desk_report_center import make_report_center
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QLabel, QPushButton, QTableView, QWidget
from signin_support import settle
from sqlalchemy import select

from frontdesk.core.access import Actor
from frontdesk.core.models import AuditEntry, Role, Visit, VisitPurpose
from frontdesk.core.reports.figures import Period
from frontdesk.ui.common.changes import VISITS
from frontdesk.ui.pages.reports import dashboard_charts, periods
from frontdesk.ui.pages.reports import words as report_words

MANAGER = Actor(0, "张主任", Role.MANAGER)
MONTH = Period(date(2026, 11, 1), date(2026, 11, 28))  # 本月 up to the tests' Saturday


def shown_dashboard(qtbot, desk) -> QWidget:
    desk.window.show()
    desk.window.show_page("reports")
    tab = desk.window.findChild(QWidget, "reportsDashboard")
    desk.reports.tabs.setCurrentWidget(tab)
    settle(qtbot, desk)
    wait(qtbot, desk, tab)
    return tab


def wait(qtbot, desk, tab) -> None:
    qtbot.waitUntil(lambda: tab.figures is not None and not tab.busy() and desk.worker.idle(), timeout=10_000)


def headline(tab, name: str) -> str:
    return tab.findChild(QLabel, f"reports_{name}Number").text()


def table_rows(tab, card: str) -> list[list[str]]:
    view = tab.findChild(QTableView, f"{card}Table")
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_charts_and_their_tables_are_the_services_figures(qtbot, make_desk, opened, clock) -> None:
    make_report_center(opened.db)
    desk = make_desk()
    tab = shown_dashboard(qtbot, desk)
    figures = desk.services.reports.dashboard(MONTH, actor=desk.actor)
    assert tab.figures.period == MONTH  # 本月 is the default: the 1st to today
    for spec in dashboard_charts.CHARTS:
        card = tab.cards[spec.name]
        assert card.chart.data() == spec.data(figures), spec.name
        assert card.figures()[1:] == spec.data(figures).rows(), spec.name
    # the hand-known figures (desk_report_center.py), each saying what it counts
    assert (headline(tab, "periodVisits"), headline(tab, "periodPeople")) == ("4", "3")
    assert (headline(tab, "todayVisits"), headline(tab, "todayPeople"), headline(tab, "inBuilding")) == ("2", "2", "2")
    visits_caption = QCoreApplication.translate("Headlines", "Visits in the period (each check-in counted)")
    people_caption = QCoreApplication.translate("Headlines", "People in the period (different residents)")
    assert tab.findChild(QLabel, "reports_periodVisitsCaption").text() == visits_caption
    assert tab.findChild(QLabel, "reports_periodPeopleCaption").text() == people_caption
    assert table_rows(tab, "reportsByCommunity") == [["局前社区", "2", "3"], ["西马路社区", "1", "1"]]
    ages = {row[0]: row[1:] for row in table_rows(tab, "reportsByAge")}
    assert ages[report_words.age_band_text("80_89")] == ["1", "2"]
    assert ages[report_words.age_band_text("70_79")] == ["1", "1"]
    hours = {row[0]: row[1] for row in table_rows(tab, "reportsByHour")}
    assert hours["09:00"] == "2"
    assert table_rows(tab, "reportsAttendance") == [["书法班", "75%"]]
    legend = [s.name for s in tab.cards["reportsByDay"].chart.data().series]
    assert legend == [report_words.people_name(), report_words.visits_name()]  # 人数 and 人次, by name


def test_the_charts_are_painted_with_bars_that_say_their_figures(qtbot, make_desk, opened) -> None:
    make_report_center(opened.db)
    desk = make_desk()
    tab = shown_dashboard(qtbot, desk)
    chart = tab.cards["reportsByCommunity"].chart
    scroll = tab.findChild(QWidget, "reportsDashboardScroll")

    def painted() -> bool:
        scroll.ensureWidgetVisible(chart)  # again while the cards settle: their heights follow the figures' words
        return chart.painted > 0 and chart.bar_rects() != []

    qtbot.waitUntil(painted, timeout=5_000)
    first = chart.bar_rects()[0]  # 局前社区, people
    tip = chart.tip_at(first.rect.center().x(), first.rect.center().y())
    assert "局前社区" in tip
    assert "2" in tip
    assert report_words.people_name() in tip
    assert "局前社区" in chart.accessibleDescription()
    assert chart.accessibleName() == tab.cards["reportsByCommunity"].title


def test_the_community_chosen_changes_the_figures(qtbot, make_desk, opened) -> None:
    make_report_center(opened.db)
    desk = make_desk()
    tab = shown_dashboard(qtbot, desk)
    community = tab.findChild(QComboBox, "reportsCommunity")
    qtbot.waitUntil(lambda: community.count() == 3, timeout=5_000)  # 全部社区 and the two
    community.setFocus()
    qtbot.keyClick(community, Qt.Key.Key_End)  # 西马路社区 (the list is in order)
    qtbot.waitUntil(lambda: tab.figures is not None and tab.figures.period.community == "西马路社区", timeout=10_000)
    wait(qtbot, desk, tab)
    assert (headline(tab, "periodVisits"), headline(tab, "periodPeople")) == ("1", "1")
    assert table_rows(tab, "reportsByCommunity") == [["西马路社区", "1", "1"]]
    expected = desk.services.reports.dashboard(Period(MONTH.first_day, MONTH.last_day, "西马路社区"), actor=desk.actor)
    assert tab.cards["reportsByAge"].chart.data() == dashboard_charts.by_age_band(expected)


def test_a_check_in_elsewhere_refreshes_the_figures_while_shown_and_when_shown_again(qtbot, make_desk, opened) -> None:
    center = make_report_center(opened.db)
    desk = make_desk()
    tab = shown_dashboard(qtbot, desk)

    def came_in(resident: int, minute: int, number: int) -> None:
        with opened.db.write() as session:
            at = datetime(2026, 11, 28, 9, minute)
            session.add(Visit(resident_id=resident, visit_date=at.date(), queue_number=number, checked_in_at=at,
                              purpose=VisitPurpose.ACTIVITY))  # fmt: skip
        desk.hub.tell({VISITS})  # another desk's check-in, as the change poll tells it

    came_in(center.zhang, 25, 3)
    qtbot.waitUntil(lambda: headline(tab, "todayVisits") == "3", timeout=10_000)
    assert headline(tab, "periodPeople") == "3"
    desk.window.show_page("checkin")  # not shown: not read, but marked
    settle(qtbot, desk)
    reads = tab.figures
    with opened.db.write() as session:
        session.execute(Visit.__table__.update().values(checked_out_at=datetime(2026, 11, 28, 9, 28)))
    came_in(center.wang, 29, 4)
    qtbot.wait(600)  # longer than the tab's settling time
    assert tab.figures is reads
    assert headline(tab, "todayVisits") == "3"
    desk.window.show_page("reports")
    qtbot.waitUntil(lambda: headline(tab, "todayVisits") == "4", timeout=10_000)


def test_a_chosen_period_is_read_and_a_backward_one_is_said(qtbot, make_desk, opened) -> None:
    make_report_center(opened.db)
    desk = make_desk()
    tab = shown_dashboard(qtbot, desk)
    period = tab.findChild(QComboBox, "reportsPeriod")
    first, last = tab.findChild(QDateEdit, "reportsFrom"), tab.findChild(QDateEdit, "reportsTo")
    assert not first.isEnabled()
    period.setFocus()
    qtbot.keyClick(period, Qt.Key.Key_End)  # 自定义
    assert period.currentData() == periods.CUSTOM
    assert first.isEnabled()
    last.setDate(QDate(2026, 11, 10))
    first.setDate(QDate(2026, 11, 27))
    message = tab.findChild(QLabel, "reportsPeriodError")
    assert message.isVisibleTo(tab)
    assert message.text()
    first.setDate(QDate(2026, 11, 3))
    qtbot.waitUntil(lambda: tab.figures.period == Period(date(2026, 11, 3), date(2026, 11, 10)), timeout=10_000)
    wait(qtbot, desk, tab)
    assert not message.isVisibleTo(tab)
    assert (headline(tab, "periodVisits"), headline(tab, "periodPeople")) == ("1", "1")  # 张桂英's meal on the 3rd
    qtbot.keyClick(period, Qt.Key.Key_Home)  # 今天
    qtbot.waitUntil(lambda: tab.figures.period == Period(date(2026, 11, 28), date(2026, 11, 28)), timeout=10_000)


def test_a_charts_figures_show_as_a_table_and_export_audited(qtbot, make_desk, opened, monkeypatch, tmp_path) -> None:
    make_report_center(opened.db)
    desk = make_desk(actor=MANAGER)
    tab = shown_dashboard(qtbot, desk)
    card = tab.cards["reportsByCommunity"]
    toggle = card.findChild(QPushButton, "reportsByCommunityData")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert card.stack.currentWidget() is card.table
    target = tmp_path / "社区.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(tab.exporter, "_succeed", lambda *_a: None)  # no message box to close
    qtbot.mouseClick(card.findChild(QPushButton, "reportsByCommunityExport"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not tab.exporter.busy, timeout=10_000)
    sheet = load_workbook(target).active
    values = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    assert ["局前社区", 2, 3] in values or ["局前社区", "2", "3"] in values
    with opened.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.table")).one()
    assert entry.details["rows"] == 2


@pytest.mark.parametrize("choice", periods.CHOICES[:-1])
def test_every_period_offered_is_days_up_to_today(choice: str) -> None:
    first, last = periods.period_days(choice, date(2026, 11, 28))
    assert first <= last <= date(2026, 11, 28) or choice == periods.LAST_MONTH
    assert {
        periods.TODAY: (date(2026, 11, 28), date(2026, 11, 28)),
        periods.WEEK: (date(2026, 11, 23), date(2026, 11, 28)),
        periods.MONTH: (date(2026, 11, 1), date(2026, 11, 28)),
        periods.LAST_MONTH: (date(2026, 10, 1), date(2026, 10, 31)),
    }[choice] == (first, last)


def test_the_words_know_every_key_of_the_core() -> None:
    from frontdesk.core.models import PartnerKind
    from frontdesk.core.reports.figures import AGE_BANDS, SITUATIONS

    assert set(report_words.PURPOSES) == {p.value for p in VisitPurpose}
    assert set(report_words.AGE_BANDS) == {key for key, _low, _high in AGE_BANDS}
    assert set(report_words.SITUATIONS) == set(SITUATIONS)
    assert set(report_words.PARTNER_KINDS) == {k.value for k in PartnerKind}
    assert set(report_words.PERIODS) == set(periods.CHOICES)
