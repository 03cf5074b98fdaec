"""前台 / 护理人员 / 管理员 Staff: the people who sign in at a desk."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, String, true
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

    def __repr__(self) -> str:
        return f"<Staff id={self.id} {self.username!r}>"
