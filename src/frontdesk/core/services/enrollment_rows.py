"""What the enrollment service reads, as plain rows: a course's list (enrolled, then 候补 in order), a resident's
enrollments and timetable (课表), a session's roster (花名册) and the guests who need help at an event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Attendance,
    AttendanceSource,
    ClassSession,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentStatus,
    MobilityAid,
    PartnerPerson,
    Resident,
    Room,
    SessionStatus,
    Staff,
    TrainingOutcome,
)


@dataclass(frozen=True)
class EnrollmentRow:
    enrollment_id: int
    course_id: int
    course_title: str
    resident_id: int
    resident_name: str
    status: EnrollmentStatus
    companions: int
    joined_at: datetime
    enrolled_at: datetime | None
    position: int | None  # on the waiting list (1: next to move up); None unless waiting
    promoted_at: datetime | None  # moved up from the waiting list
    outcome: TrainingOutcome
    employer: str | None
    employed_on: date | None
    withdrawn_at: datetime | None
    withdraw_reason: str | None


@dataclass(frozen=True)
class TimetableRow:
    """One session of the resident's timetable (课表)."""

    session_id: int
    course_id: int
    title: str
    room_id: int
    room_name: str
    day: date
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    cancel_reason: str | None
    moved_from: datetime | None  # 调课: when it was to be
    present: bool


@dataclass(frozen=True)
class RosterLine:
    resident_id: int
    name: str
    enrollment_id: int | None  # None: a guest present without enrollment
    companions: int  # enrolled for (or, for a guest, came with)
    present: bool
    present_companions: int  # companions counted at the door
    source: AttendanceSource | None  # how the tick came: check-in, roster, door scan
    marked_at: datetime | None
    marked_by: str | None  # the staff member's name; None for the program itself


@dataclass(frozen=True)
class Roster:
    """花名册 / 签到表 of one session."""

    session_id: int
    course_id: int
    title: str
    kind: CourseKind
    room_name: str
    instructor_name: str | None
    day: date
    starts_at: datetime
    ends_at: datetime
    status: SessionStatus
    cancel_reason: str | None
    capacity: int
    enrolled: tuple[RosterLine, ...]  # by name
    guests: tuple[RosterLine, ...]  # present without an enrollment (a trial visit, a guest let in at the door)
    max_companions: int = 0  # +N a resident may bring (a guest let in at the door too)
    taken: int = 0  # places held by the enrolled and their companions

    @property
    def present_residents(self) -> int:
        return sum(1 for line in (*self.enrolled, *self.guests) if line.present)

    @property
    def present_people(self) -> int:
        """Residents present and the companions counted with them."""
        return sum(1 + line.present_companions for line in (*self.enrolled, *self.guests) if line.present)


@dataclass(frozen=True)
class HelpRow:
    """A registered guest the staff should look out for: guide in, seat near the door, see home."""

    resident_id: int
    name: str
    age: int | None
    aged: bool  # 高龄: 80 or older on the day
    lives_alone: bool  # 独居
    mobility_aid: MobilityAid  # 拐杖、助行器、轮椅
    companions: int
    phone: str | None
    emergency_name: str | None
    emergency_relation: str | None
    emergency_phone: str | None


def enrollment_rows(session: Session, enrollments: Sequence[Enrollment]) -> list[EnrollmentRow]:
    if not enrollments:
        return []
    names = dict(
        session.execute(
            select(Resident.id, Resident.name).where(Resident.id.in_({e.resident_id for e in enrollments}))
        ).all()
    )
    course_ids = {e.course_id for e in enrollments}
    titles = dict(session.execute(select(Course.id, Course.title).where(Course.id.in_(course_ids))).all())
    positions: dict[int, int] = {}
    waiting = session.execute(
        select(Enrollment.id, Enrollment.course_id)
        .where(Enrollment.course_id.in_(course_ids), Enrollment.status == EnrollmentStatus.WAITING)
        .order_by(Enrollment.course_id, Enrollment.joined_at, Enrollment.id)
    ).all()
    counter: dict[int, int] = {}
    for enrollment_id, course_id in waiting:
        counter[course_id] = counter.get(course_id, 0) + 1
        positions[enrollment_id] = counter[course_id]
    return [
        EnrollmentRow(
            enrollment_id=e.id, course_id=e.course_id, course_title=titles.get(e.course_id, ""),
            resident_id=e.resident_id, resident_name=names.get(e.resident_id, ""), status=EnrollmentStatus(e.status),
            companions=e.companions, joined_at=e.joined_at, enrolled_at=e.enrolled_at, position=positions.get(e.id),
            promoted_at=e.promoted_at, outcome=TrainingOutcome(e.outcome), employer=e.employer,
            employed_on=e.employed_on, withdrawn_at=e.withdrawn_at, withdraw_reason=e.withdraw_reason,
        )
        for e in enrollments
    ]  # fmt: skip


def course_list(session: Session, course_id: int) -> list[EnrollmentRow]:
    """Enrolled by name (pinyin order where known), then the waiting list in order."""
    enrolled = session.scalars(
        select(Enrollment)
        .join(Resident, Resident.id == Enrollment.resident_id)
        .where(Enrollment.course_id == course_id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Resident.name_sort, Resident.name, Enrollment.id)
    ).all()
    waiting = session.scalars(
        select(Enrollment)
        .where(Enrollment.course_id == course_id, Enrollment.status == EnrollmentStatus.WAITING)
        .order_by(Enrollment.joined_at, Enrollment.id)
    ).all()
    return enrollment_rows(session, [*enrolled, *waiting])


