"""What the courses service takes and gives: the forms' values as typed (TermInput, CourseDraft, EventDraft) and plain
records out (TermRow, CourseRow, CourseDetail, SessionRow, CoursePlan, CallList). No ORM object leaves the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from frontdesk.core.models import CourseCategory, CourseKind, SessionStatus


@dataclass(frozen=True)
class TermInput:
    """学期: 2026 春季班 from its first to its last day (``term_id``: the term being edited)."""

    name: str = ""
    first_day: date | None = None
    last_day: date | None = None
    term_id: int | None = None


@dataclass(frozen=True)
class TermRow:
    term_id: int
    name: str
    first_day: date
    last_day: date
    courses: int  # active courses in it


@dataclass(frozen=True, order=True)
class PatternInput:
    """One weekly meeting: ``weekday`` 0 (Monday) to 6, ``starts``–``ends``."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True)
class CourseDraft:
    """The course form as typed; ``course_id`` set when editing. Money in cents (0: free)."""

    title: str = ""
    category: str = CourseCategory.OTHER.value
    term_id: int | None = None
    room_id: int | None = None
    instructor_id: int | None = None  # 授课老师: a partner's person
    capacity: int = 20
    patterns: tuple[PatternInput, ...] = ()
    fee_cents: int = 0
    max_companions: int = 0
    target_group: str = ""
    description: str = ""
    setup_min: int = 0
    cleanup_min: int = 0
    on_makeup_days: bool = False  # 调休 working days are class days too
    active: bool = True
    course_id: int | None = None


@dataclass(frozen=True)
class EventDraft:
    """活动: a course of one session with registration (no term)."""

    title: str = ""
    category: str = CourseCategory.EVENT.value
    room_id: int | None = None
    day: date | None = None
    starts: time | None = None
    ends: time | None = None
    setup_min: int = 0
    cleanup_min: int = 0
    capacity: int = 50
    max_companions: int = 0
    instructor_id: int | None = None
    fee_cents: int = 0
    target_group: str = ""
    description: str = ""


@dataclass(frozen=True)
class CourseRow:
    course_id: int
    title: str
    category: CourseCategory
    kind: CourseKind
    term_id: int | None
    term_name: str
    instructor_id: int | None
    instructor_name: str
    room_id: int
    room_name: str
    patterns: tuple[PatternInput, ...]
    enrolled: int  # places held: the enrolled and their companions
    waiting: int  # 候补
    capacity: int
    fee_cents: int
    next_session: datetime | None
    active: bool


@dataclass(frozen=True)
class SessionRow:
    session_id: int
    course_id: int
    day: date
    starts_at: datetime
    ends_at: datetime
    room_id: int
    room_name: str
    instructor_id: int | None
    instructor_name: str
    status: SessionStatus
    cancel_reason: str | None
    added: bool  # 加课
    moved_from: datetime | None  # 调课
    note: str | None
    attended: int  # residents marked present


@dataclass(frozen=True)
class CourseDetail:
    row: CourseRow
    draft: CourseDraft  # the values to fill the form for editing
    sessions: tuple[SessionRow, ...]


@dataclass(frozen=True)
class PlanClash:
    """A problem of one planned session: ``code`` a room-use RuleViolation code, ``params`` what the desk's clash
    words need (plain values), ``planned`` the index of another session of the same plan in the way."""

    code: str
    params: dict[str, object] = field(default_factory=dict)
    planned: int | None = None


@dataclass(frozen=True)
class PlannedSession:
    index: int
    starts_at: datetime
    ends_at: datetime
    room_id: int
    makeup: bool  # on a 调休 working day
    clashes: tuple[PlanClash, ...]


@dataclass(frozen=True)
class SkippedSession:
    day: date
    starts_at: datetime
    reason: str  # "holiday" (its name in ``holiday``) or "closed" (a manager closed the center)
    holiday: str | None = None


@dataclass(frozen=True)
class CoursePlan:
    """What the 检查 list shows before saving: every session the pattern makes with its problems, the days skipped
    and why, the years whose holidays the calendar does not know yet, and (editing) the sessions kept as they are."""

    sessions: tuple[PlannedSession, ...]
    skipped: tuple[SkippedSession, ...]
    unpublished_years: tuple[int, ...]
    kept: tuple[SessionRow, ...] = ()
    replaced: int = 0  # editing: the future sessions without attendance the plan replaces

    @property
    def clash_count(self) -> int:
        return sum(1 for s in self.sessions if s.clashes)

    @property
    def clean(self) -> bool:
        return self.clash_count == 0


@dataclass(frozen=True)
class CallRow:
    resident_id: int
    name: str
    phone: str  # in full: the desk calls them
    phone2: str
    companions: int


@dataclass(frozen=True)
class CallList:
    """停课通知电话单 (staff only, 内部资料): the residents enrolled in a cancelled session, to be called."""

    center_name: str
    at: datetime
    session_id: int
    course_title: str
    room_name: str
    starts_at: datetime
    ends_at: datetime
    reason: str
    rows: tuple[CallRow, ...]


@dataclass(frozen=True)
class Choice:
    """A room or an instructor to pick in the forms: ``detail`` its capacity or its partner's name."""

    item_id: int
    name: str
    detail: str


@dataclass(frozen=True)
class CourseChoices:
    rooms: tuple[Choice, ...]  # active rooms by name
    instructors: tuple[Choice, ...]  # active people of active partners, by partner and name
