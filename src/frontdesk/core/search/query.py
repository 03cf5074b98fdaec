"""The resident search behind the desk's one search box: results as you type, best match first.

Order: exact matches, then prefix matches (a name, pinyin or initials starting with what was typed, the last digits
of a phone or ID number), then partial ones (inside a name) — first by the names' usual readings, then by the rare
readings of heteronyms (胜 xing, 于 wu: found, but after everyone the text means by the usual reading). Within a rank,
residents expected today first — an appointment today that holds a place (booked, arrived, in service or done), or a
class today of a course they are enrolled in — they are the likeliest to be at the counter, but being expected never
lifts a poorer match above a better one — then those who
come more often and came more recently (visits of the last 30 days count double those of the 90 before), then by
name. Each keystroke is one or two range scans of the key index plus a look-up of at most
:data:`CANDIDATES` residents, so the cost does not grow with the registry, only with how broad the query is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import Date, Select, String, and_, bindparam, case, exists, func, select, union_all
from sqlalchemy.orm import Session

from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import (
    HOLDING_STATUSES,
    Appointment,
    ClassSession,
    Enrollment,
    EnrollmentStatus,
    Resident,
    ResidentSearchKey,
    SessionStatus,
    Visit,
)
from frontdesk.core.search.keys import RARE_WHOLE_KINDS, TAIL_KINDS, WHOLE_KINDS, KeyKind, query_parts

CANDIDATES = 200  # residents ranked in full per query
SCAN_LIMIT = 4_000  # key rows read per prefix: a one-letter query stops here instead of reading the registry
FREQUENCY_DAYS = 90
RECENT_DAYS = 30  # visits this recent count twice
_HIGH = "\U0010ffff"
USUAL_PART_KINDS = frozenset({KeyKind.NAME_PART, KeyKind.PINYIN_PART, KeyKind.INITIALS_PART, KeyKind.MIXED_PART})


@dataclass(frozen=True)
class SearchHit:
    resident_id: int
    name: str
    gender: str
    age: int | None
    community: str | None
    id_masked: str
    phone_masked: str
    rank: int  # 0 exact, 1 prefix, 2 partial; 3, 4, 5 the same by a rare reading (see the module)
    recent_visits: int  # in the last FREQUENCY_DAYS
    archived: bool
    appointment_today: bool = False  # holds an appointment today: first among equally good matches
    class_today: bool = False  # enrolled in a course with a session today: first among equally good matches too

    @property
    def expected_today(self) -> bool:
        """Expected at the center today (an appointment or a class): ranked first among equally good matches."""
        return self.appointment_today or self.class_today


def search_residents(
    session: Session, text: str, *, today: date, limit: int = 50, include_archived: bool = False
) -> list[SearchHit]:
    parts = query_parts(text)
    if not parts:
        return []
    params: dict[str, object] = {}
    for n, part in enumerate(parts):
        params[f"lo{n}"], params[f"hi{n}"] = part.prefix, part.prefix + _HIGH
    best = {rid: rank for rid, rank in session.execute(_rank_statement(tuple(p.kinds for p in parts)), params)}
    if not best:
        return []
    rows = session.execute(
        _resident_statement(include_archived),
        {
            "ids": list(best),
            "since": today - timedelta(days=FREQUENCY_DAYS),
            "recent": today - timedelta(days=RECENT_DAYS),
            "today": today,
        },
    ).all()
    rows.sort(
        key=lambda r: (best[r[0]], not (r[11] or r[12]), -r[9], -r[8], -(r[10] or date.min).toordinal(), r[1], r[0])
    )
    return [
        SearchHit(
            resident_id=row[0],
            name=row[1],
            gender=row[2],
            age=_age(row[3], today),
            community=row[4],
            id_masked=mask(row[5]) if row[5] else "",
            phone_masked=mask_phone(row[6]) if row[6] else "",
            rank=best[row[0]],
            recent_visits=row[8],
            archived=row[7] is not None,
            appointment_today=bool(row[11]),
            class_today=bool(row[12]),
        )
        for row in rows[:limit]  # masking only what is shown
    ]


# Statements are built once per shape and reused with new parameters: building SQLAlchemy constructs costs more
# than running these queries.


@lru_cache(maxsize=32)
def _rank_statement(kinds_per_part: tuple[frozenset[KeyKind], ...]) -> Select:
    """resident id -> best rank for the :data:`CANDIDATES` best-ranked residents; ranked and grouped in SQL."""
    table = ResidentSearchKey.__table__
    scans = []
    for n, kinds in enumerate(kinds_per_part):
        low = bindparam(f"lo{n}", type_=String)
        rank = case(
            (and_(table.c.kind.in_(_values(WHOLE_KINDS)), table.c.key == low), 0),
            (table.c.kind.in_(_values(WHOLE_KINDS | TAIL_KINDS)), 1),
            (table.c.kind.in_(_values(USUAL_PART_KINDS)), 2),
            (and_(table.c.kind.in_(_values(RARE_WHOLE_KINDS)), table.c.key == low), 3),
            (table.c.kind.in_(_values(RARE_WHOLE_KINDS)), 4),
            else_=5,
        )
        scans.append(
            select(table.c.resident_id, rank.label("rank"))
            .where(table.c.key >= low, table.c.key < bindparam(f"hi{n}", type_=String))
            .where(table.c.kind.in_(_values(kinds)))
            .limit(SCAN_LIMIT)
            .subquery()
        )
    matches = union_all(*(select(s.c.resident_id, s.c.rank) for s in scans)).subquery()
    best = func.min(matches.c.rank)
    return select(matches.c.resident_id, best).group_by(matches.c.resident_id).order_by(best).limit(CANDIDATES)


@lru_cache(maxsize=2)
def _resident_statement(include_archived: bool) -> Select:
    ids = bindparam("ids", expanding=True)
    recent = bindparam("recent", type_=Date)
    frequency = (
        select(
            Visit.resident_id,
            func.count().label("n"),
            func.sum(case((Visit.visit_date >= recent, 1), else_=0)).label("recent"),
            func.max(Visit.visit_date).label("last"),
        )
        .where(Visit.resident_id.in_(ids), Visit.visit_date >= bindparam("since", type_=Date))
        .group_by(Visit.resident_id)
        .subquery()
    )
    # one probe of ix_appointment_resident_day per candidate (at most CANDIDATES)
    appointed_today = (
        exists()
        .where(
            Appointment.resident_id == Resident.id,
            Appointment.day == bindparam("today", type_=Date),
            Appointment.status.in_([status.value for status in HOLDING_STATUSES]),
        )
        .label("appointed_today")
    )
    # the courses meeting today, read once (ix_class_session_day); then per candidate an index probe of their
    # enrollment in those courses (the enrollment's unique course/resident index, or ix_enrollment_resident)
    courses_today = select(ClassSession.course_id).where(
        ClassSession.day == bindparam("today", type_=Date), ClassSession.status == SessionStatus.SCHEDULED.value
    )
    in_class_today = (
        exists()
        .where(
            Enrollment.resident_id == Resident.id,
            Enrollment.status == EnrollmentStatus.ENROLLED.value,
            Enrollment.course_id.in_(courses_today),
        )
        .label("in_class_today")
    )
    statement = (
        select(
            Resident.id,
            Resident.name,
            Resident.gender,
            Resident.birth_date,
            Resident.community,
            Resident.id_number,
            Resident.phone,
            Resident.archived_at,
            func.coalesce(frequency.c.n, 0),
            func.coalesce(frequency.c.recent, 0),
            frequency.c.last,
            appointed_today,
            in_class_today,
        )
        .outerjoin(frequency, frequency.c.resident_id == Resident.id)
        .where(Resident.id.in_(ids))
    )
    return statement if include_archived else statement.where(Resident.archived_at.is_(None))


def _values(kinds: frozenset[KeyKind]) -> list[str]:
    return sorted(k.value for k in kinds)


def _age(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
