"""Where to write a workbook: the one blocking prompt of the 统计 page's 导出Excel… buttons (tests replace the tab's
``choose_path`` instead of driving a file dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_xlsx(parent: QWidget, suggested: str) -> str | None:
    """A path ending in .xlsx, or ``None`` if the user cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Reports", "Export Excel"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("Reports", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return None
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"
