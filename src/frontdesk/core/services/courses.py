"""课程 Terms, courses and their sessions: a term's courses planned from their weekly pattern and checked before they
are saved (all or nothing), single sessions moved (调课), cancelled (停课, with the list of residents to call) or
added (加课), and events (活动: a course of one session).

Managers set up terms and courses (Permission.SETTINGS); the desk moves, cancels and adds sessions and organises
events (FRONT_DESK). Every placement is checked inside its write transaction (see
:mod:`frontdesk.core.services.room_use`). Bad input is refused with a :class:`RuleViolation` naming its field.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime, time

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    ClassSession,
    Course,
    CourseCategory,
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
from frontdesk.core.services.center_settings import CenterSettings
from frontdesk.core.services.course_plan import course_of, read_plan, session_rows
from frontdesk.core.services.course_records import (
    CallList,
    CallRow,
    Choice,
    CourseChoices,
    CourseDetail,
    CourseDraft,
    CoursePlan,
    CourseRow,
    EventDraft,
    PatternInput,
    TermInput,
    TermRow,
)
from frontdesk.core.services.room_use import Clash, Use, clash_params, move_session_in, refuse_clash, use_of_session
from frontdesk.core.validation import clean_field

TERM_NAME_MAX = 40
TITLE_MAX = 60
TARGET_MAX = 60
DESCRIPTION_MAX = 2000
REASON_MAX = 100
CAPACITY_MAX = 999
FEE_MAX_CENTS = 10_000_000
PREP_MAX = 240
COMPANIONS_MAX = 9
# A changed one of these re-plans the future sessions; the others just change.
_SCHEDULE = ("term_id", "room_id", "instructor_id", "patterns", "setup_min", "cleanup_min", "on_makeup_days")
_PLAIN = ("title", "category", "capacity", "fee_cents", "max_companions", "target_group", "description", "active")


# -- checking input -------------------------------------------------------------------------------------------------


def _text(field: str, value: str, most: int, *, required: bool = False, multiline: bool = False) -> str:
    text = clean_field(value, multiline=multiline)
    if required and not text:
        raise RuleViolation("required", {"field": field})
    if len(text) > most:
        raise RuleViolation("too_long", {"field": field, "max": most})
    return text


def _whole(field: str, value: int, least: int, most: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not least <= value <= most:
        raise RuleViolation("out_of_range", {"field": field, "min": least, "max": most})
    return value


def validate_term(data: TermInput) -> TermInput:
    name = _text("name", data.name, TERM_NAME_MAX, required=True)
    if data.first_day is None:
        raise RuleViolation("required", {"field": "first_day"})
    if data.last_day is None:
        raise RuleViolation("required", {"field": "last_day"})
    if data.last_day < data.first_day:
        raise RuleViolation("last_before_first", {"field": "last_day"})
    return replace(data, name=name)


def validate_draft(data: CourseDraft) -> CourseDraft:
    """The draft cleaned (patterns sorted, duplicates dropped), or the first problem in the form's order."""
    title = _text("title", data.title, TITLE_MAX, required=True)
    if data.category not in {c.value for c in CourseCategory}:
        raise RuleViolation("invalid_choice", {"field": "category"})
    if data.term_id is None:
        raise RuleViolation("required", {"field": "term"})
    if data.room_id is None:
        raise RuleViolation("required", {"field": "room"})
    capacity = _whole("capacity", data.capacity, 1, CAPACITY_MAX)
    if not data.patterns:
        raise RuleViolation("no_meetings", {"field": "patterns"})
    for index, p in enumerate(data.patterns):
        if not 0 <= p.weekday <= 6:
            raise RuleViolation("invalid_choice", {"field": "patterns", "row": index})
        if p.ends <= p.starts:
            raise RuleViolation("ends_before_starts", {"field": "patterns", "row": index})
    patterns = tuple(sorted(set(data.patterns)))
    return replace(
        data, title=title, capacity=capacity, patterns=patterns,
        fee_cents=_whole("fee", data.fee_cents, 0, FEE_MAX_CENTS),
        max_companions=_whole("max_companions", data.max_companions, 0, COMPANIONS_MAX),
        target_group=_text("target_group", data.target_group, TARGET_MAX),
        description=_text("description", data.description, DESCRIPTION_MAX, multiline=True),
        setup_min=_whole("setup_min", data.setup_min, 0, PREP_MAX),
        cleanup_min=_whole("cleanup_min", data.cleanup_min, 0, PREP_MAX),
        on_makeup_days=bool(data.on_makeup_days), active=bool(data.active),
    )  # fmt: skip


