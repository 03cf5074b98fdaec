"""签到 / 签退 Check-in and check-out, who is in the building, today's counts, and the welfare-watch call list."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.idnumber import mask_phone
from frontdesk.core.models import Resident, Visit, VisitPurpose
from frontdesk.core.services.agenda import AgendaItem, AgendaSource
from frontdesk.core.services.alerts import Alert, resident_alerts

log = logging.getLogger(__name__)

MAX_COMPANIONS = 20
OPEN_VISIT_INDEX = "uq_visit_open_resident"  # see frontdesk.core.models.visit


@dataclass(frozen=True)
class CheckInResult:
    visit_id: int
    resident_id: int
    name: str
    queue_number: int  # 排队号
    checked_in_at: datetime
    purpose: VisitPurpose
    companions: int
    agenda: tuple[AgendaItem, ...] = ()  # today's items, the ones marked arrived included
    alerts: tuple[Alert, ...] = ()


@dataclass(frozen=True)
class CheckOutResult:
    visit_id: int
    resident_id: int
    name: str
    queue_number: int
    checked_in_at: datetime
    checked_out_at: datetime


@dataclass(frozen=True)
class PresentVisitor:
    """在馆: someone checked in and not yet out."""

    visit_id: int
    resident_id: int
    name: str
    queue_number: int
    checked_in_at: datetime
    purpose: VisitPurpose
    companions: int


@dataclass(frozen=True)
class DayCounts:
    visits: int  # 人次 (companions count as visits too)
    people: int  # 人数: distinct residents
    present: int  # 在馆 now (residents + their companions)
    by_purpose: dict[VisitPurpose, int] = field(default_factory=dict)


@dataclass(frozen=True)
class WatchEntry:
    """关怀提醒: someone living alone who used to come often and has not been seen for a while."""

    resident_id: int
    name: str
    age: int | None
    phone_masked: str
    emergency_name: str | None
    last_visit: date
    days_absent: int
    usual_visits: int  # visits in the look-back window before they stopped coming


class VisitService:
    def __init__(self, db: Database, clock: Clock, agenda_sources: Sequence[AgendaSource] = ()) -> None:
        self._db = db
        self._clock = clock
        self._sources = tuple(agenda_sources)

    # -- actions ---------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def check_in(
        self,
        resident_id: int,
        *,
        actor: Actor,
        purpose: VisitPurpose = VisitPurpose.ACTIVITY,
        companions: int = 0,
    ) -> CheckInResult:
        """签到. Refused for an unknown or archived resident, and for one already in the building."""
        if not 0 <= companions <= MAX_COMPANIONS:
            raise RuleViolation("companions_out_of_range", {"max": MAX_COMPANIONS})
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> CheckInResult:
            resident = session.get(Resident, resident_id)
            if resident is None:
                raise RuleViolation("resident_not_found")
            if resident.archived_at is not None:
                raise RuleViolation("resident_archived", {"name": resident.name})
            open_visit = _open_visit(session, resident_id)
            if open_visit is not None:
                raise RuleViolation(
                    "already_checked_in",
                    {"name": resident.name, "queue_number": open_visit.queue_number, "since": open_visit.checked_in_at,
                     "visit_id": open_visit.id, "detected_by": "open_visit"},
                )  # fmt: skip
            day = now.date()
            queue = (session.scalar(select(func.max(Visit.queue_number)).where(Visit.visit_date == day)) or 0) + 1
            visit = Visit(
                resident_id=resident_id,
                visit_date=day,
                queue_number=queue,
                checked_in_at=now,
                purpose=purpose,
                companions=companions,
                staff_id=actor.audit_staff_id,
            )
            try:
                with session.begin_nested():  # a savepoint: a refused insert leaves the transaction to end cleanly
                    session.add(visit)
            except IntegrityError as exc:
                if not _open_visit_conflict(exc):
                    raise  # a queue number given twice, or another constraint: a bug, not "already checked in"
                # another desk checked the same person in a moment ago: the database's one-open-visit index said so
                raise RuleViolation("already_checked_in", {"name": resident.name, "detected_by": "database"}) from exc
            audit.record(
                session, "visit.check_in", at=now, actor=actor, entity_type="resident", entity_id=resident_id,
                details={"visit_id": visit.id, "queue_number": queue, "purpose": str(purpose),
                         "companions": companions},
            )  # fmt: skip
            agenda: list[AgendaItem] = []
            for source in self._sources:
                source.mark_arrived(session, resident_id, day, visit.id, now, actor=actor)
                agenda.extend(source.items_for(session, resident_id, day))
            agenda.sort(key=lambda item: item.starts_at)
            return CheckInResult(
                visit_id=visit.id,
                resident_id=resident_id,
                name=resident.name,
                queue_number=queue,
                checked_in_at=now,
                purpose=VisitPurpose(purpose),
                companions=companions,
                agenda=tuple(agenda),
                alerts=tuple(resident_alerts(resident, day)),
            )

        result = self._db.run_write(work)
        log.info("check-in resident=%s visit=%s queue=%s", resident_id, result.visit_id, result.queue_number)
        return result

    @guarded(Permission.FRONT_DESK)
    def check_out(self, resident_id: int, *, actor: Actor) -> CheckOutResult:
        """签退 the resident's open visit."""
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> CheckOutResult:
            visit = _open_visit(session, resident_id)
            resident = session.get(Resident, resident_id)
            if resident is None:
                raise RuleViolation("resident_not_found")
            if visit is None:
                raise RuleViolation("not_checked_in", {"name": resident.name})
            visit.checked_out_at = max(now, visit.checked_in_at)
            audit.record(
                session, "visit.check_out", at=now, actor=actor, entity_type="resident", entity_id=resident_id,
                details={"visit_id": visit.id, "queue_number": visit.queue_number},
            )  # fmt: skip
            return CheckOutResult(
                visit.id, resident_id, resident.name, visit.queue_number, visit.checked_in_at, visit.checked_out_at
            )

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def check_out_everyone(self, *, actor: Actor) -> int:
        """Closing time: check out everyone still in, marked automatic. Returns how many were checked out."""
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> int:
            result = session.execute(
                update(Visit)
                .where(Visit.checked_out_at.is_(None))
                .values(
                    # never before the check-in, even if another desk's clock ran ahead
                    checked_out_at=case((Visit.checked_in_at > now, Visit.checked_in_at), else_=now),
                    auto_checkout=True,
                )
                .execution_options(synchronize_session=False)
            )
            count = result.rowcount or 0
            if count:
                audit.record(session, "visit.check_out_everyone", at=now, actor=actor, details={"count": count})
            return count

        count = self._db.run_write(work)
        log.info("closing time: %d checked out automatically", count)
        return count

    # -- views -----------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def present(self, *, actor: Actor) -> list[PresentVisitor]:
        """在馆: everyone checked in and not out, longest-present first."""
        with self._db.read() as session:
            rows = session.execute(
                select(Visit, Resident.name)
                .join(Resident, Resident.id == Visit.resident_id)
                .where(Visit.checked_out_at.is_(None))
                .order_by(Visit.checked_in_at, Visit.id)
            )
            return [
                PresentVisitor(
                    v.id, v.resident_id, name, v.queue_number, v.checked_in_at, VisitPurpose(v.purpose), v.companions
                )
                for v, name in rows
            ]

    @guarded(Permission.FRONT_DESK)
    def day_counts(self, day: date | None = None, *, actor: Actor) -> DayCounts:
        day = day or self._clock().date()
        with self._db.read() as session:
            by_purpose_rows = session.execute(
                select(Visit.purpose, func.count() + func.coalesce(func.sum(Visit.companions), 0))
                .where(Visit.visit_date == day)
                .group_by(Visit.purpose)
            ).all()
            people = session.scalar(select(func.count(func.distinct(Visit.resident_id))).where(Visit.visit_date == day))
            present = session.scalar(
                select(func.count() + func.coalesce(func.sum(Visit.companions), 0)).where(
                    Visit.checked_out_at.is_(None)
                )
            )
        by_purpose = {VisitPurpose(p): int(n) for p, n in by_purpose_rows}
        return DayCounts(sum(by_purpose.values()), people or 0, present or 0, by_purpose)

    @guarded(Permission.FRONT_DESK)
    def welfare_watch(
        self, *, actor: Actor, absent_days: int = 7, lookback_days: int = 60, min_visits: int = 8
    ) -> list[WatchEntry]:
        """独居 residents who came at least ``min_visits`` times in the ``lookback_days`` before the last
        ``absent_days`` and not once since: the call list, longest absent first."""
        today = self._clock().date()
        with self._db.read() as session:
            return welfare_watch_of(
                session, today, absent_days=absent_days, lookback_days=lookback_days, min_visits=min_visits
            )


