"""Finding residents at the desk: the search box, a card or slip scan, and the resident's card on screen."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from frontdesk.core import checkdigit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.db.base import MAX_ROW_ID
from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import Appointment, Enrollment, Resident, RetiredCard, Visit, VisitPurpose
from frontdesk.core.search.keys import normalize_query
from frontdesk.core.search.query import SearchHit, search_residents
from frontdesk.core.services.agenda import AgendaItem, AgendaSource
from frontdesk.core.services.alerts import Alert, AlertCode, resident_alerts

# A slip's QR code carries digits only, like a member card: a keyboard-wedge scanner "types" it, and with a Chinese
# input method active any letter would start a pinyin composition (and the digits after it would pick candidates).
# So: "82" + the visit number padded to 13 digits + a Damm check digit (frontdesk.core.checkdigit), 16 digits in all
# — longer than any member card number (at most 15 digits, see frontdesk.core.validation), so the two never collide.
# The visit number is no personal data; a code typed by hand with one digit wrong, or two swapped, is refused.
SLIP_PREFIX = "82"
SLIP_LENGTH = 16
# Slips printed before the check digit: "81" + 14 digits. A mistyped one would name another visit, and a scan checks
# its resident in at once, so they are refused in words (a slip is for the day: nobody is left holding an old one).
OLD_SLIP_PREFIX = "81"
# 预约单 An appointment slip's code: "83" + the appointment number + a Damm digit, the same 16 digits as a visit slip.
APPOINTMENT_PREFIX = "83"
# 报名回执 / 签到表 An enrollment's code (its slip, each roster row): "84" + the enrollment number + a Damm digit.
ENROLLMENT_PREFIX = "84"
HEALTH_ALERTS = frozenset({AlertCode.ALLERGY, AlertCode.CONDITION})  # they carry health text (PIPL: sensitive)


def slip_payload(visit_id: int) -> str:
    """What a visit slip's QR code holds: prefix, visit number, check digit."""
    if not 0 < visit_id <= MAX_ROW_ID:
        raise ValueError("not a visit number")
    return checkdigit.with_check_digit(f"{SLIP_PREFIX}{visit_id:0{SLIP_LENGTH - len(SLIP_PREFIX) - 1}d}")


def appointment_payload(appointment_id: int) -> str:
    """What an appointment slip's QR code holds: prefix, appointment number, check digit."""
    if not 0 < appointment_id <= MAX_ROW_ID:
        raise ValueError("not an appointment number")
    digits = SLIP_LENGTH - len(APPOINTMENT_PREFIX) - 1
    return checkdigit.with_check_digit(f"{APPOINTMENT_PREFIX}{appointment_id:0{digits}d}")


def enrollment_payload(enrollment_id: int) -> str:
    """What an enrollment slip's QR code (and a roster row's) holds: prefix, enrollment number, check digit."""
    if not 0 < enrollment_id <= MAX_ROW_ID:
        raise ValueError("not an enrollment number")
    digits = SLIP_LENGTH - len(ENROLLMENT_PREFIX) - 1
    return checkdigit.with_check_digit(f"{ENROLLMENT_PREFIX}{enrollment_id:0{digits}d}")


class ScanRefusal(enum.StrEnum):
    """Why a scanned or typed code found nobody (the desk says it in words)."""

    NOT_A_CODE = "not_a_code"  # letters or other characters: nothing this center prints
    MISTYPED = "mistyped"  # a slip code whose check digit does not match: a digit wrong or two swapped
    OLD_SLIP = "old_slip"  # a slip printed before slips had a check digit
    UNKNOWN_SLIP = "unknown_slip"  # a well-formed slip code, but no such visit, appointment or enrollment here
    UNKNOWN_CARD = "unknown_card"  # no current resident has this card number
    REPLACED_CARD = "replaced_card"  # a card given up when a new one was issued (补办): the old one is void


@dataclass(frozen=True)
class ScanResult:
    """The resident a code belongs to, or ``None`` and why not."""

    resident_id: int | None
    refusal: ScanRefusal | None = None
    kind: str | None = (
        None  # "slip", "appointment" (an appointment slip), "enrollment" (its slip, a roster row), "card"
    )
    replaced_on: date | None = None  # REPLACED_CARD: the day the new card was issued
    appointment_id: int | None = None  # "appointment": the appointment the slip is for
    enrollment_id: int | None = None  # "enrollment": the enrollment the slip or roster row is for


@dataclass(frozen=True)
class TodayVisit:
    visit_id: int
    queue_number: int
    checked_in_at: datetime
    checked_out_at: datetime | None
    purpose: VisitPurpose


@dataclass(frozen=True)
class ResidentCard:
    """What the desk shows about the selected resident: identifiers masked, alerts, today at the center."""

    resident_id: int
    name: str
    gender: str
    age: int | None
    community: str | None
    building: str | None
    unit: str | None
    room: str | None
    id_masked: str
    phone_masked: str
    emergency_name: str | None
    emergency_relation: str | None
    emergency_phone_masked: str
    card_number: str | None
    archived: bool
    alerts: tuple[Alert, ...]
    agenda: tuple[AgendaItem, ...]
    today_visits: tuple[TodayVisit, ...]

    @property
    def checked_in(self) -> bool:
        return any(v.checked_out_at is None for v in self.today_visits)


