"""The registry table's model: whole rows from :meth:`RegistryService.page`, fetched a page at a time as the view
scrolls (``canFetchMore``/``fetchMore``), so a register of 200,000 residents never loads at once.

The model never reads the database itself: it asks for the next page (the page reads it on the desk's database
worker) and inserts the rows when they arrive, so scrolling never waits for the server."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from frontdesk.ui.paged_model import PagedTableModel
from frontdesk.ui.residents import words

if TYPE_CHECKING:
    from frontdesk.core.services.registry import RegistryRow

PAGE_SIZE = 200
# (offset, limit, arrived): start reading those rows; arrived(rows) on the GUI thread when they are read, or
# arrived(None) when they could not be (the view asks again as it scrolls).
Request = Callable[[int, int, Callable[[Sequence["RegistryRow"] | None], None]], object]
Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0  # 姓名
    GENDER = 1  # 性别
    AGE = 2  # 年龄
    COMMUNITY = 3  # 社区
    ID_NUMBER = 4  # 身份证号 (masked)
    PHONE = 5  # 手机 (masked)
    FLAGS = 6  # 标记


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("RegistryModel", "Name"),
    Column.GENDER: QT_TRANSLATE_NOOP("RegistryModel", "Sex"),
    Column.AGE: QT_TRANSLATE_NOOP("RegistryModel", "Age"),
    Column.COMMUNITY: QT_TRANSLATE_NOOP("RegistryModel", "Community"),
    Column.ID_NUMBER: QT_TRANSLATE_NOOP("RegistryModel", "ID number"),
    Column.PHONE: QT_TRANSLATE_NOOP("RegistryModel", "Mobile"),
    Column.FLAGS: QT_TRANSLATE_NOOP("RegistryModel", "Flags"),
}


class RegistryModel(PagedTableModel):
    """Read-only. :meth:`set_source` starts over with a new query; the view asks for more rows as it scrolls."""

    def __init__(self, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent, page_size=page_size)
        self._request: Request | None = None
        self._total = 0

    # -- feeding ------------------------------------------------------------------------------------------------
    def set_source(self, request: Request, total: int, rows: Sequence[RegistryRow] = ()) -> None:
        """A new query: ``total`` rows match, ``rows`` are the first of them (read with the count: the first page,
        or as many as were loaded, to keep a scrolled-down view where it was); the rest are asked for through
        ``request`` when the view scrolls there."""
        self._request = request
        self._total = total
        self._reset(list(rows), len(rows) < total)

    def clear(self) -> None:
        self._request, self._total = None, 0
        self._reset([], False)

    def _request_page(self, deliver) -> None:
        if self._request is None:
            deliver([], False)
            return
        offset, limit = len(self._rows), self.page_size

        def arrived(rows: Sequence[RegistryRow] | None) -> None:
            if rows is None:
                deliver(None, True)
                return
            rows = list(rows)
            deliver(rows, len(rows) == limit and offset + len(rows) < self._total)  # fewer: the register shrank

        self._request(offset, limit, arrived)

    # -- reading ------------------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many residents match, loaded or not."""
        return self._total

    def row(self, row: int) -> RegistryRow:
        return self._rows[row]

    def row_of(self, resident_id: int) -> int | None:
        """The row showing ``resident_id`` among those loaded."""
        for number, item in enumerate(self._rows):
            if item.resident_id == resident_id:
                return number
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return QCoreApplication.translate("RegistryModel", _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return item.resident_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(item: RegistryRow, column: Column) -> str:
        if column == Column.NAME:
            return item.name
        if column == Column.GENDER:
            return words.gender_word(item.gender)
        if column == Column.AGE:
            return "" if item.age is None else str(item.age)
        if column == Column.COMMUNITY:
            return item.community or ""
        if column == Column.ID_NUMBER:
            return item.id_masked
        if column == Column.PHONE:
            return item.phone_masked
        return words.row_flags(item)
