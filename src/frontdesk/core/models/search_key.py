"""Search keys of residents (derived data, rebuilt whenever a resident's name, phones, ID or card change)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base


class ResidentSearchKey(Base):
    """One string a resident is found by; see :mod:`frontdesk.core.search.keys` for the kinds.

    The primary key starts with ``key`` so a typed prefix is one range scan of the table itself (on SQLite a
    WITHOUT ROWID table: the index is the table).
    """

    __tablename__ = "resident_search_key"
    __table_args__ = (
        Index("ix_resident_search_key_resident_id", "resident_id"),
        {"sqlite_with_rowid": False},
    )

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(2), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True)
