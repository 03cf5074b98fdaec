"""前台 / 护理人员 / 管理员 Staff: the people who sign in at a desk."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import created_column, enum_check, enum_column


class Role(enum.StrEnum):
    FRONT_DESK = "frontdesk"  # 前台
    CARE = "care"  # 护理人员: may see and record health readings
    MANAGER = "manager"  # 管理员: users, settings, full exports, restore


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (enum_check("role", Role, "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    role: Mapped[Role] = enum_column(Role, default=Role.FRONT_DESK)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = created_column()
    # sign-in protection: consecutive failures lock the account for a while
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)

    def __repr__(self) -> str:
        return f"<Staff id={self.id} {self.username!r}>"
