"""个人信息保护 (PIPL): consent with its scope, a resident's own data for them, and anonymisation after retention.

Anonymisation clears the row and erases the person everywhere else too (the audit log, merge records, the file's
free pages and WAL): see :mod:`frontdesk.core.erasure` for where and how, and why the log is crypto-shredded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from frontdesk.core import audit, erasure
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.idnumber import mask
from frontdesk.core.models import (
    ConsentScope,
    Resident,
    ResidentMerge,
    ResidentSearchKey,
    RetiredCard,
    Staff,
    Visit,
    VitalReading,
)
from frontdesk.core.services.center_settings import RETENTION_DAYS, CenterSettings
from frontdesk.core.services.residents import HEALTH_FIELDS, get_resident

# Cleared by anonymisation; what stays (sex, birth year, community, flags, visits) feeds only statistics.
IDENTIFYING = (
    "id_number", "phone", "phone2", "building", "unit", "room", "address_detail", "emergency_name",
    "emergency_relation", "emergency_phone", "chronic_conditions", "allergies", "notes", "card_number",
    "archive_note",
)  # fmt: skip


@dataclass(frozen=True)
class ConsentRecord:
    """What the resident agreed to, when, and which member of staff recorded it (``None``: not recorded yet)."""

    on: date | None
    scopes: frozenset[ConsentScope]
    recorded_by: str | None


@dataclass(frozen=True)
class ConsentFormData:
    """What a printed consent form (知情同意书) shows: never the full ID number."""

    resident_id: int
    center_name: str
    name: str
    id_masked: str
    scopes: frozenset[ConsentScope]  # already agreed (ticked on the form); empty for a blank form to sign
    on: date | None
    printed_at: datetime
    # PIPL art. 17: the notice names the handler and how to reach it
    center_address: str = ""
    center_phone: str = ""


class PrivacyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._settings = CenterSettings(db, clock)

    @guarded(Permission.FRONT_DESK)
    def consent(self, actor: Actor, resident_id: int) -> ConsentRecord:
        with self._db.read() as session:
            resident = get_resident(session, resident_id)
            return ConsentRecord(resident.consent_date, _scopes(resident), _recorded_by(session, resident))

    @guarded(Permission.FRONT_DESK)
    def consent_form(self, actor: Actor, resident_id: int) -> ConsentFormData:
        """The consent form's contents (the ID number masked). Whoever prints or saves it writes the audit entry
        (:meth:`DocumentService.record_print`, as for every document)."""
        now = self._now()
        center = self._settings.center_info()
        with self._db.read() as session:
            resident = get_resident(session, resident_id)
            return ConsentFormData(
                resident_id=resident_id,
                center_name=center.name,
                center_address=center.address,
                center_phone=center.phone,
                name=resident.name,
                id_masked=mask(resident.id_number) if resident.id_number else "",
                scopes=_scopes(resident),
                on=resident.consent_date,
                printed_at=now,
            )

    @guarded(Permission.FRONT_DESK)
    def record_consent(self, actor: Actor, resident_id: int, scopes: Iterable[ConsentScope], *, on: date) -> None:
        """知情同意: the resident agreed (signed form) to these scopes on ``on``."""
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
            resident.consent_recorded_by_id, resident.updated_at = actor.audit_staff_id, now
            audit.record(session, "resident.consent", at=now, actor=actor, entity_type="resident",
                         entity_id=resident_id, details={"before": before, "after": {"date": on.isoformat(),
                                                                                      "scope": chosen}})  # fmt: skip

        self._db.run_write(work)

    @guarded(Permission.REVEAL_IDENTIFIERS)
    def export_resident(self, actor: Actor, resident_id: int) -> dict[str, Any]:
        """Everything held about one resident, for them (right of access): their record unmasked, visits, merges.

        Health data only when the actor may see it (Permission.HEALTH): otherwise ``withheld`` names the fields,
        and the resident asks care staff or a manager for them."""
        now = self._now()
        withheld = [] if actor.may(Permission.HEALTH) else list(HEALTH_FIELDS)
        center = self._settings.center_info()

        def work(session: Session) -> dict[str, Any]:
            resident = get_resident(session, resident_id)
            record = {
                c.name: _iso(getattr(resident, c.key))
                for c in Resident.__table__.columns
                if c.name != "name_sort" and c.name not in withheld
            }
            record["consent_recorded_by"] = _recorded_by(session, resident)
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
            audit.record(session, "resident.export", at=now, actor=actor, entity_type="resident",
                         entity_id=resident_id, details={"withheld": withheld})  # fmt: skip
            return {"exported_at": now.isoformat(), "center": center.name, "center_address": center.address,
                    "center_phone": center.phone, "resident": record, "visits": visits, "merges": merges,
                    "withheld": withheld}  # fmt: skip

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def retention_days(self, actor: Actor) -> int:
        """How long archived residents are kept before anonymisation (center setting, default 3 years)."""
        return self._settings.get_int(RETENTION_DAYS)

    @guarded(Permission.SETTINGS)
    def set_retention_days(self, actor: Actor, days: int) -> None:
        self._settings.set_int(RETENTION_DAYS, days, actor=actor)

    @guarded(Permission.SETTINGS)
    def count_expired(self, actor: Actor, *, retention_days: int) -> int:
        """How many archived residents :meth:`anonymise_expired` would anonymise now."""
        cutoff = self._now() - timedelta(days=retention_days)
        with self._db.read() as session:
            return session.scalar(select(func.count(Resident.id)).where(*_expired(cutoff))) or 0

    @guarded(Permission.SETTINGS)
    def anonymise_expired(self, actor: Actor, *, retention_days: int) -> int:
        """Remove name and identifiers of residents archived more than ``retention_days`` ago; statistics stay.
        Returns how many were anonymised."""
        now = self._now()
        cutoff = now - timedelta(days=retention_days)

        def work(session: Session) -> int:
            expired = session.scalars(select(Resident).where(*_expired(cutoff))).all()
            # The same person's other records, merged into theirs: anonymised with them (their data moved over).
            duplicates = session.scalars(
                select(Resident).where(
                    Resident.id.in_(
                        select(ResidentMerge.merged_id).where(
                            ResidentMerge.kept_id.in_([r.id for r in expired]), ResidentMerge.undone_at.is_(None)
                        )
                    ),
                    Resident.anonymised_at.is_(None),
                )
            ).all()
            people = {r.id: r for r in [*expired, *duplicates]}
            for resident in people.values():
                for field in IDENTIFYING:
                    setattr(resident, field, None)
                resident.name, resident.name_sort = f"#{resident.id}", f"#{resident.id}"
                if resident.birth_date is not None:
                    resident.birth_date = date(resident.birth_date.year, 1, 1)  # the year still counts in reports
                resident.anonymised_at = resident.updated_at = now
            ids = list(people)
            if ids:
                session.execute(delete(ResidentSearchKey).where(ResidentSearchKey.resident_id.in_(ids)))
                session.execute(delete(RetiredCard).where(RetiredCard.resident_id.in_(ids)))  # identifiers too
                # health readings (PIPL art. 28): the row stays for statistics, so the cascade never fires
                session.execute(delete(VitalReading).where(VitalReading.resident_id.in_(ids)))
                details = {"count": len(expired), "retention_days": retention_days, **erasure.forget(session, ids)}
                audit.record(session, "resident.anonymise", at=now, actor=actor,
                             entity_type="resident", details=details)  # fmt: skip
            return len(expired)

        count = self._db.run_write(work)
        if count:
            erasure.scrub_file(self._db)  # deleted content out of the file's free pages and the WAL
        return count

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)


def _scopes(resident: Resident) -> frozenset[ConsentScope]:
    """What the resident agreed to (scopes this program does not know are left out)."""
    return frozenset(ConsentScope(s) for s in resident.consent_scope or () if s in set(ConsentScope))


def _recorded_by(session: Session, resident: Resident) -> str | None:
    """Who recorded the consent, by name."""
    by = session.get(Staff, resident.consent_recorded_by_id) if resident.consent_recorded_by_id else None
    return by.display_name if by is not None else None


def _expired(cutoff: datetime) -> tuple:
    return Resident.archived_at.is_not(None), Resident.archived_at < cutoff, Resident.anonymised_at.is_(None)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if hasattr(value, "value") else value)
