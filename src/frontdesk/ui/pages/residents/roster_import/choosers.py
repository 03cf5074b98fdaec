"""The file dialogs of the import wizard, in one small class tests replace (a file dialog blocks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

ROSTER_SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")
REJECT_SUFFIXES = (".xlsx", ".csv")


class FileChooser:
    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def roster(self, start: str) -> str | None:
        """The roster to import (None: cancelled)."""
        filters = ";;".join(
            (
                QCoreApplication.translate("RosterImport", "Tables (*.xlsx *.xls *.ods *.csv)"),
                QCoreApplication.translate("RosterImport", "All files (*)"),
            )
        )
        path, _chosen = QFileDialog.getOpenFileName(
            self._parent, QCoreApplication.translate("RosterImport", "Choose the roster to import"), start, filters
        )
        return path or None

    def rejects(self, suggested: str) -> str | None:
        """Where to save the rows with problems: .xlsx unless the user picks .csv (None: cancelled)."""
        xlsx = QCoreApplication.translate("RosterImport", "Excel workbook (*.xlsx)")
        csv = QCoreApplication.translate("RosterImport", "CSV, UTF-8 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("RosterImport", "Save the rows with problems"),
            suggested,
            f"{xlsx};;{csv}",
            xlsx,
        )
        if not path:
            return None
        return str(with_suffix(Path(path), ".csv" if chosen == csv else ".xlsx"))


def with_suffix(path: Path, default: str) -> Path:
    """``path`` as typed when it names .xlsx or .csv, otherwise with ``default`` added."""
    return path if path.suffix.lower() in REJECT_SUFFIXES else path.with_name(path.name + default)


def rejects_name(source: str) -> str:
    """名单.xlsx → 名单-有问题的行.xlsx, beside the file it came from."""
    path = Path(source)
    stem = QCoreApplication.translate("RosterImport", "{name} - rows to fix").format(name=path.stem)
    return str(path.with_name(stem + ".xlsx"))
