"""The residents page's table: the registry filtered and sorted, a page of rows at a time (200,000 residents must
not be loaded to show forty)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, func, or_, select

from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import Disability, Resident
from frontdesk.core.models.resident import AGED_THRESHOLD


class Flag(enum.StrEnum):
    LIVES_ALONE = "lives_alone"  # 独居
    EMPTY_NEST = "empty_nest"  # 空巢
    DISABLED = "disabled"  # 失能 or 半失能
    LOW_INCOME = "low_income"  # 低保
    AGED = "aged"  # 高龄 80+
    NO_EMERGENCY_CONTACT = "no_emergency_contact"  # 缺紧急联系人


class Sort(enum.StrEnum):
    NAME = "name"
    AGE = "age"
    COMMUNITY = "community"
    NEWEST = "newest"


@dataclass(frozen=True)
class RegistryFilter:
    community: str | None = None
    flags: frozenset[Flag] = frozenset()
    archived: bool = False  # False: current residents; True: the archived ones only


@dataclass(frozen=True)
class RegistryRow:
    resident_id: int
    name: str
    gender: str
    age: int | None
    community: str | None
    id_masked: str
    phone_masked: str
    lives_alone: bool
    empty_nest: bool
    disability: str
    low_income: bool
    has_emergency_contact: bool
    archived_reason: str | None


class RegistryService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @guarded(Permission.FRONT_DESK)
    def communities(self, *, actor: Actor) -> list[str]:
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(Resident.community)
                    .where(Resident.community.is_not(None))
                    .distinct()
                    .order_by(Resident.community)
                )
            )

    @guarded(Permission.FRONT_DESK)
    def count(self, where: RegistryFilter, *, actor: Actor) -> int:
        with self._db.read() as session:
            return session.scalar(_filtered(select(func.count(Resident.id)), where, self._clock().date())) or 0

    @guarded(Permission.FRONT_DESK)
    def page(
        self, where: RegistryFilter, *, actor: Actor, offset: int, limit: int, sort: Sort = Sort.NAME
    ) -> list[RegistryRow]:
        today = self._clock().date()
        statement = matching(where, today, sort).offset(offset).limit(limit)
        with self._db.read() as session:
            return [_row(r, today) for r in session.scalars(statement)]


def matching(where: RegistryFilter, today: date, sort: Sort = Sort.NAME) -> Select:
    """The residents ``where`` matches, in the table's order (also what the register's export reads)."""
    order = {
        Sort.NAME: (Resident.name_sort, Resident.id),  # pinyin order
        Sort.AGE: (Resident.birth_date, Resident.id),  # oldest first
        Sort.COMMUNITY: (Resident.community, Resident.name_sort, Resident.id),
        Sort.NEWEST: (Resident.id.desc(),),
    }[sort]
    return _filtered(select(Resident), where, today).order_by(*order)


def _filtered(statement: Select, where: RegistryFilter, today: date) -> Select:
    statement = statement.where(Resident.archived_at.is_not(None) if where.archived else Resident.archived_at.is_(None))
    if where.community:
        statement = statement.where(Resident.community == where.community)
    for flag in where.flags:
        if flag is Flag.LIVES_ALONE:
            statement = statement.where(Resident.lives_alone.is_(True))
        elif flag is Flag.EMPTY_NEST:
            statement = statement.where(Resident.empty_nest.is_(True))
        elif flag is Flag.DISABLED:
            statement = statement.where(Resident.disability != Disability.NONE.value)
        elif flag is Flag.LOW_INCOME:
            statement = statement.where(Resident.low_income.is_(True))
        elif flag is Flag.AGED:
            born_by = _years_before(today, AGED_THRESHOLD)
            statement = statement.where(Resident.birth_date <= born_by)
        elif flag is Flag.NO_EMERGENCY_CONTACT:
            statement = statement.where(or_(Resident.emergency_name.is_(None), Resident.emergency_phone.is_(None)))
    return statement


def _years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return (day - timedelta(days=1)).replace(year=day.year - years)


def _row(r: Resident, today: date) -> RegistryRow:
    return RegistryRow(
        resident_id=r.id,
        name=r.name,
        gender=str(r.gender),
        age=r.age_on(today),
        community=r.community,
        id_masked=mask(r.id_number) if r.id_number else "",
        phone_masked=mask_phone(r.phone) if r.phone else "",
        lives_alone=r.lives_alone,
        empty_nest=r.empty_nest,
        disability=str(r.disability),
        low_income=r.low_income,
        has_emergency_contact=bool(r.emergency_name and r.emergency_phone),
        archived_reason=r.archive_reason,
    )
