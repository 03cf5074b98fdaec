"""What a resident can enroll in now (可报名): the active courses of this term and the coming ones, and the events still
to come, each with its weekly times, room, instructor, free places, waiting list and fee, and the resident's own
standing in it. Read by the enroll dialog; the places are counted again when the enrollment is written."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from frontdesk.core.models import (
    ClassSession,
    Course,
    CourseCategory,
    CourseKind,
    CoursePattern,
    Enrollment,
    EnrollmentStatus,
    PartnerPerson,
    Room,
    SessionStatus,
    Term,
)
from frontdesk.core.search.keys import char_readings


@dataclass(frozen=True)
class Meeting:
    """One weekly meeting of a course (周二 09:00–10:30); weekday 0 is Monday."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True)
class OpenCourse:
    course_id: int
    title: str
    initials: str  # pinyin initials of the title (书法班 → sfb), for finding it by typing
    kind: CourseKind
    category: CourseCategory
    term_name: str | None
    meetings: tuple[Meeting, ...]
    next_session: datetime | None  # the next scheduled session (an event's one)
    room_name: str
    instructor_name: str | None
    capacity: int
    taken: int  # places held, companions included
    waiting: int  # parties on the waiting list (候补)
    fee_cents: int
    max_companions: int
    mine: EnrollmentStatus | None  # the resident's standing: enrolled, waiting, or None (not in it, or withdrawn)
    position: int | None  # the resident's place on the waiting list

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.taken)


def title_initials(title: str) -> str:
    """书法班 → sfb; latin letters and digits kept (lowercase), other signs dropped."""
    letters = []
    for char in title:
        if char.isascii():
            if char.isalnum():
                letters.append(char.lower())
            continue
        reading = char_readings(char)[0]
        if reading and reading[0].isascii() and reading[0].isalpha():
            letters.append(reading[0])
    return "".join(letters)


def open_courses(session: Session, resident_id: int, today: date) -> list[OpenCourse]:
    """Courses first (in pinyin order of the title), then events by day; a course whose term has ended, or an event
    whose session has passed, is left out."""
    coming = (
        select(ClassSession.course_id, func.min(ClassSession.starts_at).label("next"))
        .where(ClassSession.day >= today, ClassSession.status == SessionStatus.SCHEDULED)
        .group_by(ClassSession.course_id)
        .subquery()
    )
    rows = session.execute(
        select(Course, Term.name, Room.name, PartnerPerson.name, coming.c.next)
        .join(Room, Room.id == Course.room_id)
        .outerjoin(Term, Term.id == Course.term_id)
        .outerjoin(PartnerPerson, PartnerPerson.id == Course.instructor_id)
        .outerjoin(coming, coming.c.course_id == Course.id)
        .where(Course.active.is_(True))
        .where(or_(Term.last_day >= today, coming.c.next.is_not(None)))
    ).all()
    ids = [course.id for course, *_ in rows]
    if not ids:
        return []
    meetings: dict[int, list[Meeting]] = defaultdict(list)
    patterns = select(CoursePattern).where(CoursePattern.course_id.in_(ids))
    for pattern in session.scalars(patterns.order_by(CoursePattern.weekday, CoursePattern.starts)):
        meetings[pattern.course_id].append(Meeting(pattern.weekday, pattern.starts, pattern.ends))
    taken: dict[int, int] = defaultdict(int)
    waiting: dict[int, list[int]] = defaultdict(list)  # course → resident ids, in order of joining
    for course_id, status, party, who in session.execute(
        select(Enrollment.course_id, Enrollment.status, 1 + Enrollment.companions, Enrollment.resident_id)
        .where(Enrollment.course_id.in_(ids), Enrollment.status != EnrollmentStatus.WITHDRAWN)
        .order_by(Enrollment.joined_at, Enrollment.id)
    ):
        if status == EnrollmentStatus.ENROLLED:
            taken[course_id] += int(party)
        else:
            waiting[course_id].append(who)
    mine = dict(
        session.execute(
            select(Enrollment.course_id, Enrollment.status).where(
                Enrollment.resident_id == resident_id,
                Enrollment.course_id.in_(ids),
                Enrollment.status != EnrollmentStatus.WITHDRAWN,
            )
        ).all()
    )
    found = []
    for course, term_name, room_name, instructor_name, next_at in rows:
        queue = waiting[course.id]
        offer = OpenCourse(
            course.id, course.title, title_initials(course.title), CourseKind(course.kind),
            CourseCategory(course.category), term_name, tuple(meetings[course.id]), next_at, room_name,
            instructor_name, course.capacity, taken[course.id], len(queue), course.fee_cents,
            course.max_companions, EnrollmentStatus(mine[course.id]) if course.id in mine else None,
            queue.index(resident_id) + 1 if resident_id in queue else None,
        )  # fmt: skip
        found.append(offer)
    found.sort(key=_order)
    return found


def _order(course: OpenCourse) -> tuple[bool, datetime, str, str]:
    """Courses in pinyin order of their titles, then events by day."""
    event = course.kind == CourseKind.EVENT
    return event, (course.next_session or datetime.max) if event else datetime.min, course.initials, course.title


__all__ = ["Meeting", "OpenCourse", "open_courses", "title_initials"]
