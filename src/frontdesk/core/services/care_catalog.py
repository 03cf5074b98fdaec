"""康养服务站 The care station's catalogue: its services (服务项目), who provides them when (weekly hours), their
exceptions (leave, a one-off session such as a Saturday 义诊) and the manager's word on the center's days.

These are the records slot generation (:mod:`frontdesk.core.scheduling`) reads; nothing here makes slots. Everyone
at the desk reads them; managers edit. Bad input is refused with a :class:`RuleViolation` whose ``params["field"]``
names the input field (and ``params["row"]`` the stretch of hours, counted from 0), so the form can say it there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, time
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    CareService,
    CenterDay,
    ExceptionKind,
    Partner,
    PartnerPerson,
    ProviderException,
    ProviderHours,
)
from frontdesk.core.validation import clean_field

SERVICE_NAME_MAX = 40
PLACE_MAX = 40
BRING_MAX = 200
NOTES_MAX = 2000
EXCEPTION_NOTE_MAX = 100
CENTER_DAY_NOTE_MAX = 60
DURATION_MIN, DURATION_MAX = 5, 480  # minutes a slot lasts
PLACES_MAX = 500  # per slot: a lecture hall's worth
PRICE_MAX_CENTS = 1_000_000  # 10 000 yuan: a typing slip, not a price


@dataclass(frozen=True)
class ServiceInput:
    """The service form's values. Prices are in cents (fen): 0 is free."""

    name: str = ""
    duration_min: int = 15
    places: int = 1  # per slot
    partner_id: int | None = None  # who provides it
    place: str = ""  # 康养服务站, 理疗室
    price_cents: int = 0
    market_price_cents: int | None = None  # shown beside a below-market price
    bring: str = ""  # 医保卡、既往病历
    fasting: bool = False  # 需空腹
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class ServiceRow:
    service_id: int
    name: str
    duration_min: int
    places: int
    partner_id: int | None
    partner_name: str
    place: str
    price_cents: int
    market_price_cents: int | None
    bring: str
    fasting: bool
    notes: str
    active: bool

    @property
    def free(self) -> bool:
        return self.price_cents == 0

    @property
    def below_market(self) -> bool:
        return self.market_price_cents is not None and self.price_cents < self.market_price_cents

    def as_input(self) -> ServiceInput:
        return ServiceInput(**{f.name: getattr(self, f.name) for f in fields(ServiceInput)})


@dataclass(frozen=True)
class HoursRow:
    hours_id: int
    service_id: int
    person_id: int
    person_name: str
    partner_name: str
    weekday: int  # 0: Monday
    starts: time
    ends: time
    valid_from: date | None
    valid_until: date | None


@dataclass(frozen=True)
class ExceptionInput:
    """请假 (all day when ``starts`` is None, or from–to) or a one-off session (service, times, places, slot)."""

    kind: str
    person_id: int
    day: date
    service_id: int | None = None  # a leave without one: from every service
    starts: time | None = None
    ends: time | None = None
    places: int | None = None  # a session's places per slot; None: the service's
    slot_min: int | None = None  # a session's slot length; None: the service's duration
    note: str = ""


@dataclass(frozen=True)
class ExceptionRow:
    exception_id: int
    kind: ExceptionKind
    person_id: int
    person_name: str
    service_id: int | None
    service_name: str
    day: date
    starts: time | None
    ends: time | None
    places: int | None
    slot_min: int | None
    note: str


@dataclass(frozen=True)
class CenterDayRow:
    day: date
    open: bool  # False: closed (停电检修); True: open on a day the calendar would close (调休 not yet published)
    note: str


Stretch = tuple[int, time, time]  # weekday (0: Monday), starts, ends


