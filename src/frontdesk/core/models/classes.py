"""课程 Classes: terms, courses (and events: a course of one session), their weekly pattern and sessions,
enrollment with a waiting list, and attendance.

Sessions are stored, not computed: they come from the pattern when a term is set up, skipping the center's closed
days, and then each may be moved, cancelled or added by hand — the room's week must show what will really happen.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import created_column, enum_check, enum_column, updated_column


class Term(Base):
    """学期: 2026 春季班, from its first to its last day."""

    __tablename__ = "term"
    __table_args__ = (CheckConstraint("last_day >= first_day", name="last_after_first"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = updated_column()


class CourseCategory(enum.StrEnum):
    ARTS = "arts"  # 书画
    FITNESS = "fitness"  # 健身 (瑜伽、八段锦)
    DANCE = "dance"  # 舞蹈
    CULTURE = "culture"  # 文化 (朗诵、读书会、夜校)
    HEALTH = "health"  # 健康 (讲座)
    DIGITAL = "digital"  # 智能手机
    VOCATIONAL = "vocational"  # 职业技能 (育婴员、直播带货)
    EVENT = "event"  # 活动
    OTHER = "other"


class CourseKind(enum.StrEnum):
    COURSE = "course"  # 课程: weekly sessions over a term
    EVENT = "event"  # 活动: one session with registration and check-in at the door


class Course(Base):
    __tablename__ = "course"
    __table_args__ = (
        enum_check("category", CourseCategory, "category"),
        enum_check("kind", CourseKind, "kind"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("fee_cents >= 0", name="fee_not_negative"),
        CheckConstraint("max_companions >= 0 AND max_companions <= 9", name="companions_range"),
        CheckConstraint("setup_min >= 0 AND setup_min <= 240", name="setup_range"),
        CheckConstraint("cleanup_min >= 0 AND cleanup_min <= 240", name="cleanup_range"),
        Index("ix_course_term", "term_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(60))
    category: Mapped[CourseCategory] = enum_column(CourseCategory, default=CourseCategory.OTHER)
    kind: Mapped[CourseKind] = enum_column(CourseKind, default=CourseKind.COURSE)
    term_id: Mapped[int | None] = mapped_column(ForeignKey("term.id", ondelete="RESTRICT"))  # None: an event
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"), index=True)
    instructor_id: Mapped[int | None] = mapped_column(ForeignKey("partner_person.id", ondelete="SET NULL"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"), index=True)
    capacity: Mapped[int] = mapped_column(Integer)  # places, companions included
    max_companions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # +N per enrollment
    fee_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0: free
    target_group: Mapped[str | None] = mapped_column(String(60))  # 60岁以上、零基础
    description: Mapped[str | None] = mapped_column(Text)
    setup_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    cleanup_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    on_makeup_days: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 调休 days too
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = updated_column()


class CoursePattern(Base):
    """One weekly meeting of a course: Tuesdays 09:00–10:30 (a course may meet on several weekdays)."""

    __tablename__ = "course_pattern"
    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_range"),  # 0: Monday
        CheckConstraint("ends > starts", name="ends_after_starts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)


class SessionStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"  # with a reason; the enrolled are called


class ClassSession(Base):
    """One meeting of a course in a room. The room (and the instructor) are taken from ``starts_at`` less the
    course's set-up time to ``ends_at`` plus its clean-up time."""

    __tablename__ = "class_session"
    __table_args__ = (
        enum_check("status", SessionStatus, "status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("status <> 'cancelled' OR cancel_reason IS NOT NULL", name="cancel_has_reason"),
        Index("ix_class_session_room_starts", "room_id", "starts_at"),
        Index("ix_class_session_day", "day"),
        Index("ix_class_session_course_day", "course_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"))
    instructor_id: Mapped[int | None] = mapped_column(ForeignKey("partner_person.id", ondelete="SET NULL"))
    day: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    status: Mapped[SessionStatus] = enum_column(SessionStatus, default=SessionStatus.SCHEDULED)
    cancel_reason: Mapped[str | None] = mapped_column(String(100))
    added: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 加课: not from the pattern
    moved_from: Mapped[datetime | None] = mapped_column()  # 调课: when it was to be
    note: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = updated_column()


class EnrollmentStatus(enum.StrEnum):
    ENROLLED = "enrolled"  # 已报名: holds its places (1 + companions)
    WAITING = "waiting"  # 候补: in order of joining; moved up when places free
    WITHDRAWN = "withdrawn"  # 退出 (with a reason)


class TrainingOutcome(enum.StrEnum):
    """职业技能培训 outcome: how many residents training placed in work."""

    NONE = "none"
    COMPLETED = "completed"  # 结业
    EMPLOYED = "employed"  # 已就业 (employer and date)


class Enrollment(Base):
    __tablename__ = "enrollment"
    __table_args__ = (
        enum_check("status", EnrollmentStatus, "status"),
        enum_check("outcome", TrainingOutcome, "outcome"),
        CheckConstraint("companions >= 0 AND companions <= 9", name="companions_range"),
        CheckConstraint("outcome <> 'employed' OR employer IS NOT NULL", name="employed_has_employer"),
        UniqueConstraint("course_id", "resident_id"),
        Index("ix_enrollment_course_status", "course_id", "status", "joined_at"),
        Index("ix_enrollment_resident", "resident_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    status: Mapped[EnrollmentStatus] = enum_column(EnrollmentStatus, default=EnrollmentStatus.ENROLLED)
    companions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # +N places
    joined_at: Mapped[datetime] = mapped_column()  # the waiting list's order
    enrolled_at: Mapped[datetime | None] = mapped_column()
    promoted_at: Mapped[datetime | None] = mapped_column()  # moved up from the waiting list…
    promotion_seen_at: Mapped[datetime | None] = mapped_column()  # …and told at the desk (shown on the card till then)
    withdrawn_at: Mapped[datetime | None] = mapped_column()
    withdraw_reason: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[TrainingOutcome] = enum_column(TrainingOutcome, default=TrainingOutcome.NONE)
    employer: Mapped[str | None] = mapped_column(String(80))
    employed_on: Mapped[date | None] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = updated_column()


class AttendanceSource(enum.StrEnum):
    CHECKIN = "checkin"  # the resident checked in at the desk on the class day
    ROSTER = "roster"  # ticked on the roster on screen
    SCAN = "scan"  # a card scanned at the door


class Attendance(Base):
    """A resident present at a session (no row: not there). A guest at an event counts their companions."""

    __tablename__ = "attendance"
    __table_args__ = (
        enum_check("source", AttendanceSource, "source"),
        CheckConstraint("companions >= 0 AND companions <= 9", name="companions_range"),
        UniqueConstraint("session_id", "resident_id"),
        Index("ix_attendance_resident", "resident_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("class_session.id", ondelete="CASCADE"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"))
    enrollment_id: Mapped[int | None] = mapped_column(ForeignKey("enrollment.id", ondelete="SET NULL"))
    source: Mapped[AttendanceSource] = enum_column(AttendanceSource)
    companions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    marked_at: Mapped[datetime] = mapped_column()
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
