"""概览 tab of the 统计 page: today and a chosen period at a glance — headline numbers and charts, filtered by period
(今天, 本周, 本月, 上月, 自定义) and community.

The frame shows at once; the figures are read on the desk's worker and fill it when they arrive. The tab re-reads
when it becomes visible and, debounced, when the hub says visits, appointments, classes or residents changed — only
while it is visible (a hidden dashboard marks itself stale and reads when it is next shown).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.form_parts import DeskTab, date_box
from frontdesk.ui.common.table_export import TableExport, add_export_action
from frontdesk.ui.pages.reports import periods, words
from frontdesk.ui.pages.reports.chart_card import ChartCard, ChartGrid
from frontdesk.ui.pages.reports.dashboard_charts import CHARTS
from frontdesk.ui.pages.reports.headlines import Headlines

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.reports.figures import DashboardFigures
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.worker import DatabaseWorker

READ = "reports.dashboard"
COMMUNITIES = "reports.communities"
SETTLE_MS = 400  # a burst of check-ins is read once


class DashboardTab(DeskTab):
    welfare_requested = Signal()  # 关怀提醒: the check-in page's welfare list, opened by the shell
    figures_shown = Signal(object)  # DashboardFigures, once drawn (tests and the benchmark wait for it)

    def __init__(self, hub: ChangeHub, worker: DatabaseWorker, *, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("reportsDashboard")
        self._clock = clock
        self._stale = True
        self.figures: DashboardFigures | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SETTLE_MS)
        self._later.timeout.connect(self.refresh)
        self._build_filters()
        self.headlines = Headlines()
        self.headlines.welfare_button.clicked.connect(self.welfare_requested)
        self.grid = ChartGrid()
        self.exporter = TableExport(worker, parent=self)  # 导出…: one export at a time from this tab
        self.cards: dict[str, ChartCard] = {}
        titles = self._titles(None)
        headers = self._headers()
        for spec in CHARTS:
            card = ChartCard(spec.name, titles[spec.name], headers[spec.name], spec.orientation)
            card.export_requested.connect(self.export_card)
            add_export_action(card.table, lambda card=card: card.title, exporter=self.exporter,
                              services=lambda: self._services, actor=lambda: self._actor,
                              heading=self._heading)  # fmt: skip
            self.cards[spec.name] = card
            self.grid.add(card)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.headlines)
        inner.addWidget(self.grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("reportsDashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        for signal in (hub.visits_changed, hub.appointments_changed, hub.classes_changed, hub.residents_changed):
            signal.connect(self.changed)
        hub.residents_changed.connect(self._read_communities)  # a new community may have come with a resident

    # -- building -----------------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.period = QComboBox()
        self.period.setObjectName("reportsPeriod")
        for key in periods.CHOICES:
            self.period.addItem(words.t(words.PERIODS[key]), key)
        self.period.setCurrentIndex(periods.CHOICES.index(periods.MONTH))
        self.first = date_box("reportsFrom", optional=False)
        self.last = date_box("reportsTo", optional=False)
        self.community = QComboBox()
        self.community.setObjectName("reportsCommunity")
        self.community.addItem(self.tr("All communities"), None)
        self.community.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.made_at = QLabel()
        self.made_at.setObjectName("reportsMadeAt")
        self.message = error_label("reportsPeriodError")
        self.filters = QWidget()
        self.filters.setObjectName("reportsFilters")
        flow = FlowLayout(self.filters)
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period)
        community_label = QLabel(self.tr("&Community"))
        community_label.setBuddy(self.community)
        from_label, to_label = QLabel(self.tr("From")), QLabel(self.tr("to"))
        from_label.setBuddy(self.first)
        to_label.setBuddy(self.last)
        flow.addWidget(group(period_label, self.period))
        flow.addWidget(group(from_label, self.first, to_label, self.last))
        flow.addWidget(group(community_label, self.community))
        flow.addWidget(self.made_at)
        self.setTabOrder(self.period, self.first)
        self.setTabOrder(self.first, self.last)
        self.setTabOrder(self.last, self.community)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.first.dateChanged.connect(lambda _d: self._days_typed())
        self.last.dateChanged.connect(lambda _d: self._days_typed())
        self.community.currentIndexChanged.connect(lambda _i: self.refresh())

    def _titles(self, shown: DashboardFigures | None) -> dict[str, str]:
        day = words.day_text(shown.period.last_day) if shown is not None else ""
        return {
            "reportsByHour": self.tr("Visits per hour, today"),
            "reportsByDay": self.tr("People and visits per day"),
            "reportsByPurpose": self.tr("By purpose of the visit"),
            "reportsByAge": self.tr("By age on {day}").format(day=day) if day else self.tr("By age"),
            "reportsByCommunity": self.tr("By community"),
            "reportsBySituation": self.tr("By living situation"),
            "reportsAttendance": self.tr("Class attendance rates, best attended courses"),
            "reportsAppointments": self.tr("Care-station appointments (visits)"),
        }

    def _headers(self) -> dict[str, str]:
        return {
            "reportsByHour": self.tr("Hour"),
            "reportsByDay": self.tr("Day"),
            "reportsByPurpose": self.tr("Purpose"),
            "reportsByAge": self.tr("Age"),
            "reportsByCommunity": self.tr("Community"),
            "reportsBySituation": self.tr("Situation"),
            "reportsAttendance": self.tr("Course"),
            "reportsAppointments": self.tr("Outcome"),
        }

    # -- the period ---------------------------------------------------------------------------------------------
    def attach(self, services: Any) -> None:
        self._show_days(self.period.currentData())
        super().attach(services)

    def _today(self) -> date:
        return self._clock().date()

    def _period_chosen(self, _index: int) -> None:
        choice = self.period.currentData()
        self._show_days(choice)
        self.refresh()

    def _show_days(self, choice: str) -> None:
        custom = choice == periods.CUSTOM
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if custom:
            return
        first, last = periods.period_days(choice, self._today())
        for box, day in ((self.first, first), (self.last, last)):
            box.blockSignals(True)
            box.setDate(QDate(day.year, day.month, day.day))
            box.blockSignals(False)

    def _days_typed(self) -> None:
        if self.period.currentData() == periods.CUSTOM:
            self.refresh()

    def chosen_days(self) -> tuple[date, date] | None:
        """The period's days, or ``None`` (said beside the dates) when the last is before the first."""
        choice = self.period.currentData()
        if choice != periods.CUSTOM:
            show_error(self.message, "")
            return periods.period_days(choice, self._today())
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if last < first:
            show_error(self.message, self.tr("The last day is before the first: choose the days again."))
            return None
        show_error(self.message, "")
        return first, last

    # -- reading ------------------------------------------------------------------------------------------------
    def changed(self) -> None:
        """Something the figures count changed: read again soon if shown, else when next shown."""
        if self.isVisible():
            self._later.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh)  # after the frame is painted

    def set_actor(self, actor: Any) -> None:
        super().set_actor(actor)
        self._read_communities()

    def refresh(self) -> None:
        if not self.may_read():
            return
        if not self.isVisible():
            self._stale = True
            return
        days = self.chosen_days()
        if days is None:
            return
        self._stale = False
        from frontdesk.core.reports.figures import Period

        period = Period(days[0], days[1], self.community.currentData())
        service, actor = self._services.reports, self._actor  # type: ignore[union-attr]
        self._jobs.run(lambda: service.dashboard(period, actor=actor), self.show_figures, key=READ,
                       refused=self._refused)  # fmt: skip

    def _read_communities(self) -> None:
        if not self.may_read():
            return
        service, actor = self._services.reports, self._actor  # type: ignore[union-attr]
        self._jobs.run(lambda: list(service.communities(actor=actor)), self._show_communities, key=COMMUNITIES)

    def _show_communities(self, names: list[str]) -> None:
        chosen = self.community.currentData()
        self.community.blockSignals(True)
        self.community.clear()
        self.community.addItem(self.tr("All communities"), None)
        for name in names:
            if name:
                self.community.addItem(name, name)
        index = self.community.findData(chosen) if chosen is not None else 0
        self.community.setCurrentIndex(max(0, index))
        self.community.blockSignals(False)
        if chosen is not None and index < 0:
            self.refresh()  # the community chosen is gone: all of them now

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.message, words.refusal_text(refusal.code))

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        titles = self._titles(figures)
        for spec in CHARTS:
            card = self.cards[spec.name]
            card.set_title(titles[spec.name])
            card.set_data(spec.data(figures))
        self.headlines.show_figures(figures)
        self.made_at.setText(self.tr("Figures as of {time}").format(time=figures.made_at.strftime("%H:%M")))
        self.figures_shown.emit(figures)

    def clear(self) -> None:
        self.figures = None
        for card in self.cards.values():
            card.set_data(None)
        self.headlines.show_figures(None)
        self.made_at.setText("")
        self._stale = True

    # -- export -------------------------------------------------------------------------------------------------
    def export_card(self, card: ChartCard) -> None:
        """导出…: the card's figures, as its table shows them, through the desk's shared table export (audited)."""
        if not self.may_read() or not card.model.rows:
            return
        from frontdesk.ui.common.table_export import sheet_from_model

        sheet = sheet_from_model(card.model, card.title, heading=self._heading())
        self.exporter.export_table(self, sheet, self._services, self._actor, card.title)

    def _heading(self) -> str | None:
        """The line above an exported table: the period and the community the figures are of."""
        figures = self.figures
        if figures is None:
            return None
        where = figures.period.community or self.tr("all communities")
        span = words.span_text(figures.period.first_day, figures.period.last_day)
        return self.tr("{span} · {where}").format(span=span, where=where)
