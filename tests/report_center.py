"""A small center whose figures for November 2026 are worked out by hand (tests/test_reports.py and
tests/test_partner_records.py), written straight to the database: residents, their check-ins, a course, an event, a
vocational course, the care station's appointments, and four partners.

Residents (ages on 2026-11-30, the report date):
    R1 王秀兰  born 1946-11-15: turned 80 on the 15th → 80_89; 局前社区; lives alone, 低保
    R2 李建国  born 1946-12-01: turns 80 the day after the month ends → 70_79; 局前社区; empty nest
    R3 张桂英  born 1936-05-01 → 90_plus; 西马路社区; semi-disabled; archived (deceased) on 2026-11-20
    R4 刘淑珍  no birth date → unknown; no community; disabled
    R5 陈志强  born 1960-03-10 → 60_69; 西马路社区; no situation; registered 2026-11-05
    R6 赵丽    born 1970-06-01 → under_60; 西马路社区; registered 2026-11-25; never checked in
    R7 孙建华  archived 2026-10-01 (moved); no visits
    R8 周敏    registered 2026-12-01 (after the month)
    R9 吴淑芬  lives alone, 南关社区; came 8 times in October and not since: on the welfare-watch list
Everyone else registered 2026-01-01.

November check-ins (9 rows, 5 people): R1 on the 3rd (activity, +1 companion), 10th (activity), 17th (class);
R2 on the 4th and 18th (care); R3 on the 12th (meal); R4 on the 17th at 07:40 (consult); R5 on the 5th (other) and
the 17th at 09:10 (class, +1 companion, never checked out). R5 also came on 28 October and 1 December (not counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from frontdesk.core.db import Database
from frontdesk.core.models import (
    Appointment,
    AppointmentStatus,
    Attendance,
    AttendanceSource,
    CareService,
    ClassSession,
    Course,
    CourseCategory,
    CourseKind,
    Disability,
    Enrollment,
    EnrollmentStatus,
    Partner,
    PartnerKind,
    Resident,
    Room,
    SessionStatus,
    TrainingOutcome,
    Visit,
    VisitPurpose,
)

NOVEMBER = date(2026, 11, 1)
AFTER_NOVEMBER = datetime(2026, 12, 2, 10, 0)  # the clock of the monthly tests: November is over
REGISTERED = datetime(2026, 1, 1, 9, 0)


@dataclass(frozen=True)
class ReportCenter:
    residents: dict[str, int]  # "R1"… → id
    partners: dict[str, int]  # "arts" 银发艺术团, "care" 颐康家政, "idle" 书香读书会, "gone" 旧日剧社 (inactive)
    courses: dict[str, int]  # "calligraphy" 书法班, "lunch" 重阳节午餐会 (event), "nanny" 育婴员培训 (vocational)
    services: dict[str, int]  # "pressure" 血压测量 (颐康家政), "physio" 理疗 (no partner)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def make_report_center(db: Database) -> ReportCenter:
    with db.write() as session:
        people = {
            "R1": Resident(name="王秀兰", birth_date=date(1946, 11, 15), community="局前社区", lives_alone=True,
                           low_income=True),
            "R2": Resident(name="李建国", birth_date=date(1946, 12, 1), community="局前社区", empty_nest=True),
            "R3": Resident(name="张桂英", birth_date=date(1936, 5, 1), community="西马路社区",
                           disability=Disability.SEMI, archived_at=datetime(2026, 11, 20, 15, 0),
                           archive_reason="deceased"),
            "R4": Resident(name="刘淑珍", disability=Disability.FULL),
            "R5": Resident(name="陈志强", birth_date=date(1960, 3, 10), community="西马路社区",
                           created_at=datetime(2026, 11, 5, 8, 30)),
            "R6": Resident(name="赵丽", birth_date=date(1970, 6, 1), community="西马路社区",
                           created_at=datetime(2026, 11, 25, 10, 0)),
            "R7": Resident(name="孙建华", birth_date=date(1950, 1, 1), community="南关社区",
                           archived_at=datetime(2026, 10, 1, 9, 0), archive_reason="moved"),
            "R8": Resident(name="周敏", birth_date=date(1955, 1, 1), community="南关社区",
                           created_at=datetime(2026, 12, 1, 9, 0)),
            "R9": Resident(name="吴淑芬", birth_date=date(1944, 2, 2), community="南关社区", lives_alone=True),
        }  # fmt: skip
        for resident in people.values():
            if resident.created_at is None:
                resident.created_at = REGISTERED
        session.add_all(people.values())
        session.flush()
        rid = {key: r.id for key, r in people.items()}

        queue: dict[date, int] = {}

        def visit(key: str, at: datetime, purpose: VisitPurpose, *, companions: int = 0, open_: bool = False) -> None:
            queue[at.date()] = queue.get(at.date(), 0) + 1
            session.add(Visit(resident_id=rid[key], visit_date=at.date(), queue_number=queue[at.date()],
                              checked_in_at=at, checked_out_at=None if open_ else at.replace(hour=at.hour + 1),
                              purpose=purpose, companions=companions))  # fmt: skip

        nov = NOVEMBER
        visit("R1", _at(nov.replace(day=3), 8, 45), VisitPurpose.ACTIVITY, companions=1)
        visit("R1", _at(nov.replace(day=10), 9), VisitPurpose.ACTIVITY)
        visit("R1", _at(nov.replace(day=17), 8, 50), VisitPurpose.CLASS)
        visit("R2", _at(nov.replace(day=4), 8, 50), VisitPurpose.CARE)
        visit("R2", _at(nov.replace(day=18), 8, 55), VisitPurpose.CARE)
        visit("R3", _at(nov.replace(day=12), 11, 30), VisitPurpose.MEAL)
        visit("R4", _at(nov.replace(day=17), 7, 40), VisitPurpose.CONSULT)
        visit("R5", _at(nov.replace(day=5), 13, 50), VisitPurpose.OTHER)
        visit("R5", _at(nov.replace(day=17), 9, 10), VisitPurpose.CLASS, companions=1, open_=True)
        visit("R5", _at(date(2026, 10, 28), 9), VisitPurpose.CLASS)
        visit("R5", _at(date(2026, 12, 1), 9), VisitPurpose.ACTIVITY)
        for day in (1, 3, 6, 8, 10, 13, 15, 20):
            visit("R9", _at(date(2026, 10, day), 9), VisitPurpose.ACTIVITY)

        partners = {
            "arts": Partner(name="银发艺术团", kind=PartnerKind.SOCIAL_ORG, agreement_start=date(2026, 1, 16),
                            agreement_end=date(2027, 1, 15), contact_name="张德明", contact_phone="13900001111"),
            "care": Partner(name="颐康家政", kind=PartnerKind.ENTERPRISE, agreement_end=date(2027, 6, 30)),
            "idle": Partner(name="书香读书会", kind=PartnerKind.VOLUNTEER),
            "gone": Partner(name="旧日剧社", kind=PartnerKind.SOCIAL_ORG, active=False,
                            agreement_end=date(2026, 6, 30)),
        }  # fmt: skip
        room = Room(name="多功能厅", capacity=80)
        session.add_all([*partners.values(), room])
        session.flush()
        pid = {key: p.id for key, p in partners.items()}

        courses = {
            "calligraphy": Course(title="书法班", category=CourseCategory.ARTS, kind=CourseKind.COURSE,
                                  partner_id=pid["arts"], room_id=room.id, capacity=20),
            "lunch": Course(title="重阳节午餐会", category=CourseCategory.EVENT, kind=CourseKind.EVENT,
                            partner_id=pid["arts"], room_id=room.id, capacity=60, max_companions=2),
            "nanny": Course(title="育婴员培训", category=CourseCategory.VOCATIONAL, kind=CourseKind.COURSE,
                            partner_id=pid["care"], room_id=room.id, capacity=20),
        }  # fmt: skip
        session.add_all(courses.values())
        session.flush()
        cid = {key: c.id for key, c in courses.items()}

        def class_session(course: str, day: date, starts: time, ends: time, *, cancelled: bool = False) -> int:
            row = ClassSession(course_id=cid[course], room_id=room.id, day=day, starts_at=datetime.combine(day, starts),
                               ends_at=datetime.combine(day, ends),
                               status=SessionStatus.CANCELLED if cancelled else SessionStatus.SCHEDULED,
                               cancel_reason="老师生病" if cancelled else None)  # fmt: skip
            session.add(row)
            session.flush()
            return row.id

        # 书法班: Tuesdays 09:00–10:30 (1.5 h); the 24th cancelled
        c3, c10, c17 = (class_session("calligraphy", nov.replace(day=d), time(9), time(10, 30)) for d in (3, 10, 17))
        class_session("calligraphy", nov.replace(day=24), time(9), time(10, 30), cancelled=True)
        lunch = class_session("lunch", nov.replace(day=20), time(11), time(13))  # 2 h
        nanny = class_session("nanny", nov.replace(day=5), time(14), time(17))  # 3 h
        class_session("nanny", date(2026, 12, 3), time(14), time(17))  # December: not in the month

        def enroll(course: str, key: str, enrolled: datetime, **extra: object) -> int:
            row = Enrollment(course_id=cid[course], resident_id=rid[key], joined_at=enrolled, enrolled_at=enrolled,
                             **extra)  # fmt: skip
            session.add(row)
            session.flush()
            return row.id

        enroll("calligraphy", "R1", datetime(2026, 10, 20, 9))
        enroll("calligraphy", "R5", datetime(2026, 11, 12, 9))  # after the 10th's session
        enroll("calligraphy", "R2", datetime(2026, 10, 20, 9), status=EnrollmentStatus.WITHDRAWN,
               withdrawn_at=datetime(2026, 11, 11, 9), withdraw_reason="搬家")  # fmt: skip
        enroll("lunch", "R1", datetime(2026, 11, 1, 9), companions=2)
        enroll("lunch", "R3", datetime(2026, 11, 1, 9))
        enroll("nanny", "R5", datetime(2026, 11, 1, 9), outcome=TrainingOutcome.EMPLOYED, employer="颐康家政",
               employed_on=date(2026, 11, 28))  # fmt: skip
        enroll("nanny", "R6", datetime(2026, 11, 1, 9), outcome=TrainingOutcome.COMPLETED)
        enroll("nanny", "R2", datetime(2026, 11, 1, 9))

        def present(session_id: int, key: str, companions: int = 0) -> None:
            session.add(Attendance(session_id=session_id, resident_id=rid[key], source=AttendanceSource.ROSTER,
                                   companions=companions, marked_at=datetime(2026, 11, 1, 9)))  # fmt: skip

        present(c3, "R1")
        present(c3, "R2")
        present(c10, "R1")
        present(c17, "R1")
        present(c17, "R5")
        present(lunch, "R1", 2)
        present(lunch, "R3")
        present(lunch, "R4", 1)  # a guest at the door, not enrolled
        present(nanny, "R5")
        present(nanny, "R6")

        services = {
            "pressure": CareService(name="血压测量", duration_min=15, places=10, partner_id=pid["care"]),
            "physio": CareService(name="理疗", duration_min=30, places=1),
        }
        session.add_all(services.values())
        session.flush()
        sid = {key: s.id for key, s in services.items()}

        def appointment(key: str, service: str, starts: datetime, minutes: int, status: AppointmentStatus,
                        **extra: object) -> None:  # fmt: skip
            ends = datetime.fromtimestamp(starts.timestamp() + 60 * minutes)
            session.add(Appointment(resident_id=rid[key], service_id=sid[service], day=starts.date(),
                                    starts_at=starts, ends_at=ends, status=status, **extra))  # fmt: skip

        done, missed = AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW
        appointment("R2", "pressure", _at(nov.replace(day=4), 9), 15, done)
        appointment("R2", "pressure", _at(nov.replace(day=18), 9), 15, done, walk_in=True)
        appointment("R1", "pressure", _at(nov.replace(day=11), 9), 15, missed)
        appointment("R4", "pressure", _at(nov.replace(day=12), 9), 15, AppointmentStatus.CANCELLED,
                    cancel_reason="身体不适")  # fmt: skip
        appointment("R1", "physio", _at(nov.replace(day=6), 10), 30, done)
        appointment("R5", "physio", _at(nov.replace(day=30), 10), 30, AppointmentStatus.BOOKED)
        appointment("R1", "pressure", _at(date(2026, 10, 30), 9), 15, done)  # October: not in the month
        return ReportCenter(rid, pid, cid, sid)
