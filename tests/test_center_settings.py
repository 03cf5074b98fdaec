"""Center-wide settings: defaults, ranges, shared through the database, audited."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, Setting
from frontdesk.core.services.center_settings import WELFARE_ABSENT_DAYS, CenterSettings


def test_default_then_saved_value_seen_by_another_desk(any_db: Database) -> None:
    desk_a = CenterSettings(any_db, lambda: datetime(2026, 11, 28, 9, 0))
    desk_b = CenterSettings(any_db, lambda: datetime(2026, 11, 28, 9, 5))
    assert desk_a.get_int(WELFARE_ABSENT_DAYS) == 7
    desk_a.set_int(WELFARE_ABSENT_DAYS, 10, actor=TEST_ACTOR)
    assert desk_b.get_int(WELFARE_ABSENT_DAYS) == 10
    desk_b.set_center_name("  局前街社区党群服务中心 ", actor=TEST_ACTOR)
    assert desk_a.center_name() == "局前街社区党群服务中心"
    with any_db.read() as session:
        actions = session.scalars(select(AuditEntry.details)).all()
    assert actions[0] == {"key": "welfare.absent_days", "before": None, "after": 10}


def test_out_of_range_refused_and_damaged_value_falls_back(any_db: Database) -> None:
    settings = CenterSettings(any_db, lambda: datetime(2026, 11, 28, 9, 0))
    with pytest.raises(RuleViolation, match="setting_out_of_range"):
        settings.set_int(WELFARE_ABSENT_DAYS, 0, actor=TEST_ACTOR)
    with any_db.write() as session:
        session.add(Setting(key=WELFARE_ABSENT_DAYS.key, value="seven", updated_at=datetime(2026, 1, 1)))
    assert settings.get_int(WELFARE_ABSENT_DAYS) == 7
