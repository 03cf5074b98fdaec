"""The search results as a table model, fed whole rows: no I/O here, the page asks the service and hands them over."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from frontdesk.ui.common import icons

if TYPE_CHECKING:
    from frontdesk.core.search.query import SearchHit

RESIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GREEN = "#2E7D4F"

Index = QModelIndex | QPersistentModelIndex


def short_id(masked: str) -> str:
    """``1402…2002``: the already masked ID number, shorter still for a list row (the card shows the full mask)."""
    return f"{masked[:4]}…{masked[-4:]}" if len(masked) > 8 else masked


class Column(enum.IntEnum):
    NAME = 0
    AGE = 1
    COMMUNITY = 2
    ID_NUMBER = 3  # masked
    TODAY = 4  # 今日 已签到


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._present: frozenset[int] = frozenset()
        self._name_font = QFont()
        self._name_font.setBold(True)
        self._in_icon = icons.small_icon("check-circle", GREEN, 18)

    # -- feeding ------------------------------------------------------------------------------------------------
    def set_rows(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def set_present(self, resident_ids: Iterable[int]) -> None:
        """Who is in the building now: their rows say 今日 已签到 (only that column changes)."""
        present = frozenset(resident_ids)
        if present == self._present:
            return
        self._present = present
        if self._hits:
            self.dataChanged.emit(self.index(0, Column.TODAY), self.index(len(self._hits) - 1, Column.TODAY))

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def is_present(self, resident_id: int) -> bool:
        return resident_id in self._present

    # -- the model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.AGE: self.tr("Age"),
            Column.COMMUNITY: self.tr("Community"),
            Column.ID_NUMBER: self.tr("ID number"),
            Column.TODAY: self.tr("Today"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = Column(index.column())
        present = hit.resident_id in self._present
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column, present)
        if role == RESIDENT_ID_ROLE:
            return hit.resident_id
        if role == Qt.ItemDataRole.FontRole and column == Column.NAME:
            return self._name_font
        if column == Column.TODAY and present:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._in_icon
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(GREEN))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, hit: SearchHit, column: Column, present: bool) -> str:
        if column == Column.NAME:
            return hit.name
        if column == Column.AGE:
            return "" if hit.age is None else str(hit.age)
        if column == Column.COMMUNITY:
            return hit.community or ""
        if column == Column.ID_NUMBER:
            return short_id(hit.id_masked)
        return self.present_text() if present else ""

    def present_text(self) -> str:
        """今日 已签到: what the last column says of someone in the building now."""
        return self.tr("Here")
