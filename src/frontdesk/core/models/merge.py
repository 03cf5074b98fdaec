"""合并 Merging two records of the same person, kept so that the merge can be undone."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base


class ResidentMerge(Base):
    __tablename__ = "resident_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    moved_visit_ids: Mapped[list] = mapped_column(JSON)  # visits moved from the merged record to the kept one
    filled: Mapped[dict] = mapped_column(JSON)  # field -> the kept record's value before the merge filled it
    moved_unique: Mapped[dict] = mapped_column(JSON)  # id_number / card_number moved over: field -> value
    merged_archive: Mapped[dict] = mapped_column(JSON)  # the merged record's archive fields before the merge
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
