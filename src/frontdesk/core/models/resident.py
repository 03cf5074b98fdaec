"""居民 Resident: a person the center serves. Never hard-deleted: moving away or death archives the record."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, String, Text, false, func
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import created_column, enum_check, enum_column, updated_column


class Gender(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = "U"


class Disability(enum.StrEnum):
    """失能 / 半失能 — ability to manage daily living."""

    NONE = "none"
    SEMI = "semi"  # 半失能
    FULL = "full"  # 失能


class MobilityAid(enum.StrEnum):
    NONE = "none"
    CANE = "cane"  # 拐杖
    WALKER = "walker"  # 助行器
    WHEELCHAIR = "wheelchair"  # 轮椅


class ConsentScope(enum.StrEnum):
    """What a resident agreed may be processed (个人信息处理知情同意): one checkbox each on the consent form."""

    BASIC = "basic"  # name, contact, address: to register and serve
    ID_NUMBER = "id_number"  # 身份证号: sensitive personal information
    HEALTH = "health"  # health conditions and readings: sensitive personal information
    PARTNERS = "partners"  # shared with the partner running a service the resident signed up for


class ArchiveReason(enum.StrEnum):
    MOVED = "moved"  # 迁出
    DECEASED = "deceased"  # 去世
    MERGED = "merged"  # 合并: a duplicate record of someone else
    OTHER = "other"


AGED_THRESHOLD = 80  # 高龄


class Resident(Base):
    __tablename__ = "resident"
    __table_args__ = (
        enum_check("gender", Gender, "gender"),
        enum_check("disability", Disability, "disability"),
        enum_check("mobility_aid", MobilityAid, "mobility_aid"),
        Index("ix_resident_name", "name"),
        Index("ix_resident_name_sort", "name_sort"),
        Index("ix_resident_phone", "phone"),
        Index("ix_resident_community", "community"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    name_sort: Mapped[str | None] = mapped_column(String(160))  # pinyin order for lists, kept by the search index
    gender: Mapped[Gender] = enum_column(Gender, default=Gender.UNKNOWN)
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)  # 身份证号, stored upper-case, 18 digits
    phone: Mapped[str | None] = mapped_column(String(20))
    phone2: Mapped[str | None] = mapped_column(String(20))

    # address 住址
    community: Mapped[str | None] = mapped_column(String(40))  # 社区
    building: Mapped[str | None] = mapped_column(String(20))  # 楼
    unit: Mapped[str | None] = mapped_column(String(20))  # 单元
    room: Mapped[str | None] = mapped_column(String(20))  # 室
    address_detail: Mapped[str | None] = mapped_column(String(120))

    # emergency contact 紧急联系人
    emergency_name: Mapped[str | None] = mapped_column(String(40))
    emergency_relation: Mapped[str | None] = mapped_column(String(20))
    emergency_phone: Mapped[str | None] = mapped_column(String(20))

    # living situation 居住与照护情况
    lives_alone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 独居
    empty_nest: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 空巢
    disability: Mapped[Disability] = enum_column(Disability, default=Disability.NONE)
    low_income: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 低保

    # health 健康 (sensitive personal information under PIPL)
    chronic_conditions: Mapped[str | None] = mapped_column(Text)  # 慢性病
    allergies: Mapped[str | None] = mapped_column(Text)  # 过敏
    mobility_aid: Mapped[MobilityAid] = enum_column(MobilityAid, default=MobilityAid.NONE)
    notes: Mapped[str | None] = mapped_column(Text)

    card_number: Mapped[str | None] = mapped_column(String(32), unique=True)  # 服务卡号

    # consent to processing of sensitive personal information 知情同意
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    consent_scope: Mapped[list | None] = mapped_column(JSON)  # ConsentScope values the resident agreed to

    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)  # identifiers removed after retention

    created_at: Mapped[datetime] = created_column()
    updated_at: Mapped[datetime] = updated_column()

    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    archive_reason: Mapped[str | None] = mapped_column(String(10))
    archive_note: Mapped[str | None] = mapped_column(String(200))

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def is_aged_on(self, day: date) -> bool:
        """高龄: 80 or older on ``day``."""
        age = self.age_on(day)
        return age is not None and age >= AGED_THRESHOLD

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def __repr__(self) -> str:  # no personal data beyond the id in logs
        return f"<Resident id={self.id}>"


# Used by reports and search to count only current residents.
active_residents = Resident.archived_at.is_(None)
resident_count = func.count(Resident.id)
