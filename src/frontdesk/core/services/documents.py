"""What printed documents show, as plain records, and the audit entry for every print or saved PDF.

Each document is one method here returning a frozen record (built in :mod:`frontdesk.printing`): the visit slip a
resident takes away (ID masked, no phone number at all), the staff lists for an evacuation (在馆名单) and for welfare
calls (关怀回访名单, the residents the check-in page's 关怀提醒 lists) with the full numbers a caller needs, and member
cards. Reading is not printing: whoever prints or saves one calls :meth:`DocumentService.record_print`, one
transaction with its audit entry (which document, whose, reprint or not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.idnumber import mask
from frontdesk.core.models import MobilityAid, Resident, Visit, VisitPurpose
from frontdesk.core.reports.figures import MonthlyReport, Period
from frontdesk.core.reports.statements import PartnerStatements
from frontdesk.core.services.agenda import AgendaItem, AgendaSource
from frontdesk.core.services.care_documents import (
    AppointmentSlip,
    ReminderCallList,
    StationDayList,
    read_appointment_slip,
    read_day_groups,
    read_reminder_calls,
)
from frontdesk.core.services.center_settings import (
    WELFARE_ABSENT_DAYS,
    WELFARE_LOOKBACK_DAYS,
    WELFARE_MIN_VISITS,
    CenterSettings,
)
from frontdesk.core.services.class_documents import (
    EnrollmentSlip,
    Roster,
    Timetable,
    read_enrollment_slip,
    read_roster,
    read_timetable,
)
from frontdesk.core.services.course_records import CallList
from frontdesk.core.services.lookup import slip_payload
from frontdesk.core.services.room_week_sheet import RoomWeekSheet, read_room_week
from frontdesk.core.services.visits import VisitService

if TYPE_CHECKING:
    from frontdesk.core.services.reports import ReportService

PRINT_ACTION = "resident.print"  # the consent form's action too; details name the document
KINDS = ("visit_slip", "in_building", "welfare_calls", "member_cards", "consent_form", "own_data",
         "appointment_slip", "call_list", "day_list", "roster", "enrollment_slip", "timetable",
         "session_calls", "room_week", "monthly_report", "partner_statement")  # fmt: skip
REPORT_KINDS = ("monthly_report", "partner_statement")  # the reports, printed (record_print) or saved as workbooks
HEALTH_VIEW_ACTION = "vitals.view"  # readings put on a slip are looked at: audited as any look at them
MAX_CARDS = 1_000  # one print job; a center issues a few hundred cards a year


@dataclass(frozen=True)
class VisitSlip:
    """来访凭条: what a resident takes away. ID masked, no phone number; the code is the visit's reference only."""

    center_name: str
    footer: str
    visit_id: int
    resident_id: int
    name: str
    id_masked: str
    checked_in_at: datetime
    purpose: VisitPurpose
    companions: int
    queue_number: int
    agenda: tuple[AgendaItem, ...]
    code: str  # digits only, with a check digit (see frontdesk.core.services.lookup.slip_payload)
    logo: bytes | None = None  # the center's (frontdesk.core.center_logo), above its name


@dataclass(frozen=True)
class PresentRow:
    resident_id: int
    name: str
    age: int | None
    mobility_aid: MobilityAid
    lives_alone: bool
    companions: int
    checked_in_at: datetime
    queue_number: int
    emergency_name: str | None
    emergency_relation: str | None
    emergency_phone: str | None  # in full: in an evacuation staff ring it


@dataclass(frozen=True)
class InBuildingList:
    """在馆名单 (staff only, 内部资料): everyone checked in and not out, longest present first."""

    center_name: str
    at: datetime
    rows: tuple[PresentRow, ...]

    @property
    def people(self) -> int:
        """Residents and their companions: the head count to check at the assembly point."""
        return sum(1 + row.companions for row in self.rows)


@dataclass(frozen=True)
class CallRow:
    resident_id: int
    name: str
    age: int | None
    phone: str | None  # in full: the caller dials it
    phone2: str | None
    address: str
    emergency_name: str | None
    emergency_relation: str | None
    emergency_phone: str | None
    last_visit: date
    days_absent: int
    usual_visits: int


@dataclass(frozen=True)
class WelfareCallList:
    """关怀回访名单 (staff only): who 关怀提醒 lists, with what a caller needs."""

    center_name: str
    at: datetime
    absent_days: int
    rows: tuple[CallRow, ...]


