"""Column helpers shared by the models."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, String
from sqlalchemy.orm import mapped_column


def now_local() -> datetime:
    """Center-local wall-clock time, second precision. China has one time zone and no daylight saving, so local
    times sort and group by day without conversion; services are handed a clock, this is only the default."""
    return datetime.now().replace(microsecond=0)


def enum_column(enum_type: type[enum.StrEnum], *, default: enum.StrEnum | None = None, nullable: bool = False):
    """A short string column holding a :class:`StrEnum` value (portable: no native ENUM types to migrate)."""
    kwargs = {"default": default} if default is not None else {}
    if default is not None:
        kwargs["server_default"] = default.value
    width = max(len(member.value) for member in enum_type)
    return mapped_column(String(width), nullable=nullable, **kwargs)


def enum_check(column: str, enum_type: type[enum.StrEnum], name: str) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum_type)
    return CheckConstraint(f"{column} IN ({values})", name=name)


def created_column():
    return mapped_column(DateTime, nullable=False, default=now_local)


def updated_column():
    return mapped_column(DateTime, nullable=False, default=now_local, onupdate=now_local)
