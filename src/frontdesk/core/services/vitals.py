"""健康监测 Recording and reading a resident's health readings (PIPL art. 28: sensitive personal information).

Only care staff and managers (Permission.HEALTH) record or see them, and the service refuses everyone else itself.
Every look is audited (``vitals.view``, in a write transaction of its own), so the log shows who saw whose readings.
A recorded reading's audit entry names which fields were measured and the flags; the values themselves are sealed
with the resident's key (:mod:`frontdesk.core.sealing`), so they are erased from the log with the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Appointment, Staff, VitalReading
from frontdesk.core.services.residents import get_resident
from frontdesk.core.vitals_ranges import Flag, VitalsInput, checked, flags
from frontdesk.core.vitals_trend import TREND_READINGS, PressurePoint, PressureTrend, pressure_trend

READINGS_LIMIT = 200  # a history longer than this is shown from its newest 200


@dataclass(frozen=True)
class ReadingRow:
    """One recorded reading, as the history table and the slip show it."""

    id: int
    resident_id: int
    taken_at: datetime
    systolic: int | None
    diastolic: int | None
    pulse: int | None
    glucose_mmol: float | None
    fasting: bool | None
    weight_kg: float | None
    note: str
    flags: frozenset[Flag]
    staff_name: str | None  # who took it (None: a departed account, or the program)
    appointment_id: int | None

    def as_input(self) -> VitalsInput:
        return VitalsInput(self.systolic, self.diastolic, self.pulse, self.glucose_mmol, self.fasting,
                           self.weight_kg, self.note)  # fmt: skip


class VitalsService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @guarded(Permission.HEALTH)
    def record(
        self, resident_id: int, reading: VitalsInput, *, actor: Actor, appointment_id: int | None = None
    ) -> ReadingRow:
        """Record one set of readings taken now (an impossible value is refused in words: see
        :func:`frontdesk.core.vitals_ranges.problems`). An archived resident is refused; an appointment given must
        be the resident's."""
        values = checked(reading)
        now = self._now()

        def work(session: Session) -> ReadingRow:
            resident = get_resident(session, resident_id)
            if resident.archived_at is not None:
                raise RuleViolation("resident_archived", {"name": resident.name})
            if appointment_id is not None:
                booked = session.get(Appointment, appointment_id)
                if booked is None or booked.resident_id != resident_id:
                    raise RuleViolation("vitals_appointment_not_theirs", {"name": resident.name})
            row = VitalReading(
                resident_id=resident_id, appointment_id=appointment_id, taken_at=now, systolic=values.systolic,
                diastolic=values.diastolic, pulse=values.pulse, glucose_mmol=values.glucose_mmol,
                fasting=values.fasting, weight_kg=values.weight_kg, note=values.note or None,
                staff_id=actor.audit_staff_id,
            )  # fmt: skip
            session.add(row)
            session.flush()
            found = sorted(flags(values))
            measured = {name: getattr(values, name) for name in values.recorded()}
            details: dict[str, object] = {"recorded": values.recorded(), "flags": found, "readings": measured}
            if appointment_id is not None:
                details["appointment"] = appointment_id
            audit.record(session, "vitals.record", at=now, actor=actor, entity_type="resident",
                         entity_id=resident_id, details=details)  # fmt: skip
            return _row(row, _staff_names(session, [row]))

        return self._db.run_write(work)

    @guarded(Permission.HEALTH)
    def readings(
        self, resident_id: int, *, actor: Actor, since: datetime | None = None, limit: int = READINGS_LIMIT
    ) -> list[ReadingRow]:
        """The resident's readings, newest first (from ``since`` on, at most ``limit``). The look is audited."""
        return self._look(resident_id, actor, "readings", since=since, limit=limit)

    @guarded(Permission.HEALTH)
    def latest(self, resident_id: int, *, actor: Actor) -> ReadingRow | None:
        """The newest reading, or ``None`` when none was taken. The look is audited."""
        rows = self._look(resident_id, actor, "latest", limit=1)
        return rows[0] if rows else None

    @guarded(Permission.HEALTH)
    def trend(self, resident_id: int, *, actor: Actor, points: int = TREND_READINGS) -> PressureTrend:
        """The last ``points`` blood pressure readings (oldest first) and which way they go. The look is audited."""
        pressures = [
            PressurePoint(r.taken_at, r.systolic, r.diastolic)
            for r in self._look(resident_id, actor, "trend", limit=points, pressure_only=True)
            if r.systolic is not None and r.diastolic is not None
        ]
        return pressure_trend(pressures)

    def _look(
        self,
        resident_id: int,
        actor: Actor,
        view: str,
        *,
        since: datetime | None = None,
        limit: int,
        pressure_only: bool = False,
    ) -> list[ReadingRow]:
        now = self._now()

        def work(session: Session) -> list[ReadingRow]:
            get_resident(session, resident_id)
            query = select(VitalReading).where(VitalReading.resident_id == resident_id)
            if since is not None:
                query = query.where(VitalReading.taken_at >= since)
            if pressure_only:
                query = query.where(VitalReading.systolic.is_not(None))
            query = query.order_by(VitalReading.taken_at.desc(), VitalReading.id.desc()).limit(max(1, limit))
            found = session.scalars(query).all()
            names = _staff_names(session, found)
            audit.record(session, "vitals.view", at=now, actor=actor, entity_type="resident", entity_id=resident_id,
                         details={"view": view, "count": len(found)})  # fmt: skip
            return [_row(r, names) for r in found]

        return self._db.run_write(work)

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)


def _staff_names(session: Session, rows: list[VitalReading] | tuple[VitalReading, ...]) -> dict[int, str]:
    ids = {r.staff_id for r in rows if r.staff_id is not None}
    if not ids:
        return {}
    return dict(session.execute(select(Staff.id, Staff.display_name).where(Staff.id.in_(ids))).all())


def _row(row: VitalReading, names: dict[int, str]) -> ReadingRow:
    values = VitalsInput(row.systolic, row.diastolic, row.pulse, row.glucose_mmol, row.fasting, row.weight_kg,
                         row.note or "")  # fmt: skip
    return ReadingRow(
        id=row.id, resident_id=row.resident_id, taken_at=row.taken_at, systolic=row.systolic,
        diastolic=row.diastolic, pulse=row.pulse, glucose_mmol=row.glucose_mmol, fasting=row.fasting,
        weight_kg=row.weight_kg, note=row.note or "", flags=flags(values),
        staff_name=names.get(row.staff_id) if row.staff_id is not None else None, appointment_id=row.appointment_id,
    )  # fmt: skip
