"""The audit log's two tables: the entries (a page at a time as the view scrolls) and one entry's before → after."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from frontdesk.ui.audit import words
from frontdesk.ui.paged_model import PagedTableModel

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.core.services.audit_log import AuditRow
    from frontdesk.ui.jobs import Jobs

PAGE_SIZE = 100
PAGE = "audit.page"  # the next page, read on the worker as the view scrolls
# (the last row shown, or None for the first page; how many) -> the rows after it, newest first
Fetch = Callable[["AuditRow | None", int], Sequence["AuditRow"]]
Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TIME = 0  # 时间
    STAFF = 1  # 员工
    ACTION = 2  # 操作
    TARGET = 3  # 对象


_HEADERS = {
    Column.TIME: QT_TRANSLATE_NOOP("AuditLog", "Time"),
    Column.STAFF: QT_TRANSLATE_NOOP("AuditLog", "Staff member"),
    Column.ACTION: QT_TRANSLATE_NOOP("AuditLog", "Action"),
    Column.TARGET: QT_TRANSLATE_NOOP("AuditLog", "Concerning"),
}


class AuditTableModel(PagedTableModel):
    """Read-only. :meth:`set_source` starts over with a new filter and its first page; the view asks for more as it
    scrolls, and each page is read after the last row already shown (never by offset: the log runs to hundreds of
    thousands) — on the desk's database worker, given as ``jobs``, and appended when it comes back."""

    def __init__(
        self,
        parent=None,
        *,
        jobs: Jobs,
        trouble: Callable[[EnvironmentProblem], None] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent, page_size=page_size)
        self._jobs = jobs
        self._trouble = trouble
        self._fetch: Fetch | None = None
        self._source = 0  # moves on with every new filter: a page read for the last one is dropped

    def set_source(self, fetch: Fetch, first: Sequence[AuditRow]) -> None:
        """A new filter: ``fetch`` reads its pages; ``first`` is its first page, already read."""
        self._source += 1
        self._fetch = fetch
        self._fetching = False
        rows = list(first)
        self._reset(rows, len(rows) == self.page_size)

    def clear(self) -> None:
        self._source += 1
        self._fetch = None
        self._fetching = False
        self._reset([], False)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetching or self._fetch is None:
            return
        self._fetching = True  # a view asks again and again as it scrolls: one page at a time
        fetch, after, size, source = self._fetch, self._rows[-1] if self._rows else None, self.page_size, self._source

        def got(rows: list[AuditRow]) -> None:
            if source != self._source:
                return
            self._more = len(rows) == size
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        def failed(problem: EnvironmentProblem) -> None:
            if source == self._source:
                self._more = False  # not asked again at every scroll while the database does not answer (F5 reads)
                if self._trouble is not None:
                    self._trouble(problem)

        def settled() -> None:
            if source == self._source:
                self._fetching = False

        self._jobs.run(lambda: list(fetch(after, size)), got, trouble=failed, settled=settled, key=PAGE)

    @property
    def fetching(self) -> bool:
        """A page is on its way."""
        return self._fetching

    def row(self, row: int) -> AuditRow:
        return self._rows[row]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(Column):
            return QCoreApplication.translate("AuditLog", _HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(index.column()))
        if role == Qt.ItemDataRole.UserRole:
            return item.entry_id
        return None

    @staticmethod
    def _text(item: AuditRow, column: Column) -> str:
        if column == Column.TIME:
            return item.at.strftime("%Y-%m-%d %H:%M:%S")
        if column == Column.STAFF:
            return words.staff_text(item)
        if column == Column.ACTION:
            return words.action_word(item.action)
        return words.target_text(item)


class DetailModel(QAbstractTableModel):
    """One entry's details: field · before · after for a change, field · value otherwise."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._change = False
        self._rows: list[tuple[str, str, str]] = []

    def show(self, details: dict[str, Any] | None) -> None:
        self.beginResetModel()
        self._change, self._rows = words.detail_rows(details)
        self.endResetModel()

    @property
    def is_change(self) -> bool:
        return self._change

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and copying)."""
        return [row if self._change else (row[0], row[2]) for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (3 if self._change else 2)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._change:
            headers = (
                QCoreApplication.translate("AuditLog", "Field"),
                QCoreApplication.translate("AuditLog", "Before"),
                QCoreApplication.translate("AuditLog", "After"),
            )
        else:
            headers = (QCoreApplication.translate("AuditLog", "Field"), QCoreApplication.translate("AuditLog", "Value"))
        return headers[section] if section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        shown = self.rows()
        if not 0 <= index.row() < len(shown) or index.column() >= len(shown[index.row()]):
            return None
        return shown[index.row()][index.column()]
