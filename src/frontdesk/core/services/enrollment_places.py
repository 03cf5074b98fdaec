"""报名名额 A course's places and its waiting list (候补), as functions that run inside a write transaction.

A course holds ``capacity`` places, companions included: an enrollment of a resident with two companions takes three.
The waiting list is served in order of joining (``joined_at``, then the row's id): when places free, the first
waiting party that fits moves up, then the next that fits, while places remain — a party too big for what is free
keeps its turn for the next place that frees, and a smaller party behind it is not kept waiting by it.

The counts are read in the same transaction that writes (SQLite ``BEGIN IMMEDIATE``, PostgreSQL SERIALIZABLE, see
:class:`frontdesk.core.db.Database`), so two desks enrolling into the last place cannot both get it. The course
service calls :func:`promote_waiting` too when a course's capacity grows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor
from frontdesk.core.models import Course, Enrollment, EnrollmentStatus, Resident


@dataclass(frozen=True)
class Promoted:
    """A party moved up from the waiting list (候补转正)."""

    enrollment_id: int
    resident_id: int
    name: str
    companions: int


def places_taken(session: Session, course_id: int) -> int:
    """Places held by the course's enrolled residents and their companions."""
    return int(
        session.scalar(
            select(func.coalesce(func.sum(1 + Enrollment.companions), 0)).where(
                Enrollment.course_id == course_id, Enrollment.status == EnrollmentStatus.ENROLLED
            )
        )
        or 0
    )


def waiting_in_order(session: Session, course_id: int) -> list[Enrollment]:
    """The course's waiting list, first come first."""
    return list(
        session.scalars(
            select(Enrollment)
            .where(Enrollment.course_id == course_id, Enrollment.status == EnrollmentStatus.WAITING)
            .order_by(Enrollment.joined_at, Enrollment.id)
        )
    )


def waiting_position(session: Session, enrollment: Enrollment) -> int:
    """1 for the first on the waiting list."""
    ids = [e.id for e in waiting_in_order(session, enrollment.course_id)]
    return ids.index(enrollment.id) + 1


def promote_waiting(session: Session, course: Course, *, now: datetime, actor: Actor) -> list[Promoted]:
    """Move the waiting list up into the course's free places (the rule in the module's docstring): each moved row
    becomes enrolled with ``promoted_at`` (shown on the resident's card at their next check-in), audited
    ``enrollment.promote``. Returns who moved up, in order."""
    free = course.capacity - places_taken(session, course.id)
    moved: list[Enrollment] = []
    for waiting in waiting_in_order(session, course.id):
        if free <= 0:
            break
        party = 1 + waiting.companions
        if party > free:
            continue
        waiting.status = EnrollmentStatus.ENROLLED
        waiting.enrolled_at = now
        waiting.promoted_at = now
        waiting.promotion_seen_at = None
        free -= party
        moved.append(waiting)
    if not moved:
        return []
    session.flush()
    names = dict(
        session.execute(select(Resident.id, Resident.name).where(Resident.id.in_([e.resident_id for e in moved]))).all()
    )
    for enrollment in moved:
        audit.record(
            session, "enrollment.promote", at=now, actor=actor, entity_type="resident",
            entity_id=enrollment.resident_id,
            details={"enrollment_id": enrollment.id, "course_id": course.id, "companions": enrollment.companions},
        )  # fmt: skip
    return [Promoted(e.id, e.resident_id, names.get(e.resident_id, ""), e.companions) for e in moved]


__all__ = ["Promoted", "places_taken", "promote_waiting", "waiting_in_order", "waiting_position"]