def validate_service(data: ServiceInput) -> ServiceInput:
    name = clean_field(data.name)
    if not name:
        raise RuleViolation("required", {"field": "name"})
    _limited("name", name, SERVICE_NAME_MAX)
    _within("duration_min", data.duration_min, DURATION_MIN, DURATION_MAX, "duration_out_of_range")
    _within("places", data.places, 1, PLACES_MAX, "places_out_of_range")
    _within("price_cents", data.price_cents, 0, PRICE_MAX_CENTS, "price_out_of_range")
    if data.market_price_cents is not None:
        _within("market_price_cents", data.market_price_cents, 0, PRICE_MAX_CENTS, "price_out_of_range")
        if data.market_price_cents < data.price_cents:
            raise RuleViolation("market_price_below_price", {"field": "market_price_cents"})
    place = _limited("place", clean_field(data.place), PLACE_MAX)
    bring = _limited("bring", clean_field(data.bring), BRING_MAX)
    notes = _limited("notes", clean_field(data.notes, multiline=True), NOTES_MAX)
    return ServiceInput(name, data.duration_min, data.places, data.partner_id, place, data.price_cents,
                        data.market_price_cents, bring, bool(data.fasting), notes, bool(data.active))  # fmt: skip


def validate_stretches(stretches: Sequence[Stretch]) -> list[Stretch]:
    """The stretches by weekday and time; refuses a stretch that ends before it starts, or two that overlap."""
    for row, (weekday, starts, ends) in enumerate(stretches):
        if not (isinstance(weekday, int) and 0 <= weekday <= 6):
            raise RuleViolation("weekday_range", {"field": "weekday", "row": row})
        if ends <= starts:
            raise RuleViolation("ends_before_starts", {"field": "ends", "row": row})
    ordered = sorted(enumerate(stretches), key=lambda item: (item[1][0], item[1][1]))
    latest_end: dict[int, time] = {}  # per weekday, the latest end so far: a long stretch covers several later
    for row, (weekday, starts, ends) in ordered:
        if weekday in latest_end and starts < latest_end[weekday]:
            raise RuleViolation("hours_overlap", {"field": "starts", "row": row, "weekday": weekday})
        latest_end[weekday] = max(ends, latest_end.get(weekday, ends))
    return [stretch for _, stretch in ordered]


def validate_exception(data: ExceptionInput) -> ExceptionInput:
    if data.kind not in {k.value for k in ExceptionKind}:
        raise RuleViolation("invalid_choice", {"field": "kind"})
    if (data.starts is None) != (data.ends is None):
        raise RuleViolation("times_together", {"field": "ends" if data.ends is None else "starts"})
    if data.starts is not None and data.ends is not None and data.ends <= data.starts:
        raise RuleViolation("ends_before_starts", {"field": "ends"})
    if data.kind == ExceptionKind.SESSION.value:
        if data.service_id is None:
            raise RuleViolation("session_needs_service", {"field": "service_id"})
        if data.starts is None:
            raise RuleViolation("session_needs_times", {"field": "starts"})
    if data.places is not None:
        _within("places", data.places, 1, PLACES_MAX, "places_out_of_range")
    if data.slot_min is not None:
        _within("slot_min", data.slot_min, DURATION_MIN, DURATION_MAX, "duration_out_of_range")
    note = _limited("note", clean_field(data.note), EXCEPTION_NOTE_MAX)
    is_session = data.kind == ExceptionKind.SESSION.value
    return ExceptionInput(data.kind, data.person_id, data.day, data.service_id, data.starts, data.ends,
                          data.places if is_session else None, data.slot_min if is_session else None, note)  # fmt: skip


