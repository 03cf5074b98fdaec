"""社区合伙人 Community partner: an enterprise, social organisation or resident volunteer serving at the center."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import created_column, enum_check, enum_column, updated_column


class PartnerKind(enum.StrEnum):
    ENTERPRISE = "enterprise"  # 驻区企业
    SOCIAL_ORG = "social_org"  # 社会组织
    VOLUNTEER = "volunteer"  # 居民能人 / 志愿者


class Partner(Base):
    __tablename__ = "partner"
    __table_args__ = (enum_check("kind", PartnerKind, "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[PartnerKind] = enum_column(PartnerKind)
    services: Mapped[str | None] = mapped_column(String(200))  # what they offer, e.g. 书法班、义诊
    contact_name: Mapped[str | None] = mapped_column(String(40))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    agreement_start: Mapped[date | None] = mapped_column(Date)  # 合作协议
    agreement_end: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = updated_column()


class PersonRole(enum.StrEnum):
    NURSE = "nurse"  # 护士
    DOCTOR = "doctor"  # 医生
    THERAPIST = "therapist"  # 理疗师 / 康复师
    INSTRUCTOR = "instructor"  # 老师
    LECTURER = "lecturer"  # 健康讲师
    VOLUNTEER = "volunteer"  # 志愿者
    OTHER = "other"  # 其他


class PartnerPerson(Base):
    """One of a partner's people: a nurse, doctor, instructor or volunteer who serves at the center. Appointments
    and classes name them, so a person is made inactive rather than deleted."""

    __tablename__ = "partner_person"
    __table_args__ = (enum_check("role", PersonRole, "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    role: Mapped[PersonRole] = enum_column(PersonRole, default=PersonRole.OTHER)
    phone: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = updated_column()
