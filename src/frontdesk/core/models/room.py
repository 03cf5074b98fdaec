"""教室 / 活动室 Room: a space classes and events are held in."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (CheckConstraint("capacity > 0", name="capacity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    floor: Mapped[str | None] = mapped_column(String(10))
    capacity: Mapped[int] = mapped_column(Integer)
    equipment: Mapped[str | None] = mapped_column(String(200))  # e.g. 镜墙、音响、书法桌
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
