"""签到 Visit: one check-in of a resident, closed by a check-out (签退)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import enum_check, enum_column


class VisitPurpose(enum.StrEnum):
    ACTIVITY = "activity"  # 活动
    CLASS = "class"  # 上课
    CARE = "care"  # 康养
    CONSULT = "consult"  # 咨询
    ERRAND = "errand"  # 办事
    MEAL = "meal"  # 就餐
    OTHER = "other"  # 其他


class Visit(Base):
    __tablename__ = "visit"
    __table_args__ = (
        enum_check("purpose", VisitPurpose, "purpose"),
        CheckConstraint("companions >= 0", name="companions_not_negative"),
        CheckConstraint("checked_out_at IS NULL OR checked_out_at >= checked_in_at", name="out_after_in"),
        UniqueConstraint("visit_date", "queue_number"),  # 排队号, one sequence a day
        Index("ix_visit_resident_date", "resident_id", "visit_date"),
        # At most one open visit per resident: a second check-in is refused by the database itself.
        Index(
            "uq_visit_open_resident",
            "resident_id",
            unique=True,
            sqlite_where=text("checked_out_at IS NULL"),
            postgresql_where=text("checked_out_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    visit_date: Mapped[date] = mapped_column(Date)
    queue_number: Mapped[int] = mapped_column(Integer)
    checked_in_at: Mapped[datetime] = mapped_column(DateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(DateTime)
    auto_checkout: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # at closing
    purpose: Mapped[VisitPurpose] = enum_column(VisitPurpose, default=VisitPurpose.ACTIVITY)
    companions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # +N family members
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
