"""The dashboard's figures (:class:`~frontdesk.core.reports.figures.DashboardFigures`) as chart data: which groups,
in which order, under which words, and every series named as 人数 (people) or 人次 (visits). Plain functions: the
tests hold the charts to the figures without drawing them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from frontdesk.ui.pages.reports import words
from frontdesk.ui.pages.reports.charts import BARS, COLUMNS, ChartData, Series, percent

if TYPE_CHECKING:
    from frontdesk.core.reports.figures import DashboardFigures, Tally

TOP_COURSES = 10


def _tallies(tallies: Iterable[Tally], name: Callable[[str], str]) -> ChartData:
    rows = list(tallies)
    return ChartData(
        tuple(name(t.key) for t in rows),
        (Series(words.people_name(), tuple(t.people for t in rows)),
         Series(words.visits_name(), tuple(t.visits for t in rows))),
    )  # fmt: skip


def by_hour(figures: DashboardFigures) -> ChartData:
    hours = figures.today_by_hour
    visits = Series(words.visits_name(), tuple(h.visits for h in hours))
    return ChartData(tuple(f"{h.hour:02d}:00" for h in hours), (visits,))


def by_day(figures: DashboardFigures) -> ChartData:
    days = figures.by_day
    return ChartData(
        tuple(f"{d.day.month}/{d.day.day}" for d in days),
        (Series(words.people_name(), tuple(d.people for d in days)),
         Series(words.visits_name(), tuple(d.visits for d in days))),
    )  # fmt: skip


def by_purpose(figures: DashboardFigures) -> ChartData:
    return _tallies(figures.by_purpose, words.purpose_text)


def by_age_band(figures: DashboardFigures) -> ChartData:
    return _tallies(figures.by_age_band, words.age_band_text)


def by_community(figures: DashboardFigures) -> ChartData:
    return _tallies(figures.by_community, words.community_text)


def by_situation(figures: DashboardFigures) -> ChartData:
    return _tallies(figures.by_situation, words.situation_text)


def attendance(figures: DashboardFigures, top: int = TOP_COURSES) -> ChartData:
    """The courses' attendance rates (%), the best attended first; the counts behind each rate in its tooltip."""
    lines = [c for c in figures.classes if c.rate is not None][:top]
    note = QCoreApplication.translate(
        "Reports", "{attendances} of {expected} expected · {people} · {sessions} sessions"
    )
    notes = tuple(
        note.format(
            attendances=words.visits_text(c.attendances), expected=c.expected, people=words.people_text(c.people),
            sessions=c.sessions_held,
        )
        for c in lines
    )  # fmt: skip
    rate = QCoreApplication.translate("Reports", "Attendance rate (%)")
    return ChartData(
        tuple(c.title for c in lines),
        (Series(rate, tuple(round((c.rate or 0) * 100) for c in lines)),),
        value_text=percent,
        notes=notes,
    )


def appointments(figures: DashboardFigures) -> ChartData:
    tally = figures.appointments
    return ChartData(
        (
            QCoreApplication.translate("Reports", "Completed"),
            QCoreApplication.translate("Reports", "No-show"),
            QCoreApplication.translate("Reports", "Cancelled"),
            QCoreApplication.translate("Reports", "Still open"),
        ),
        (Series(words.visits_name(), (tally.completed, tally.no_shows, tally.cancelled, tally.open)),),
    )


@dataclass(frozen=True)
class ChartSpec:
    name: str  # the card's objectName
    orientation: str
    data: Callable[[DashboardFigures], ChartData]


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("reportsByHour", COLUMNS, by_hour),
    ChartSpec("reportsByDay", COLUMNS, by_day),
    ChartSpec("reportsByPurpose", BARS, by_purpose),
    ChartSpec("reportsByAge", BARS, by_age_band),
    ChartSpec("reportsByCommunity", BARS, by_community),
    ChartSpec("reportsBySituation", BARS, by_situation),
    ChartSpec("reportsAttendance", BARS, attendance),
    ChartSpec("reportsAppointments", BARS, appointments),
)
