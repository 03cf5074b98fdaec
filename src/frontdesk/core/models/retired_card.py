"""补办 A member card given up (lost, broken) when a new one was issued: its number is never given again, and a
scan of it at the desk is refused in words instead of finding nobody."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base


class RetiredCard(Base):
    __tablename__ = "retired_card"

    card_number: Mapped[str] = mapped_column(String(32), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    retired_at: Mapped[datetime] = mapped_column(DateTime)
