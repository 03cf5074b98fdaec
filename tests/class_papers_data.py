"""Fixture data for the classes' papers: a term's course meeting twice a week (a session cancelled, one moved, one
beyond the timetable's four weeks), three enrolled, two waiting, one withdrawn, a free event in the step-free hall,
and who is present at today's session — written straight to the tables (as enrollment and attendance would)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from actors import TEST_ACTOR
from class_center import Center, add_course, add_session, make_center
from frontdesk.core.center_info import CenterInfo
from frontdesk.core.db import Database
from frontdesk.core.models import (
    Attendance,
    AttendanceSource,
    ClassSession,
    Course,
    CourseCategory,
    CourseKind,
    CoursePattern,
    Enrollment,
    EnrollmentStatus,
    Resident,
    SessionStatus,
    Term,
)
from frontdesk.core.services.center_settings import CenterSettings

NOW = datetime(2026, 12, 1, 8, 30)  # a Tuesday, before the class
TODAY = NOW.date()
CENTER_NAME = "局前街社区服务中心"
TERM = "2026 冬季班"
ID_NUMBER = "110105194912310038"  # 王秀兰's: never on these papers
PHONE = "13912341234"


@dataclass(frozen=True)
class ClassPapers:
    center: Center
    people: dict[str, int]  # name -> resident id
    course: int  # 书法班: Tue and Thu 09:00–10:30, ¥120, +1 companion allowed
    dance: int  # 舞蹈班: 王秀兰 waits for it
    event: int  # 防跌倒讲座: a free event in the hall
    sessions: dict[str, int]  # "12-01", "12-03", "12-08", "12-10" (cancelled), "12-15" (moved), "01-12" (beyond)
    enrollments: dict[str, int]  # "王秀兰", "李建国", "张桂英", "刘淑珍" (waiting 2nd), "陈志强" (waiting 1st)…


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def populate_classes(db: Database) -> ClassPapers:
    CenterSettings(db, lambda: NOW).set_center_info(CenterInfo(name=CENTER_NAME, footer="开放时间 8:00–17:30"),
                                                    actor=TEST_ACTOR)  # fmt: skip
    center = make_center(db, residents=5)
    people = dict(zip(("王秀兰", "李建国", "张桂英", "刘淑珍", "陈志强"), center.residents, strict=True))
    course = add_course(db, center, title="书法班", capacity=20, instructor_id=center.zhang)
    dance = add_course(db, center, title="古典舞班", room_id=center.dance_room, capacity=2,
                       instructor_id=center.chen, category=CourseCategory.DANCE)  # fmt: skip
    event = add_course(db, center, title="冬季防跌倒讲座", room_id=center.hall, capacity=150,
                       category=CourseCategory.HEALTH)  # fmt: skip
    with db.write() as session:
        term = Term(name=TERM, first_day=date(2026, 12, 1), last_day=date(2027, 1, 31))
        session.add(term)
        session.flush()
        calligraphy = session.get(Course, course)
        calligraphy.term_id, calligraphy.fee_cents, calligraphy.max_companions = term.id, 12000, 1
        calligraphy.target_group = "60岁以上、零基础"
        session.get(Course, dance).term_id = term.id
        talk = session.get(Course, event)
        talk.kind, talk.max_companions = CourseKind.EVENT, 2
        for weekday in (1, 3):
            session.add(CoursePattern(course_id=course, weekday=weekday, starts=time(9), ends=time(10, 30)))
        session.add(CoursePattern(course_id=dance, weekday=4, starts=time(14), ends=time(15)))
        resident = session.get(Resident, people["王秀兰"])
        resident.id_number, resident.phone = ID_NUMBER, PHONE
        resident.birth_date = date(1945, 3, 2)
    sessions = {
        f"{day:%m-%d}": add_session(db, course, day, time(9), time(10, 30))
        for day in (date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 8), date(2026, 12, 10),
                    date(2026, 12, 15), date(2027, 1, 12))
    }  # fmt: skip
    sessions["dance"] = add_session(db, dance, date(2026, 12, 4), time(14), time(15))
    sessions["event"] = add_session(db, event, date(2026, 12, 18), time(14), time(16))
    with db.write() as session:
        cancelled = session.get(ClassSession, sessions["12-10"])
        cancelled.status, cancelled.cancel_reason = SessionStatus.CANCELLED, "老师生病"
        moved = session.get(ClassSession, sessions["12-15"])
        moved.moved_from = moved.starts_at
        moved.starts_at, moved.ends_at = _at(date(2026, 12, 15), 14), _at(date(2026, 12, 15), 15, 30)
        joined = NOW - timedelta(days=10)

        def enroll(key: str, name: str, course_id: int, status: EnrollmentStatus, minutes: int = 0,
                   **more: object) -> Enrollment:  # fmt: skip
            enrollment = Enrollment(course_id=course_id, resident_id=people[name], status=status,
                                    joined_at=joined + timedelta(minutes=minutes), **more)  # fmt: skip
            session.add(enrollment)
            session.flush()
            enrollments[key] = enrollment.id
            return enrollment

        enrollments: dict[str, int] = {}
        enroll("王秀兰", "王秀兰", course, EnrollmentStatus.ENROLLED, companions=1)
        li = enroll("李建国", "李建国", course, EnrollmentStatus.ENROLLED, 1)
        enroll("张桂英", "张桂英", course, EnrollmentStatus.ENROLLED, 2)
        enroll("刘淑珍", "刘淑珍", course, EnrollmentStatus.WAITING, 30)
        enroll("陈志强", "陈志强", course, EnrollmentStatus.WAITING, 20)
        enroll("王秀兰-dance", "王秀兰", dance, EnrollmentStatus.WAITING, 5)
        enroll("李建国-dance", "李建国", dance, EnrollmentStatus.WITHDRAWN, 3, withdrawn_at=NOW,
               withdraw_reason="搬家")  # fmt: skip
        enroll("张桂英-event", "张桂英", event, EnrollmentStatus.ENROLLED, 4, companions=2)
        session.add(Attendance(session_id=sessions["12-01"], resident_id=people["李建国"], enrollment_id=li.id,
                               source=AttendanceSource.CHECKIN, marked_at=NOW))  # fmt: skip
        session.add(Attendance(session_id=sessions["12-01"], resident_id=people["陈志强"],
                               source=AttendanceSource.SCAN, companions=1, marked_at=NOW))  # fmt: skip
    return ClassPapers(center, people, course, dance, event, sessions, enrollments)