def welfare_watch_of(
    session: Session, today: date, *, absent_days: int, lookback_days: int, min_visits: int,
    community: str | None = None,
) -> list[WatchEntry]:  # fmt: skip
    """The welfare-watch rule of :meth:`VisitService.welfare_watch` as of ``today``, inside a caller's session (the
    reports count it at a month's end); ``community``: residents of that community only (``""``: of none)."""
    absent_since = today - timedelta(days=absent_days - 1)  # not seen on this day or after
    window_start = absent_since - timedelta(days=lookback_days)
    # Counted per resident living alone (a few in a hundred) through the (resident_id, visit_date) index, rather
    # than grouping the whole window's visits: five times quicker at 1,000,000 visits (benchmarks/bench_reports.py).
    window = and_(Visit.resident_id == Resident.id, Visit.visit_date >= window_start, Visit.visit_date < absent_since)
    seen_lately = exists().where(
        Visit.resident_id == Resident.id, Visit.visit_date >= absent_since, Visit.visit_date <= today
    )
    usual = (
        select(
            Resident.id.label("resident_id"),
            select(func.count()).where(window).scalar_subquery().label("n"),
            select(func.max(Visit.visit_date)).where(window).scalar_subquery().label("last_day"),
        )
        .where(Resident.lives_alone.is_(True), Resident.archived_at.is_(None), ~seen_lately)
        .subquery()
    )
    query = (
        select(Resident, usual.c.n, usual.c.last_day)
        .join(usual, usual.c.resident_id == Resident.id)
        .where(usual.c.n >= min_visits)
    )
    if community == "":
        query = query.where(or_(Resident.community.is_(None), Resident.community == ""))
    elif community is not None:
        query = query.where(Resident.community == community)
    entries = [
        WatchEntry(
            resident_id=resident.id,
            name=resident.name,
            age=resident.age_on(today),
            phone_masked=mask_phone(resident.phone) if resident.phone else "",
            emergency_name=resident.emergency_name,
            last_visit=last_day,
            days_absent=(today - last_day).days,
            usual_visits=count,
        )
        for resident, count, last_day in session.execute(query).all()
    ]
    entries.sort(key=lambda e: (-e.days_absent, e.name))
    return entries


def _open_visit_conflict(exc: IntegrityError) -> bool:
    """Whether the index allowing one open visit per resident refused the insert (PostgreSQL names the constraint;
    SQLite names its columns, and the resident alone is that index's)."""
    constraint = getattr(getattr(exc.orig, "diag", None), "constraint_name", None)
    if constraint is not None:
        return constraint == OPEN_VISIT_INDEX
    return str(exc.orig).strip().endswith("UNIQUE constraint failed: visit.resident_id")


def _open_visit(session: Session, resident_id: int) -> Visit | None:
    return session.scalar(select(Visit).where(Visit.resident_id == resident_id, Visit.checked_out_at.is_(None)))
