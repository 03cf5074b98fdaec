"""报名与出勤 Enrolling residents in courses and events, the waiting list (候补), and attendance (出勤): the roster
ticked on screen, cards scanned at the door, the guests who need help, and attendance rates.

Every place is counted inside the write transaction (:mod:`frontdesk.core.services.enrollment_places`), so a course
never holds more than its capacity, companions included, however many desks enroll at once. Places freed (a
withdrawal, fewer companions) move the waiting list up in order of joining.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    AttendanceSource,
    ClassSession,
    Course,
    CourseCategory,
    CourseKind,
    Enrollment,
    EnrollmentStatus,
    Resident,
    TrainingOutcome,
)
from frontdesk.core.services.attendance_marks import attendance_of, present_count, session_for_marking, tick
from frontdesk.core.services.attendance_rates import CourseRates, ResidentRate, course_rates_of, resident_rates_of
from frontdesk.core.services.enrollment_offer import OpenCourse, open_courses
from frontdesk.core.services.enrollment_places import (
    Promoted,
    places_taken,
    promote_waiting,
    waiting_position,
)
from frontdesk.core.services.enrollment_rows import (
    EnrollmentRow,
    HelpRow,
    Roster,
    TimetableRow,
    course_list,
    enrollment_rows,
    help_rows,
    roster_of,
    timetable_rows,
)

log = logging.getLogger(__name__)

REASON_MAX = 100
EMPLOYER_MAX = 80


@dataclass(frozen=True)
class EnrollResult:
    enrollment_id: int
    course_id: int
    title: str
    resident_id: int
    name: str
    status: EnrollmentStatus  # ENROLLED, or WAITING (候补)
    companions: int
    position: int | None  # on the waiting list; None when enrolled
    taken: int  # places taken now, companions included
    capacity: int


@dataclass(frozen=True)
class WithdrawResult:
    enrollment_id: int
    course_id: int
    resident_id: int
    promoted: tuple[Promoted, ...]  # who moved up into the freed places, in order
    free: int  # places still free after


class DoorScan(enum.StrEnum):
    PRESENT = "present"  # ticked now
    ALREADY = "already"  # ticked before: nothing changed
    NOT_ENROLLED = "not_enrolled"  # not on the list (said in words); an event with room may let them in
    ADMITTED = "admitted"  # not on the list, let in at the door: enrolled and ticked at once


@dataclass(frozen=True)
class DoorScanResult:
    status: DoorScan
    session_id: int
    resident_id: int
    name: str
    companions: int  # counted with them at the door
    present: int  # residents present now
    people: int  # residents and companions present now
    capacity: int
    waiting: bool = False  # NOT_ENROLLED: on the waiting list
    may_admit: bool = False  # NOT_ENROLLED at an event with a free place for them


class EnrollmentService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    # -- enrolling ---------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def enroll(
        self, course_id: int, resident_id: int, *, companions: int = 0, waitlist: bool = False, actor: Actor
    ) -> EnrollResult:
        """报名 with ``companions`` (+N places). When the party does not fit, refused ``course_full`` — unless
        ``waitlist``, when the resident joins the waiting list (候补) at its end. A withdrawn enrollment is taken up
        again (one row per course and resident)."""
        now = self._now()

        def work(session: Session) -> EnrollResult:
            course = _active_course(session, course_id)
            resident = _enrollable_resident(session, resident_id)
            _check_companions(course, companions)
            enrollment = _enroll_in(session, course, resident, companions, waitlist=waitlist, now=now, actor=actor)
            return _result(session, course, resident, enrollment)

        result = self._db.run_write(work)
        log.info("enrollment=%s course=%s status=%s", result.enrollment_id, course_id, result.status)
        return result

    @guarded(Permission.FRONT_DESK)
    def withdraw(self, enrollment_id: int, reason: str, *, actor: Actor) -> WithdrawResult:
        """退出 (or off the waiting list), with a reason. The places freed move the waiting list up in order of
        joining: the first waiting party that fits moves up, then the next that fits, while places remain; each
        moved-up place is shown on that resident's card at their next check-in."""
        reason = (reason or "").strip()
        if not reason:
            raise RuleViolation("reason_required")
        if len(reason) > REASON_MAX:
            raise RuleViolation("reason_too_long", {"max": REASON_MAX})
        now = self._now()

        def work(session: Session) -> WithdrawResult:
            enrollment = _enrollment(session, enrollment_id)
            if enrollment.status == EnrollmentStatus.WITHDRAWN:
                raise RuleViolation("already_withdrawn")
            was = EnrollmentStatus(enrollment.status)
            enrollment.status = EnrollmentStatus.WITHDRAWN
            enrollment.withdrawn_at = now
            enrollment.withdraw_reason = reason
            enrollment.staff_id = actor.audit_staff_id
            session.flush()
            audit.record(
                session, "enrollment.withdraw", at=now, actor=actor, entity_type="resident",
                entity_id=enrollment.resident_id,
                details={"enrollment_id": enrollment.id, "course_id": enrollment.course_id, "from": str(was),
                         "reason": reason},
            )  # fmt: skip
            course = session.get(Course, enrollment.course_id)
            assert course is not None
            freed = was == EnrollmentStatus.ENROLLED
            promoted = promote_waiting(session, course, now=now, actor=actor) if freed else []
            free = course.capacity - places_taken(session, course.id)
            return WithdrawResult(enrollment.id, course.id, enrollment.resident_id, tuple(promoted), free)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def set_companions(self, enrollment_id: int, companions: int, *, actor: Actor) -> WithdrawResult:
        """+N places for an enrollment (or a waiting party). More must fit in the free places (``course_full``);
        fewer free places that move the waiting list up, as :meth:`withdraw` does."""
        now = self._now()

        def work(session: Session) -> WithdrawResult:
            enrollment = _enrollment(session, enrollment_id)
            if enrollment.status == EnrollmentStatus.WITHDRAWN:
                raise RuleViolation("already_withdrawn")
            course = session.get(Course, enrollment.course_id)
            assert course is not None
            _check_companions(course, companions)
            before = enrollment.companions
            if companions == before:
                return WithdrawResult(enrollment.id, course.id, enrollment.resident_id, (),
                                      course.capacity - places_taken(session, course.id))  # fmt: skip
            if enrollment.status == EnrollmentStatus.ENROLLED and companions > before:
                free = course.capacity - places_taken(session, course.id)
                if companions - before > free:
                    raise _full(session, course, free)
            enrollment.companions = companions
            session.flush()
            audit.record(
                session, "enrollment.companions", at=now, actor=actor, entity_type="resident",
                entity_id=enrollment.resident_id,
                details={"enrollment_id": enrollment.id, "course_id": course.id, "companions": [before, companions]},
            )  # fmt: skip
            promoted = promote_waiting(session, course, now=now, actor=actor) if companions < before else []
            free = course.capacity - places_taken(session, course.id)
            return WithdrawResult(enrollment.id, course.id, enrollment.resident_id, tuple(promoted), free)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def set_outcome(
        self, enrollment_id: int, outcome: TrainingOutcome, *, employer: str | None = None,
        employed_on: date | None = None, actor: Actor,
    ) -> EnrollmentRow:  # fmt: skip
        """职业技能培训: 结业, or 已就业 with the employer (and the day they started). Vocational courses only."""
        outcome = TrainingOutcome(outcome)
        employer = (employer or "").strip() or None
        if outcome == TrainingOutcome.EMPLOYED and employer is None:
            raise RuleViolation("employer_required")
        if employer is not None and len(employer) > EMPLOYER_MAX:
            raise RuleViolation("employer_too_long", {"max": EMPLOYER_MAX})
        now = self._now()
        if outcome != TrainingOutcome.EMPLOYED:
            employer, employed_on = None, None
        elif employed_on is not None and employed_on > now.date():
            raise RuleViolation("employed_in_future")

        def work(session: Session) -> EnrollmentRow:
            enrollment = _enrollment(session, enrollment_id)
            course = session.get(Course, enrollment.course_id)
            assert course is not None
            if course.category != CourseCategory.VOCATIONAL:
                raise RuleViolation("not_vocational", {"title": course.title})
            if enrollment.enrolled_at is None:
                raise RuleViolation("never_enrolled")
            before = str(enrollment.outcome)
            enrollment.outcome = outcome
            enrollment.employer = employer
            enrollment.employed_on = employed_on
            session.flush()
            audit.record(
                session, "enrollment.outcome", at=now, actor=actor, entity_type="resident",
                entity_id=enrollment.resident_id,
                details={"enrollment_id": enrollment.id, "course_id": course.id, "outcome": [before, str(outcome)],
                         "employer": employer, "employed_on": employed_on.isoformat() if employed_on else None},
            )  # fmt: skip
            return enrollment_rows(session, [enrollment])[0]

        return self._db.run_write(work)

    # -- reading -----------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def open_courses(self, resident_id: int, *, actor: Actor) -> list[OpenCourse]:
        """可报名: this term's and coming courses and the events still to come, with free places, the waiting list and
        the resident's own standing in each."""
        with self._db.read() as session:
            return open_courses(session, resident_id, self._now().date())

    @guarded(Permission.FRONT_DESK)
    def of_course(self, course_id: int, *, actor: Actor) -> list[EnrollmentRow]:
        """The enrolled by name, then the waiting list in order (with each one's position)."""
        with self._db.read() as session:
            return course_list(session, course_id)

    @guarded(Permission.FRONT_DESK)
    def of_resident(self, resident_id: int, *, actor: Actor) -> list[EnrollmentRow]:
        """The resident's enrollments, waiting and withdrawn ones too, newest first."""
        with self._db.read() as session:
            enrollments = session.scalars(
                select(Enrollment)
                .where(Enrollment.resident_id == resident_id)
                .order_by(Enrollment.joined_at.desc(), Enrollment.id.desc())
            ).all()
            return enrollment_rows(session, enrollments)

    @guarded(Permission.FRONT_DESK)
    def timetable(self, resident_id: int, first: date, last: date, *, actor: Actor) -> list[TimetableRow]:
        """课表: the sessions from ``first`` to ``last`` of the courses the resident is enrolled in, cancelled ones
        marked."""
        with self._db.read() as session:
            return timetable_rows(session, resident_id, first, last)

    # -- attendance --------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def roster(self, session_id: int, *, actor: Actor) -> Roster:
        """花名册 of a session: the enrolled (present or not, who marked them) and the guests present."""
        with self._db.read() as session:
            return roster_of(session, session_id)

    @guarded(Permission.FRONT_DESK)
    def mark(
        self, session_id: int, resident_id: int, present: bool, *, actor: Actor, companions: int | None = None
    ) -> Roster:
        """Tick (or untick) a resident on the roster. A resident not enrolled may be ticked as a guest (a trial
        class); a session in the future cannot be ticked."""
        now = self._now()

        def work(session: Session) -> Roster:
            class_session = session_for_marking(session, session_id)
            if class_session.day > now.date():
                raise RuleViolation("session_not_yet", {"day": class_session.day})
            existing = attendance_of(session, session_id, resident_id)
            if present:
                resident = session.get(Resident, resident_id)
                if resident is None:
                    raise RuleViolation("resident_not_found")
                if existing is not None and (companions is None or companions == existing.companions):
                    return roster_of(session, session_id)
                if existing is not None:
                    existing.companions = _companions(companions)
                else:
                    tick(session, class_session, resident_id, enrollment=_enrolled(session, class_session, resident_id),
                         source=AttendanceSource.ROSTER, at=now, actor=actor, companions=companions)  # fmt: skip
                action = "attendance.mark"
            else:
                if existing is None:
                    return roster_of(session, session_id)
                session.delete(existing)
                action = "attendance.unmark"
            session.flush()
            audit.record(
                session, action, at=now, actor=actor, entity_type="resident", entity_id=resident_id,
                details={"session_id": session_id, "course_id": class_session.course_id,
                         "companions": companions},
            )  # fmt: skip
            return roster_of(session, session_id)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def door_scan(
        self, session_id: int, resident_id: int, *, companions: int | None = None, admit: bool = False, actor: Actor
    ) -> DoorScanResult:
        """One card scanned at the door of today's session (the desk resolves the code to a resident first).
        PRESENT: ticked now; ALREADY: ticked before; NOT_ENROLLED: not on the list (``may_admit`` when the session
        is an event with a free place); with ``admit`` such a guest is enrolled and ticked at once (ADMITTED).
        Refused ``session_not_today`` or ``session_cancelled``."""
        now = self._now()

        def work(session: Session) -> DoorScanResult:
            class_session = session_for_marking(session, session_id)
            if class_session.day != now.date():
                raise RuleViolation("session_not_today", {"day": class_session.day})
            course = session.get(Course, class_session.course_id)
            assert course is not None
            resident = session.get(Resident, resident_id)
            if resident is None:
                raise RuleViolation("resident_not_found")
            existing = attendance_of(session, session_id, resident_id)
            if existing is not None:
                return _scan(session, DoorScan.ALREADY, class_session, course, resident, companions=existing.companions)
            enrollment = _enrolled(session, class_session, resident_id)
            status = DoorScan.PRESENT
            if enrollment is None:
                party = 1 + (companions or 0)
                may_admit = (
                    course.kind == CourseKind.EVENT and course.active and resident.archived_at is None
                    and (companions or 0) <= course.max_companions
                    and party <= course.capacity - places_taken(session, course.id)
                )  # fmt: skip
                if not (admit and may_admit):
                    if admit:
                        raise _full(session, course, course.capacity - places_taken(session, course.id))
                    waiting = _row(session, course.id, resident_id)
                    return _scan(session, DoorScan.NOT_ENROLLED, class_session, course, resident, companions=0,
                                 waiting=waiting is not None and waiting.status == EnrollmentStatus.WAITING,
                                 may_admit=may_admit)  # fmt: skip
                enrollment = _enroll_in(session, course, resident, companions or 0, waitlist=False, now=now,
                                        actor=actor)  # fmt: skip
                status = DoorScan.ADMITTED
            attendance = tick(session, class_session, resident_id, enrollment=enrollment, source=AttendanceSource.SCAN,
                              at=now, actor=actor, companions=companions)  # fmt: skip
            audit.record(
                session, "attendance.scan", at=now, actor=actor, entity_type="resident", entity_id=resident_id,
                details={"session_id": session_id, "course_id": course.id, "companions": attendance.companions,
                         "admitted": status == DoorScan.ADMITTED},
            )  # fmt: skip
            return _scan(session, status, class_session, course, resident, companions=attendance.companions)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def help_list(self, session_id: int, *, actor: Actor) -> list[HelpRow]:
        """The enrolled who may need a hand (a mobility aid, living alone, 80 or older on the day), with their phone
        and emergency contact — no health notes."""
        with self._db.read() as session:
            return help_rows(session, session_id)

    @guarded(Permission.FRONT_DESK)
    def course_rates(self, course_id: int, *, actor: Actor) -> CourseRates:
        with self._db.read() as session:
            return course_rates_of(session, course_id, self._now())

    @guarded(Permission.FRONT_DESK)
    def resident_rates(self, resident_id: int, *, actor: Actor) -> list[ResidentRate]:
        with self._db.read() as session:
            return resident_rates_of(session, resident_id, self._now())


