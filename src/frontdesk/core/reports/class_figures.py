"""课程 / 活动 figures: sessions held, attendance, the attendance rate's denominator, and training outcomes.

A session is *held* when it is scheduled (not cancelled), its day is in the period and it has started by now (the
classes page's rule: a session later today is not held yet). Attendances (人次) are ``attendance`` rows of held
sessions, companions counted apart; people (人数) are the distinct residents among them. ``enrolled`` is the
residents holding a place at the period's end. ``expected`` is, for each held session, the residents holding a
place then: enrolled before the session ended (so enrolling at the door counts for that session) and not withdrawn
before it started. The rate is attendances over expected; a resident who came without a place (an event's door
guest) adds to attendances only, so an event's rate can pass 100 %. With a community filter, attendances, people,
enrolled and expected count only the residents of that community (by their current community); sessions are the
course's.

Training (职业技能培训): courses of category vocational with a scheduled session in the period; ``enrolled`` holds a
place now (status enrolled), ``completed`` finished the course (结业; those since employed included), ``employed``
found work (已就业).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from frontdesk.core.models import (
    Attendance,
    ClassSession,
    Course,
    CourseCategory,
    CourseKind,
    Enrollment,
    EnrollmentStatus,
    Partner,
    Resident,
    SessionStatus,
    TrainingOutcome,
)
from frontdesk.core.reports.figures import CourseLine, Period, TrainingLine
from frontdesk.core.reports.sql_parts import after_day, as_int, in_community

PLACE_STATUSES = (EnrollmentStatus.ENROLLED, EnrollmentStatus.WITHDRAWN)  # a withdrawn place was held until then


def held(period: Period, now: datetime) -> ColumnElement[bool]:
    """The class session is held: scheduled, in the period, started by ``now``."""
    return and_(
        ClassSession.status == SessionStatus.SCHEDULED,
        ClassSession.day >= period.first_day,
        ClassSession.day <= period.last_day,
        ClassSession.starts_at <= now,
    )


def community_residents(community: str) -> Select:
    """The ids of the residents whose current community is ``community``."""
    return select(Resident.id).where(in_community(community))


def holds_place_at(
    moment: ColumnElement[datetime] | datetime, withdrawn_after: ColumnElement[datetime] | datetime
) -> ColumnElement[bool]:
    """The enrollment held a place: enrolled by ``moment`` and not withdrawn by ``withdrawn_after``."""
    return and_(
        Enrollment.status.in_(PLACE_STATUSES),
        Enrollment.enrolled_at.is_not(None),
        Enrollment.enrolled_at <= moment,
        or_(Enrollment.withdrawn_at.is_(None), Enrollment.withdrawn_at > withdrawn_after),
    )


def course_lines(
    session: Session, period: Period, now: datetime, kind: CourseKind | None = None
) -> tuple[CourseLine, ...]:
    """Each course (or event, or both: ``kind`` None) with a session in the period, most attendances first."""
    is_held = held(period, now)
    sessions_query = (
        select(
            Course.id, Course.title, Course.category, Course.kind, Partner.name,
            func.sum(case((is_held, 1), else_=0)),
            func.sum(case((ClassSession.status == SessionStatus.CANCELLED, 1), else_=0)),
        )
        .select_from(ClassSession)
        .join(Course, Course.id == ClassSession.course_id)
        .outerjoin(Partner, Partner.id == Course.partner_id)
        .where(ClassSession.day >= period.first_day, ClassSession.day <= period.last_day)
        .group_by(Course.id, Course.title, Course.category, Course.kind, Partner.name)
    )  # fmt: skip
    if kind is not None:
        sessions_query = sessions_query.where(Course.kind == kind)
    courses = session.execute(sessions_query).all()
    if not courses:
        return ()
    ids = [row[0] for row in courses]
    community = community_residents(period.community) if period.community is not None else None

    attendance_query = (
        select(ClassSession.course_id, func.count(Attendance.id), func.coalesce(func.sum(Attendance.companions), 0),
               func.count(func.distinct(Attendance.resident_id)))
        .select_from(Attendance)
        .join(ClassSession, ClassSession.id == Attendance.session_id)
        .where(is_held, ClassSession.course_id.in_(ids))
        .group_by(ClassSession.course_id)
    )  # fmt: skip
    end = after_day(period.last_day)
    enrolled_query = (
        select(Enrollment.course_id, func.count(Enrollment.id))
        .where(Enrollment.course_id.in_(ids), holds_place_at(end, end))
        .group_by(Enrollment.course_id)
    )
    expected_query = (
        select(ClassSession.course_id, func.count(Enrollment.id))
        .select_from(ClassSession)
        .join(
            Enrollment,
            and_(
                Enrollment.course_id == ClassSession.course_id,
                holds_place_at(ClassSession.ends_at, ClassSession.starts_at),
            ),
        )
        .where(is_held, ClassSession.course_id.in_(ids))
        .group_by(ClassSession.course_id)
    )
    if community is not None:
        attendance_query = attendance_query.where(Attendance.resident_id.in_(community))
        enrolled_query = enrolled_query.where(Enrollment.resident_id.in_(community))
        expected_query = expected_query.where(Enrollment.resident_id.in_(community))
    attended = {cid: (as_int(n), as_int(c), as_int(p)) for cid, n, c, p in session.execute(attendance_query)}
    enrolled = {cid: as_int(n) for cid, n in session.execute(enrolled_query)}
    expected = {cid: as_int(n) for cid, n in session.execute(expected_query)}
    lines = []
    for cid, title, category, course_kind, partner, sessions_held, cancelled in courses:
        attendances, companions, people = attended.get(cid, (0, 0, 0))
        lines.append(
            CourseLine(
                course_id=cid, title=title, category=str(category), kind=str(course_kind), partner=partner,
                sessions_held=as_int(sessions_held), sessions_cancelled=as_int(cancelled),
                enrolled=enrolled.get(cid, 0), attendances=attendances, companions=companions, people=people,
                expected=expected.get(cid, 0),
            )
        )  # fmt: skip
    lines.sort(key=lambda line: (-line.attendances, line.title, line.course_id))
    return tuple(lines)


def training_lines(session: Session, period: Period) -> tuple[TrainingLine, ...]:
    """Vocational courses with a scheduled session in the period, by title."""
    running = exists().where(
        ClassSession.course_id == Course.id,
        ClassSession.status == SessionStatus.SCHEDULED,
        ClassSession.day >= period.first_day,
        ClassSession.day <= period.last_day,
    )
    joined = and_(Enrollment.course_id == Course.id, Enrollment.status != EnrollmentStatus.WAITING)
    if period.community is not None:
        joined = and_(joined, Enrollment.resident_id.in_(community_residents(period.community)))
    finished = (TrainingOutcome.COMPLETED, TrainingOutcome.EMPLOYED)
    rows = session.execute(
        select(
            Course.id, Course.title, Partner.name,
            func.sum(case((Enrollment.status == EnrollmentStatus.ENROLLED, 1), else_=0)),
            func.sum(case((Enrollment.outcome.in_(finished), 1), else_=0)),
            func.sum(case((Enrollment.outcome == TrainingOutcome.EMPLOYED, 1), else_=0)),
        )
        .outerjoin(Partner, Partner.id == Course.partner_id)
        .outerjoin(Enrollment, joined)
        .where(Course.category == CourseCategory.VOCATIONAL, running)
        .group_by(Course.id, Course.title, Partner.name)
        .order_by(Course.title, Course.id)
    ).all()  # fmt: skip
    return tuple(
        TrainingLine(cid, title, partner, as_int(enrolled), as_int(completed), as_int(employed))
        for cid, title, partner, enrolled, completed, employed in rows
    )
