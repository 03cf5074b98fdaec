"""Fixture data for the printed documents: rare name characters, identifiers that must never show in full."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy.orm import Session

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core.center_info import CenterInfo
from frontdesk.core.center_logo import normalise_logo
from frontdesk.core.db import Database
from frontdesk.core.models import (
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    Attendance,
    AttendanceSource,
    CareService,
    ClassSession,
    Course,
    CourseCategory,
    CoursePattern,
    Enrollment,
    EnrollmentStatus,
    MobilityAid,
    Partner,
    PartnerKind,
    PartnerPerson,
    PersonRole,
    Resident,
    Room,
    StationQueueEntry,
    Term,
    Visit,
    VisitPurpose,
    VitalReading,
)
from frontdesk.core.reports.figures import Period
from frontdesk.core.services.agenda import AgendaItem
from frontdesk.core.services.center_settings import CenterSettings
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

NOW = datetime(2026, 11, 28, 9, 30)
CENTER = "局前街社区服务中心"
FOOTER = "开放时间 8:00–17:30　电话 0352-2081234"
ADDRESS = "大同市平城区局前街 18 号"
PHONE = "0352-2081234"


def logo_png(size: int = 900) -> bytes:
    """A logo as staff might choose one: a colour picture with a transparent background, larger than printed."""
    picture = Image.new("RGBA", (size, size // 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((10, 10, size // 2 - 10, size // 2 - 10), fill=(200, 30, 30, 255))
    draw.rectangle((size // 2, size // 8, size - 10, size // 2 - size // 8), fill=(20, 60, 160, 255))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


# Every full number below: an 18-digit ID with a valid check character, and mobile numbers.
PEOPLE = {
    "刘䶮": ("110105194912310038", "13912341234", "城关社区", "20260001"),
    "曾𬌗": ("11010519491231002X", "13812345678", "南关社区", "20260002"),
    "张喆": ("140202195003152008", "13712345670", "城关社区", "20260003"),
    "王堃": ("140202194806071231", "15012340000", "西街社区", None),
    "李昇": ("140202194110224228", "18612348888", "南关社区", "20260005"),
}
FULL_NUMBERS = [n for id_number, phone, _, _ in PEOPLE.values() for n in (id_number, phone)]


@dataclass(frozen=True)
class Printed:
    ids: dict[str, int]
    visits: dict[str, int]  # today's visit of those in the building
    appointments: dict[str, int] = field(default_factory=dict)  # see populate_care
    classes: dict[str, int] = field(default_factory=dict)  # see populate_classes


def populate(db: Database) -> Printed:
    settings = CenterSettings(db, lambda: NOW)
    info = CenterInfo(name=CENTER, address=ADDRESS, phone=PHONE, footer=FOOTER, logo=normalise_logo(logo_png()))
    settings.set_center_info(info, actor=TEST_ACTOR)
    residents = ResidentService(db, lambda: NOW - timedelta(days=400))
    ids = {}
    for n, (name, (id_number, phone, community, card)) in enumerate(PEOPLE.items()):
        ids[name] = residents.create(
            ResidentInput(
                name=name, id_number=id_number, phone=phone, community=community, card_number=card or "",
                building="3", unit="2", room="401", lives_alone=name in ("王堃", "刘䶮"),
                emergency_name="刘建华", emergency_relation="儿子", emergency_phone=f"1390000{n:04d}",
                mobility_aid=MobilityAid.WHEELCHAIR if name == "曾𬌗" else MobilityAid.NONE,
            ),
            actor=TEST_ACTOR,
        )  # fmt: skip
    # 王堃 lives alone, came every other day until 12 days ago: the welfare call list has him.
    with db.write() as session:
        for n, back in enumerate(range(12, 40, 2)):
            day = NOW.date() - timedelta(days=back)
            at = datetime.combine(day, datetime.min.time()).replace(hour=9)
            session.add(Visit(resident_id=ids["王堃"], visit_date=day, queue_number=900 + n, checked_in_at=at,
                              checked_out_at=at + timedelta(hours=1)))  # fmt: skip
    visits = VisitService(db, lambda: NOW)
    today = {}
    for name, purpose, companions in (("刘䶮", VisitPurpose.CARE, 2), ("曾𬌗", VisitPurpose.CLASS, 0),
                                      ("张喆", VisitPurpose.MEAL, 1)):  # fmt: skip
        today[name] = visits.check_in(ids[name], actor=TEST_ACTOR, purpose=purpose, companions=companions).visit_id
    return Printed(ids, today, populate_care(db, ids), populate_classes(db, ids))


TOMORROW = NOW.date() + timedelta(days=1)
THERAPY = "中医理疗（颈肩腰腿痛调理）"


def _at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, datetime.strptime(hhmm, "%H:%M").time())


def populate_care(db: Database, ids: dict[str, int]) -> dict[str, int]:
    """The care station today (2026-11-28, a Saturday) and tomorrow, written as booking would write it.

    Today: 李芳 measures blood pressure (张喆 done, 王堃 a walk-in being served, queue A013); 王建国 gives 理疗
    (刘䶮 arrived, A012, the 2nd of a series of 3; 曾𬌗 cancelled; 李昇 did not come). Tomorrow: 张喆 fasting blood
    sugar at 08:00, 刘䶮 and 王堃 blood pressure at 09:00, 李昇's cancelled. 刘䶮 agreed to health data and has two
    readings (146/92 after 138/88); 张喆 has a reading but no consent for health data."""
    today = NOW.date()
    made: dict[str, int] = {}
    with db.write() as session:
        partner = Partner(name="仁和养老院", kind=PartnerKind.ENTERPRISE)
        session.add(partner)
        session.flush()
        nurse = PartnerPerson(partner_id=partner.id, name="李芳", role=PersonRole.NURSE)
        therapist = PartnerPerson(partner_id=partner.id, name="王建国", role=PersonRole.THERAPIST)
        pressure = CareService(name="血压测量", duration_min=15, places=10, place="康养服务站")
        sugar = CareService(name="空腹血糖检测", duration_min=15, places=5, place="康养服务站", bring="医保卡",
                            fasting=True)  # fmt: skip
        therapy = CareService(name=THERAPY, duration_min=30, places=1, place="理疗室", price_cents=2000,
                              market_price_cents=6000, bring="既往病历、医保卡")  # fmt: skip
        session.add_all([nurse, therapist, pressure, sugar, therapy])
        session.flush()
        series = AppointmentSeries(resident_id=ids["刘䶮"], service_id=therapy.id, person_id=therapist.id,
                                   pattern="weekdays=2,5;time=10:00;weeks=2")  # fmt: skip
        session.add(series)
        session.flush()

        def book(key: str, name: str, service: CareService, person: PartnerPerson, day: date, hhmm: str,
                 status: AppointmentStatus = AppointmentStatus.BOOKED, **more: Any) -> Appointment:  # fmt: skip
            starts = _at(day, hhmm)
            appointment = Appointment(
                resident_id=ids[name], service_id=service.id, person_id=person.id, day=day, starts_at=starts,
                ends_at=starts + timedelta(minutes=service.duration_min), status=status, **more,
            )  # fmt: skip
            session.add(appointment)
            session.flush()
            made[key] = appointment.id
            return appointment

        book("series-1", "刘䶮", therapy, therapist, today - timedelta(days=3), "10:00", AppointmentStatus.COMPLETED,
             series_id=series.id)  # fmt: skip
        liu = book("刘䶮", "刘䶮", therapy, therapist, today, "10:00", AppointmentStatus.ARRIVED, series_id=series.id)
        book("series-3", "刘䶮", therapy, therapist, today + timedelta(days=4), "10:00", series_id=series.id)
        book("曾𬌗", "曾𬌗", therapy, therapist, today, "10:30", AppointmentStatus.CANCELLED, cancel_reason="身体不适")
        book("李昇", "李昇", therapy, therapist, today, "11:00", AppointmentStatus.NO_SHOW)
        book("张喆", "张喆", pressure, nurse, today, "09:00", AppointmentStatus.COMPLETED)
        wang = book("王堃", "王堃", pressure, nurse, today, "09:15", AppointmentStatus.IN_SERVICE, walk_in=True)
        book("张喆-tomorrow", "张喆", sugar, nurse, TOMORROW, "08:00")
        book("刘䶮-tomorrow", "刘䶮", pressure, nurse, TOMORROW, "09:00")
        book("王堃-tomorrow", "王堃", pressure, nurse, TOMORROW, "09:00")
        book("李昇-tomorrow", "李昇", pressure, nurse, TOMORROW, "09:30", AppointmentStatus.CANCELLED,
             cancel_reason="有事")  # fmt: skip
        for number, appointment in ((12, liu), (13, wang)):
            session.add(StationQueueEntry(day=today, number=number, resident_id=appointment.resident_id,
                                          service_id=appointment.service_id, appointment_id=appointment.id,
                                          joined_at=_at(today, "08:50")))  # fmt: skip
        for name, taken, systolic, diastolic in (("刘䶮", date(2026, 11, 20), 138, 88),
                                                 ("刘䶮", date(2026, 11, 24), 146, 92),
                                                 ("张喆", date(2026, 11, 24), 128, 80)):  # fmt: skip
            session.add(VitalReading(resident_id=ids[name], taken_at=_at(taken, "09:10"), systolic=systolic,
                                     diastolic=diastolic))  # fmt: skip
        session.add(VitalReading(resident_id=ids["刘䶮"], taken_at=_at(date(2026, 11, 24), "09:12"),
                                 glucose_mmol=6.1, fasting=True))  # fmt: skip
        session.get(Resident, ids["刘䶮"]).consent_scope = ["basic", "health"]
    return made


def populate_classes(db: Database, ids: dict[str, int]) -> dict[str, int]:
    """书法班 (2026 冬季班, Saturdays 10:00–11:30 in the 书法室) today: 刘䶮 enrolled with 2 companions, 曾𬌗
    enrolled and checked in for it, 张喆 on the waiting list."""
    today = NOW.date()
    with db.write() as session:
        room = Room(name="书法室", floor="2楼", capacity=24)
        partner = Partner(name="银发艺术团", kind=PartnerKind.SOCIAL_ORG)
        session.add_all([room, partner])
        session.flush()
        teacher = PartnerPerson(partner_id=partner.id, name="张德明", role=PersonRole.INSTRUCTOR)
        term = Term(name="2026 冬季班", first_day=today - timedelta(days=14), last_day=today + timedelta(days=60))
        session.add_all([teacher, term])
        session.flush()
        course = Course(title="书法班", category=CourseCategory.ARTS, term_id=term.id, partner_id=partner.id,
                        instructor_id=teacher.id, room_id=room.id, capacity=20, max_companions=2)  # fmt: skip
        session.add(course)
        session.flush()
        session.add(CoursePattern(course_id=course.id, weekday=today.weekday(), starts=_at(today, "10:00").time(),
                                  ends=_at(today, "11:30").time()))  # fmt: skip
        meeting = ClassSession(course_id=course.id, room_id=room.id, instructor_id=teacher.id, day=today,
                               starts_at=_at(today, "10:00"), ends_at=_at(today, "11:30"))  # fmt: skip
        session.add(meeting)
        session.flush()
        made = {"course": course.id, "session": meeting.id}
        for name, status, companions in (("刘䶮", EnrollmentStatus.ENROLLED, 2), ("曾𬌗", EnrollmentStatus.ENROLLED, 0),
                                         ("张喆", EnrollmentStatus.WAITING, 0)):  # fmt: skip
            enrollment = Enrollment(course_id=course.id, resident_id=ids[name], status=status, companions=companions,
                                    joined_at=NOW - timedelta(days=20))  # fmt: skip
            session.add(enrollment)
            session.flush()
            made[name] = enrollment.id
        session.add(Attendance(session_id=meeting.id, resident_id=ids["曾𬌗"], enrollment_id=made["曾𬌗"],
                               source=AttendanceSource.CHECKIN, marked_at=NOW))  # fmt: skip
        tuesday = datetime(2026, 12, 1, 9, 0)  # moved to a Tuesday morning, then called off
        extra = ClassSession(course_id=course.id, room_id=room.id, instructor_id=teacher.id, day=tuesday.date(),
                             starts_at=tuesday, ends_at=tuesday + timedelta(minutes=90), added=True)  # fmt: skip
        session.add(extra)
        session.flush()
        made["cancelled"] = extra.id
    from frontdesk.core.services.courses import CourseService

    CourseService(db, lambda: NOW).cancel_session(made["cancelled"], "老师生病", actor=TEST_DESK)
    return made


class Calligraphy:
    """An agenda source standing in for classes (not built yet): 刘䶮 has 书法班 at 10:00 today."""

    name = "class"

    def __init__(self, resident_id: int) -> None:
        self.resident_id = resident_id

    def items_for(self, session: Session, resident_id: int, day: date) -> list[AgendaItem]:
        if resident_id != self.resident_id:
            return []
        return [AgendaItem("class", 1, datetime.combine(day, datetime.min.time()).replace(hour=10), "书法班", "书法室")]

    def mark_arrived(
        self, session: Session, resident_id: int, day: date, visit_id: int, at: datetime, *, actor
    ) -> list[int]:
        return []


def record_for(db: Database, printed: Printed, kind: str) -> Any:
    """The record document ``kind`` is built from, as the desk would read it (刘䶮's slip with an agenda item)."""
    documents = DocumentService(db, lambda: NOW, [Calligraphy(printed.ids["刘䶮"])])
    if kind == "visit-slip":
        return documents.visit_slip(printed.visits["刘䶮"], actor=TEST_DESK)
    if kind == "cards":
        return documents.member_cards(actor=TEST_DESK, resident_ids=list(printed.ids.values()))
    if kind == "in-building":
        return documents.in_building(actor=TEST_DESK)
    if kind == "welfare-calls":
        return documents.welfare_calls(actor=TEST_DESK)
    if kind == "appointment-slip":
        return documents.appointment_slip(printed.appointments["刘䶮"], actor=TEST_ACTOR)
    if kind == "call-list":
        return documents.call_list(actor=TEST_DESK)
    if kind == "day-list":
        return documents.day_list(actor=TEST_DESK)
    if kind == "roster":
        return documents.roster(printed.classes["session"], actor=TEST_DESK)
    if kind == "enrollment-slip":
        return documents.enrollment_slip(printed.classes["刘䶮"], actor=TEST_DESK)
    if kind == "timetable":
        return documents.timetable(printed.ids["刘䶮"], actor=TEST_DESK)
    if kind == "session-calls":
        return documents.session_call_list(printed.classes["cancelled"], actor=TEST_DESK)
    if kind == "room-week":
        return documents.room_week(_calligraphy_room(db), NOW.date(), actor=TEST_DESK)
    if kind == "monthly-report":
        return documents.monthly_report(NOW.date(), actor=TEST_DESK)
    if kind == "partner-statement":
        return documents.partner_statements(Period(date(2026, 11, 1), date(2026, 11, 30)), actor=TEST_DESK)
    if kind == "consent-form":
        return PrivacyService(db, lambda: NOW).consent_form(TEST_DESK, printed.ids["曾𬌗"])
    return PrivacyService(db, lambda: NOW).export_resident(TEST_ACTOR, printed.ids["李昇"])


def _calligraphy_room(db: Database) -> int:
    """书法室 with this week's 书法讲座 (a booking of 颐康养老院 on Friday 27 November), made once."""
    from sqlalchemy import select

    from frontdesk.core.models import BookingKind, Room, RoomBooking

    with db.write() as session:
        room_id = session.scalar(select(Room.id).where(Room.name == "书法室"))
        if room_id is None:
            room = Room(name="书法室", floor="2楼", capacity=24)
            session.add(room)
            session.flush()
            room_id = room.id
        if session.scalar(select(RoomBooking.id).where(RoomBooking.title == "书法讲座")) is None:
            friday = datetime(2026, 11, 27, 14, 0)
            session.add(RoomBooking(room_id=room_id, title="书法讲座", kind=BookingKind.LECTURE, organiser="颐康养老院",
                                    starts_at=friday, ends_at=friday + timedelta(hours=1)))  # fmt: skip
        return room_id
