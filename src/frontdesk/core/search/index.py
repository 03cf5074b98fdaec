"""Keeping the search keys table in step with residents.

Services call :func:`reindex` in the same transaction that saves a resident; :func:`rebuild_all` fills the table for
a whole database (migration 0002, the demo seeder, a repair command).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from frontdesk.core.models import Resident, ResidentSearchKey
from frontdesk.core.search.keys import ResidentKeys, iter_rows, keys_for, sort_key

_TABLE = ResidentSearchKey.__table__
_BATCH = 2_000


def _source(row) -> ResidentKeys:
    phones = tuple(p for p in (row.phone, row.phone2) if p)
    return ResidentKeys(name=row.name, phones=phones, id_number=row.id_number, card_number=row.card_number)


def rows_for(resident_id: int, keys: ResidentKeys) -> list[dict[str, object]]:
    return list(iter_rows(resident_id, keys_for(keys)))


def reindex(session: Session, resident_ids: Iterable[int]) -> None:
    """Replace the keys of these residents with keys derived from their current rows."""
    ids = list(resident_ids)
    if not ids:
        return
    conn = session.connection()
    conn.execute(delete(_TABLE).where(_TABLE.c.resident_id.in_(ids)))
    rows = conn.execute(_select_sources().where(Resident.id.in_(ids))).all()
    _index_rows(conn, rows)


def rebuild_all(conn: Connection, progress: Callable[[float], None] | None = None) -> int:
    """Rebuild every resident's keys; returns the number of key rows written."""
    conn.execute(delete(_TABLE))
    total = conn.execute(select(Resident.id).order_by(Resident.id.desc()).limit(1)).scalar() or 0
    written = 0
    last_id = 0
    while True:
        batch = conn.execute(_select_sources().where(Resident.id > last_id).order_by(Resident.id).limit(_BATCH)).all()
        if not batch:
            return written
        written += _index_rows(conn, batch)
        last_id = batch[-1].id
        if progress and total:
            progress(min(1.0, last_id / total))


def _select_sources():
    return select(Resident.id, Resident.name, Resident.phone, Resident.phone2, Resident.id_number, Resident.card_number)


def _index_rows(conn: Connection, rows: Sequence) -> int:
    """Write the keys of these residents, and their pinyin sort key on the resident row."""
    values: list[dict[str, object]] = []
    for row in rows:
        values.extend(rows_for(row.id, _source(row)))
    if values:
        conn.execute(insert(_TABLE), values)
    if rows:
        conn.execute(
            update(Resident.__table__)
            .where(Resident.__table__.c.id == bindparam("rid"))
            # derived data, not an edit: keep updated_at as it is (the column's onupdate would stamp "now")
            .values(name_sort=bindparam("name_sort"), updated_at=Resident.__table__.c.updated_at),
            [{"rid": row.id, "name_sort": sort_key(row.name)} for row in rows],
        )
    return len(values)