def _within(field: str, value: object, least: int, most: int, code: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not least <= value <= most:
        raise RuleViolation(code, {"field": field, "minimum": least, "maximum": most})


def _limited(field: str, value: str, most: int) -> str:
    if len(value) > most:
        raise RuleViolation("too_long", {"field": field, "max": most})
    return value


def _hm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


_SERVICE_COLUMNS = tuple(f.name for f in fields(ServiceInput))


class CareCatalog:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _now(self):
        return self._clock().replace(microsecond=0)

    # -- 服务项目 services ----------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def list_services(self, *, actor: Actor, include_inactive: bool = True) -> list[ServiceRow]:
        with self._db.read() as session:
            query = (
                select(CareService, Partner.name)
                .outerjoin(Partner, Partner.id == CareService.partner_id)
                .order_by(CareService.active.desc(), CareService.name)
            )
            if not include_inactive:
                query = query.where(CareService.active.is_(True))
            return [_service_row(service, partner) for service, partner in session.execute(query).all()]

    @guarded(Permission.FRONT_DESK)
    def get_service(self, service_id: int, *, actor: Actor) -> ServiceRow:
        with self._db.read() as session:
            service = _service(session, service_id)
            partner = session.get(Partner, service.partner_id) if service.partner_id is not None else None
            return _service_row(service, partner.name if partner is not None else None)

    @guarded(Permission.SETTINGS)
    def create_service(self, data: ServiceInput, *, actor: Actor) -> ServiceRow:
        clean = validate_service(data)
        now = self._now()

        def work(session: Session) -> int:
            _service_name_free(session, clean.name, None)
            _partner_exists(session, clean.partner_id)
            values = {name: getattr(clean, name) for name in _SERVICE_COLUMNS}
            service = CareService(**_nullable(values), created_at=now, updated_at=now)
            session.add(service)
            _flush_named(session)
            audit.record(session, "catalogue.service_create", at=now, actor=actor, entity_type="care_service",
                         entity_id=service.id, details={"after": audit.masked(values)})  # fmt: skip
            return service.id

        return self.get_service(self._db.run_write(work), actor=actor)

    @guarded(Permission.SETTINGS)
    def update_service(self, service_id: int, data: ServiceInput, *, actor: Actor) -> ServiceRow:
        clean = validate_service(data)
        now = self._now()

        def work(session: Session) -> None:
            service = _service(session, service_id)
            _service_name_free(session, clean.name, service_id)
            _partner_exists(session, clean.partner_id)
            before = {f.name: _plain(getattr(service, f.name), f.default) for f in fields(ServiceInput)}
            changed = {name: getattr(clean, name) for name in _SERVICE_COLUMNS if getattr(clean, name) != before[name]}
            if not changed:
                return
            for key, value in _nullable(changed).items():
                setattr(service, key, value)
            service.updated_at = now
            _flush_named(session)
            details = {"before": audit.masked({k: before[k] for k in changed}), "after": audit.masked(changed)}
            audit.record(session, "catalogue.service_update", at=now, actor=actor, entity_type="care_service",
                         entity_id=service_id, details=details)  # fmt: skip

        self._db.run_write(work)
        return self.get_service(service_id, actor=actor)

    @guarded(Permission.SETTINGS)
    def set_service_active(self, service_id: int, active: bool, *, actor: Actor) -> ServiceRow:
        """A service no longer given is made inactive (past appointments name it), never deleted."""
        current = self.get_service(service_id, actor=actor)
        return self.update_service(service_id, replace(current.as_input(), active=bool(active)), actor=actor)

    # -- weekly hours ---------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def list_hours(
        self, *, actor: Actor, service_id: int | None = None, person_id: int | None = None
    ) -> list[HoursRow]:
        """Weekly hours by service, weekday, time and person."""
        with self._db.read() as session:
            query = (
                select(ProviderHours, PartnerPerson.name, Partner.name)
                .join(PartnerPerson, PartnerPerson.id == ProviderHours.person_id)
                .join(Partner, Partner.id == PartnerPerson.partner_id)
                .order_by(ProviderHours.service_id, ProviderHours.weekday, ProviderHours.starts, PartnerPerson.name)
            )
            if service_id is not None:
                query = query.where(ProviderHours.service_id == service_id)
            if person_id is not None:
                query = query.where(ProviderHours.person_id == person_id)
            return [_hours_row(hours, person, partner) for hours, person, partner in session.execute(query).all()]

    @guarded(Permission.SETTINGS)
    def set_hours(
        self,
        service_id: int,
        person_id: int,
        stretches: Sequence[Stretch],
        *,
        actor: Actor,
        valid_from: date | None = None,
        valid_until: date | None = None,
    ) -> list[HoursRow]:
        """Replace ``person_id``'s weekly hours for the service with ``stretches`` in one go (none: no hours)."""
        ordered = validate_stretches(list(stretches))
        if valid_from is not None and valid_until is not None and valid_until < valid_from:
            raise RuleViolation("ends_before_starts", {"field": "valid_until"})
        now = self._now()

        def work(session: Session) -> None:
            _service(session, service_id)
            if session.get(PartnerPerson, person_id) is None:
                raise RuleViolation("person_not_found", {"field": "person_id"})
            old = session.scalars(
                select(ProviderHours)
                .where(ProviderHours.service_id == service_id, ProviderHours.person_id == person_id)
                .order_by(ProviderHours.weekday, ProviderHours.starts)
            ).all()
            before = [[h.weekday, _hm(h.starts), _hm(h.ends)] for h in old]
            after = [[weekday, _hm(starts), _hm(ends)] for weekday, starts, ends in ordered]
            if before == after and all((h.valid_from, h.valid_until) == (valid_from, valid_until) for h in old):
                return
            session.execute(
                delete(ProviderHours).where(
                    ProviderHours.service_id == service_id, ProviderHours.person_id == person_id
                )
            )
            for weekday, starts, ends in ordered:
                session.add(ProviderHours(service_id=service_id, person_id=person_id, weekday=weekday, starts=starts,
                                          ends=ends, valid_from=valid_from, valid_until=valid_until))  # fmt: skip
            details = {"person_id": person_id, "before": {"hours": before}, "after": {"hours": after}}
            if valid_from is not None or valid_until is not None:
                details.update(audit.masked({"valid_from": valid_from, "valid_until": valid_until}))
            audit.record(session, "catalogue.hours", at=now, actor=actor, entity_type="care_service",
                         entity_id=service_id, details=details)  # fmt: skip

        self._db.run_write(work)
        return self.list_hours(actor=actor, service_id=service_id, person_id=person_id)

    # -- exceptions -----------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def list_exceptions(
        self, first: date, last: date, *, actor: Actor, service_id: int | None = None
    ) -> list[ExceptionRow]:
        """Leave and sessions from ``first`` to ``last`` (both included); with ``service_id`` that service's and
        the leave that covers every service."""
        with self._db.read() as session:
            query = (
                select(ProviderException, PartnerPerson.name, CareService.name)
                .join(PartnerPerson, PartnerPerson.id == ProviderException.person_id)
                .outerjoin(CareService, CareService.id == ProviderException.service_id)
                .where(ProviderException.day >= first, ProviderException.day <= last)
                .order_by(ProviderException.day, ProviderException.starts, ProviderException.id)
            )
            if service_id is not None:
                query = query.where(
                    (ProviderException.service_id == service_id) | ProviderException.service_id.is_(None)
                )
            return [_exception_row(e, person, service) for e, person, service in session.execute(query).all()]

    @guarded(Permission.SETTINGS)
    def add_exception(self, data: ExceptionInput, *, actor: Actor) -> ExceptionRow:
        clean = validate_exception(data)
        now = self._now()

        def work(session: Session) -> ExceptionRow:
            person = session.get(PartnerPerson, clean.person_id)
            if person is None:
                raise RuleViolation("person_not_found", {"field": "person_id"})
            service = _service(session, clean.service_id) if clean.service_id is not None else None
            row = ProviderException(person_id=clean.person_id, service_id=clean.service_id, day=clean.day,
                                    kind=ExceptionKind(clean.kind), starts=clean.starts, ends=clean.ends,
                                    places=clean.places, slot_min=clean.slot_min, note=clean.note or None)  # fmt: skip
            session.add(row)
            session.flush()
            audit.record(session, "catalogue.exception_add", at=now, actor=actor, entity_type="provider_exception",
                         entity_id=row.id, details=_exception_details(row))  # fmt: skip
            return _exception_row(row, person.name, service.name if service is not None else None)

        return self._db.run_write(work)

    @guarded(Permission.SETTINGS)
    def remove_exception(self, exception_id: int, *, actor: Actor) -> None:
        now = self._now()

        def work(session: Session) -> None:
            row = session.get(ProviderException, exception_id)
            if row is None:
                raise RuleViolation("exception_not_found")
            details = _exception_details(row)
            session.delete(row)
            audit.record(session, "catalogue.exception_remove", at=now, actor=actor, entity_type="provider_exception",
                         entity_id=exception_id, details=details)  # fmt: skip

        self._db.run_write(work)

    # -- the center's days ----------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def list_center_days(self, first: date, last: date, *, actor: Actor) -> list[CenterDayRow]:
        with self._db.read() as session:
            rows = session.scalars(
                select(CenterDay).where(CenterDay.day >= first, CenterDay.day <= last).order_by(CenterDay.day)
            ).all()
            return [CenterDayRow(row.day, bool(row.open), row.note or "") for row in rows]

    @guarded(Permission.SETTINGS)
    def set_center_day(self, day: date, open: bool, *, actor: Actor, note: str = "") -> CenterDayRow:
        """Closed (停电检修) or open (调休) on ``day``, whatever the calendar says."""
        text = _limited("note", clean_field(note), CENTER_DAY_NOTE_MAX)
        now = self._now()

        def work(session: Session) -> CenterDayRow:
            row = session.get(CenterDay, day)
            if row is None:
                session.add(CenterDay(day=day, open=bool(open), note=text or None, updated_at=now))
            else:
                row.open, row.note, row.updated_at = bool(open), text or None, now
            audit.record(session, "catalogue.center_day", at=now, actor=actor, entity_type="center_day",
                         details={"date": day.isoformat(), "open": bool(open), "note": text})  # fmt: skip
            return CenterDayRow(day, bool(open), text)

        return self._db.run_write(work)

    @guarded(Permission.SETTINGS)
    def clear_center_day(self, day: date, *, actor: Actor) -> None:
        """The calendar decides ``day`` again (nothing set: nothing written)."""
        now = self._now()

        def work(session: Session) -> None:
            row = session.get(CenterDay, day)
            if row is None:
                return
            session.delete(row)
            audit.record(session, "catalogue.center_day", at=now, actor=actor, entity_type="center_day",
                         details={"date": day.isoformat(), "open": None})  # fmt: skip

        self._db.run_write(work)