def validate_event(data: EventDraft) -> EventDraft:
    title = _text("title", data.title, TITLE_MAX, required=True)
    if data.category not in {c.value for c in CourseCategory}:
        raise RuleViolation("invalid_choice", {"field": "category"})
    if data.room_id is None:
        raise RuleViolation("required", {"field": "room"})
    if data.day is None:
        raise RuleViolation("required", {"field": "day"})
    if data.starts is None:
        raise RuleViolation("required", {"field": "starts"})
    if data.ends is None or data.ends <= data.starts:
        raise RuleViolation("ends_before_starts", {"field": "ends"})
    return replace(
        data, title=title, capacity=_whole("capacity", data.capacity, 1, CAPACITY_MAX),
        max_companions=_whole("max_companions", data.max_companions, 0, COMPANIONS_MAX),
        fee_cents=_whole("fee", data.fee_cents, 0, FEE_MAX_CENTS),
        setup_min=_whole("setup_min", data.setup_min, 0, PREP_MAX),
        cleanup_min=_whole("cleanup_min", data.cleanup_min, 0, PREP_MAX),
        target_group=_text("target_group", data.target_group, TARGET_MAX),
        description=_text("description", data.description, DESCRIPTION_MAX, multiline=True),
    )  # fmt: skip


def _reason(text: str) -> str:
    return _text("reason", text, REASON_MAX, required=True)


# -- the service ----------------------------------------------------------------------------------------------------