class LookupService:
    def __init__(self, db: Database, clock: Clock, agenda_sources: Sequence[AgendaSource] = ()) -> None:
        self._db = db
        self._clock = clock
        self._sources = tuple(agenda_sources)

    @guarded(Permission.FRONT_DESK)
    def search(self, text: str, *, actor: Actor, limit: int = 50, include_archived: bool = False) -> list[SearchHit]:
        with self._db.read() as session:
            return search_residents(
                session, text, today=self._clock().date(), limit=limit, include_archived=include_archived
            )

    @guarded(Permission.FRONT_DESK)
    def find_by_scan(self, text: str, *, actor: Actor) -> int | None:
        """The resident a scanned member card, visit slip (see :func:`slip_payload`), appointment slip
        (:func:`appointment_payload`) or enrollment slip or roster row (:func:`enrollment_payload`) belongs to, or
        ``None``."""
        return self.resolve_scan(text, actor=actor).resident_id

    @guarded(Permission.FRONT_DESK)
    def resolve_scan(self, text: str, *, actor: Actor) -> ScanResult:
        """Like :meth:`find_by_scan`, saying why a code found nobody (mistyped, old slip, unknown card…)."""
        code = normalize_query(text)
        if not code.isascii() or not code.isdigit():
            return ScanResult(None, ScanRefusal.NOT_A_CODE)
        if len(code) == SLIP_LENGTH and code.startswith(OLD_SLIP_PREFIX):
            return ScanResult(None, ScanRefusal.OLD_SLIP, "slip")
        with self._db.read() as session:
            if len(code) == SLIP_LENGTH and code.startswith(SLIP_PREFIX):
                if not checkdigit.is_valid(code):
                    return ScanResult(None, ScanRefusal.MISTYPED, "slip")
                visit_id = int(code[len(SLIP_PREFIX) : -1])
                found = None
                if 0 < visit_id <= MAX_ROW_ID:  # beyond: not a slip this center printed
                    found = session.scalar(select(Visit.resident_id).where(Visit.id == visit_id))
                return ScanResult(found, None if found is not None else ScanRefusal.UNKNOWN_SLIP, "slip")
            if len(code) == SLIP_LENGTH and code.startswith(APPOINTMENT_PREFIX):
                if not checkdigit.is_valid(code):
                    return ScanResult(None, ScanRefusal.MISTYPED, "appointment")
                appointment_id = int(code[len(APPOINTMENT_PREFIX) : -1])
                found = None
                if 0 < appointment_id <= MAX_ROW_ID:
                    found = session.scalar(select(Appointment.resident_id).where(Appointment.id == appointment_id))
                if found is None:
                    return ScanResult(None, ScanRefusal.UNKNOWN_SLIP, "appointment")
                return ScanResult(found, None, "appointment", appointment_id=appointment_id)
            if len(code) == SLIP_LENGTH and code.startswith(ENROLLMENT_PREFIX):
                if not checkdigit.is_valid(code):
                    return ScanResult(None, ScanRefusal.MISTYPED, "enrollment")
                enrollment_id = int(code[len(ENROLLMENT_PREFIX) : -1])
                found = None
                if 0 < enrollment_id <= MAX_ROW_ID:
                    found = session.scalar(select(Enrollment.resident_id).where(Enrollment.id == enrollment_id))
                if found is None:
                    return ScanResult(None, ScanRefusal.UNKNOWN_SLIP, "enrollment")
                return ScanResult(found, None, "enrollment", enrollment_id=enrollment_id)
            found = session.scalar(
                select(Resident.id).where(Resident.card_number == code, Resident.archived_at.is_(None))
            )
            if found is not None:
                return ScanResult(found, None, "card")
            retired = session.get(RetiredCard, code)  # whose it was is not said: whoever holds it may not be them
            if retired is not None:
                return ScanResult(None, ScanRefusal.REPLACED_CARD, "card", replaced_on=retired.retired_at.date())
            return ScanResult(None, ScanRefusal.UNKNOWN_CARD, "card")

    @guarded(Permission.FRONT_DESK)
    def card(self, resident_id: int, *, actor: Actor) -> ResidentCard | None:
        """The card; for an ``actor`` without Permission.HEALTH without the health alerts (allergies, conditions),
        so nothing of them reaches that desk."""
        today = self._clock().date()
        health = actor.may(Permission.HEALTH)
        with self._db.read() as session:
            resident = session.get(Resident, resident_id)
            if resident is None:
                return None
            visits = session.scalars(
                select(Visit).where(Visit.resident_id == resident_id, Visit.visit_date == today).order_by(Visit.id)
            ).all()
            agenda: list[AgendaItem] = []
            for source in self._sources:
                agenda.extend(source.items_for(session, resident_id, today))
            agenda.sort(key=lambda item: item.starts_at)
            return ResidentCard(
                resident_id=resident.id,
                name=resident.name,
                gender=str(resident.gender),
                age=resident.age_on(today),
                community=resident.community,
                building=resident.building,
                unit=resident.unit,
                room=resident.room,
                id_masked=mask(resident.id_number) if resident.id_number else "",
                phone_masked=mask_phone(resident.phone) if resident.phone else "",
                emergency_name=resident.emergency_name,
                emergency_relation=resident.emergency_relation,
                emergency_phone_masked=mask_phone(resident.emergency_phone) if resident.emergency_phone else "",
                card_number=resident.card_number,
                archived=resident.archived_at is not None,
                alerts=tuple(a for a in resident_alerts(resident, today) if health or a.code not in HEALTH_ALERTS),
                agenda=tuple(agenda),
                today_visits=tuple(
                    TodayVisit(v.id, v.queue_number, v.checked_in_at, v.checked_out_at, VisitPurpose(v.purpose))
                    for v in visits
                ),
            )
