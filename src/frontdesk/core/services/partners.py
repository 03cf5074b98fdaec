"""社区合伙人 The community partners' registry: the partners, their agreements, and the people who serve for them.

Everyone at the desk reads it (a booking names a provider); managers edit it. A partner's people are made inactive,
never deleted: appointments and classes name them. Each refusal of bad input is a :class:`RuleViolation` whose
``params["field"]`` names the input field, so the form shows the words beside it and keeps what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.idnumber import mask_phone
from frontdesk.core.models import Partner, PartnerKind, PartnerPerson, PersonRole
from frontdesk.core.validation import clean_field, normalize_phone

RENEWAL_DAYS = 30  # 待续签: the agreement ends within this many days
PARTNER_NAME_MAX = 80
SERVICES_MAX = 200
CONTACT_MAX = 40
PERSON_NAME_MAX = 40
PERSON_NOTES_MAX = 200
NOTES_MAX = 2000


@dataclass(frozen=True)
class PartnerInput:
    """The partner form's values as typed; the service cleans and checks them."""

    name: str = ""
    kind: str = PartnerKind.ENTERPRISE.value
    services: str = ""  # what they offer: 书法班、义诊
    contact_name: str = ""
    contact_phone: str = ""
    agreement_start: date | None = None  # 合作协议
    agreement_end: date | None = None
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class PersonInput:
    name: str = ""
    role: str = PersonRole.OTHER.value
    phone: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    partner_id: int
    partner_name: str
    name: str
    role: PersonRole
    phone: str
    notes: str
    active: bool


@dataclass(frozen=True)
class PartnerRow:
    partner_id: int
    name: str
    kind: PartnerKind
    services: str
    contact_name: str
    contact_phone: str
    agreement_start: date | None
    agreement_end: date | None
    notes: str
    active: bool
    renewal_due: bool  # 待续签: the agreement ends within RENEWAL_DAYS of today
    expired: bool  # 已到期: the agreement ended before today
    people: tuple[PersonRow, ...] = ()

    def as_input(self) -> PartnerInput:
        """The values to fill the form for editing."""
        return PartnerInput(**{f.name: getattr(self, f.name) for f in fields(PartnerInput)})


def validate_partner(data: PartnerInput) -> PartnerInput:
    """The input cleaned, or the first problem (in the form's order) refused with its field."""
    name = clean_field(data.name)
    _required("name", name, PARTNER_NAME_MAX)
    if data.kind not in {k.value for k in PartnerKind}:
        raise RuleViolation("invalid_choice", {"field": "kind"})
    services = _limited("services", clean_field(data.services), SERVICES_MAX)
    contact = _limited("contact_name", clean_field(data.contact_name), CONTACT_MAX)
    phone = _phone("contact_phone", data.contact_phone)
    if data.agreement_start and data.agreement_end and data.agreement_end < data.agreement_start:
        raise RuleViolation("agreement_end_before_start", {"field": "agreement_end"})
    notes = _limited("notes", clean_field(data.notes, multiline=True), NOTES_MAX)
    return PartnerInput(name, data.kind, services, contact, phone, data.agreement_start, data.agreement_end, notes,
                        bool(data.active))  # fmt: skip


def validate_person(data: PersonInput) -> PersonInput:
    name = clean_field(data.name)
    _required("name", name, PERSON_NAME_MAX)
    if data.role not in {r.value for r in PersonRole}:
        raise RuleViolation("invalid_choice", {"field": "role"})
    phone = _phone("phone", data.phone)
    notes = _limited("notes", clean_field(data.notes), PERSON_NOTES_MAX)
    return PersonInput(name, data.role, phone, notes, bool(data.active))


def _required(field: str, value: str, most: int) -> None:
    if not value:
        raise RuleViolation("required", {"field": field})
    _limited(field, value, most)


def _limited(field: str, value: str, most: int) -> str:
    if len(value) > most:
        raise RuleViolation("too_long", {"field": field, "max": most})
    return value


def _phone(field: str, text: str) -> str:
    value = clean_field(text)
    if not value:
        return ""
    try:
        return normalize_phone(value)
    except ValueError:
        raise RuleViolation("phone_format", {"field": field}) from None


def _shown(values: dict[str, Any]) -> dict[str, Any]:
    """Values as the audit log keeps them: phones masked, dates as text."""
    return audit.masked({k: mask_phone(v) if k == "contact_phone" and v else v for k, v in values.items()})


_PARTNER_COLUMNS = tuple(f.name for f in fields(PartnerInput))
_PERSON_COLUMNS = tuple(f.name for f in fields(PersonInput))


