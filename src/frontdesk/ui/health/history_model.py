"""The readings as a table: time, blood pressure, pulse, blood sugar (空腹 / 随机), weight, flags, by whom. Fed whole
rows (newest first), doing no I/O."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from frontdesk.ui.health import words

if TYPE_CHECKING:
    from frontdesk.core.services.vitals import ReadingRow

FLAGGED = QColor("#7A4F00")  # amber words; the flag column says it in words too
EMPTY = "—"


class Column(enum.IntEnum):
    TAKEN = 0
    PRESSURE = 1
    PULSE = 2
    GLUCOSE = 3
    WEIGHT = 4
    FLAGS = 5
    STAFF = 6


def _header(column: Column) -> str:
    return {
        Column.TAKEN: QCoreApplication.translate("Vitals", "Taken"),
        Column.PRESSURE: QCoreApplication.translate("Vitals", "Blood pressure (mmHg)"),
        Column.PULSE: QCoreApplication.translate("Vitals", "Pulse (/min)"),
        Column.GLUCOSE: QCoreApplication.translate("Vitals", "Blood sugar (mmol/L)"),
        Column.WEIGHT: QCoreApplication.translate("Vitals", "Weight (kg)"),
        Column.FLAGS: QCoreApplication.translate("Vitals", "Flags"),
        Column.STAFF: QCoreApplication.translate("Vitals", "By"),
    }[column]


def cell_text(row: ReadingRow, column: Column) -> str:
    if column is Column.TAKEN:
        return row.taken_at.strftime("%Y-%m-%d %H:%M")
    if column is Column.PRESSURE:
        return f"{row.systolic}/{row.diastolic}" if row.systolic is not None else EMPTY
    if column is Column.PULSE:
        return str(row.pulse) if row.pulse is not None else EMPTY
    if column is Column.GLUCOSE:
        if row.glucose_mmol is None:
            return EMPTY
        return f"{row.glucose_mmol:.1f} ({words.glucose_kind(row.fasting)})"
    if column is Column.WEIGHT:
        return f"{row.weight_kg:g}" if row.weight_kg is not None else EMPTY
    if column is Column.FLAGS:
        return words.flags_text(str(f) for f in row.flags)
    return row.staff_name or EMPTY


_FLAG_OF = {Column.PRESSURE: "pressure", Column.PULSE: "pulse", Column.GLUCOSE: "glucose"}


class ReadingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReadingRow] = []

    def set_rows(self, rows: list[ReadingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> ReadingRow:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            kind = _FLAG_OF.get(column)
            flagged = (column is Column.FLAGS and row.flags) or (
                kind and any(str(f).startswith(kind) for f in row.flags)
            )
            return QBrush(FLAGGED) if flagged else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (Column.FLAGS, Column.STAFF):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return _header(Column(section))
        return None
