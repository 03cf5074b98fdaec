"""Classes on the check-in card, as :class:`~frontdesk.core.services.agenda.AgendaSource` s: today's sessions of the
courses the resident is enrolled in (source ``"class"``), and a place moved up from a waiting list that the resident
has not been told of yet (source ``"class_waitlist"``).

Checking in on a class day marks the resident present in that day's sessions not yet over (出勤, from the desk),
inside the check-in transaction; and it tells them of a place that came free (候补转正), which then stays on the card
for the rest of that day and is gone the next.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor
from frontdesk.core.models import (
    Attendance,
    AttendanceSource,
    ClassSession,
    Course,
    Enrollment,
    EnrollmentStatus,
    Room,
    SessionStatus,
)
from frontdesk.core.services.agenda import AgendaItem
from frontdesk.core.services.attendance_marks import tick

CLASS_SOURCE = "class"
CLASS_WAITLIST_SOURCE = "class_waitlist"


def _todays_sessions(session: Session, resident_id: int, day: date):
    return session.execute(
        select(ClassSession, Enrollment, Course.title, Room.name)
        .join(Enrollment, Enrollment.course_id == ClassSession.course_id)
        .join(Course, Course.id == ClassSession.course_id)
        .join(Room, Room.id == ClassSession.room_id)
        .where(
            Enrollment.resident_id == resident_id,
            Enrollment.status == EnrollmentStatus.ENROLLED,
            ClassSession.day == day,
            ClassSession.status == SessionStatus.SCHEDULED,
            Course.active.is_(True),
        )
        .order_by(ClassSession.starts_at, ClassSession.id)
    ).all()


class ClassAgenda:
    """The day's sessions of the courses the resident is enrolled in, by time; ``arrived``: marked present."""

    name = CLASS_SOURCE

    def items_for(self, session: Session, resident_id: int, day: date) -> list[AgendaItem]:
        rows = _todays_sessions(session, resident_id, day)
        if not rows:
            return []
        present = set(
            session.scalars(
                select(Attendance.session_id).where(
                    Attendance.resident_id == resident_id, Attendance.session_id.in_([cs.id for cs, *_ in rows])
                )
            )
        )
        return [
            AgendaItem(self.name, cs.id, cs.starts_at, title, room, arrived=cs.id in present)
            for cs, _enrollment, title, room in rows
        ]

    def mark_arrived(
        self, session: Session, resident_id: int, day: date, visit_id: int, at: datetime, *, actor: Actor
    ) -> list[int]:
        """出勤 from the desk: the resident present (with their enrolled companions) in the day's sessions not yet
        over and not yet ticked, with the visit; audited ``attendance.checkin``. A session already over is left to
        the roster: having come in the afternoon says nothing of the morning's class."""
        marked = []
        for class_session, enrollment, _title, _room in _todays_sessions(session, resident_id, day):
            if class_session.ends_at <= at:
                continue
            exists = session.scalar(
                select(func.count()).where(
                    Attendance.session_id == class_session.id, Attendance.resident_id == resident_id
                )
            )
            if exists:
                continue
            tick(session, class_session, resident_id, enrollment=enrollment, source=AttendanceSource.CHECKIN, at=at,
                 actor=actor, visit_id=visit_id)  # fmt: skip
            marked.append(class_session.id)
        if marked:
            audit.record(
                session, "attendance.checkin", at=at, actor=actor, entity_type="resident", entity_id=resident_id,
                details={"session_ids": marked, "visit_id": visit_id},
            )  # fmt: skip
        return marked


class EnrollmentNews:
    """A place in a course that came free from its waiting list (候补转正), on the card until the resident is told at
    a check-in, and for the rest of that day. ``starts_at`` is the course's next session (when to come)."""

    name = CLASS_WAITLIST_SOURCE

    def items_for(self, session: Session, resident_id: int, day: date) -> list[AgendaItem]:
        told_today = (Enrollment.promotion_seen_at >= datetime.combine(day, time())) & (
            Enrollment.promotion_seen_at < datetime.combine(day + timedelta(days=1), time())
        )
        rows = session.execute(
            select(Enrollment.id, Enrollment.course_id, Enrollment.promoted_at, Course.title, Room.name)
            .join(Course, Course.id == Enrollment.course_id)
            .join(Room, Room.id == Course.room_id)
            .where(
                Enrollment.resident_id == resident_id,
                Enrollment.status == EnrollmentStatus.ENROLLED,
                Enrollment.promoted_at.is_not(None),
                or_(Enrollment.promotion_seen_at.is_(None), told_today),
            )
            .order_by(Enrollment.promoted_at, Enrollment.id)
        ).all()
        items = []
        for enrollment_id, course_id, promoted_at, title, room in rows:
            next_session = session.execute(
                select(ClassSession.starts_at, Room.name)
                .join(Room, Room.id == ClassSession.room_id)
                .where(
                    ClassSession.course_id == course_id,
                    ClassSession.day >= day,
                    ClassSession.status == SessionStatus.SCHEDULED,
                )
                .order_by(ClassSession.starts_at)
                .limit(1)
            ).first()
            starts_at, place = next_session if next_session is not None else (promoted_at, room)
            items.append(AgendaItem(self.name, enrollment_id, starts_at, title, place))
        return items

    def mark_arrived(
        self, session: Session, resident_id: int, day: date, visit_id: int, at: datetime, *, actor: Actor
    ) -> list[int]:
        """Told at this check-in: ``promotion_seen_at`` set (the card keeps it for the rest of the day); audited
        ``enrollment.promotion_told``."""
        untold = session.scalars(
            select(Enrollment).where(
                Enrollment.resident_id == resident_id,
                Enrollment.status == EnrollmentStatus.ENROLLED,
                Enrollment.promoted_at.is_not(None),
                Enrollment.promotion_seen_at.is_(None),
            )
        ).all()
        for enrollment in untold:
            enrollment.promotion_seen_at = at
        if untold:
            session.flush()
            audit.record(
                session, "enrollment.promotion_told", at=at, actor=actor, entity_type="resident",
                entity_id=resident_id, details={"enrollment_ids": [e.id for e in untold], "visit_id": visit_id},
            )  # fmt: skip
        return [e.id for e in untold]


__all__ = ["CLASS_SOURCE", "CLASS_WAITLIST_SOURCE", "ClassAgenda", "EnrollmentNews"]
