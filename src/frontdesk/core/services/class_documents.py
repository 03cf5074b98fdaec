"""The classes' printed documents as plain records, each read straight from the tables in one session.

签到表 (a session's roster and sign-in sheet: who is enrolled, who is there already, a row code per enrollment so a scan
of the sheet's row marks them), 报名回执 (the enrollment slip a resident takes away) and a resident's own 课表 (their
courses and the coming sessions). :class:`~frontdesk.core.services.documents.DocumentService` guards them and adds the
center's name; the layouts are in :mod:`frontdesk.printing.class_papers`. Names only: no ID or phone number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Attendance,
    ClassSession,
    Course,
    CourseKind,
    CoursePattern,
    Enrollment,
    EnrollmentStatus,
    Partner,
    PartnerPerson,
    Resident,
    Room,
    SessionStatus,
    Term,
)
from frontdesk.core.search.keys import sort_key
from frontdesk.core.services.lookup import enrollment_payload

TIMETABLE_DAYS = 28  # a resident's timetable lists the next four weeks' sessions; the weekly times say the rest
LIVE = (EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITING)


@dataclass(frozen=True)
class WeeklyTime:
    """One weekly meeting: weekday (0 Monday) and times."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True)
class Place:
    """Where: the room, its floor, whether it has no steps (无障碍)."""

    room: str
    floor: str | None
    step_free: bool


@dataclass(frozen=True)
class RosterRow:
    resident_id: int
    enrollment_id: int | None  # None: came without enrolling (现场), already marked present
    name: str
    age: int | None
    companions: int  # the enrollment's +N places (a walk-in: the companions they came with)
    present: bool  # marked present already (checked in, ticked, scanned)
    code: str | None  # the enrollment's 84… code (None for a walk-in)


@dataclass(frozen=True)
class Roster:
    """签到表 of one session: every enrolled resident in pinyin order, then those present without enrolling."""

    center_name: str
    at: datetime
    session_id: int
    course: str
    kind: CourseKind
    term: str | None
    starts_at: datetime
    ends_at: datetime
    place: Place
    instructor: str | None
    partner: str | None
    capacity: int
    moved_from: datetime | None  # 调课: when it was to be
    added: bool  # 加课
    rows: tuple[RosterRow, ...]

    @property
    def enrolled(self) -> int:
        """Enrolled residents (not counting companions)."""
        return sum(row.enrollment_id is not None for row in self.rows)

    @property
    def places(self) -> int:
        """Places the enrolled hold: each resident and their companions."""
        return sum(1 + row.companions for row in self.rows if row.enrollment_id is not None)

    @property
    def present(self) -> int:
        return sum(row.present for row in self.rows)


@dataclass(frozen=True)
class EnrollmentSlip:
    """报名回执: what a resident takes away when enrolling (or joining the waiting list)."""

    center_name: str
    footer: str
    enrollment_id: int
    resident_id: int
    name: str
    course: str
    kind: CourseKind
    term: str | None
    weekly: tuple[WeeklyTime, ...]
    first_session: tuple[datetime, datetime] | None  # the next one not cancelled, from when the slip is printed
    sessions: int  # scheduled sessions from the first on
    place: Place
    instructor: str | None
    partner: str | None
    fee_cents: int
    companions: int
    target_group: str | None
    status: EnrollmentStatus  # ENROLLED or WAITING
    waiting_place: int | None  # 候补第 N 位
    joined_at: datetime
    code: str  # digits only (see frontdesk.core.services.lookup.enrollment_payload)
    logo: bytes | None = None


@dataclass(frozen=True)
class TimetableCourse:
    course_id: int
    title: str
    term: str | None
    weekly: tuple[WeeklyTime, ...]
    place: Place
    instructor: str | None
    status: EnrollmentStatus
    waiting_place: int | None


@dataclass(frozen=True)
class TimetableSession:
    course_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    place: Place
    cancelled: bool  # 停课: printed struck through, with the reason
    cancel_reason: str | None
    moved_from: datetime | None  # 调课
    added: bool  # 加课


@dataclass(frozen=True)
class Timetable:
    """A resident's own 课表: their courses (enrolled or waiting) and the enrolled ones' sessions from today."""

    center_name: str
    footer: str
    at: datetime
    resident_id: int
    name: str
    first_day: date
    last_day: date
    courses: tuple[TimetableCourse, ...]
    sessions: tuple[TimetableSession, ...]


