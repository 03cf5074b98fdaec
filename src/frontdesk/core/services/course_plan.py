"""A course's term planned: the sessions its weekly pattern makes over the term (holidays and closed days skipped,
调休 days only if chosen), each checked against everything else that uses the room or the instructor — and against
the plan's own sessions — in one :func:`~frontdesk.core.services.room_use.clashes_of` call.

Run inside a read for the 检查 list and again inside the write transaction that saves the course, so what is saved
was checked against what is there at commit. Only sessions still to come are planned: past ones are history.
Editing a course re-plans its future sessions that nobody attended yet; those attended, cancelled (the residents
were called) or added by hand (加课) are kept, and the plan leaves their days alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Attendance, ClassSession, Course, PartnerPerson, Room, SessionStatus, Term
from frontdesk.core.scheduling.term_days import Meeting, term_days
from frontdesk.core.services.appointments import center_overrides
from frontdesk.core.services.course_records import (
    CourseDraft,
    CoursePlan,
    PlanClash,
    PlannedSession,
    SessionRow,
    SkippedSession,
)
from frontdesk.core.services.room_use import DAY_CLOSES, DAY_OPENS, SESSION, Clash, Use, busy_params, clashes_of


@dataclass(frozen=True)
class PlanRead:
    plan: CoursePlan
    uses: tuple[Use, ...]  # one per planned session, in the plan's order
    replaced: tuple[int, ...]  # ids of the course's sessions the plan replaces


def session_rows(session: Session, sessions: list[ClassSession]) -> list[SessionRow]:
    """Sessions as rows, with their room and instructor names and how many were marked present (two queries)."""
    if not sessions:
        return []
    ids = [cs.id for cs in sessions]
    attended = dict(
        session.execute(
            select(Attendance.session_id, func.count()).where(Attendance.session_id.in_(ids))
            .group_by(Attendance.session_id)
        ).all()
    )  # fmt: skip
    rooms = dict(session.execute(select(Room.id, Room.name).where(Room.id.in_({cs.room_id for cs in sessions}))).all())
    people_ids = {cs.instructor_id for cs in sessions if cs.instructor_id is not None}
    people = (
        dict(
            session.execute(select(PartnerPerson.id, PartnerPerson.name).where(PartnerPerson.id.in_(people_ids))).all()
        )
        if people_ids
        else {}
    )
    return [
        SessionRow(cs.id, cs.course_id, cs.day, cs.starts_at, cs.ends_at, cs.room_id, rooms.get(cs.room_id, ""),
                   cs.instructor_id, people.get(cs.instructor_id, "") if cs.instructor_id else "", cs.status,
                   cs.cancel_reason, cs.added, cs.moved_from, cs.note, int(attended.get(cs.id, 0)))
        for cs in sessions
    ]  # fmt: skip


def read_plan(session: Session, draft: CourseDraft, *, now: datetime) -> PlanRead:
    """The plan of a cleaned draft (see :func:`frontdesk.core.services.courses.validate_draft`)."""
    term = session.get(Term, draft.term_id) if draft.term_id is not None else None
    if term is None:
        raise RuleViolation("term_not_found", {"field": "term"})
    room = session.get(Room, draft.room_id) if draft.room_id is not None else None
    if room is None:
        raise RuleViolation("room_not_found", {"field": "room"})
    instructor = session.get(PartnerPerson, draft.instructor_id) if draft.instructor_id is not None else None
    if draft.instructor_id is not None and instructor is None:
        raise RuleViolation("person_not_found", {"field": "instructor"})

    kept: list[SessionRow] = []
    replaced: list[int] = []
    if draft.course_id is not None:
        existing = list(
            session.scalars(
                select(ClassSession).where(ClassSession.course_id == draft.course_id).order_by(ClassSession.starts_at)
            )
        )
        for row in session_rows(session, existing):
            future = row.starts_at > now
            if future and not row.attended and not row.added and row.status == SessionStatus.SCHEDULED:
                replaced.append(row.session_id)
            else:
                kept.append(row)
    kept_days = {row.day for row in kept if row.starts_at > now}

    meetings = [Meeting(p.weekday, p.starts, p.ends) for p in draft.patterns]
    days = term_days(term.first_day, term.last_day, meetings,
                     overrides=center_overrides(session, term.first_day, term.last_day),
                     on_makeup_days=draft.on_makeup_days)  # fmt: skip
    planned = [d for d in days.planned if d.starts_at > now and d.day not in kept_days]
    ignore = frozenset((SESSION, session_id) for session_id in replaced)
    uses = tuple(
        Use(room.id, d.starts_at, d.ends_at, draft.setup_min, draft.cleanup_min, draft.instructor_id, ignore)
        for d in planned
    )
    found = clashes_of(session, uses, need=draft.capacity)
    teacher = instructor.name if instructor is not None else ""
    sessions = tuple(
        PlannedSession(index, d.starts_at, d.ends_at, room.id, d.makeup,
                       tuple(plan_clash(use, clash, room, teacher, draft.capacity) for clash in clashes))
        for index, (d, use, clashes) in enumerate(zip(planned, uses, found, strict=True))
    )  # fmt: skip
    skipped = tuple(
        SkippedSession(s.day, s.starts_at, str(s.reason), s.holiday) for s in days.skipped if s.starts_at > now
    )
    plan = CoursePlan(sessions, skipped, days.unpublished_years, tuple(kept), len(replaced))
    return PlanRead(plan, uses, tuple(replaced))


def plan_clash(use: Use, clash: Clash, room: Room, instructor: str, need: int) -> PlanClash:
    """A clash with the words' values (what, when, who); no alternatives: a term's list would look for them for
    every session, and the refusal to save offers them for the first."""
    params: dict[str, object] = {
        "room": room.name,
        "starts_at": use.starts_at,
        "ends_at": use.ends_at,
        "capacity": room.capacity,
        "opens": room.opens or DAY_OPENS,
        "closes": room.closes or DAY_CLOSES,
        "need": need,
    }
    if clash.other is not None:
        params |= busy_params(clash.other)
    if clash.code == "instructor_busy":
        params["instructor"] = instructor
    return PlanClash(clash.code, params, clash.planned)


def course_of(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise RuleViolation("course_not_found")
    return course
