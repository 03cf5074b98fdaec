"""Center-wide settings shared by every desk of a center (kept in the database's ``setting`` table).

Each setting is declared once here with its type, default and allowed range; reading an unknown or damaged value
falls back to the default rather than failing at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Setting


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int


CENTER_NAME = "center.name"
SLIP_FOOTER = "slip.footer"  # a line or two at the foot of a visit slip: opening hours, the center's phone
SLIP_FOOTER_MAX = 120
WELFARE_ABSENT_DAYS = IntSetting("welfare.absent_days", 7, 2, 90)  # 关怀提醒: not seen for this many days
WELFARE_LOOKBACK_DAYS = IntSetting("welfare.lookback_days", 60, 14, 365)
WELFARE_MIN_VISITS = IntSetting("welfare.min_visits", 8, 1, 100)  # "usually comes often": visits in the look-back
# PIPL: personal information kept no longer than needed. Archived residents are anonymised after this many days.
RETENTION_DAYS = IntSetting("privacy.retention_days", 3 * 365, 30, 30 * 365)
INT_SETTINGS = {s.key: s for s in (WELFARE_ABSENT_DAYS, WELFARE_LOOKBACK_DAYS, WELFARE_MIN_VISITS, RETENTION_DAYS)}


class CenterSettings:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def get_int(self, setting: IntSetting) -> int:
        with self._db.read() as session:
            row = session.get(Setting, setting.key)
        value = row.value if row is not None else None
        if isinstance(value, int) and not isinstance(value, bool) and setting.minimum <= value <= setting.maximum:
            return value
        return setting.default

    @guarded(Permission.SETTINGS)
    def set_int(self, setting: IntSetting, value: int, *, actor: Actor) -> None:
        if not setting.minimum <= value <= setting.maximum:
            raise RuleViolation("setting_out_of_range", {"minimum": setting.minimum, "maximum": setting.maximum})
        self._set(setting.key, value, actor)

    def center_name(self) -> str:
        with self._db.read() as session:
            row = session.get(Setting, CENTER_NAME)
        return row.value if row is not None and isinstance(row.value, str) else ""

    @guarded(Permission.SETTINGS)
    def set_center_name(self, name: str, *, actor: Actor) -> None:
        self._set(CENTER_NAME, name.strip()[:60], actor)

    def slip_footer(self) -> str:
        with self._db.read() as session:
            row = session.get(Setting, SLIP_FOOTER)
        return row.value if row is not None and isinstance(row.value, str) else ""

    @guarded(Permission.SETTINGS)
    def set_slip_footer(self, text: str, *, actor: Actor) -> None:
        self._set(SLIP_FOOTER, text.strip()[:SLIP_FOOTER_MAX], actor)

    def _set(self, key: str, value: object, actor: Actor) -> None:
        now = self._clock().replace(microsecond=0)

        def work(session) -> None:
            row = session.get(Setting, key)
            before = row.value if row is not None else None
            if row is None:
                session.add(Setting(key=key, value=value, updated_at=now))
            else:
                row.value, row.updated_at = value, now
            audit.record(
                session, "setting.update", at=now, actor=actor, entity_type="setting",
                details={"key": key, "before": before, "after": value},
            )  # fmt: skip

        self._db.run_write(work)
