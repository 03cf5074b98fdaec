"""Center-wide settings shared by every desk of a center (kept in the database's ``setting`` table).

Each setting is declared once here with its type, default and allowed range; reading an unknown or damaged value
falls back to the default rather than failing at the desk.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from sqlalchemy import select

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.center_info import ADDRESS_MAX, NAME_MAX, PHONE_MAX, SLIP_FOOTER_MAX, CenterInfo
from frontdesk.core.center_logo import MAX_FILE_BYTES, MAX_STORED_BYTES
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
CENTER_ADDRESS = "center.address"
CENTER_PHONE = "center.phone"
CENTER_LOGO = "center.logo"  # a PNG (frontdesk.core.center_logo), base64
SLIP_FOOTER = "slip.footer"  # a line or two at the foot of a visit slip: opening hours, the center's phone


_TEXT_KEYS = {"name": (CENTER_NAME, NAME_MAX), "address": (CENTER_ADDRESS, ADDRESS_MAX),
              "phone": (CENTER_PHONE, PHONE_MAX), "footer": (SLIP_FOOTER, SLIP_FOOTER_MAX)}  # fmt: skip
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

    def center_info(self) -> CenterInfo:
        """The center's name, address, phone, footer and logo, as saved (a damaged value reads as empty)."""
        keys = [key for key, _most in _TEXT_KEYS.values()] + [CENTER_LOGO]
        with self._db.read() as session:
            rows = {row.key: row.value for row in session.scalars(select(Setting).where(Setting.key.in_(keys)))}
        texts = {
            field: value if isinstance(value := rows.get(key), str) else ""
            for field, (key, _most) in _TEXT_KEYS.items()
        }
        return CenterInfo(**texts, logo=_decoded(rows.get(CENTER_LOGO)))

    @guarded(Permission.SETTINGS)
    def set_center_info(self, info: CenterInfo, *, actor: Actor) -> CenterInfo:
        """Save what changed of ``info`` in one transaction, an audit entry for each setting changed (the logo's
        entry says that it changed, not its bytes). The logo must come from :func:`normalise_logo`."""
        if info.logo is not None and len(info.logo) > MAX_STORED_BYTES:
            raise RuleViolation("logo_too_large", {"megabytes": MAX_FILE_BYTES // (1024 * 1024)})
        tidied = {field: _one_line(getattr(info, field))[:most] for field, (_key, most) in _TEXT_KEYS.items()}
        saved = CenterInfo(**tidied, logo=info.logo)
        now = self._clock().replace(microsecond=0)

        def work(session) -> None:
            for field, (key, _most) in _TEXT_KEYS.items():
                self._put(session, key, getattr(saved, field), now, actor)
            logo = base64.b64encode(saved.logo).decode("ascii") if saved.logo is not None else None
            self._put(session, CENTER_LOGO, logo, now, actor, said="(picture)" if logo else None)

        self._db.run_write(work)
        return saved

    @guarded(Permission.SETTINGS)
    def set_center_name(self, name: str, *, actor: Actor) -> None:
        self._set(CENTER_NAME, name.strip()[:NAME_MAX], actor)

    def _set(self, key: str, value: object, actor: Actor) -> None:
        now = self._clock().replace(microsecond=0)
        self._db.run_write(lambda session: self._put(session, key, value, now, actor, unchanged_too=True))

    @staticmethod
    def _put(
        session, key: str, value: object, now, actor: Actor, *, said: object = ..., unchanged_too: bool = False
    ) -> None:
        """Set ``key`` and audit it; ``said`` stands for the values in the entry (a logo's bytes are not logged)."""
        row = session.get(Setting, key)
        before = row.value if row is not None else None
        if not unchanged_too and (before == value or (before is None and value == "")):  # unset is empty
            return
        if row is None:
            session.add(Setting(key=key, value=value, updated_at=now))
        else:
            row.value, row.updated_at = value, now
        shown_before, shown_after = (before, value) if said is ... else ("(picture)" if before else None, said)
        audit.record(
            session, "setting.update", at=now, actor=actor, entity_type="setting",
            details={"key": key, "before": shown_before, "after": shown_after},
        )  # fmt: skip


def _one_line(text: str) -> str:
    """Line breaks and runs of spaces become one space (a full-width space 　 is the text's own: it stays)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" \t\r\n")


def _decoded(value: object) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