def read_roster(session: Session, session_id: int, *, center_name: str, at: datetime) -> Roster:
    """The roster of one session (not a cancelled one: its enrolled are called instead)."""
    meeting = session.get(ClassSession, session_id)
    if meeting is None:
        raise RuleViolation("session_not_found")
    if meeting.status == SessionStatus.CANCELLED:
        raise RuleViolation("session_cancelled")
    course = session.get(Course, meeting.course_id)
    assert course is not None  # the foreign key
    enrolled = session.execute(
        select(Enrollment, Resident)
        .join(Resident, Resident.id == Enrollment.resident_id)
        .where(Enrollment.course_id == course.id, Enrollment.status == EnrollmentStatus.ENROLLED)
    ).all()
    marked = session.execute(
        select(Attendance, Resident)
        .join(Resident, Resident.id == Attendance.resident_id)
        .where(Attendance.session_id == meeting.id)
    ).all()
    present = {a.resident_id for a, _ in marked}
    day = meeting.day
    rows = [
        RosterRow(r.id, e.id, r.name, r.age_on(day), e.companions, r.id in present, enrollment_payload(e.id))
        for e, r in _by_name(enrolled)
    ]
    on_roll = {row.resident_id for row in rows}
    rows += [
        RosterRow(r.id, None, r.name, r.age_on(day), a.companions, True, None)
        for a, r in _by_name(marked)
        if r.id not in on_roll
    ]
    instructor, partner = _person(session, meeting.instructor_id)
    return Roster(
        center_name=center_name,
        at=at,
        session_id=meeting.id,
        course=course.title,
        kind=CourseKind(course.kind),
        term=_term_name(session, course.term_id),
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=_place(session, meeting.room_id),
        instructor=instructor,
        partner=partner,
        capacity=course.capacity,
        moved_from=meeting.moved_from,
        added=bool(meeting.added),
        rows=tuple(rows),
    )


def read_enrollment_slip(
    session: Session, enrollment_id: int, *, center_name: str, footer: str, logo: bytes | None, at: datetime
) -> EnrollmentSlip:
    """The slip of one enrollment (enrolled or waiting; a withdrawn one has none)."""
    enrollment = session.get(Enrollment, enrollment_id)
    if enrollment is None:
        raise RuleViolation("enrollment_not_found")
    if enrollment.status == EnrollmentStatus.WITHDRAWN:
        raise RuleViolation("enrollment_withdrawn")
    course = session.get(Course, enrollment.course_id)
    resident = session.get(Resident, enrollment.resident_id)
    assert course is not None
    assert resident is not None
    coming = session.execute(
        select(ClassSession.starts_at, ClassSession.ends_at)
        .where(ClassSession.course_id == course.id, ClassSession.status == SessionStatus.SCHEDULED,
               ClassSession.ends_at > at)
        .order_by(ClassSession.starts_at)
    ).all()  # fmt: skip
    instructor, partner = _person(session, course.instructor_id)
    return EnrollmentSlip(
        center_name=center_name,
        footer=footer,
        logo=logo,
        enrollment_id=enrollment.id,
        resident_id=resident.id,
        name=resident.name,
        course=course.title,
        kind=CourseKind(course.kind),
        term=_term_name(session, course.term_id),
        weekly=_weekly(session, [course.id]).get(course.id, ()),
        first_session=(coming[0][0], coming[0][1]) if coming else None,
        sessions=len(coming),
        place=_place(session, course.room_id),
        instructor=instructor,
        partner=partner if partner is not None else _partner(session, course.partner_id),
        fee_cents=course.fee_cents,
        companions=enrollment.companions,
        target_group=course.target_group,
        status=EnrollmentStatus(enrollment.status),
        waiting_place=_waiting_place(session, enrollment),
        joined_at=enrollment.joined_at,
        code=enrollment_payload(enrollment.id),
    )