class CourseService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._settings = CenterSettings(db, clock)

    # -- terms ----------------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def terms(self, *, actor: Actor) -> list[TermRow]:
        """Every term, the latest first."""
        with self._db.read() as session:
            counts = dict(
                session.execute(
                    select(Course.term_id, func.count()).where(Course.active.is_(True), Course.term_id.is_not(None))
                    .group_by(Course.term_id)
                ).all()
            )  # fmt: skip
            terms = list(session.scalars(select(Term).order_by(Term.first_day.desc(), Term.name)))
        return [TermRow(t.id, t.name, t.first_day, t.last_day, int(counts.get(t.id, 0))) for t in terms]

    @guarded(Permission.SETTINGS)
    def save_term(self, data: TermInput, *, actor: Actor) -> int:
        """A new term, or ``data.term_id``'s name and days changed (its courses' sessions stay as they are)."""
        clean = validate_term(data)
        now = self._now()

        def work(session: Session) -> int:
            taken = select(Term.id).where(Term.name == clean.name)
            if clean.term_id is not None:
                taken = taken.where(Term.id != clean.term_id)
            if session.scalar(taken) is not None:
                raise RuleViolation("term_name_taken", {"field": "name", "name": clean.name})
            if clean.term_id is None:
                term = Term(name=clean.name, first_day=clean.first_day, last_day=clean.last_day, created_at=now,
                            updated_at=now)  # fmt: skip
                session.add(term)
            else:
                term = session.get(Term, clean.term_id)
                if term is None:
                    raise RuleViolation("term_not_found")
                term.name, term.first_day, term.last_day, term.updated_at = (
                    clean.name, clean.first_day, clean.last_day, now
                )  # fmt: skip
            session.flush()
            details = {"name": clean.name, "first_day": clean.first_day, "last_day": clean.last_day,
                       "new": clean.term_id is None}  # fmt: skip
            audit.record(session, "term.save", at=now, actor=actor, entity_type="term", entity_id=term.id,
                         details=details)  # fmt: skip
            return term.id

        return self._db.run_write(work)

    # -- courses --------------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def choices(self, *, actor: Actor) -> CourseChoices:
        """The rooms and instructors the course and event forms offer."""
        with self._db.read() as session:
            rooms = session.execute(
                select(Room.id, Room.name, Room.capacity).where(Room.active.is_(True)).order_by(Room.name)
            ).all()
            people = session.execute(
                select(PartnerPerson.id, PartnerPerson.name, Partner.name)
                .join(Partner, Partner.id == PartnerPerson.partner_id)
                .where(PartnerPerson.active.is_(True), Partner.active.is_(True))
                .order_by(Partner.name, PartnerPerson.name, PartnerPerson.id)
            ).all()
        return CourseChoices(
            tuple(Choice(i, name, str(capacity)) for i, name, capacity in rooms),
            tuple(Choice(i, name, partner) for i, name, partner in people),
        )

    @guarded(Permission.FRONT_DESK)
    def courses(self, *, actor: Actor, term_id: int | None = None, include_inactive: bool = False) -> list[CourseRow]:
        """The courses of ``term_id`` (None: every course and event), by title."""
        with self._db.read() as session:
            query = select(Course).order_by(Course.title, Course.id)
            if term_id is not None:
                query = query.where(Course.term_id == term_id)
            if not include_inactive:
                query = query.where(Course.active.is_(True))
            return _course_rows(session, list(session.scalars(query)), self._now())

    @guarded(Permission.FRONT_DESK)
    def course(self, course_id: int, *, actor: Actor) -> CourseDetail:
        with self._db.read() as session:
            course = course_of(session, course_id)
            row = _course_rows(session, [course], self._now())[0]
            sessions = list(
                session.scalars(
                    select(ClassSession).where(ClassSession.course_id == course_id).order_by(ClassSession.starts_at)
                )
            )
            rows = tuple(session_rows(session, sessions))
        draft = CourseDraft(
            row.title, str(course.category), course.term_id, course.room_id, course.instructor_id, course.capacity,
            row.patterns, course.fee_cents, course.max_companions, course.target_group or "", course.description or "",
            course.setup_min, course.cleanup_min, course.on_makeup_days, course.active, course.id,
        )  # fmt: skip
        return CourseDetail(row, draft, rows)

    @guarded(Permission.SETTINGS)
    def plan(self, draft: CourseDraft, *, actor: Actor) -> CoursePlan:
        """检查: the sessions the draft makes over its term, each with its problems (reads only)."""
        clean = validate_draft(draft)
        with self._db.read() as session:
            return read_plan(session, clean, now=self._now()).plan

    @guarded(Permission.SETTINGS)
    def save_course(self, draft: CourseDraft, *, actor: Actor) -> int:
        """A new course with every session of its plan, or an edited one (a changed schedule re-plans its future
        sessions nobody attended yet). Planned again inside the transaction: any problem refuses all of it."""
        clean = validate_draft(draft)
        now = self._now()

        def work(session: Session) -> int:
            course = course_of(session, clean.course_id) if clean.course_id is not None else None
            before = _draft_of(session, course) if course is not None else None
            if course is not None and course.kind != CourseKind.COURSE:
                raise RuleViolation("not_a_course")
            replan = before is None or any(getattr(before, k) != getattr(clean, k) for k in _SCHEDULE)
            if course is not None:
                _capacity_holds(session, course, clean.capacity)
            if not replan:
                room = session.get(Room, clean.room_id)
                if room is not None and clean.capacity > room.capacity:
                    said = {"field": "capacity", "room": room.name, "capacity": room.capacity, "need": clean.capacity}
                    raise RuleViolation("room_too_small", said)
            made = 0
            if replan:
                read = read_plan(session, clean, now=now)
                _refuse_problems(session, read.plan, read.uses, clean.capacity)
            if course is None:
                course = Course(kind=CourseKind.COURSE, created_at=now)
                session.add(course)
            _apply(course, clean, now)
            session.flush()
            if replan:
                _replace_sessions(session, course, clean, read.replaced, read.uses)
                made = len(read.uses)
            changed = _changes(before, clean)
            details = {"title": clean.title, "new": before is None, "changed": changed, "sessions_made": made,
                       "sessions_replaced": len(read.replaced) if replan else 0}  # fmt: skip
            audit.record(session, "course.save", at=now, actor=actor, entity_type="course", entity_id=course.id,
                         details=details)  # fmt: skip
            return course.id

        return self._db.run_write(work)

    # -- sessions -------------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def cancel_session(self, session_id: int, reason: str, *, actor: Actor) -> CallList:
        """停课: the session cancelled with its reason; back come the enrolled residents to call (full phones)."""
        why = _reason(reason)
        now = self._now()
        center = self._settings.center_name()

        def work(session: Session) -> CallList:
            cs = _session_of(session, session_id)
            if cs.status != SessionStatus.SCHEDULED:
                raise RuleViolation("session_cancelled")
            cs.status, cs.cancel_reason, cs.updated_at = SessionStatus.CANCELLED, why, now
            session.flush()
            calls = read_call_list(session, session_id, center_name=center, at=now)
            audit.record(session, "class.session_cancel", at=now, actor=actor, entity_type="course",
                         entity_id=cs.course_id, details={"session_id": cs.id, "starts_at": cs.starts_at,
                                                          "reason": why, "to_call": len(calls.rows)})  # fmt: skip
            return calls

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def restore_session(self, session_id: int, *, actor: Actor) -> None:
        """A cancelled session held after all, if its room and instructor are still free then."""
        now = self._now()

        def work(session: Session) -> None:
            cs = _session_of(session, session_id)
            if cs.status != SessionStatus.CANCELLED:
                raise RuleViolation("session_not_cancelled")
            course = course_of(session, cs.course_id)
            refuse_clash(session, use_of_session(session, cs, course), need=course.capacity)
            reason = cs.cancel_reason
            cs.status, cs.cancel_reason, cs.updated_at = SessionStatus.SCHEDULED, None, now
            session.flush()
            audit.record(session, "class.session_restore", at=now, actor=actor, entity_type="course",
                         entity_id=course.id, details={"session_id": cs.id, "starts_at": cs.starts_at,
                                                       "reason": reason})  # fmt: skip

        self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def move_session(self, session_id: int, *, starts_at: datetime, room_id: int | None = None, actor: Actor) -> None:
        """调课: to another time (and room), as long as before; refused with the clash and alternatives."""
        now = self._now()

        def work(session: Session) -> None:
            move_session_in(session, _session_of(session, session_id), starts_at=starts_at, room_id=room_id,
                            actor=actor, now=now)  # fmt: skip

        self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def add_session(
        self, course_id: int, day: date, starts: time, ends: time, *, room_id: int | None = None, actor: Actor
    ) -> int:
        """加课: one more session of the course (in its room unless another is given)."""
        if ends <= starts:
            raise RuleViolation("ends_before_starts", {"field": "ends"})
        now = self._now()

        def work(session: Session) -> int:
            course = course_of(session, course_id)
            use = Use(room_id or course.room_id, datetime.combine(day, starts), datetime.combine(day, ends),
                      course.setup_min, course.cleanup_min, course.instructor_id)  # fmt: skip
            refuse_clash(session, use, need=course.capacity)
            cs = ClassSession(course_id=course.id, room_id=use.room_id, instructor_id=course.instructor_id, day=day,
                              starts_at=use.starts_at, ends_at=use.ends_at, added=True, created_at=now,
                              updated_at=now)  # fmt: skip
            session.add(cs)
            session.flush()
            audit.record(session, "class.session_add", at=now, actor=actor, entity_type="course", entity_id=course.id,
                         details={"session_id": cs.id, "starts_at": cs.starts_at, "room_id": cs.room_id})  # fmt: skip
            return cs.id

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def session_call_list(self, session_id: int, *, actor: Actor) -> CallList:
        """The call list of a cancelled session again (to print it later)."""
        now = self._now()
        center = self._settings.center_name()
        with self._db.read() as session:
            return read_call_list(session, session_id, center_name=center, at=now)

    # -- events ---------------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def create_event(self, draft: EventDraft, *, actor: Actor) -> int:
        """活动: a course of kind EVENT with its one session, checked like any placement."""
        clean = validate_event(draft)
        assert clean.day is not None
        assert clean.starts is not None
        assert clean.ends is not None
        now = self._now()

        def work(session: Session) -> int:
            if clean.instructor_id is not None and session.get(PartnerPerson, clean.instructor_id) is None:
                raise RuleViolation("person_not_found", {"field": "instructor"})
            use = Use(clean.room_id, datetime.combine(clean.day, clean.starts), datetime.combine(clean.day, clean.ends),
                      clean.setup_min, clean.cleanup_min, clean.instructor_id)  # fmt: skip
            refuse_clash(session, use, need=clean.capacity)
            course = Course(
                title=clean.title, category=CourseCategory(clean.category), kind=CourseKind.EVENT, term_id=None,
                instructor_id=clean.instructor_id, partner_id=_partner_of(session, clean.instructor_id),
                room_id=use.room_id, capacity=clean.capacity, max_companions=clean.max_companions,
                fee_cents=clean.fee_cents, target_group=clean.target_group or None,
                description=clean.description or None, setup_min=clean.setup_min, cleanup_min=clean.cleanup_min,
                created_at=now, updated_at=now,
            )  # fmt: skip
            session.add(course)
            session.flush()
            cs = ClassSession(course_id=course.id, room_id=use.room_id, instructor_id=clean.instructor_id,
                              day=clean.day, starts_at=use.starts_at, ends_at=use.ends_at, created_at=now,
                              updated_at=now)  # fmt: skip
            session.add(cs)
            session.flush()
            audit.record(session, "course.event_create", at=now, actor=actor, entity_type="course",
                         entity_id=course.id, details={"title": clean.title, "session_id": cs.id,
                                                       "starts_at": cs.starts_at, "room_id": cs.room_id,
                                                       "capacity": clean.capacity})  # fmt: skip
            return course.id

        return self._db.run_write(work)

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)


