"""康养服务站 The care station's bookable services, who provides them when, and the center's open days.

Slots are never stored: they are computed from a provider's weekly hours (several rows a day; the gaps are breaks),
their exceptions (leave; a one-off session such as a Saturday 义诊) and the center's days (public holidays and 调休
from chinese-calendar, overridden by :class:`CenterDay` rows for dates not yet published). See
:mod:`frontdesk.core.scheduling`.
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


class CareService(Base):
    """服务项目: e.g. 血压测量 (10 places a 15-minute slot), 理疗 (1 place, 30 minutes), 义诊."""

    __tablename__ = "care_service"
    __table_args__ = (
        CheckConstraint("duration_min > 0 AND duration_min <= 480", name="duration_range"),
        CheckConstraint("places > 0", name="places_positive"),
        CheckConstraint("price_cents >= 0", name="price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    duration_min: Mapped[int] = mapped_column(Integer)
    places: Mapped[int] = mapped_column(Integer)  # per slot
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"), index=True)
    place: Mapped[str | None] = mapped_column(String(40))  # where: 康养服务站, 理疗室
    price_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0: free
    market_price_cents: Mapped[int | None] = mapped_column(Integer)  # shown beside a below-market price
    bring: Mapped[str | None] = mapped_column(String(200))  # what to bring: 医保卡、既往病历
    fasting: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 需空腹
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = updated_column()


class ProviderHours(Base):
    """A provider's weekly hours for a service: one row per stretch (08:30–11:30 and 14:00–16:30 on a Tuesday: the
    gap is the break)."""

    __tablename__ = "provider_hours"
    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_range"),  # 0: Monday
        CheckConstraint("ends > starts", name="ends_after_starts"),
        Index("ix_provider_hours_service_weekday", "service_id", "weekday"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("care_service.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("partner_person.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)
    valid_from: Mapped[date | None] = mapped_column(Date)  # hours change: the old rows end, new ones begin
    valid_until: Mapped[date | None] = mapped_column(Date)


class ExceptionKind(enum.StrEnum):
    LEAVE = "leave"  # 请假: the provider does not serve (all day, or from starts to ends)
    SESSION = "session"  # a one-off session: a Saturday 义诊, extra hours


class ProviderException(Base):
    __tablename__ = "provider_exception"
    __table_args__ = (
        enum_check("kind", ExceptionKind, "kind"),
        CheckConstraint("(starts IS NULL) = (ends IS NULL)", name="times_together"),
        CheckConstraint("ends IS NULL OR ends > starts", name="ends_after_starts"),
        CheckConstraint("kind = 'leave' OR (starts IS NOT NULL AND service_id IS NOT NULL)", name="session_complete"),
        CheckConstraint("places IS NULL OR places > 0", name="places_positive"),
        Index("ix_provider_exception_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("partner_person.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("care_service.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[ExceptionKind] = enum_column(ExceptionKind)
    starts: Mapped[time | None] = mapped_column(Time)  # a leave without times: the whole day
    ends: Mapped[time | None] = mapped_column(Time)
    places: Mapped[int | None] = mapped_column(Integer)  # a session's places per slot; None: the service's
    slot_min: Mapped[int | None] = mapped_column(Integer)  # a session's slot length; None: the service's duration
    note: Mapped[str | None] = mapped_column(String(100))  # 义诊：市第一人民医院心内科


class CenterDay(Base):
    """A manager's word on one date, over chinese-calendar's: closed (停电、盘点) or open (a 调休 working day not yet
    published, a weekend event)."""

    __tablename__ = "center_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    open: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(60))
    updated_at: Mapped[datetime] = updated_column()


class AppointmentStatus(enum.StrEnum):
    BOOKED = "booked"  # 已预约
    ARRIVED = "arrived"  # 已到
    IN_SERVICE = "in_service"  # 服务中
    COMPLETED = "completed"  # 已完成
    CANCELLED = "cancelled"  # 已取消 (with a reason)
    NO_SHOW = "no_show"  # 未到 (marked at the end of the day, reviewed by staff)


# The statuses that hold a place: capacity counts them, and a resident may not hold two that overlap.
HOLDING_STATUSES: tuple[AppointmentStatus, ...] = (
    AppointmentStatus.BOOKED,
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_SERVICE,
    AppointmentStatus.COMPLETED,
)


class AppointmentSeries(Base):
    """A recurring booking (理疗 twice a week for 5 weeks), booked in one go; its appointments name it."""

    __tablename__ = "appointment_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("care_service.id", ondelete="RESTRICT"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("partner_person.id", ondelete="SET NULL"))
    pattern: Mapped[str] = mapped_column(String(100))  # as asked, e.g. "weekdays=1,3;time=09:00;weeks=5"
    created_at: Mapped[datetime] = created_column()
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class Appointment(Base):
    __tablename__ = "appointment"
    __table_args__ = (
        enum_check("status", AppointmentStatus, "status"),
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        CheckConstraint("status <> 'cancelled' OR cancel_reason IS NOT NULL", name="cancel_has_reason"),
        Index("ix_appointment_slot", "service_id", "starts_at"),
        Index("ix_appointment_resident_day", "resident_id", "day"),
        Index("ix_appointment_day_status", "day", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    service_id: Mapped[int] = mapped_column(ForeignKey("care_service.id", ondelete="RESTRICT"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("partner_person.id", ondelete="SET NULL"), index=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("appointment_series.id", ondelete="SET NULL"), index=True)
    day: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    status: Mapped[AppointmentStatus] = enum_column(AppointmentStatus, default=AppointmentStatus.BOOKED)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 现场
    cancel_reason: Mapped[str | None] = mapped_column(String(100))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))  # the arrival's
    arrived_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column()
    no_show_reviewed_at: Mapped[datetime | None] = mapped_column()  # staff looked at the no-show (never a ban)
    booked_at: Mapped[datetime] = created_column()
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = updated_column()


class WaitStatus(enum.StrEnum):
    WAITING = "waiting"  # 候补中
    OFFERED = "offered"  # a place was offered: shown at the desk and on the resident's card
    BOOKED = "booked"  # took the place
    WITHDRAWN = "withdrawn"  # declined, or no longer needed


class WaitlistEntry(Base):
    """候补: waiting for a place in a service on a day, in order of joining."""

    __tablename__ = "waitlist_entry"
    __table_args__ = (
        enum_check("status", WaitStatus, "status"),
        Index("ix_waitlist_entry_service_day", "service_id", "day", "joined_at"),
        Index("ix_waitlist_entry_resident", "resident_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("care_service.id", ondelete="CASCADE"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    joined_at: Mapped[datetime] = mapped_column()
    status: Mapped[WaitStatus] = enum_column(WaitStatus, default=WaitStatus.WAITING)
    offered_at: Mapped[datetime | None] = mapped_column()
    offered_starts_at: Mapped[datetime | None] = mapped_column()  # the freed slot offered
    offered_person_id: Mapped[int | None] = mapped_column(ForeignKey("partner_person.id", ondelete="SET NULL"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(String(100))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class QueueStatus(enum.StrEnum):
    WAITING = "waiting"  # 等候
    CALLED = "called"  # 已叫号: being served
    DONE = "done"  # 已完成
    LEFT = "left"  # 离开 (gave up waiting)


class StationQueueEntry(Base):
    """叫号: the care station's queue for the day — arrivals with an appointment and walk-ins — in order of joining;
    the nurse's 下一位 calls the first one waiting."""

    __tablename__ = "station_queue"
    __table_args__ = (
        enum_check("status", QueueStatus, "status"),
        UniqueConstraint("day", "number"),
        Index("ix_station_queue_day_status", "day", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)  # shown and printed: A012
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("care_service.id", ondelete="CASCADE"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id", ondelete="SET NULL"))
    joined_at: Mapped[datetime] = mapped_column()
    called_at: Mapped[datetime | None] = mapped_column()
    done_at: Mapped[datetime | None] = mapped_column()
    status: Mapped[QueueStatus] = enum_column(QueueStatus, default=QueueStatus.WAITING)