def timetable_rows(session: Session, resident_id: int, first: date, last: date) -> list[TimetableRow]:
    """The sessions between ``first`` and ``last`` of the courses the resident is enrolled in, cancelled ones too."""
    rows = session.execute(
        select(ClassSession, Course.title, Room.name)
        .join(Course, Course.id == ClassSession.course_id)
        .join(Room, Room.id == ClassSession.room_id)
        .join(Enrollment, Enrollment.course_id == ClassSession.course_id)
        .where(
            Enrollment.resident_id == resident_id,
            Enrollment.status == EnrollmentStatus.ENROLLED,
            ClassSession.day >= first,
            ClassSession.day <= last,
        )
        .order_by(ClassSession.starts_at, ClassSession.id)
    ).all()
    present = set(
        session.scalars(
            select(Attendance.session_id).where(
                Attendance.resident_id == resident_id, Attendance.session_id.in_([cs.id for cs, _, _ in rows])
            )
        )
    )
    return [
        TimetableRow(
            cs.id, cs.course_id, title, cs.room_id, room, cs.day, cs.starts_at, cs.ends_at,
            cs.status == SessionStatus.CANCELLED, cs.cancel_reason, cs.moved_from, cs.id in present,
        )
        for cs, title, room in rows
    ]  # fmt: skip


def roster_of(session: Session, session_id: int) -> Roster:
    class_session = session.get(ClassSession, session_id)
    if class_session is None:
        raise RuleViolation("session_not_found")
    course = session.get(Course, class_session.course_id)
    assert course is not None
    room = session.get(Room, class_session.room_id)
    instructor = (
        session.get(PartnerPerson, class_session.instructor_id) if class_session.instructor_id is not None else None
    )
    enrolled = session.execute(
        select(Enrollment, Resident.name)
        .join(Resident, Resident.id == Enrollment.resident_id)
        .where(Enrollment.course_id == course.id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Resident.name_sort, Resident.name, Enrollment.id)
    ).all()
    ticks = session.execute(
        select(Attendance, Resident.name, Staff.display_name)
        .join(Resident, Resident.id == Attendance.resident_id)
        .outerjoin(Staff, Staff.id == Attendance.staff_id)
        .where(Attendance.session_id == session_id)
        .order_by(Resident.name_sort, Resident.name, Attendance.id)
    ).all()
    by_resident = {a.resident_id: (a, staff) for a, _, staff in ticks}
    lines = []
    for enrollment, name in enrolled:
        tick, staff = by_resident.get(enrollment.resident_id, (None, None))
        lines.append(_line(enrollment.resident_id, name, enrollment.id, enrollment.companions, tick, staff=staff))
    enrolled_ids = {e.resident_id for e, _ in enrolled}
    guests = [_line(a.resident_id, name, None, a.companions, a, staff=staff) for a, name, staff in ticks
              if a.resident_id not in enrolled_ids]  # fmt: skip
    return Roster(
        session_id=class_session.id, course_id=course.id, title=course.title, kind=CourseKind(course.kind),
        room_name=room.name if room is not None else "", instructor_name=instructor.name if instructor else None,
        day=class_session.day, starts_at=class_session.starts_at, ends_at=class_session.ends_at,
        status=SessionStatus(class_session.status), cancel_reason=class_session.cancel_reason,
        capacity=course.capacity, enrolled=tuple(lines), guests=tuple(guests), max_companions=course.max_companions,
        taken=sum(1 + e.companions for e, _ in enrolled),
    )  # fmt: skip


def _line(
    resident_id: int, name: str, enrollment_id: int | None, companions: int, tick: Attendance | None,
    *, staff: str | None,
) -> RosterLine:  # fmt: skip
    return RosterLine(
        resident_id, name, enrollment_id, companions, tick is not None, tick.companions if tick is not None else 0,
        AttendanceSource(tick.source) if tick is not None else None, tick.marked_at if tick is not None else None,
        staff,
    )  # fmt: skip


def help_rows(session: Session, session_id: int) -> list[HelpRow]:
    """The session's enrolled residents who use a mobility aid, live alone, or are 80 or older on its day; by name."""
    class_session = session.get(ClassSession, session_id)
    if class_session is None:
        raise RuleViolation("session_not_found")
    day = class_session.day
    rows = session.execute(
        select(Resident, Enrollment.companions)
        .join(Enrollment, Enrollment.resident_id == Resident.id)
        .where(Enrollment.course_id == class_session.course_id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Resident.name_sort, Resident.name, Resident.id)
    ).all()
    found = []
    for resident, companions in rows:
        aid = MobilityAid(resident.mobility_aid)
        aged = resident.is_aged_on(day)
        if not (aged or resident.lives_alone or aid != MobilityAid.NONE):
            continue
        row = HelpRow(
            resident.id, resident.name, resident.age_on(day), aged, resident.lives_alone, aid, companions,
            resident.phone, resident.emergency_name, resident.emergency_relation, resident.emergency_phone,
        )  # fmt: skip
        found.append(row)
    return found


__all__ = [
    "EnrollmentRow",
    "HelpRow",
    "Roster",
    "RosterLine",
    "TimetableRow",
    "course_list",
    "enrollment_rows",
    "help_rows",
    "roster_of",
    "timetable_rows",
]
