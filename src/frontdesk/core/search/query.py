"""The resident search behind the desk's one search box: results as you type, best match first.

Order: exact matches, then prefix matches (a name, pinyin or initials starting with what was typed, the last digits
of a phone or ID number), then partial ones (inside a name); within each, residents who came more often in the last
90 days first, then by name. Each keystroke is one or two range scans of the key index plus a look-up of at most
:data:`CANDIDATES` residents, so the cost does not grow with the registry, only with how broad the query is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import Resident, ResidentSearchKey, Visit
from frontdesk.core.search.keys import KeyKind, QueryPart, match_rank, query_parts

CANDIDATES = 200  # residents ranked in full per query
SCAN_LIMIT = 4_000  # key rows read per prefix: a one-letter query stops here instead of reading the registry
FREQUENCY_DAYS = 90
_HIGH = "\U0010ffff"


@dataclass(frozen=True)
class SearchHit:
    resident_id: int
    name: str
    gender: str
    age: int | None
    community: str | None
    id_masked: str
    phone_masked: str
    rank: int  # 0 exact, 1 prefix, 2 partial
    recent_visits: int
    archived: bool


def search_residents(
    session: Session, text: str, *, today: date, limit: int = 50, include_archived: bool = False
) -> list[SearchHit]:
    parts = query_parts(text)
    if not parts:
        return []
    best: dict[int, int] = {}
    for part in parts:
        for resident_id, kind, key in _scan(session, part):
            rank = match_rank(KeyKind(kind), key, part)
            if rank < best.get(resident_id, 99):
                best[resident_id] = rank
    if not best:
        return []
    candidates = sorted(best, key=best.__getitem__)[:CANDIDATES]
    since = today - timedelta(days=FREQUENCY_DAYS)
    frequency = (
        select(Visit.resident_id, func.count().label("n"))
        .where(and_(Visit.resident_id.in_(candidates), Visit.visit_date >= since))
        .group_by(Visit.resident_id)
        .subquery()
    )
    query = (
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
        )
        .outerjoin(frequency, frequency.c.resident_id == Resident.id)
        .where(Resident.id.in_(candidates))
    )
    if not include_archived:
        query = query.where(Resident.archived_at.is_(None))
    hits = [
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
        )
        for row in session.execute(query)
    ]
    hits.sort(key=lambda h: (h.rank, -h.recent_visits, h.name, h.resident_id))
    return hits[:limit]


def _scan(session: Session, part: QueryPart):
    table = ResidentSearchKey.__table__
    statement = (
        select(table.c.resident_id, table.c.kind, table.c.key)
        .where(table.c.key >= part.prefix, table.c.key < part.prefix + _HIGH)
        .where(table.c.kind.in_([k.value for k in part.kinds]))
        .limit(SCAN_LIMIT)
    )
    return session.execute(statement)


def _age(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
