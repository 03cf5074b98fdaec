"""签到 figures: people (人数) and visits (人次) over a period, grouped in the database.

A visit is one ``visit`` row (a check-in; companions are not visits here); people are the distinct residents
among those rows. The period filters by ``visit_date`` (both ends included); a community filter takes the
resident's *current* community (none: the key ``""``). Archived (and anonymised) residents' past visits count:
archiving keeps their rows. Age bands are taken at the period's last day (:mod:`frontdesk.core.reports.age_bands`);
living situations from the resident's current record, one resident under every situation that applies and under
``none`` when none does. Each family below is one aggregate query grouped in the database (GROUP BY, COUNT(DISTINCT)):
by day, by purpose, and what a resident is (:func:`resident_tallies`).
"""

from __future__ import annotations

from dataclasses import dataclass
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


def _visits(*columns: object, period: Period) -> Select:
    """``columns`` over the period's visits (the resident joined when a community is asked)."""
    query = select(*columns).select_from(Visit)
    if period.community is not None:
        query = query.join(Resident, Resident.id == Visit.resident_id).where(in_community(period.community))
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


@dataclass(frozen=True)
class ResidentTallies:
    """The figures that group by what a resident *is* (age band, community, situations), and the total."""

    total: Tally
    by_age_band: tuple[Tally, ...]  # every band of AGE_BANDS at the period's last day, zeros kept
    by_community: tuple[Tally, ...]  # communities with a visit, most visits first; none: ""
    by_situation: tuple[Tally, ...]  # every situation of SITUATIONS, zeros kept


def resident_tallies(session: Session, period: Period, total_key: str) -> ResidentTallies:
    """One query: the period's visits counted per resident, those counts grouped by (age band, community, each
    situation). Every resident falls in exactly one group, so the groups' people add up without counting anyone
    twice, and the age bands, communities, situations and the total are sums over those few hundred groups, never
    over visits. Counting per resident first is three times quicker than COUNT(DISTINCT) over the joined visits
    (benchmarks/bench_reports.py)."""
    per_resident = select(Visit.resident_id, func.count().label("n")).select_from(Visit)
    if period.community is not None:
        per_resident = per_resident.join(Resident, Resident.id == Visit.resident_id).where(
            in_community(period.community)
        )
    counted = (
        per_resident.where(Visit.visit_date >= period.first_day, Visit.visit_date <= period.last_day)
        .group_by(Visit.resident_id)
        .subquery()
    )
    tests = situation_tests()
    keys = (age_band(period.last_day), community_key(), *(case((test, 1), else_=0) for test in tests.values()))
    labelled = [key.label(f"k{n}") for n, key in enumerate(keys)]
    rows = session.execute(
        select(*labelled, func.count(), func.sum(counted.c.n))
        .select_from(counted)
        .join(Resident, Resident.id == counted.c.resident_id)
        .group_by(*labelled)
    ).all()
    bands: dict[str, list[int]] = {key: [0, 0] for key in BAND_KEYS}
    communities: dict[str, list[int]] = {}
    situations: dict[str, list[int]] = {key: [0, 0] for key in SITUATIONS}
    people = visits = 0
    for band, community, *flags_and_counts in rows:
        *flags, group_people, group_visits = flags_and_counts
        group_people, group_visits = as_int(group_people), as_int(group_visits)
        people += group_people
        visits += group_visits
        for tally in (bands[band], communities.setdefault(community, [0, 0])):
            tally[0] += group_people
            tally[1] += group_visits
        for key, flag in zip(SITUATIONS, flags, strict=True):
            if as_int(flag):
                situations[key][0] += group_people
                situations[key][1] += group_visits
    by_community = sorted(communities.items(), key=lambda item: (-item[1][1], -item[1][0], item[0]))
    return ResidentTallies(
        total=Tally(total_key, people, visits),
        by_age_band=tuple(Tally(key, *bands[key]) for key in BAND_KEYS),
        by_community=tuple(Tally(key, *counts) for key, counts in by_community),
        by_situation=tuple(Tally(key, *situations[key]) for key in SITUATIONS),
    )


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
