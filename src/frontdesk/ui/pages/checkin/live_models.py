"""Table models for the live lists: 在馆 who is in now, and 关怀提醒 the welfare-watch call list.

Fed whole rows by the page (no I/O here); the time since check-in is computed against the ``now`` handed in, so the
same rows read right whatever the clock says.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from frontdesk.ui.pages.checkin import words
from frontdesk.ui.pages.checkin.results_model import RESIDENT_ID_ROLE

if TYPE_CHECKING:
    from frontdesk.core.services.visits import PresentVisitor, WatchEntry

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PresentColumn(enum.IntEnum):
    QUEUE = 0  # 排队号
    NAME = 1  # with +N family members
    SINCE = 2  # time since check-in (the time and purpose are in the tooltip)


class PresentModel(QAbstractTableModel):
    """在馆: longest-present first, as the service returns them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PresentVisitor] = []
        self._now: datetime | None = None

    def set_rows(self, rows: Sequence[PresentVisitor], now: datetime) -> None:
        """New rows; the same rows again (the list refreshes every minute and at every showing) change only how
        long each has been in, without resetting the view."""
        if list(rows) == self._rows:
            self._now = now
            if self._rows:
                last = len(self._rows) - 1
                self.dataChanged.emit(self.index(0, PresentColumn.SINCE), self.index(last, PresentColumn.SINCE))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def visitor(self, row: int) -> PresentVisitor:
        return self._rows[row]

    def row_of(self, resident_id: int) -> int | None:
        return next((i for i, v in enumerate(self._rows) if v.resident_id == resident_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PresentColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PresentColumn):
            return None
        return {
            PresentColumn.QUEUE: self.tr("No."),
            PresentColumn.NAME: self.tr("Name"),
            PresentColumn.SINCE: self.tr("In for"),
        }[PresentColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visitor = self._rows[index.row()]
        column = PresentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PresentColumn.QUEUE:
                return words.queue_text(visitor.queue_number)
            if column == PresentColumn.NAME:
                return visitor.name + (f" +{visitor.companions}" if visitor.companions else "")
            now = self._now or visitor.checked_in_at
            return words.duration_text(now - visitor.checked_in_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Checked in at {time} · {purpose}").format(
                time=words.clock_text(visitor.checked_in_at), purpose=words.purpose_text(str(visitor.purpose))
            )
        if role == RESIDENT_ID_ROLE:
            return visitor.resident_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PresentColumn.QUEUE, PresentColumn.SINCE):
            return _RIGHT
        return None


class WatchColumn(enum.IntEnum):
    NAME = 0
    AGE = 1
    PHONE = 2  # masked
    ABSENT = 3  # days since the last visit (its date is in the tooltip)


class WatchModel(QAbstractTableModel):
    """关怀提醒: residents living alone who came often and have not been seen lately, longest absent first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[WatchEntry] = []

    def set_rows(self, rows: Sequence[WatchEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> WatchEntry:
        return self._rows[row]

    def absent_text(self, days: int) -> str:
        return self.tr("{days} days").format(days=days)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WatchColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(WatchColumn):
            return None
        return {
            WatchColumn.NAME: self.tr("Name"),
            WatchColumn.AGE: self.tr("Age"),
            WatchColumn.PHONE: self.tr("Phone"),
            WatchColumn.ABSENT: self.tr("Absent"),
        }[WatchColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = WatchColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WatchColumn.NAME:
                return entry.name
            if column == WatchColumn.AGE:
                return "" if entry.age is None else str(entry.age)
            if column == WatchColumn.PHONE:
                return entry.phone_masked
            return self.absent_text(entry.days_absent)
        if role == Qt.ItemDataRole.ToolTipRole:
            contact = entry.emergency_name or self.tr("none recorded")
            return self.tr("Came {count} times before; last on {day}. Emergency contact: {contact}").format(
                count=entry.usual_visits, day=entry.last_visit.isoformat(), contact=contact
            )
        if role == RESIDENT_ID_ROLE:
            return entry.resident_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WatchColumn.AGE, WatchColumn.ABSENT):
            return _RIGHT
        return None
