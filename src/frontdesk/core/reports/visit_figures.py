"""签到 figures: people (人数) and visits (人次) over a period, grouped in the database.

A visit is one ``visit`` row (a check-in; companions are not visits here); people are the distinct residents
among those rows. The period filters by ``visit_date`` (both ends included); a community filter takes the
resident's *current* community (none: the key ``""``). Archived (and anonymised) residents' past visits count:
archiving keeps their rows. Age bands are taken at the period's last day (:mod:`frontdesk.core.reports.age_bands`);
living situations from the resident's current record, one resident under every situation that applies and under
``none`` when none does. Each family below is one aggregate query: GROUP BY and COUNT(DISTINCT) in SQL.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Select, and_, case, func, not_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from frontdesk.core.models import Disability, Resident, Visit, VisitPurpose
from frontdesk.core.reports.age_bands import BAND_KEYS, age_band
from frontdesk.core.reports.figures import SITUATIONS, DayTally, HourTally, Period, Tally
from frontdesk.core.reports.sql_parts import after_day, as_int, community_key, day_start, in_community

PEOPLE = func.count(func.distinct(Visit.resident_id))
VISITS = func.count(Visit.id)


def _visits(*columns: object, period: Period, resident: bool = False) -> Select:
    """``columns`` over the period's visits; the resident is joined when ``resident`` or a community is asked."""
    query = select(*columns).select_from(Visit)
    if resident or period.community is not None:
        query = query.join(Resident, Resident.id == Visit.resident_id)
    if period.community is not None:
        query = query.where(in_community(period.community))
    return query.where(Visit.visit_date >= period.first_day, Visit.visit_date <= period.last_day)


def total(session: Session, period: Period, key: str) -> Tally:
    people, visits = session.execute(_visits(PEOPLE, VISITS, period=period)).one()
    return Tally(key, as_int(people), as_int(visits))


def by_day(session: Session, period: Period) -> tuple[DayTally, ...]:
    """Every day of the period, days without a visit at zero."""
    rows = session.execute(_visits(Visit.visit_date, PEOPLE, VISITS, period=period).group_by(Visit.visit_date))
    found = {day: (as_int(p), as_int(v)) for day, p, v in rows}
    days = (period.first_day + timedelta(days=n) for n in range(period.days))
    return tuple(DayTally(day, *found.get(day, (0, 0))) for day in days)


def by_purpose(session: Session, period: Period) -> tuple[Tally, ...]:
    """Every purpose in VisitPurpose order, zeros kept."""
    rows = session.execute(_visits(Visit.purpose, PEOPLE, VISITS, period=period).group_by(Visit.purpose))
    found = {str(purpose): (as_int(p), as_int(v)) for purpose, p, v in rows}
    return tuple(Tally(str(purpose), *found.get(str(purpose), (0, 0))) for purpose in VisitPurpose)


def by_age_band(session: Session, period: Period) -> tuple[Tally, ...]:
    """Every band of AGE_BANDS at the period's last day, zeros kept."""
    band = age_band(period.last_day).label("band")
    rows = session.execute(_visits(band, PEOPLE, VISITS, period=period, resident=True).group_by(band))
    found = {key: (as_int(p), as_int(v)) for key, p, v in rows}
    return tuple(Tally(key, *found.get(key, (0, 0))) for key in BAND_KEYS)


def by_community(session: Session, period: Period) -> tuple[Tally, ...]:
    """Communities with a visit, most visits first (then by name); no community: the key ``""``."""
    key = community_key().label("community")
    rows = session.execute(_visits(key, PEOPLE, VISITS, period=period, resident=True).group_by(key)).all()
    tallies = [Tally(name, as_int(p), as_int(v)) for name, p, v in rows]
    return tuple(sorted(tallies, key=lambda t: (-t.visits, -t.people, t.key)))


def situation_tests() -> dict[str, ColumnElement[bool]]:
    """Each situation key of SITUATIONS as a test on the resident row; ``none`` when no other applies."""
    tests: dict[str, ColumnElement[bool]] = {
        "lives_alone": Resident.lives_alone.is_(True),
        "empty_nest": Resident.empty_nest.is_(True),
        "semi_disabled": Resident.disability == Disability.SEMI,
        "disabled": Resident.disability == Disability.FULL,
        "low_income": Resident.low_income.is_(True),
    }
    tests["none"] = not_(or_(*tests.values()))
    assert tuple(tests) == SITUATIONS
    return tests


def by_situation(session: Session, period: Period) -> tuple[Tally, ...]:
    """Every situation of SITUATIONS, zeros kept: a resident living alone on 低保 counts under both."""
    columns = []
    for test in situation_tests().values():
        columns.append(func.count(func.distinct(case((test, Visit.resident_id)))))
        columns.append(func.coalesce(func.sum(case((test, 1), else_=0)), 0))
    row = session.execute(_visits(*columns, period=period, resident=True)).one()
    return tuple(Tally(key, as_int(row[2 * n]), as_int(row[2 * n + 1])) for n, key in enumerate(SITUATIONS))


OPENING_HOURS = range(8, 18)  # the desk's usual day, 08:00–17:59: the hours the chart always shows


def by_hour(
    session: Session, day: date, hours: range = OPENING_HOURS, community: str | None = None
) -> tuple[HourTally, ...]:
    """Visits of ``day`` by check-in hour: every hour of ``hours`` (zeros kept), widened to any hour with a visit."""
    hour = func.extract("hour", Visit.checked_in_at).label("hour")
    query = _visits(hour, VISITS, period=Period(day, day, community)).group_by(hour)
    found = {as_int(h): as_int(v) for h, v in session.execute(query)}
    first = min([hours.start, *found])
    last = max([hours.stop - 1, *found])
    return tuple(HourTally(h, found.get(h, 0)) for h in range(first, last + 1))


def in_building(session: Session, community: str | None = None) -> int:
    """在馆: people in the building now — the open visits and the companions who came with them, the same count as
    the check-in page's status line."""
    query = select(func.count(Visit.id) + func.coalesce(func.sum(Visit.companions), 0)).where(
        Visit.checked_out_at.is_(None)
    )
    if community is not None:
        query = query.join(Resident, Resident.id == Visit.resident_id).where(in_community(community))
    return as_int(session.scalar(query))


def resident_counts(session: Session, period: Period) -> tuple[int, int, int]:
    """(new, archived, on file): registered in the period, archived in the period, and on file at its end —
    registered by then and not archived by then (an anonymised record is always an archived one, so it is never on
    file). The community is the resident's current one."""
    start, end = day_start(period.first_day), after_day(period.last_day)
    new = func.sum(case((and_(Resident.created_at >= start, Resident.created_at < end), 1), else_=0))
    gone = func.sum(case((and_(Resident.archived_at >= start, Resident.archived_at < end), 1), else_=0))
    on_file = func.sum(
        case(
            (and_(Resident.created_at < end, or_(Resident.archived_at.is_(None), Resident.archived_at >= end)), 1),
            else_=0,
        )
    )
    query = select(new, gone, on_file)
    if period.community is not None:
        query = query.where(in_community(period.community))
    row = session.execute(query).one()
    return as_int(row[0]), as_int(row[1]), as_int(row[2])