# -- inside the transaction ----------------------------------------------------------------------------------------


def _active_course(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise RuleViolation("course_not_found")
    if not course.active:
        raise RuleViolation("course_inactive", {"title": course.title})
    return course


def _enrollable_resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise RuleViolation("resident_not_found")
    if resident.archived_at is not None:
        raise RuleViolation("resident_archived", {"name": resident.name})
    return resident


def _check_companions(course: Course, companions: int) -> None:
    if not 0 <= companions <= course.max_companions:
        raise RuleViolation("too_many_companions", {"max": course.max_companions, "title": course.title})


def _companions(companions: int | None) -> int:
    count = companions or 0
    if not 0 <= count <= 9:
        raise RuleViolation("companions_out_of_range", {"max": 9})
    return count


def _enrollment(session: Session, enrollment_id: int) -> Enrollment:
    enrollment = session.get(Enrollment, enrollment_id)
    if enrollment is None:
        raise RuleViolation("enrollment_not_found")
    return enrollment


def _row(session: Session, course_id: int, resident_id: int) -> Enrollment | None:
    return session.scalar(
        select(Enrollment).where(Enrollment.course_id == course_id, Enrollment.resident_id == resident_id)
    )


def _enrolled(session: Session, class_session: ClassSession, resident_id: int) -> Enrollment | None:
    row = _row(session, class_session.course_id, resident_id)
    return row if row is not None and row.status == EnrollmentStatus.ENROLLED else None


def _waiting_count(session: Session, course_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(Enrollment.course_id == course_id, Enrollment.status == EnrollmentStatus.WAITING)
        )
        or 0
    )