# -- helpers --------------------------------------------------------------------------------------------------------


def read_call_list(session: Session, session_id: int, *, center_name: str, at: datetime) -> CallList:
    """停课通知电话单 of a session: its course's enrolled residents by name, with their full phone numbers."""
    cs = _session_of(session, session_id)
    course = course_of(session, cs.course_id)
    room = session.get(Room, cs.room_id)
    found = session.execute(
        select(Resident, Enrollment.companions)
        .join(Enrollment, Enrollment.resident_id == Resident.id)
        .where(Enrollment.course_id == course.id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Resident.name, Resident.id)
    ).all()
    rows = tuple(CallRow(r.id, r.name, r.phone or "", r.phone2 or "", companions) for r, companions in found)
    return CallList(center_name, at, cs.id, course.title, room.name if room else "", cs.starts_at, cs.ends_at,
                    cs.cancel_reason or "", rows)  # fmt: skip


def _session_of(session: Session, session_id: int) -> ClassSession:
    cs = session.get(ClassSession, session_id)
    if cs is None:
        raise RuleViolation("session_not_found")
    return cs


def _partner_of(session: Session, person_id: int | None) -> int | None:
    if person_id is None:
        return None
    person = session.get(PartnerPerson, person_id)
    return person.partner_id if person is not None else None


