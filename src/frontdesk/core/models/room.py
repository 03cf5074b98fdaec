"""教室 / 活动室 Room: a space classes and events are held in, and its one-off bookings (a lecture, a free clinic, the
elderly residents' council, a lunch for 170 seniors)."""

from __future__ import annotations

import enum
from datetime import datetime, time

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, Time, false, true
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import created_column, enum_check, enum_column, updated_column


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("(opens IS NULL) = (closes IS NULL)", name="hours_together"),
        CheckConstraint("closes IS NULL OR closes > opens", name="closes_after_opens"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    floor: Mapped[str | None] = mapped_column(String(10))
    capacity: Mapped[int] = mapped_column(Integer)
    equipment: Mapped[str | None] = mapped_column(String(200))  # e.g. 镜墙、音响、书法桌
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    step_free: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 无障碍: no steps
    opens: Mapped[time | None] = mapped_column(Time)  # None: the center's hours (any time of day)
    closes: Mapped[time | None] = mapped_column(Time)
    notes: Mapped[str | None] = mapped_column(String(200))


class BookingKind(enum.StrEnum):
    LECTURE = "lecture"  # 讲座
    CLINIC = "clinic"  # 义诊
    MEETING = "meeting"  # 会议 (老年居民议事会)
    EVENT = "event"  # 活动
    OTHER = "other"  # 其他


class BookingStatus(enum.StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"


class RoomBooking(Base):
    """A one-off use of a room, with the time it takes to set up before and clear after: the room is taken from
    ``starts_at - setup_min`` to ``ends_at + cleanup_min``."""

    __tablename__ = "room_booking"
    __table_args__ = (
        enum_check("kind", BookingKind, "kind"),
        enum_check("status", BookingStatus, "status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("setup_min >= 0 AND setup_min <= 240", name="setup_range"),
        CheckConstraint("cleanup_min >= 0 AND cleanup_min <= 240", name="cleanup_range"),
        CheckConstraint("expected IS NULL OR expected > 0", name="expected_positive"),
        CheckConstraint("status <> 'cancelled' OR cancel_reason IS NOT NULL", name="cancel_has_reason"),
        Index("ix_room_booking_room_starts", "room_id", "starts_at"),
        Index("ix_room_booking_starts", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(60))  # 健康讲座：冬季防跌倒
    kind: Mapped[BookingKind] = enum_column(BookingKind, default=BookingKind.OTHER)
    organiser: Mapped[str] = mapped_column(String(60))  # who asked: a partner, the council, the center
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("partner_person.id", ondelete="SET NULL"), index=True)
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    expected: Mapped[int | None] = mapped_column(Integer)  # expected attendance
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    setup_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    cleanup_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[BookingStatus] = enum_column(BookingStatus, default=BookingStatus.BOOKED)
    cancel_reason: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = created_column()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = updated_column()
