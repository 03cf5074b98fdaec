"""A small center for the 统计 page's tests, written straight to the database, with figures known by hand.

The desk's clock is Saturday 2026-11-28 09:30 (tests/ui/conftest.py). November up to today holds:

- 王秀兰 (局前社区, born 1945-03-12: 81, in 80–89, lives alone): 11-27 (care) and today 09:05
  (activity), still in;
- 李建国 (西马路社区, born 1950-06-01: 76, in 70–79): today 09:20 (class), still in;
- 张桂英 (局前社区, born 1962-01-01: 64, in 60–69): 11-03 (meal).

So this month: 4 visits (人次) by 3 people (人数); today 2 visits by 2 people, both in the 09:00 hour; 局前社区 3 visits
by 2 people, 西马路社区 1 by 1. The partner 银发书法社 (a capable resident, agreement to 2026-12-31: renewal due)
runs 书法班: two sessions held in November (11-03 and 11-10, two hours each), 王秀兰 and 李建国 enrolled, 王秀兰 at
both and 李建国 at one — 2 sessions, 2 people, 3 visits, 4 hours; an attendance rate of 3 of 4 expected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from frontdesk.core.db import Database
from frontdesk.core.models import (
    Attendance,
    AttendanceSource,
    ClassSession,
    Course,
    CourseCategory,
    Enrollment,
    Partner,
    PartnerKind,
    Resident,
    Room,
    Term,
    Visit,
    VisitPurpose,
)

PARTNER = "银发书法社"
COURSE = "书法班"


@dataclass(frozen=True)
class ReportCenter:
    wang: int
    li: int
    zhang: int
    partner: int
    course: int


def _visit(resident: int, at: datetime, purpose: VisitPurpose, number: int, out: datetime | None = None) -> Visit:
    return Visit(resident_id=resident, visit_date=at.date(), queue_number=number, checked_in_at=at,
                 checked_out_at=out, purpose=purpose)  # fmt: skip


def make_report_center(db: Database) -> ReportCenter:
    with db.write() as session:
        wang = Resident(name="王秀兰", community="局前社区", birth_date=date(1945, 3, 12), lives_alone=True)
        li = Resident(name="李建国", community="西马路社区", birth_date=date(1950, 6, 1))
        zhang = Resident(name="张桂英", community="局前社区", birth_date=date(1962, 1, 1))
        room = Room(name="书法室", floor="2楼", capacity=24)
        partner = Partner(name=PARTNER, kind=PartnerKind.VOLUNTEER, services="书法班",
                          agreement_start=date(2026, 1, 1), agreement_end=date(2026, 12, 31))  # fmt: skip
        term = Term(name="2026 秋季班", first_day=date(2026, 9, 1), last_day=date(2027, 1, 15))
        session.add_all([wang, li, zhang, room, partner, term])
        session.flush()
        session.add_all([
            _visit(zhang.id, datetime(2026, 11, 3, 10, 0), VisitPurpose.MEAL, 1, datetime(2026, 11, 3, 11, 0)),
            _visit(wang.id, datetime(2026, 11, 27, 14, 0), VisitPurpose.CARE, 1, datetime(2026, 11, 27, 15, 0)),
            _visit(wang.id, datetime(2026, 11, 28, 9, 5), VisitPurpose.ACTIVITY, 1),
            _visit(li.id, datetime(2026, 11, 28, 9, 20), VisitPurpose.CLASS, 2),
        ])  # fmt: skip
        course = Course(title=COURSE, category=CourseCategory.ARTS, term_id=term.id, partner_id=partner.id,
                        room_id=room.id, capacity=20)  # fmt: skip
        session.add(course)
        session.flush()
        sessions = [
            ClassSession(course_id=course.id, room_id=room.id, day=day,
                         starts_at=datetime(day.year, day.month, day.day, 14),
                         ends_at=datetime(day.year, day.month, day.day, 16))
            for day in (date(2026, 11, 3), date(2026, 11, 10))
        ]  # fmt: skip
        enrolled = [
            Enrollment(course_id=course.id, resident_id=who, joined_at=datetime(2026, 10, 20, 9),
                       enrolled_at=datetime(2026, 10, 20, 9))
            for who in (wang.id, li.id)
        ]  # fmt: skip
        session.add_all([*sessions, *enrolled])
        session.flush()
        marks = [(sessions[0], wang, enrolled[0]), (sessions[1], wang, enrolled[0]), (sessions[0], li, enrolled[1])]
        session.add_all([
            Attendance(session_id=held.id, resident_id=who.id, enrollment_id=place.id, source=AttendanceSource.ROSTER,
                       marked_at=held.starts_at)
            for held, who, place in marks
        ])  # fmt: skip
        return ReportCenter(wang.id, li.id, zhang.id, partner.id, course.id)
