"""健康监测 A resident's readings taken at the care station: health data, sensitive under PIPL (art. 28), seen and
recorded only with Permission.HEALTH, every view audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base


class VitalReading(Base):
    __tablename__ = "vital_reading"
    __table_args__ = (
        CheckConstraint(
            "systolic IS NOT NULL OR pulse IS NOT NULL OR glucose_mmol IS NOT NULL OR weight_kg IS NOT NULL",
            name="has_a_reading",
        ),
        CheckConstraint("(systolic IS NULL) = (diastolic IS NULL)", name="pressure_pair"),
        CheckConstraint("glucose_mmol IS NULL OR fasting IS NOT NULL", name="glucose_says_fasting"),
        Index("ix_vital_reading_resident_taken", "resident_id", "taken_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id", ondelete="SET NULL"))
    taken_at: Mapped[datetime] = mapped_column()
    systolic: Mapped[int | None] = mapped_column(Integer)  # mmHg
    diastolic: Mapped[int | None] = mapped_column(Integer)
    pulse: Mapped[int | None] = mapped_column(Integer)  # per minute
    glucose_mmol: Mapped[float | None] = mapped_column(Float)  # mmol/L
    fasting: Mapped[bool | None] = mapped_column(Boolean)  # 空腹 (glucose only)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