def _service(session: Session, service_id: int) -> CareService:
    service = session.get(CareService, service_id)
    if service is None:
        raise RuleViolation("service_not_found", {"field": "service_id"})
    return service


def _service_name_free(session: Session, name: str, service_id: int | None) -> None:
    query = select(CareService.id).where(CareService.name == name)
    if service_id is not None:
        query = query.where(CareService.id != service_id)
    if session.scalar(query) is not None:
        raise RuleViolation("service_name_taken", {"field": "name", "name": name})


def _partner_exists(session: Session, partner_id: int | None) -> None:
    if partner_id is not None and session.get(Partner, partner_id) is None:
        raise RuleViolation("partner_not_found", {"field": "partner_id"})


def _flush_named(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise RuleViolation("service_name_taken", {"field": "name"}) from exc


def _nullable(values: dict[str, Any]) -> dict[str, Any]:
    """Empty text is stored as NULL."""
    return {key: None if value == "" else value for key, value in values.items()}


def _plain(value: Any, default: Any) -> Any:
    return "" if value is None and default == "" else value


def _service_row(service: CareService, partner_name: str | None) -> ServiceRow:
    return ServiceRow(
        service.id, service.name, service.duration_min, service.places, service.partner_id, partner_name or "",
        service.place or "", service.price_cents, service.market_price_cents, service.bring or "",
        bool(service.fasting), service.notes or "", bool(service.active),
    )  # fmt: skip


def _hours_row(hours: ProviderHours, person_name: str, partner_name: str) -> HoursRow:
    return HoursRow(hours.id, hours.service_id, hours.person_id, person_name, partner_name, hours.weekday,
                    hours.starts, hours.ends, hours.valid_from, hours.valid_until)  # fmt: skip


def _exception_row(row: ProviderException, person_name: str, service_name: str | None) -> ExceptionRow:
    return ExceptionRow(row.id, ExceptionKind(row.kind), row.person_id, person_name, row.service_id,
                        service_name or "", row.day, row.starts, row.ends, row.places, row.slot_min,
                        row.note or "")  # fmt: skip


def _exception_details(row: ProviderException) -> dict[str, Any]:
    times = {"starts": _hm(row.starts), "ends": _hm(row.ends)}
    return {"kind": str(row.kind), "person_id": row.person_id, "service_id": row.service_id,
            "date": row.day.isoformat(), **times, "note": row.note}  # fmt: skip
