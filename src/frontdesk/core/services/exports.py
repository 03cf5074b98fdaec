"""导出: the residents' register and any table of the desk, to a spreadsheet — each export in the 操作日志.

The register is read here, not from the table on screen: the residents page holds only the rows it has scrolled to,
and an export must hold every resident the filter matches. ID and phone numbers are masked as the desk shows them;
full ones only for a role that may (``Permission.FULL_EXPORT``) and with the reason typed, which the audit entry
keeps. Health data (慢性病, 过敏) is never in the register's export unless asked for by someone who may see it
(``Permission.HEALTH``): a spreadsheet leaves the program, so it carries only what its reader needs.

Any other table is exported from what the screen shows (already masked); :meth:`ExportService.record_table` writes
its audit entry. The files themselves are written by :mod:`frontdesk.core.spreadsheets.writing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import Resident
from frontdesk.core.services.registry import RegistryFilter, Sort, matching
from frontdesk.core.spreadsheets.writing import Cell, SheetData

REASON_MAX = 200  # a sentence: why the full numbers leave the program
TITLE_MAX = 80
RESIDENTS_TITLE = "居民档案"

GENDERS = {"M": "男", "F": "女", "U": ""}
DISABILITY = {"none": "", "semi": "半失能", "full": "失能"}
MOBILITY_AIDS = {"none": "", "cane": "拐杖", "walker": "助行器", "wheelchair": "轮椅"}
ARCHIVE_REASONS = {"moved": "迁出", "deceased": "去世", "merged": "合并到另一份档案", "other": "其他"}


@dataclass(frozen=True)
class _Column:
    header: str
    width: float


COLUMNS = (
    _Column("姓名", 10), _Column("性别", 6), _Column("出生日期", 12), _Column("年龄", 6), _Column("身份证号", 21),
    _Column("手机", 15), _Column("备用电话", 15), _Column("社区", 14), _Column("楼", 6), _Column("单元", 6),
    _Column("室", 6), _Column("详细地址", 24), _Column("紧急联系人", 10), _Column("关系", 8),
    _Column("紧急联系电话", 15), _Column("独居", 6), _Column("空巢", 6), _Column("失能情况", 10),
    _Column("低保", 6), _Column("助行器具", 10), _Column("服务卡号", 14), _Column("备注", 30),
    _Column("建档日期", 12),
)  # fmt: skip
HEALTH_COLUMNS = (_Column("慢性病", 24), _Column("过敏", 18))
ARCHIVE_COLUMNS = (_Column("归档日期", 12), _Column("归档原因", 12))


class ExportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @guarded(Permission.FRONT_DESK)
    def residents(
        self,
        where: RegistryFilter,
        *,
        actor: Actor,
        full_ids: bool = False,
        reason: str = "",
        health: bool = False,
        sort: Sort = Sort.NAME,
    ) -> SheetData:
        """The residents ``where`` matches, as one table, audited as ``export.residents`` in the same transaction.

        ``full_ids``: whole ID and phone numbers (a role with FULL_EXPORT, and a ``reason``); ``health``: 慢性病 and
        过敏 too (a role with HEALTH). Refused with ``full_export_not_allowed``, ``export_reason_required``,
        ``export_reason_too_long`` or ``health_not_allowed``."""
        reason = " ".join(reason.split())
        if full_ids:
            if not actor.may(Permission.FULL_EXPORT):
                raise RuleViolation("full_export_not_allowed")
            if not reason:
                raise RuleViolation("export_reason_required")
            if len(reason) > REASON_MAX:
                raise RuleViolation("export_reason_too_long", {"maximum": REASON_MAX})
        if health and not actor.may(Permission.HEALTH):
            raise RuleViolation("health_not_allowed")
        now = self._clock().replace(microsecond=0)
        today = now.date()
        statement = matching(where, today, sort)
        columns = COLUMNS + (HEALTH_COLUMNS if health else ()) + (ARCHIVE_COLUMNS if where.archived else ())

        def work(session: Session) -> list[list[Cell]]:
            rows: list[list[Cell]] = []
            for resident in session.scalars(statement).yield_per(1000):
                rows.append(_row(resident, today, full=full_ids, health=health, archived=where.archived))
                session.expunge(resident)  # 200,000 residents are not kept in the session's identity map
            details = {
                "filter": _filter_details(where),
                "rows": len(rows),
                "full_ids": bool(full_ids),
                "health": bool(health),
            }
            if full_ids:
                details["reason"] = reason
            audit.record(session, "export.residents", at=now, actor=actor, details=details)
            return rows

        rows = self._db.run_write(work)
        return SheetData(
            title=RESIDENTS_TITLE,
            headers=tuple(c.header for c in columns),
            rows=rows,
            widths=tuple(c.width for c in columns),
        )

    @guarded(Permission.FRONT_DESK)
    def record_table(self, title: str, rows: int, *, actor: Actor, columns: Sequence[str] = ()) -> None:
        """操作日志: a table shown on screen (already masked) was exported — which one, its columns, how many rows."""
        title = " ".join(str(title).split())[:TITLE_MAX]
        if not title:
            raise RuleViolation("export_title_required")
        if isinstance(rows, bool) or not isinstance(rows, int) or rows < 0:
            raise RuleViolation("export_rows_invalid")
        now = self._clock().replace(microsecond=0)
        details = {"title": title, "rows": rows, "columns": [str(c)[:TITLE_MAX] for c in columns]}
        self._db.run_write(lambda session: audit.record(session, "export.table", at=now, actor=actor, details=details))


def _filter_details(where: RegistryFilter) -> dict[str, object]:
    return {"community": where.community, "situations": sorted(str(f) for f in where.flags), "archived": where.archived}


def _row(r: Resident, today: date, *, full: bool, health: bool, archived: bool) -> list[Cell]:
    def phone(value: str | None) -> str:
        return (value or "") if full else mask_phone(value)

    row: list[Cell] = [
        r.name,
        GENDERS.get(str(r.gender), ""),
        r.birth_date,
        r.age_on(today),
        (r.id_number or "") if full else mask(r.id_number) if r.id_number else "",
        phone(r.phone),
        phone(r.phone2),
        r.community or "",
        r.building or "",
        r.unit or "",
        r.room or "",
        r.address_detail or "",
        r.emergency_name or "",
        r.emergency_relation or "",
        phone(r.emergency_phone),
        bool(r.lives_alone),
        bool(r.empty_nest),
        DISABILITY.get(str(r.disability), str(r.disability)),
        bool(r.low_income),
        MOBILITY_AIDS.get(str(r.mobility_aid), str(r.mobility_aid)),
        r.card_number or "",
        r.notes or "",
        _day(r.created_at),
    ]
    if health:
        row += [r.chronic_conditions or "", r.allergies or ""]
    if archived:
        row += [_day(r.archived_at), ARCHIVE_REASONS.get(r.archive_reason or "", r.archive_reason or "")]
    return row


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None
