"""操作日志 exported: every entry the filters match (not only the rows scrolled to), read on the worker a batch at a
time, in the words the window shows them (who, what, concerning whom, the details)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from frontdesk.ui.pages.settings.audit import words

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.audit_log import AuditFilter, AuditLogService, AuditRow
    from frontdesk.core.spreadsheets.writing import Cell, SheetData

BATCH = 1000


def details_text(row: AuditRow) -> str:
    """The entry's details on one line: 字段: 之前 → 之后; …"""
    change, rows = words.detail_rows(row.details)
    parts = []
    for field, before, after in rows:
        parts.append(f"{field}: {before} → {after}" if change and before else f"{field}: {after}")
    return "; ".join(parts)


def log_sheet(service: AuditLogService, actor: Actor, where: AuditFilter, title: str) -> SheetData:
    """The entries ``where`` matches, newest first, as one table. Run on the database worker."""
    from frontdesk.core.spreadsheets.writing import SheetData

    headers = (
        QCoreApplication.translate("AuditLog", "Entry"),
        QCoreApplication.translate("AuditLog", "Time"),
        QCoreApplication.translate("AuditLog", "Staff member"),
        QCoreApplication.translate("AuditLog", "Action"),
        QCoreApplication.translate("AuditLog", "Concerning"),
        QCoreApplication.translate("AuditLog", "Details"),
    )
    rows: list[list[Cell]] = []
    after: AuditRow | None = None
    while True:
        batch = service.browse(actor, where, limit=BATCH, after=after)
        for row in batch:
            rows.append([row.entry_id, row.at, words.staff_text(row), words.action_word(row.action),
                         words.target_text(row), details_text(row)])  # fmt: skip
        if len(batch) < BATCH:
            break
        after = batch[-1]
    since = where.since.isoformat() if where.since else ""
    until = where.until.isoformat() if where.until else ""
    heading = f"{title} {since}–{until}" if since or until else title
    return SheetData(title=title, headers=headers, rows=rows, heading=heading, widths=(8, 18, 14, 28, 24, 60))