def _places(session: Session, course_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Per course: the places enrolled (companions included) and the number waiting."""
    if not course_ids:
        return {}
    enrolled = Enrollment.status == EnrollmentStatus.ENROLLED
    rows = session.execute(
        select(
            Enrollment.course_id,
            func.coalesce(func.sum(case((enrolled, 1 + Enrollment.companions), else_=0)), 0),
            func.coalesce(func.sum(case((Enrollment.status == EnrollmentStatus.WAITING, 1), else_=0)), 0),
        )
        .where(Enrollment.course_id.in_(course_ids))
        .group_by(Enrollment.course_id)
    ).all()
    return {course_id: (int(places), int(waiting)) for course_id, places, waiting in rows}


def _capacity_holds(session: Session, course: Course, capacity: int) -> None:
    places = _places(session, [course.id]).get(course.id, (0, 0))[0]
    if capacity < places:
        raise RuleViolation("capacity_below_enrolled", {"field": "capacity", "enrolled": places})


def _patterns(session: Session, course_ids: list[int]) -> dict[int, tuple[PatternInput, ...]]:
    found: dict[int, list[PatternInput]] = {}
    if course_ids:
        for p in session.scalars(select(CoursePattern).where(CoursePattern.course_id.in_(course_ids))):
            found.setdefault(p.course_id, []).append(PatternInput(p.weekday, p.starts, p.ends))
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _course_rows(session: Session, courses: list[Course], now: datetime) -> list[CourseRow]:
    ids = [c.id for c in courses]
    if not ids:
        return []
    patterns = _patterns(session, ids)
    places = _places(session, ids)
    terms = dict(session.execute(select(Term.id, Term.name).where(Term.id.in_({c.term_id for c in courses}))).all())
    rooms = dict(session.execute(select(Room.id, Room.name).where(Room.id.in_({c.room_id for c in courses}))).all())
    people = dict(
        session.execute(
            select(PartnerPerson.id, PartnerPerson.name).where(PartnerPerson.id.in_({c.instructor_id for c in courses}))
        ).all()
    )
    following = dict(
        session.execute(
            select(ClassSession.course_id, func.min(ClassSession.starts_at))
            .where(ClassSession.course_id.in_(ids), ClassSession.status == SessionStatus.SCHEDULED,
                   ClassSession.starts_at >= now)
            .group_by(ClassSession.course_id)
        ).all()
    )  # fmt: skip
    return [
        CourseRow(c.id, c.title, c.category, c.kind, c.term_id, terms.get(c.term_id, ""), c.instructor_id,
                  people.get(c.instructor_id, ""), c.room_id, rooms.get(c.room_id, ""), patterns.get(c.id, ()),
                  places.get(c.id, (0, 0))[0], places.get(c.id, (0, 0))[1], c.capacity, c.fee_cents,
                  following.get(c.id), c.active)
        for c in courses
    ]  # fmt: skip


def _draft_of(session: Session, course: Course) -> CourseDraft:
    return CourseDraft(
        course.title, str(course.category), course.term_id, course.room_id, course.instructor_id, course.capacity,
        _patterns(session, [course.id]).get(course.id, ()), course.fee_cents, course.max_companions,
        course.target_group or "", course.description or "", course.setup_min, course.cleanup_min,
        course.on_makeup_days, course.active, course.id,
    )  # fmt: skip


def _apply(course: Course, clean: CourseDraft, now: datetime) -> None:
    course.title, course.category, course.term_id = clean.title, CourseCategory(clean.category), clean.term_id
    course.room_id, course.instructor_id, course.capacity = clean.room_id, clean.instructor_id, clean.capacity
    course.fee_cents, course.max_companions = clean.fee_cents, clean.max_companions
    course.target_group, course.description = clean.target_group or None, clean.description or None
    course.setup_min, course.cleanup_min, course.on_makeup_days = (
        clean.setup_min,
        clean.cleanup_min,
        clean.on_makeup_days,
    )
    course.active, course.updated_at = clean.active, now


def _refuse_problems(session: Session, plan: CoursePlan, uses: tuple[Use, ...], need: int) -> None:
    """Nothing is saved while any planned session has a problem; the refusal says how many, and the first in full
    (with the other rooms free then and the next free time)."""
    if plan.clean:
        return
    first = next(s for s in plan.sessions if s.clashes)
    clash = first.clashes[0]
    use = uses[first.index]
    said = clash_params(session, use, Clash(clash.code), need=need) | clash.params
    raise RuleViolation("plan_has_clashes", {"count": plan.clash_count, "first": {
        "index": first.index, "code": clash.code, "planned": clash.planned, **said}})  # fmt: skip


def _replace_sessions(
    session: Session, course: Course, clean: CourseDraft, replaced: tuple[int, ...], uses: tuple[Use, ...]
) -> None:
    for p in session.scalars(select(CoursePattern).where(CoursePattern.course_id == course.id)):
        session.delete(p)
    for session_id in replaced:
        stale = session.get(ClassSession, session_id)
        if stale is not None:
            session.delete(stale)
    session.flush()
    session.add_all(CoursePattern(course_id=course.id, weekday=p.weekday, starts=p.starts, ends=p.ends)
                    for p in clean.patterns)  # fmt: skip
    course.partner_id = _partner_of(session, clean.instructor_id)
    session.add_all(
        ClassSession(course_id=course.id, room_id=use.room_id, instructor_id=clean.instructor_id,
                     day=use.starts_at.date(), starts_at=use.starts_at, ends_at=use.ends_at)
        for use in uses
    )  # fmt: skip
    session.flush()


def _changes(before: CourseDraft | None, after: CourseDraft) -> list[str]:
    if before is None:
        return []
    return [f.name for f in fields(CourseDraft) if f.name in _SCHEDULE + _PLAIN and getattr(before, f.name) !=
            getattr(after, f.name)]  # fmt: skip