def _full(session: Session, course: Course, free: int) -> RuleViolation:
    return RuleViolation(
        "course_full",
        {"title": course.title, "capacity": course.capacity, "free": max(0, free),
         "waiting": _waiting_count(session, course.id)},
    )  # fmt: skip


def _enroll_in(
    session: Session, course: Course, resident: Resident, companions: int, *, waitlist: bool, now: datetime,
    actor: Actor,
) -> Enrollment:  # fmt: skip
    """The resident's party into the course's free places, or onto the waiting list; audited."""
    enrollment = _row(session, course.id, resident.id)
    if enrollment is not None and enrollment.status == EnrollmentStatus.ENROLLED:
        raise RuleViolation("already_enrolled", {"title": course.title, "name": resident.name})
    if enrollment is not None and enrollment.status == EnrollmentStatus.WAITING:
        raise RuleViolation("already_waiting", {"title": course.title, "name": resident.name,
                                                "position": waiting_position(session, enrollment)})  # fmt: skip
    promote_waiting(session, course, now=now, actor=actor)  # places freed by a larger capacity go to those waiting
    free = course.capacity - places_taken(session, course.id)
    fits = 1 + companions <= free  # after the promotion no waiting party fits: a newcomer who does jumps no one
    if not fits and not waitlist:
        raise _full(session, course, free)
    status = EnrollmentStatus.ENROLLED if fits else EnrollmentStatus.WAITING
    if enrollment is None:
        enrollment = Enrollment(course_id=course.id, resident_id=resident.id)
        session.add(enrollment)
    enrollment.status = status
    enrollment.companions = companions
    enrollment.joined_at = now
    enrollment.enrolled_at = now if fits else None
    enrollment.promoted_at = None
    enrollment.promotion_seen_at = None
    enrollment.withdrawn_at = None
    enrollment.withdraw_reason = None
    enrollment.outcome = TrainingOutcome.NONE
    enrollment.employer = None
    enrollment.employed_on = None
    enrollment.staff_id = actor.audit_staff_id
    session.flush()
    audit.record(
        session, "enrollment.enroll" if fits else "enrollment.wait", at=now, actor=actor, entity_type="resident",
        entity_id=resident.id,
        details={"enrollment_id": enrollment.id, "course_id": course.id, "companions": companions},
    )  # fmt: skip
    return enrollment


def _result(session: Session, course: Course, resident: Resident, enrollment: Enrollment) -> EnrollResult:
    waiting = enrollment.status == EnrollmentStatus.WAITING
    return EnrollResult(
        enrollment.id, course.id, course.title, resident.id, resident.name, EnrollmentStatus(enrollment.status),
        enrollment.companions, waiting_position(session, enrollment) if waiting else None,
        places_taken(session, course.id), course.capacity,
    )  # fmt: skip


def _scan(
    session: Session, status: DoorScan, class_session: ClassSession, course: Course, resident: Resident, *,
    companions: int, waiting: bool = False, may_admit: bool = False,
) -> DoorScanResult:  # fmt: skip
    present, people = present_count(session, class_session.id)
    return DoorScanResult(status, class_session.id, resident.id, resident.name, companions, present, people,
                          course.capacity, waiting, may_admit)  # fmt: skip


__all__ = ["DoorScan", "DoorScanResult", "EnrollResult", "EnrollmentService", "WithdrawResult"]
