"""个人信息保护 (PIPL): consent with its scope, a resident's own data for them, and anonymisation after retention."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, require
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ConsentScope, Resident, ResidentMerge, ResidentSearchKey, Visit
from frontdesk.core.services.residents import get_resident

# Cleared by anonymisation; what stays (sex, birth year, community, flags, visits) feeds only statistics.
IDENTIFYING = (
    "id_number", "phone", "phone2", "building", "unit", "room", "address_detail", "emergency_name",
    "emergency_relation", "emergency_phone", "chronic_conditions", "allergies", "notes", "card_number",
    "archive_note",
)  # fmt: skip


class PrivacyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def record_consent(self, actor: Actor, resident_id: int, scopes: Iterable[ConsentScope], *, on: date) -> None:
        """知情同意: the resident agreed (signed form) to these scopes on ``on``."""
        require(actor, Permission.FRONT_DESK)
        chosen = sorted({ConsentScope(s).value for s in scopes})
        if ConsentScope.BASIC.value not in chosen:
            raise RuleViolation("consent_needs_basic")
        now = self._now()
        if on > now.date():
            raise RuleViolation("date_in_future")

        def work(session: Session) -> None:
            resident = get_resident(session, resident_id)
            before = {"date": _iso(resident.consent_date), "scope": resident.consent_scope}
            resident.consent_date, resident.consent_scope = on, chosen
            resident.consent_recorded_by_id, resident.updated_at = actor.staff_id, now
            audit.record(session, "resident.consent", at=now, staff_id=actor.staff_id, entity_type="resident",
                         entity_id=resident_id, details={"before": before, "after": {"date": on.isoformat(),
                                                                                      "scope": chosen}})  # fmt: skip

        self._db.run_write(work)

    def export_resident(self, actor: Actor, resident_id: int) -> dict[str, Any]:
        """Everything held about one resident, for them (right of access): their record unmasked, visits, merges."""
        require(actor, Permission.REVEAL_IDENTIFIERS)
        now = self._now()

        def work(session: Session) -> dict[str, Any]:
            resident = get_resident(session, resident_id)
            record = {
                c.name: _iso(getattr(resident, c.key)) for c in Resident.__table__.columns if c.name != "name_sort"
            }
            visits = [
                {"date": v.visit_date.isoformat(), "queue_number": v.queue_number, "in": _iso(v.checked_in_at),
                 "out": _iso(v.checked_out_at), "purpose": str(v.purpose), "companions": v.companions}
                for v in session.scalars(select(Visit).where(Visit.resident_id == resident_id).order_by(Visit.id))
            ]  # fmt: skip
            merges = [
                {"at": _iso(m.at), "kept_id": m.kept_id, "merged_id": m.merged_id, "undone_at": _iso(m.undone_at)}
                for m in session.scalars(
                    select(ResidentMerge).where(
                        or_(ResidentMerge.kept_id == resident_id, ResidentMerge.merged_id == resident_id)
                    )
                )
            ]
            audit.record(session, "resident.export", at=now, staff_id=actor.staff_id, entity_type="resident",
                         entity_id=resident_id)  # fmt: skip
            return {"exported_at": now.isoformat(), "resident": record, "visits": visits, "merges": merges}

        return self._db.run_write(work)

    def anonymise_expired(self, actor: Actor, *, retention_days: int) -> int:
        """Remove name and identifiers of residents archived more than ``retention_days`` ago; statistics stay.
        Returns how many were anonymised."""
        require(actor, Permission.SETTINGS)
        now = self._now()
        cutoff = now - timedelta(days=retention_days)

        def work(session: Session) -> int:
            expired = session.scalars(
                select(Resident).where(
                    Resident.archived_at.is_not(None), Resident.archived_at < cutoff, Resident.anonymised_at.is_(None)
                )
            ).all()
            for resident in expired:
                for field in IDENTIFYING:
                    setattr(resident, field, None)
                resident.name, resident.name_sort = f"#{resident.id}", f"#{resident.id}"
                if resident.birth_date is not None:
                    resident.birth_date = date(resident.birth_date.year, 1, 1)  # the year still counts in reports
                resident.anonymised_at = resident.updated_at = now
            ids = [r.id for r in expired]
            if ids:
                session.execute(delete(ResidentSearchKey).where(ResidentSearchKey.resident_id.in_(ids)))
                audit.record(session, "resident.anonymise", at=now, staff_id=actor.staff_id, entity_type="resident",
                             details={"count": len(ids), "retention_days": retention_days})  # fmt: skip
            return len(ids)

        return self._db.run_write(work)

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if hasattr(value, "value") else value)
