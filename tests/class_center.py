"""A small center for the classes tests: three rooms, a partner with two instructors, and residents, written straight
to the database; and helpers that place a class session or a room booking without the services' checks (to set up
what is already there)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from frontdesk.core.db import Database
from frontdesk.core.models import (
    BookingKind,
    ClassSession,
    Course,
    CourseCategory,
    Partner,
    PartnerKind,
    PartnerPerson,
    PersonRole,
    Resident,
    Room,
    RoomBooking,
)

AT = datetime(2026, 12, 1, 8, 0)


@dataclass(frozen=True)
class Center:
    calligraphy_room: int  # 书法室, 24 places, 08:00–21:00
    dance_room: int  # 舞蹈室, 30 places, no hours of its own
    hall: int  # 多功能厅, 180 places, step-free
    partner: int
    zhang: int  # 张老师, calligraphy
    chen: int  # 陈老师, dance and 八段锦
    residents: tuple[int, ...]


def make_center(db: Database, *, residents: int = 3) -> Center:
    with db.write() as session:
        rooms = [
            Room(name="书法室", floor="2楼", capacity=24, equipment="书法桌", opens=time(8), closes=time(21)),
            Room(name="舞蹈室", floor="2楼", capacity=30, equipment="镜墙、音响"),
            Room(name="多功能厅", floor="1楼", capacity=180, equipment="投影、音响", step_free=True),
        ]
        session.add_all(rooms)
        partner = Partner(name="银发艺术团", kind=PartnerKind.SOCIAL_ORG)
        session.add(partner)
        session.flush()
        zhang = PartnerPerson(partner_id=partner.id, name="张德明", role=PersonRole.INSTRUCTOR)
        chen = PartnerPerson(partner_id=partner.id, name="陈秀芝", role=PersonRole.INSTRUCTOR)
        session.add_all([zhang, chen])
        people = [Resident(name=name) for name in ("王秀兰", "李建国", "张桂英", "刘淑珍", "陈志强")[:residents]]
        people += [Resident(name=f"居民{n}") for n in range(max(0, residents - 5))]
        session.add_all(people)
        session.flush()
        return Center(rooms[0].id, rooms[1].id, rooms[2].id, partner.id, zhang.id, chen.id,
                      tuple(p.id for p in people))  # fmt: skip


def add_course(
    db: Database, center: Center, *, title: str = "书法班", room_id: int | None = None, capacity: int = 20,
    instructor_id: int | None = None, setup_min: int = 0, cleanup_min: int = 0,
    category: CourseCategory = CourseCategory.ARTS,
) -> int:  # fmt: skip
    with db.write() as session:
        course = Course(
            title=title, category=category, room_id=room_id or center.calligraphy_room, capacity=capacity,
            instructor_id=instructor_id, partner_id=center.partner, setup_min=setup_min, cleanup_min=cleanup_min,
        )  # fmt: skip
        session.add(course)
        session.flush()
        return course.id


def add_session(
    db: Database, course_id: int, day: date, starts: time, ends: time, *, room_id: int | None = None,
    instructor_id: int | None = None,
) -> int:  # fmt: skip
    with db.write() as session:
        course = session.get(Course, course_id)
        assert course is not None
        cs = ClassSession(
            course_id=course_id, room_id=room_id or course.room_id,
            instructor_id=instructor_id if instructor_id is not None else course.instructor_id, day=day,
            starts_at=datetime.combine(day, starts), ends_at=datetime.combine(day, ends),
        )  # fmt: skip
        session.add(cs)
        session.flush()
        return cs.id


def add_booking(
    db: Database, room_id: int, day: date, starts: time, ends: time, *, title: str = "健康讲座",
    setup_min: int = 0, cleanup_min: int = 0, person_id: int | None = None, expected: int | None = None,
) -> int:  # fmt: skip
    with db.write() as session:
        booking = RoomBooking(
            room_id=room_id, title=title, kind=BookingKind.LECTURE, organiser="颐康养老院", person_id=person_id,
            starts_at=datetime.combine(day, starts), ends_at=datetime.combine(day, ends), setup_min=setup_min,
            cleanup_min=cleanup_min, expected=expected,
        )  # fmt: skip
        session.add(booking)
        session.flush()
        return booking.id
