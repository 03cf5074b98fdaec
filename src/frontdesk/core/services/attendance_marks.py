"""出勤 Ticking a resident present at a class session, shared by the roster, the door scan and check-in (each writes its
own audit entry: ``attendance.mark``, ``attendance.scan``, ``attendance.checkin``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core.access import Actor
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Attendance, AttendanceSource, ClassSession, Enrollment, SessionStatus

MAX_COMPANIONS = 9  # the attendance table's own limit


def session_for_marking(session: Session, session_id: int) -> ClassSession:
    """The session, refused when unknown or cancelled (nobody attends a cancelled class)."""
    class_session = session.get(ClassSession, session_id)
    if class_session is None:
        raise RuleViolation("session_not_found")
    if class_session.status == SessionStatus.CANCELLED:
        raise RuleViolation("session_cancelled", {"day": class_session.day, "reason": class_session.cancel_reason})
    return class_session


def attendance_of(session: Session, session_id: int, resident_id: int) -> Attendance | None:
    return session.scalar(
        select(Attendance).where(Attendance.session_id == session_id, Attendance.resident_id == resident_id)
    )


def tick(
    session: Session, class_session: ClassSession, resident_id: int, *, enrollment: Enrollment | None,
    source: AttendanceSource, at: datetime, actor: Actor, companions: int | None = None, visit_id: int | None = None,
) -> Attendance:  # fmt: skip
    """The resident present (with ``companions``, else the enrollment's); an existing tick is kept and returned."""
    existing = attendance_of(session, class_session.id, resident_id)
    if existing is not None:
        return existing
    count = companions if companions is not None else (enrollment.companions if enrollment is not None else 0)
    if not 0 <= count <= MAX_COMPANIONS:
        raise RuleViolation("companions_out_of_range", {"max": MAX_COMPANIONS})
    attendance = Attendance(
        session_id=class_session.id, resident_id=resident_id,
        enrollment_id=enrollment.id if enrollment is not None else None, source=source, companions=count,
        visit_id=visit_id, marked_at=at, staff_id=actor.audit_staff_id,
    )  # fmt: skip
    session.add(attendance)
    session.flush()
    return attendance


def present_count(session: Session, session_id: int) -> tuple[int, int]:
    """(residents, people with companions) present at the session."""
    residents, people = session.execute(
        select(func.count(), func.coalesce(func.sum(1 + Attendance.companions), 0)).where(
            Attendance.session_id == session_id
        )
    ).one()
    return int(residents), int(people)


__all__ = ["attendance_of", "present_count", "session_for_marking", "tick"]
