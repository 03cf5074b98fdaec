"""统计与报表 What the center did: the dashboard's figures, the monthly report (月报) and the partners' record.

Read-only and aggregate (counts, never a resident's details), so every method needs only the front desk's permission;
printing or exporting a report is audited by the part that does it. The definitions each figure follows are in the
modules that compute them, under :mod:`frontdesk.core.reports`: visits and people (``visit_figures``), age bands at
the report date (``age_bands``), classes, events and training (``class_figures``), the care station
(``care_figures``), partners (``partner_figures``). The welfare-watch count is :func:`welfare_watch_of`, the rule
of the check-in page's 关怀提醒, with the center's thresholds.
"""

from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy.orm import Session

from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.models import CourseKind
from frontdesk.core.reports import care_figures, class_figures, partner_figures, visit_figures
from frontdesk.core.reports.figures import DashboardFigures, MonthlyReport, PartnerRecord, Period
from frontdesk.core.services.center_settings import (
    WELFARE_ABSENT_DAYS,
    WELFARE_LOOKBACK_DAYS,
    WELFARE_MIN_VISITS,
    CenterSettings,
)
from frontdesk.core.services.registry import RegistryService
from frontdesk.core.services.visits import welfare_watch_of


def month_period(month: date, community: str | None = None) -> Period:
    """The calendar month holding ``month`` (any day of it)."""
    last = calendar.monthrange(month.year, month.month)[1]
    return Period(month.replace(day=1), month.replace(day=last), community)


class ReportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._settings = CenterSettings(db, clock)
        self._registry = RegistryService(db, clock)

    @guarded(Permission.FRONT_DESK)
    def dashboard(self, period: Period, *, actor: Actor) -> DashboardFigures:
        """统计 page: today's hours and who is in, and the period's figures (its community, if it names one)."""
        now = self._clock().replace(microsecond=0)
        today = now.date()
        thresholds = self._thresholds()
        community = period.community
        with self._db.read() as session:
            new_residents, _archived, _on_file = visit_figures.resident_counts(session, period)
            tallies = visit_figures.resident_tallies(session, period, "period")
            return DashboardFigures(
                period=period,
                today=today,
                made_at=now,
                today_by_hour=visit_figures.by_hour(session, today, community=community),
                today_total=visit_figures.total(session, Period(today, today, community), "today"),
                in_building=visit_figures.in_building(session, community),
                total=tallies.total,
                by_day=visit_figures.by_day(session, period),
                by_purpose=visit_figures.by_purpose(session, period),
                by_age_band=tallies.by_age_band,
                by_community=tallies.by_community,
                by_situation=tallies.by_situation,
                classes=class_figures.course_lines(session, period, now),
                appointments=care_figures.appointment_tally(session, period),
                welfare_open=self._welfare_count(session, today, thresholds, community),
                new_residents=new_residents,
            )

    @guarded(Permission.FRONT_DESK)
    def monthly(self, month: date, *, actor: Actor, community: str | None = None) -> MonthlyReport:
        """月报 of the calendar month holding ``month``. The welfare-watch count is taken at the month's last day,
        or today for the running month."""
        period = month_period(month, community)
        now = self._clock().replace(microsecond=0)
        thresholds = self._thresholds()
        center_name = self._settings.center_name()
        with self._db.read() as session:
            new_residents, archived, on_file = visit_figures.resident_counts(session, period)
            tallies = visit_figures.resident_tallies(session, period, "month")
            return MonthlyReport(
                period=period,
                center_name=center_name,
                made_at=now,
                made_by=actor.display_name,
                total=tallies.total,
                by_day=visit_figures.by_day(session, period),
                by_purpose=visit_figures.by_purpose(session, period),
                by_age_band=tallies.by_age_band,
                by_community=tallies.by_community,
                by_situation=tallies.by_situation,
                new_residents=new_residents,
                archived_residents=archived,
                residents_on_file=on_file,
                classes=class_figures.course_lines(session, period, now, CourseKind.COURSE),
                events=class_figures.course_lines(session, period, now, CourseKind.EVENT),
                care=care_figures.care_lines(session, period),
                appointments=care_figures.appointment_tally(session, period),
                partners=partner_figures.partner_lines(session, period, now),
                training=class_figures.training_lines(session, period),
                welfare_open=self._welfare_count(session, min(period.last_day, now.date()), thresholds, community),
            )

    @guarded(Permission.FRONT_DESK)
    def partner_records(
        self, period: Period, *, actor: Actor, partner_id: int | None = None, include_idle: bool = False
    ) -> tuple[PartnerRecord, ...]:
        """社区合伙人 records over ``period``: every partner with a session held or a care appointment completed in
        it (``include_idle``: every active partner too), by name; ``partner_id``: that one partner."""
        now = self._clock().replace(microsecond=0)
        with self._db.read() as session:
            return partner_figures.partner_records(
                session, period, now, partner_id=partner_id, include_idle=include_idle
            )

    @guarded(Permission.FRONT_DESK)
    def communities(self, *, actor: Actor) -> list[str]:
        """The communities residents are registered in, for the reports' filter."""
        return self._registry.communities(actor=actor)

    def _thresholds(self) -> dict[str, int]:
        return {
            "absent_days": self._settings.get_int(WELFARE_ABSENT_DAYS),
            "lookback_days": self._settings.get_int(WELFARE_LOOKBACK_DAYS),
            "min_visits": self._settings.get_int(WELFARE_MIN_VISITS),
        }

    @staticmethod
    def _welfare_count(session: Session, day: date, thresholds: dict[str, int], community: str | None) -> int:
        return len(welfare_watch_of(session, day, **thresholds, community=community))


__all__ = ["ReportService", "month_period"]