@dataclass(frozen=True)
class MemberCard:
    resident_id: int
    name: str
    card_number: str  # printed, and what its QR and Code128 hold
    community: str | None


@dataclass(frozen=True)
class MemberCards:
    """服务卡: the cards to print, and who was asked for but has no card number (they get none)."""

    center_name: str
    cards: tuple[MemberCard, ...]
    without_number: tuple[int, ...] = ()
    center_phone: str = ""  # a found card can be returned
    logo: bytes | None = None


class DocumentService:
    def __init__(self, db: Database, clock: Clock, agenda_sources: Sequence[AgendaSource] = ()) -> None:
        self._db = db
        self._clock = clock
        self._settings = CenterSettings(db, clock)
        self._sources = tuple(agenda_sources)
        self._visits = VisitService(db, clock, self._sources)

    @guarded(Permission.FRONT_DESK)
    def visit_slip(self, visit_id: int, *, actor: Actor) -> VisitSlip:
        """The slip of one visit (today's or an earlier one, for a reprint)."""
        center = self._settings.center_info()
        with self._db.read() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise RuleViolation("visit_not_found")
            resident = session.get(Resident, visit.resident_id)
            if resident is None:
                raise RuleViolation("resident_not_found")
            agenda = self._agenda(session, resident.id, visit.visit_date)
            return VisitSlip(
                center_name=center.name,
                footer=center.footer,
                logo=center.logo,
                visit_id=visit.id,
                resident_id=resident.id,
                name=resident.name,
                id_masked=mask(resident.id_number) if resident.id_number else "",
                checked_in_at=visit.checked_in_at,
                purpose=VisitPurpose(visit.purpose),
                companions=visit.companions,
                queue_number=visit.queue_number,
                agenda=agenda,
                code=slip_payload(visit.id),
            )

    @guarded(Permission.REVEAL_IDENTIFIERS)
    def in_building(self, *, actor: Actor) -> InBuildingList:
        """在馆名单 with full emergency numbers (hence the permission to see identifiers)."""
        now = self._now()
        today = now.date()
        with self._db.read() as session:
            rows = session.execute(
                select(Visit, Resident)
                .join(Resident, Resident.id == Visit.resident_id)
                .where(Visit.checked_out_at.is_(None))
                .order_by(Visit.checked_in_at, Visit.id)
            ).all()
            present = tuple(
                PresentRow(
                    resident_id=r.id,
                    name=r.name,
                    age=r.age_on(today),
                    mobility_aid=MobilityAid(r.mobility_aid),
                    lives_alone=bool(r.lives_alone),
                    companions=v.companions,
                    checked_in_at=v.checked_in_at,
                    queue_number=v.queue_number,
                    emergency_name=r.emergency_name,
                    emergency_relation=r.emergency_relation,
                    emergency_phone=r.emergency_phone,
                )
                for v, r in rows
            )
        return InBuildingList(self._settings.center_name(), now, present)

    @guarded(Permission.REVEAL_IDENTIFIERS)
    def welfare_calls(self, *, actor: Actor, absent_days: int | None = None) -> WelfareCallList:
        """关怀回访名单: :meth:`VisitService.welfare_watch` by the center's thresholds, with full phone numbers."""
        days = absent_days if absent_days is not None else self._settings.get_int(WELFARE_ABSENT_DAYS)
        entries = self._visits.welfare_watch(
            actor=actor,
            absent_days=days,
            lookback_days=self._settings.get_int(WELFARE_LOOKBACK_DAYS),
            min_visits=self._settings.get_int(WELFARE_MIN_VISITS),
        )
        with self._db.read() as session:
            people = {
                r.id: r
                for r in session.scalars(select(Resident).where(Resident.id.in_([e.resident_id for e in entries])))
            }
        rows = tuple(
            CallRow(
                resident_id=e.resident_id,
                name=e.name,
                age=e.age,
                phone=people[e.resident_id].phone,
                phone2=people[e.resident_id].phone2,
                address=_address(people[e.resident_id]),
                emergency_name=people[e.resident_id].emergency_name,
                emergency_relation=people[e.resident_id].emergency_relation,
                emergency_phone=people[e.resident_id].emergency_phone,
                last_visit=e.last_visit,
                days_absent=e.days_absent,
                usual_visits=e.usual_visits,
            )
            for e in entries
        )
        return WelfareCallList(self._settings.center_name(), self._now(), days, rows)

    @guarded(Permission.FRONT_DESK)
    def member_cards(
        self, *, actor: Actor, resident_ids: Sequence[int] = (), new_since: date | None = None
    ) -> MemberCards:
        """Cards for these residents, or for every current resident registered on or after ``new_since``."""
        if bool(resident_ids) == (new_since is not None):
            raise RuleViolation("cards_need_residents_or_date")
        with self._db.read() as session:
            query = select(Resident).where(Resident.archived_at.is_(None))
            if new_since is not None:
                query = query.where(Resident.created_at >= datetime.combine(new_since, time()))
            else:
                query = query.where(Resident.id.in_(list(resident_ids)))
            found = session.scalars(query.order_by(Resident.id).limit(MAX_CARDS + 1)).all()
        if len(found) > MAX_CARDS:
            raise RuleViolation("too_many_cards", {"max": MAX_CARDS})
        if resident_ids and len(found) < len(set(resident_ids)):
            raise RuleViolation("resident_not_found")
        cards = tuple(MemberCard(r.id, r.name, r.card_number, r.community) for r in found if r.card_number)
        without = tuple(r.id for r in found if not r.card_number)
        center = self._settings.center_info()
        return MemberCards(center.name, cards, without, center_phone=center.phone, logo=center.logo)

    @guarded(Permission.FRONT_DESK)
    def appointment_slip(self, appointment_id: int, *, actor: Actor) -> AppointmentSlip:
        """预约单 of one appointment (not a cancelled one). The latest readings are on it only where the resident
        agreed to health data (ConsentScope.HEALTH) and ``actor`` may see readings (Permission.HEALTH); then the
        look is audited (``vitals.view``) in the same go."""
        center = self._settings.center_info()
        health = actor.may(Permission.HEALTH)

        def read(session: Session) -> AppointmentSlip:
            slip = read_appointment_slip(session, appointment_id, health=health, center_name=center.name,
                                         footer=center.footer, logo=center.logo)  # fmt: skip
            if slip.pressure is not None or slip.glucose is not None:
                audit.record(
                    session, HEALTH_VIEW_ACTION, at=self._now(), actor=actor, entity_type="resident",
                    entity_id=slip.resident_id,
                    details={"document": "appointment_slip", "appointment": slip.appointment_id},
                )  # fmt: skip
            return slip

        if not health:  # nothing of health can be on it: a read, no write turn
            with self._db.read() as session:
                return read(session)
        return self._db.run_write(read)

    @guarded(Permission.REVEAL_IDENTIFIERS)
    def call_list(self, *, actor: Actor, day: date | None = None) -> ReminderCallList:
        """明日电话回访单: everyone booked on ``day`` (default tomorrow) with full phone numbers (hence the permission
        to see identifiers, as the 关怀回访名单)."""
        now = self._now()
        chosen = day if day is not None else now.date() + timedelta(days=1)
        with self._db.read() as session:
            rows = read_reminder_calls(session, chosen)
        return ReminderCallList(self._settings.center_name(), now, chosen, rows)

    @guarded(Permission.REVEAL_IDENTIFIERS)
    def session_call_list(self, session_id: int, *, actor: Actor) -> CallList:
        """停课通知电话单 of a cancelled class session: its enrolled residents with full phone numbers (as the
        明日电话回访单)."""
        from frontdesk.core.services.courses import read_call_list

        with self._db.read() as session:
            return read_call_list(session, session_id, center_name=self._settings.center_name(), at=self._now())

    @guarded(Permission.FRONT_DESK)
    def day_list(self, *, actor: Actor, day: date | None = None) -> StationDayList:
        """The station's day list for ``day`` (default today): names and ages, no identifiers."""
        now = self._now()
        chosen = day if day is not None else now.date()
        with self._db.read() as session:
            groups = read_day_groups(session, chosen)
        return StationDayList(self._settings.center_name(), now, chosen, groups)

    @guarded(Permission.FRONT_DESK)
    def roster(self, session_id: int, *, actor: Actor) -> Roster:
        """签到表 of one class session (not a cancelled one): names and ages, no identifiers; who is marked present
        already is ticked."""
        now = self._now()
        with self._db.read() as session:
            return read_roster(session, session_id, center_name=self._settings.center_name(), at=now)

    @guarded(Permission.FRONT_DESK)
    def enrollment_slip(self, enrollment_id: int, *, actor: Actor) -> EnrollmentSlip:
        """报名回执 of one enrollment, enrolled or on the waiting list (a withdrawn one is refused)."""
        center = self._settings.center_info()
        with self._db.read() as session:
            return read_enrollment_slip(session, enrollment_id, center_name=center.name, footer=center.footer,
                                        logo=center.logo, at=self._now())  # fmt: skip

    @guarded(Permission.FRONT_DESK)
    def timetable(self, resident_id: int, *, actor: Actor) -> Timetable:
        """A resident's own 课表: their courses and the coming weeks' sessions, cancelled ones marked."""
        center = self._settings.center_info()
        with self._db.read() as session:
            return read_timetable(session, resident_id, center_name=center.name, footer=center.footer,
                                  at=self._now())  # fmt: skip

    @guarded(Permission.FRONT_DESK)
    def room_week(self, room_id: int, week: date, *, actor: Actor) -> RoomWeekSheet:
        """教室周课表: the room's sessions and bookings of the week holding ``week`` (Monday to Sunday), for its door.
        Names no resident."""
        first = week - timedelta(days=week.weekday())
        with self._db.read() as session:
            room, days = read_room_week(session, room_id, first)
            return RoomWeekSheet(self._settings.center_name(), self._now(), room.id, room.name, room.floor,
                                 room.capacity, room.step_free, first, days)  # fmt: skip

    @guarded(Permission.FRONT_DESK)
    def monthly_report(self, month: date, *, actor: Actor, community: str | None = None) -> MonthlyReport:
        """工作月报 of the calendar month holding ``month`` (the figures are ReportService's), optionally of one
        community's residents. Aggregates only: it names no resident."""
        return self._reports().monthly(month.replace(day=1), actor=actor, community=community)

    @guarded(Permission.FRONT_DESK)
    def partner_statements(self, period: Period, *, actor: Actor, partner_id: int | None = None) -> PartnerStatements:
        """社区合伙人服务记录 over ``period``: every partner with anything in it, or the one asked for (even with
        nothing, so its statement can still be signed), with the center's name and when it was made."""
        records = self._reports().partner_records(
            period, actor=actor, partner_id=partner_id, include_idle=partner_id is not None
        )
        if partner_id is not None and not records:
            raise RuleViolation("partner_not_found")
        return PartnerStatements(period, tuple(records), self._settings.center_name(), self._now())

    @guarded(Permission.FRONT_DESK)
    def record_workbook(self, kind: str, period: Period, *, actor: Actor, partner_id: int | None = None) -> None:
        """操作日志: report ``kind`` (monthly_report, partner_statement) of ``period`` was saved as a workbook."""
        if kind not in REPORT_KINDS:
            raise RuleViolation("unknown_document", {"kind": kind})
        first, last = period.first_day.isoformat(), period.last_day.isoformat()
        details = {"document": kind, "format": "xlsx", "starts": first, "ends": last, "community": period.community,
                   "partner_id": partner_id}  # fmt: skip
        now = self._now()

        def work(session: Session) -> None:  # names no resident: only the audit log's views refresh (report.*)
            audit.record(session, "report.export", at=now, actor=actor, entity_type="report", details=details)

        self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def record_print(
        self, kind: str, resident_ids: Sequence[int], *, actor: Actor, reprint: bool, size: str | None = None
    ) -> None:
        """操作日志: ``kind`` was printed or saved as a PDF for these residents (补打 if ``reprint``)."""
        if kind not in KINDS:
            raise RuleViolation("unknown_document", {"kind": kind})
        ids = sorted(set(resident_ids))
        now = self._now()
        details = {"document": kind, "residents": ids, "reprint": bool(reprint), "size": size}

        def work(session: Session) -> None:
            audit.record(
                session, PRINT_ACTION, at=now, actor=actor, entity_type="resident",
                entity_id=ids[0] if len(ids) == 1 else None, details=details,
            )  # fmt: skip

        self._db.run_write(work)

    def _reports(self) -> ReportService:
        from frontdesk.core.services.reports import ReportService  # (it imports the registry: loaded when asked)

        return ReportService(self._db, self._clock)

    def _agenda(self, session: Session, resident_id: int, day: date) -> tuple[AgendaItem, ...]:
        items: list[AgendaItem] = []
        for source in self._sources:
            items.extend(source.items_for(session, resident_id, day))
        return tuple(sorted(items, key=lambda item: item.starts_at))

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)


def _address(resident: Resident) -> str:
    parts = [
        resident.community or "",
        f"{resident.building}楼" if resident.building else "",
        f"{resident.unit}单元" if resident.unit else "",
        f"{resident.room}室" if resident.room else "",
    ]
    text = "".join(parts)
    return text or (resident.address_detail or "")
