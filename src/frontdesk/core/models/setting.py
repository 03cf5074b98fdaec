"""Center-wide settings kept in the database, so every desk of a center shares them (center name, opening hours…).

Per-desk preferences (window geometry, language, large text) live in the desk's own QSettings instead.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import updated_column


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = updated_column()