class PartnerService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- reading ------------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def list_partners(self, *, actor: Actor, include_inactive: bool = True) -> list[PartnerRow]:
        """Every partner by name, each with their people (active first, then by name)."""
        today = self._clock().date()
        with self._db.read() as session:
            query = select(Partner).order_by(Partner.name)
            if not include_inactive:
                query = query.where(Partner.active.is_(True))
            partners = list(session.scalars(query))
            people = _people_by_partner(session, [p.id for p in partners])
        return [_partner_row(p, today, people.get(p.id, ())) for p in partners]

    @guarded(Permission.FRONT_DESK)
    def get_partner(self, partner_id: int, *, actor: Actor) -> PartnerRow:
        today = self._clock().date()
        with self._db.read() as session:
            partner = _partner(session, partner_id)
            people = _people_by_partner(session, [partner_id])
        return _partner_row(partner, today, people.get(partner_id, ()))

    @guarded(Permission.FRONT_DESK)
    def list_people(self, partner_id: int, *, actor: Actor, include_inactive: bool = True) -> list[PersonRow]:
        with self._db.read() as session:
            rows = _people_by_partner(session, [partner_id]).get(partner_id, ())
        return [row for row in rows if include_inactive or row.active]

    @guarded(Permission.FRONT_DESK)
    def active_people(self, *, actor: Actor) -> list[PersonRow]:
        """Who can be picked as a provider: active people of active partners, by partner and name."""
        with self._db.read() as session:
            found = session.execute(
                select(PartnerPerson, Partner.name)
                .join(Partner, Partner.id == PartnerPerson.partner_id)
                .where(PartnerPerson.active.is_(True), Partner.active.is_(True))
                .order_by(Partner.name, PartnerPerson.name, PartnerPerson.id)
            ).all()
        return [_person_row(person, partner_name) for person, partner_name in found]

    # -- the partners --------------------------------------------------------------------------------------------
    @guarded(Permission.SETTINGS)
    def create_partner(self, data: PartnerInput, *, actor: Actor) -> PartnerRow:
        clean = validate_partner(data)
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> int:
            _name_free(session, clean.name, None)
            values = {name: getattr(clean, name) for name in _PARTNER_COLUMNS}
            partner = Partner(**{k: v if v != "" else None for k, v in values.items()}, created_at=now,
                              updated_at=now)  # fmt: skip
            session.add(partner)
            _flush_named(session)
            audit.record(session, "partner.create", at=now, actor=actor, entity_type="partner", entity_id=partner.id,
                         details={"after": _shown(values)})  # fmt: skip
            return partner.id

        return self.get_partner(self._db.run_write(work), actor=actor)

    @guarded(Permission.SETTINGS)
    def update_partner(self, partner_id: int, data: PartnerInput, *, actor: Actor) -> PartnerRow:
        """Save what changed (nothing changed: nothing written, no entry)."""
        clean = validate_partner(data)
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> None:
            partner = _partner(session, partner_id)
            _name_free(session, clean.name, partner_id)
            before = _stored(partner, PartnerInput())
            after = {name: getattr(clean, name) for name in _PARTNER_COLUMNS}
            changed = {k: v for k, v in after.items() if before[k] != v}
            if not changed:
                return
            for key, value in changed.items():
                setattr(partner, key, value if value != "" else None)
            partner.updated_at = now
            _flush_named(session)
            details = {"before": _shown({k: before[k] for k in changed}), "after": _shown(changed)}
            audit.record(session, "partner.update", at=now, actor=actor, entity_type="partner", entity_id=partner_id,
                         details=details)  # fmt: skip

        self._db.run_write(work)
        return self.get_partner(partner_id, actor=actor)

    @guarded(Permission.SETTINGS)
    def set_partner_active(self, partner_id: int, active: bool, *, actor: Actor) -> PartnerRow:
        """A partner whose agreement ended stays on file (past bookings name it), made inactive."""
        current = self.get_partner(partner_id, actor=actor)
        return self.update_partner(partner_id, replace(current.as_input(), active=bool(active)), actor=actor)

    # -- their people --------------------------------------------------------------------------------------------
    @guarded(Permission.SETTINGS)
    def add_person(self, partner_id: int, data: PersonInput, *, actor: Actor) -> PersonRow:
        clean = validate_person(data)
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> PersonRow:
            partner = _partner(session, partner_id)
            values = {name: getattr(clean, name) for name in _PERSON_COLUMNS}
            person = PartnerPerson(partner_id=partner_id, **{k: v if v != "" else None for k, v in values.items()},
                                   created_at=now, updated_at=now)  # fmt: skip
            session.add(person)
            session.flush()
            details = {"person_id": person.id, "name": person.name, "after": audit.masked(values)}
            audit.record(session, "partner.person_add", at=now, actor=actor, entity_type="partner",
                         entity_id=partner_id, details=details)  # fmt: skip
            return _person_row(person, partner.name)

        return self._db.run_write(work)

    @guarded(Permission.SETTINGS)
    def update_person(self, person_id: int, data: PersonInput, *, actor: Actor) -> PersonRow:
        clean = validate_person(data)
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> PersonRow:
            person = session.get(PartnerPerson, person_id)
            if person is None:
                raise RuleViolation("person_not_found")
            partner = session.get(Partner, person.partner_id)
            before = _stored(person, PersonInput())
            after = {name: getattr(clean, name) for name in _PERSON_COLUMNS}
            changed = {k: v for k, v in after.items() if before[k] != v}
            if changed:
                for key, value in changed.items():
                    setattr(person, key, value if value != "" else None)
                person.updated_at = now
                session.flush()
                details = {
                    "person_id": person_id,
                    "name": person.name,
                    "before": audit.masked({k: before[k] for k in changed}),
                    "after": audit.masked(changed),
                }
                audit.record(session, "partner.person_update", at=now, actor=actor, entity_type="partner",
                             entity_id=person.partner_id, details=details)  # fmt: skip
            return _person_row(person, partner.name)

        return self._db.run_write(work)

    @guarded(Permission.SETTINGS)
    def set_person_active(self, person_id: int, active: bool, *, actor: Actor) -> PersonRow:
        with self._db.read() as session:
            person = session.get(PartnerPerson, person_id)
            if person is None:
                raise RuleViolation("person_not_found")
            current = PersonInput(**_stored(person, PersonInput()))
        return self.update_person(person_id, replace(current, active=bool(active)), actor=actor)