def read_timetable(
    session: Session, resident_id: int, *, center_name: str, footer: str, at: datetime, days: int = TIMETABLE_DAYS
) -> Timetable:
    """The courses ``resident_id`` is enrolled in or waiting for that have sessions from today, and the enrolled
    ones' sessions of the next ``days`` days (cancelled ones too: the resident must know not to come)."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise RuleViolation("resident_not_found")
    first, last = at.date(), at.date() + timedelta(days=days - 1)
    found = session.execute(
        select(Enrollment, Course)
        .join(Course, Course.id == Enrollment.course_id)
        .where(Enrollment.resident_id == resident_id, Enrollment.status.in_(LIVE), Course.active.is_(True))
    ).all()
    still_on = set(
        session.scalars(
            select(ClassSession.course_id)
            .where(ClassSession.course_id.in_([c.id for _, c in found]), ClassSession.day >= first)
            .distinct()
        )
    )
    found = [(e, c) for e, c in found if c.id in still_on]
    weekly = _weekly(session, [c.id for _, c in found])
    rooms = _places(session, {c.room_id for _, c in found})
    courses = []
    for enrollment, course in found:
        instructor, _partner_name = _person(session, course.instructor_id)
        courses.append(TimetableCourse(
            course.id, course.title, _term_name(session, course.term_id), weekly.get(course.id, ()),
            rooms[course.room_id], instructor, EnrollmentStatus(enrollment.status), _waiting_place(session, enrollment),
        ))  # fmt: skip
    enrolled = {c.id: c for e, c in found if e.status == EnrollmentStatus.ENROLLED}
    meetings = session.scalars(
        select(ClassSession)
        .where(ClassSession.course_id.in_(list(enrolled)), ClassSession.day >= first, ClassSession.day <= last)
        .order_by(ClassSession.starts_at, ClassSession.id)
    ).all()
    rooms.update(_places(session, {m.room_id for m in meetings} - set(rooms)))
    sessions = tuple(
        TimetableSession(
            m.course_id, enrolled[m.course_id].title, m.starts_at, m.ends_at, rooms[m.room_id],
            m.status == SessionStatus.CANCELLED, m.cancel_reason, m.moved_from, bool(m.added),
        )
        for m in meetings
    )  # fmt: skip
    courses.sort(key=lambda c: (c.status != EnrollmentStatus.ENROLLED, _first_meeting(c.weekly), c.title))
    return Timetable(center_name, footer, at, resident.id, resident.name, first, last, tuple(courses), sessions)


def _by_name(rows: Iterable) -> list:
    """(…, Resident) rows in pinyin order (the stored key, or made here for a row the index has not seen)."""
    return sorted(rows, key=lambda row: (row[-1].name_sort or sort_key(row[-1].name), row[-1].name, row[-1].id))


def _first_meeting(weekly: tuple[WeeklyTime, ...]) -> tuple[int, time]:
    return min(((w.weekday, w.starts) for w in weekly), default=(7, time()))


def _weekly(session: Session, course_ids: list[int]) -> dict[int, tuple[WeeklyTime, ...]]:
    if not course_ids:
        return {}
    patterns = session.scalars(
        select(CoursePattern)
        .where(CoursePattern.course_id.in_(course_ids))
        .order_by(CoursePattern.weekday, CoursePattern.starts, CoursePattern.id)
    ).all()
    weekly: dict[int, list[WeeklyTime]] = {}
    for p in patterns:
        weekly.setdefault(p.course_id, []).append(WeeklyTime(p.weekday, p.starts, p.ends))
    return {course_id: tuple(times) for course_id, times in weekly.items()}


def _place(session: Session, room_id: int) -> Place:
    return _places(session, {room_id})[room_id]


def _places(session: Session, room_ids: set[int]) -> dict[int, Place]:
    if not room_ids:
        return {}
    rooms = session.scalars(select(Room).where(Room.id.in_(room_ids))).all()
    return {r.id: Place(r.name, r.floor, bool(r.step_free)) for r in rooms}


def _person(session: Session, person_id: int | None) -> tuple[str | None, str | None]:
    """(name, partner's name) of an instructor."""
    if person_id is None:
        return None, None
    found = session.execute(
        select(PartnerPerson.name, Partner.name)
        .join(Partner, Partner.id == PartnerPerson.partner_id)
        .where(PartnerPerson.id == person_id)
    ).first()
    return (found[0], found[1]) if found else (None, None)


def _partner(session: Session, partner_id: int | None) -> str | None:
    return session.scalar(select(Partner.name).where(Partner.id == partner_id)) if partner_id is not None else None


def _term_name(session: Session, term_id: int | None) -> str | None:
    return session.scalar(select(Term.name).where(Term.id == term_id)) if term_id is not None else None


def _waiting_place(session: Session, enrollment: Enrollment) -> int | None:
    """候补第 N 位: the place on the course's waiting list, in order of joining."""
    if enrollment.status != EnrollmentStatus.WAITING:
        return None
    ahead = session.scalar(
        select(func.count())
        .select_from(Enrollment)
        .where(
            Enrollment.course_id == enrollment.course_id,
            Enrollment.status == EnrollmentStatus.WAITING,
            (Enrollment.joined_at < enrollment.joined_at)
            | ((Enrollment.joined_at == enrollment.joined_at) & (Enrollment.id < enrollment.id)),
        )
    )
    return (ahead or 0) + 1
