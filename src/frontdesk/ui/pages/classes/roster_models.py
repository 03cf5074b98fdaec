"""The roster dialog's tables: the session's roster (the enrolled by name, then the guests present) with a present
tick, and the guests who may need a hand. Whole rows set at once; no I/O."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from frontdesk.ui.pages.classes import enroll_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.enrollment_rows import HelpRow, Roster, RosterLine


class RosterColumn(enum.IntEnum):
    NAME = 0
    COMPANIONS = 1
    PRESENT = 2


class HelpColumn(enum.IntEnum):
    NAME = 0
    NEEDS = 1
    PHONE = 2
    EMERGENCY = 3


def _source_text(source: str | None) -> str:
    if source == "checkin":
        return QCoreApplication.translate("Enrollment", "at check-in")
    if source == "scan":
        return QCoreApplication.translate("Enrollment", "at the door")
    if source == "roster":
        return QCoreApplication.translate("Enrollment", "on the roster")
    return ""


class RosterModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RosterLine] = []
        self.guest_ids: set[int] = set()

    def set_roster(self, roster: Roster) -> None:
        self.beginResetModel()
        self.rows = [*roster.enrolled, *roster.guests]
        self.guest_ids = {line.resident_id for line in roster.guests}
        self.endResetModel()

    def line(self, row: int) -> RosterLine | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, resident_id: int | None) -> int | None:
        return next((i for i, line in enumerate(self.rows) if line.resident_id == resident_id), None)

    def present_names(self) -> list[str]:
        return [line.name for line in self.rows if line.present]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RosterColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Enrollment", "Name"),
            QCoreApplication.translate("Enrollment", "Companions"),
            QCoreApplication.translate("Enrollment", "Present"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = RosterColumn(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column == RosterColumn.PRESENT:
            return Qt.CheckState.Checked if line.present else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(line, column)
        return None

    def cell(self, line: RosterLine, column: RosterColumn) -> str:
        if column == RosterColumn.NAME:
            if line.resident_id in self.guest_ids:
                return QCoreApplication.translate("Enrollment", "{name} (guest)").format(name=line.name)
            return line.name
        if column == RosterColumn.COMPANIONS:
            if line.present and line.present_companions != line.companions:
                return QCoreApplication.translate("Enrollment", "{count}, came {came}").format(
                    count=line.companions, came=line.present_companions
                )
            return str(line.companions) if line.companions else ""
        if not line.present:
            return QCoreApplication.translate("Enrollment", "not yet")
        how = _source_text(str(line.source) if line.source else None)
        at = words.clock_text(line.marked_at) if line.marked_at else ""
        return QCoreApplication.translate("Enrollment", "present {time} {how}").format(time=at, how=how).strip()


class HelpModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[HelpRow] = []

    def set_rows(self, rows: Iterable[HelpRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def names(self) -> list[str]:
        return [row.name for row in self.rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HelpColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Enrollment", "Name"),
            QCoreApplication.translate("Enrollment", "Needs"),
            QCoreApplication.translate("Enrollment", "Phone"),
            QCoreApplication.translate("Enrollment", "Emergency contact"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = HelpColumn(index.column())
        if column == HelpColumn.NAME:
            if row.age is None:
                return row.name
            return QCoreApplication.translate("Enrollment", "{name}, {age}").format(name=row.name, age=row.age)
        if column == HelpColumn.NEEDS:
            return words.help_text(row.aged, row.lives_alone, str(row.mobility_aid))
        if column == HelpColumn.PHONE:
            return row.phone or "—"
        if not row.emergency_name:
            return "—"
        parts = [row.emergency_name]
        if row.emergency_relation:
            parts.append(f"({row.emergency_relation})")
        if row.emergency_phone:
            parts.append(row.emergency_phone)
        return " ".join(parts)