def _stored(row: Partner | PartnerPerson, blank: PartnerInput | PersonInput) -> dict[str, Any]:
    """A row's values under the input's field names, as the input holds them (no text is "", enums as text)."""
    values: dict[str, Any] = {}
    for f in fields(blank):
        value = getattr(row, f.name)
        if value is None and getattr(blank, f.name) == "":
            value = ""
        values[f.name] = str(value) if f.name in ("kind", "role") else value
    return values


def _partner(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise RuleViolation("partner_not_found")
    return partner


def _name_free(session: Session, name: str, partner_id: int | None) -> None:
    query = select(Partner.id).where(Partner.name == name)
    if partner_id is not None:
        query = query.where(Partner.id != partner_id)
    if session.scalar(query) is not None:
        raise RuleViolation("partner_name_taken", {"field": "name", "name": name})


def _flush_named(session: Session) -> None:
    """Two desks naming a partner at once: the loser's unique name is refused in words, not as a crash."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise RuleViolation("partner_name_taken", {"field": "name"}) from exc


def _people_by_partner(session: Session, partner_ids: list[int]) -> dict[int, tuple[PersonRow, ...]]:
    if not partner_ids:
        return {}
    found = session.execute(
        select(PartnerPerson, Partner.name)
        .join(Partner, Partner.id == PartnerPerson.partner_id)
        .where(PartnerPerson.partner_id.in_(partner_ids))
        .order_by(PartnerPerson.active.desc(), PartnerPerson.name, PartnerPerson.id)
    ).all()
    grouped: dict[int, list[PersonRow]] = {}
    for person, partner_name in found:
        grouped.setdefault(person.partner_id, []).append(_person_row(person, partner_name))
    return {key: tuple(rows) for key, rows in grouped.items()}


def _person_row(person: PartnerPerson, partner_name: str) -> PersonRow:
    return PersonRow(person.id, person.partner_id, partner_name, person.name, PersonRole(person.role),
                     person.phone or "", person.notes or "", bool(person.active))  # fmt: skip


def _partner_row(partner: Partner, today: date, people: tuple[PersonRow, ...]) -> PartnerRow:
    end = partner.agreement_end
    expired = end is not None and end < today
    renewal_due = end is not None and today <= end <= today + timedelta(days=RENEWAL_DAYS)
    return PartnerRow(
        partner.id, partner.name, PartnerKind(partner.kind), partner.services or "", partner.contact_name or "",
        partner.contact_phone or "", partner.agreement_start, end, partner.notes or "", bool(partner.active),
        renewal_due, expired, people,
    )  # fmt: skip
