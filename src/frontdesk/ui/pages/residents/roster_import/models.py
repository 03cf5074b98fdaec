"""The wizard's two tables: the sheet's first rows under the field each column fills, and the checked rows.

Both are fed whole data (a :class:`SheetTable`, an :class:`ImportPlan`'s rows) and do no I/O. The rows' list keeps
which UPDATE rows the user accepts (a check box in its first column) and filters by status behind a proxy.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from frontdesk.ui.pages.residents.roster_import import words

if TYPE_CHECKING:
    from frontdesk.core.importing.plan import PlannedRow, SheetTable

PREVIEW_ROWS = 20  # data rows shown under the header on the columns page
FIELD_ROW = 0  # the columns table's first row holds each column's field chooser
Index = QModelIndex | QPersistentModelIndex


def cell_text(value: object) -> str:
    """A cell as the preview shows it: dates as dates, whole numbers without ".0", nothing for empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = value.isoformat()  # type: ignore[union-attr]
        return text.removesuffix("T00:00:00")
    return str(value)


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB: the column as the spreadsheet program names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class ColumnsModel(QAbstractTableModel):
    """The header and the first data rows of the sheet, one column per sheet column; row 0 is where the field
    chooser of each column sits (an index widget), its text the chosen field's name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: SheetTable | None = None
        self.headers: tuple[str, ...] = ()
        self.fields: list[str | None] = []
        self._rows: list[tuple[int, tuple[object, ...]]] = []  # (line, cells) shown under the field row

    def show(self, table: SheetTable, header_rows: tuple[int, ...], headers: Sequence[str],
             fields: Sequence[str | None]) -> None:  # fmt: skip
        self.beginResetModel()
        self.table = table
        self.headers = tuple(headers)
        self.fields = list(fields)
        first = (header_rows[-1] + 1) if header_rows else 0
        shown = range(first, min(first + PREVIEW_ROWS, len(table.rows)))
        self._rows = [(table.lines[i], table.rows[i]) for i in shown]
        self.endResetModel()

    def width(self) -> int:
        return max([len(self.headers), len(self.fields), *(len(cells) for _line, cells in self._rows)], default=0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else 1 + len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            header = self.headers[section] if section < len(self.headers) else ""
            return f"{column_letter(section)}  {header}".rstrip()
        if section == FIELD_ROW:
            return QCoreApplication.translate("RosterImport", "Import as")
        return str(self._rows[section - 1][0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if index.row() == FIELD_ROW:
            field = self.fields[column] if column < len(self.fields) else None
            return words.field_name(field) if field else QCoreApplication.translate("RosterImport", "Not imported")
        cells = self._rows[index.row() - 1][1]
        return cell_text(cells[column]) if column < len(cells) else ""


class RowColumn(IntEnum):
    ACCEPT = 0  # UPDATE rows: the changes accepted (a check box)
    LINE = 1  # 行号, as the spreadsheet program numbers it
    NAME = 2
    STATUS = 3
    REASON = 4  # why refused, what would change, whom it matches


class PlanRowsModel(QAbstractTableModel):
    """The checked rows of the file; UPDATE rows carry a check box: their changes accepted or not (not, at first)."""

    accepted_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PlannedRow] = []
        self.accepted: set[int] = set()  # indexes into rows
        self._name_column: int | None = None

    def set_rows(self, rows: Sequence[PlannedRow], name_column: int | None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.accepted = set()
        self._name_column = name_column
        self.endResetModel()
        self.accepted_changed.emit()

    def updates(self) -> list[int]:
        return [i for i, row in enumerate(self.rows) if str(row.status) == "update"]

    def accept(self, rows: Sequence[int], accepted: bool) -> None:
        """Accept (or not) the changes of these rows (indexes into :attr:`rows`; only UPDATE rows count)."""
        wanted = {i for i in rows if 0 <= i < len(self.rows) and str(self.rows[i].status) == "update"}
        before = set(self.accepted)
        self.accepted = (self.accepted | wanted) if accepted else (self.accepted - wanted)
        for i in before ^ self.accepted:
            index = self.index(i, RowColumn.ACCEPT)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        if before != self.accepted:
            self.accepted_changed.emit()

    def accepted_lines(self) -> frozenset[int]:
        """The accepted UPDATE rows by their line in the sheet, as :meth:`ResidentImportService.run` takes them."""
        return frozenset(self.rows[i].line for i in self.accepted)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RowColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return row_header(RowColumn(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == RowColumn.ACCEPT and self._is_update(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _is_update(self, row: int) -> bool:
        return 0 <= row < len(self.rows) and str(self.rows[row].status) == "update"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == RowColumn.ACCEPT and self._is_update(index.row()):
            return Qt.CheckState.Checked if index.row() in self.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return str(row.status)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == RowColumn.LINE:
            return str(row.line)
        if column == RowColumn.NAME:
            return words.row_name(row, self._name_column)
        if column == RowColumn.STATUS:
            return words.status_word(str(row.status))
        if column == RowColumn.REASON:
            return words.row_reason(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != RowColumn.ACCEPT:
            return False
        if not self._is_update(index.row()):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.accept([index.row()], checked)
        return True


def row_header(column: RowColumn) -> str:
    texts = {
        RowColumn.ACCEPT: QCoreApplication.translate("RosterImport", "Accept"),
        RowColumn.LINE: QCoreApplication.translate("RosterImport", "Row"),
        RowColumn.NAME: QCoreApplication.translate("RosterImport", "Name"),
        RowColumn.STATUS: QCoreApplication.translate("RosterImport", "Result"),
        RowColumn.REASON: QCoreApplication.translate("RosterImport", "Why / what changes"),
    }
    return texts[column]


class StatusFilter(QSortFilterProxyModel):
    """The rows of one status (``None``: every row)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = None

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.status is None:
            return True
        model = self.sourceModel()
        return model.index(source_row, 0, source_parent).data(Qt.ItemDataRole.UserRole) == self.status
