"""出勤率 Attendance rates: per course (each session held so far and the course's rate) and per resident (attended of
the sessions held since they enrolled).

A session is held once it has started and was not cancelled. A resident's share counts the sessions held from the
day they enrolled (moved up from the waiting list: that day) until they withdrew; a course's rate is the sum of its
enrolled residents' attended over the sum of their held.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Attendance, ClassSession, Course, Enrollment, EnrollmentStatus, SessionStatus


@dataclass(frozen=True)
class SessionCount:
    session_id: int
    day: date
    starts_at: datetime
    present: int  # residents
    people: int  # residents and their companions


@dataclass(frozen=True)
class CourseRates:
    course_id: int
    title: str
    enrolled: int  # residents enrolled now
    held: int  # sessions held so far
    sessions: tuple[SessionCount, ...]  # each session held, in order
    rate: float | None  # 0..1; None before any session was held for anyone enrolled


@dataclass(frozen=True)
class ResidentRate:
    course_id: int
    title: str
    status: EnrollmentStatus
    attended: int
    held: int  # sessions held since they enrolled (until they withdrew)
    rate: float | None


def _held(session: Session, course_ids: list[int], now: datetime) -> dict[int, list[ClassSession]]:
    found: dict[int, list[ClassSession]] = {cid: [] for cid in course_ids}
    if not course_ids:
        return found
    for class_session in session.scalars(
        select(ClassSession)
        .where(
            ClassSession.course_id.in_(course_ids),
            ClassSession.status == SessionStatus.SCHEDULED,
            ClassSession.starts_at <= now,
        )
        .order_by(ClassSession.starts_at, ClassSession.id)
    ):
        found[class_session.course_id].append(class_session)
    return found


def _share(enrollment: Enrollment, held: list[ClassSession], attended: set[int]) -> tuple[int, int]:
    """(attended, held) of the sessions held while the resident was enrolled."""
    if enrollment.enrolled_at is None:
        return 0, 0
    start = enrollment.enrolled_at.date()
    end = enrollment.withdrawn_at if enrollment.status == EnrollmentStatus.WITHDRAWN else None
    theirs = [cs for cs in held if cs.day >= start and (end is None or cs.starts_at <= end)]
    return sum(1 for cs in theirs if cs.id in attended), len(theirs)


def _rate(attended: int, held: int) -> float | None:
    return attended / held if held else None


def course_rates_of(session: Session, course_id: int, now: datetime) -> CourseRates:
    course = session.get(Course, course_id)
    if course is None:
        raise RuleViolation("course_not_found")
    held = _held(session, [course_id], now)[course_id]
    counts = {
        sid: (int(n), int(people))
        for sid, n, people in session.execute(
            select(Attendance.session_id, func.count(), func.sum(1 + Attendance.companions))
            .where(Attendance.session_id.in_([cs.id for cs in held]))
            .group_by(Attendance.session_id)
        )
    }
    enrolled = session.scalars(
        select(Enrollment).where(Enrollment.course_id == course_id, Enrollment.status == EnrollmentStatus.ENROLLED)
    ).all()
    pairs = set(
        session.execute(
            select(Attendance.resident_id, Attendance.session_id).where(
                Attendance.session_id.in_([cs.id for cs in held])
            )
        ).all()
    )
    attended_total = held_total = 0
    for enrollment in enrolled:
        attended, of = _share(enrollment, held, {sid for rid, sid in pairs if rid == enrollment.resident_id})
        attended_total += attended
        held_total += of
    sessions = tuple(SessionCount(cs.id, cs.day, cs.starts_at, *counts.get(cs.id, (0, 0))) for cs in held)
    return CourseRates(course.id, course.title, len(enrolled), len(held), sessions, _rate(attended_total, held_total))


def resident_rates_of(session: Session, resident_id: int, now: datetime) -> list[ResidentRate]:
    rows = session.execute(
        select(Enrollment, Course.title)
        .join(Course, Course.id == Enrollment.course_id)
        .where(Enrollment.resident_id == resident_id, Enrollment.enrolled_at.is_not(None))
        .order_by(Course.title, Course.id)
    ).all()
    held = _held(session, [e.course_id for e, _ in rows], now)
    attended = set(session.scalars(select(Attendance.session_id).where(Attendance.resident_id == resident_id)))
    found = []
    for enrollment, title in rows:
        if enrollment.status == EnrollmentStatus.WAITING:
            continue  # enrolled once, withdrawn, and waiting again: no place held now
        came, of = _share(enrollment, held[enrollment.course_id], attended)
        found.append(ResidentRate(enrollment.course_id, title, EnrollmentStatus(enrollment.status), came, of,
                                  _rate(came, of)))  # fmt: skip
    return found


__all__ = ["CourseRates", "ResidentRate", "SessionCount", "course_rates_of", "resident_rates_of"]
