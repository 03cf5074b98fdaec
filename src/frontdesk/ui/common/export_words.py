"""The words of exporting a table or the register: what was written, what refused it, why a file was not written."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation

CONTEXT = "TableExport"

# ExportService's refusals by code (frontdesk.core.services.exports).
REFUSALS: dict[str, str] = {
    "not_allowed": QT_TRANSLATE_NOOP("TableExport", "Your role may not export this."),
    "not_signed_in": QT_TRANSLATE_NOOP("TableExport", "Please sign in first."),
    "full_export_not_allowed": QT_TRANSLATE_NOOP(
        "TableExport", "Only a manager may export full ID numbers: export with masked numbers instead."
    ),
    "export_reason_required": QT_TRANSLATE_NOOP(
        "TableExport", "Say why the full ID numbers are needed: the reason goes into the audit log."
    ),
    "export_reason_too_long": QT_TRANSLATE_NOOP("TableExport", "Too long: at most {maximum} characters."),
    "health_not_allowed": QT_TRANSLATE_NOOP("TableExport", "Only care staff and managers may export health data."),
    "export_title_required": QT_TRANSLATE_NOOP("TableExport", "The table has no name to record it under."),
    "export_rows_invalid": QT_TRANSLATE_NOOP("TableExport", "The table's rows could not be counted."),
}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def refusal_text(violation: RuleViolation) -> str:
    source = REFUSALS.get(violation.code)
    if source is None:
        return QCoreApplication.translate("TableExport", "The table was not exported ({code}).").format(
            code=violation.code
        )
    return t(source).format(maximum=violation.params.get("maximum", ""))


def exported_text(rows: int, path: str) -> str:
    """已导出 N 行到 …"""
    return QCoreApplication.translate("TableExport", "Exported {count} rows to {path}.").format(count=rows, path=path)


def not_written_text(error: OSError, path: str) -> str:
    """Why the file was not written, and what to do: the usual cause is the file open in Excel or WPS."""
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "TableExport",
            "{path} could not be written: the file may be open in Excel or WPS, or the folder may be read-only. "
            "Close the file (or choose another name or folder) and export again.",
        ).format(path=path)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return QCoreApplication.translate(
            "TableExport", "{path} could not be written: the disk is full. Free some space, or choose another disk."
        ).format(path=path)
    if error.errno == errno.EROFS:
        return QCoreApplication.translate(
            "TableExport", "{path} could not be written: the disk is read-only. Choose another folder."
        ).format(path=path)
    return QCoreApplication.translate(
        "TableExport",
        "{path} could not be written ({why}). Check that the folder exists and can be written to, then export again.",
    ).format(path=path, why=error.strerror or type(error).__name__)
