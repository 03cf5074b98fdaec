"""Tables too long to load at once (the residents register, the audit log): rows read a page at a time as the view
scrolls, through Qt's ``canFetchMore``/``fetchMore``. Subclasses say how to read the next page and what a row shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Read-only rows, more appended on demand; one level (a table, not a tree)."""

    def __init__(self, parent=None, *, page_size: int) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[Any] = []
        self._more = False
        self._fetching = False

    def _next_page(self) -> tuple[list[Any], bool]:
        """The rows after those loaded, and whether more follow them."""
        raise NotImplementedError

    def _reset(self, rows: list[Any], more: bool) -> None:
        """Start over with ``rows`` (a new query, or none)."""
        self.beginResetModel()
        self._rows, self._more = rows, more
        self.endResetModel()

    @property
    def has_more(self) -> bool:
        """More rows match than are loaded (they load as the view scrolls)."""
        return self._more

    def row(self, row: int) -> Any:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True  # a view may ask again while the rows are being inserted: once is enough
        try:
            rows, self._more = self._next_page()
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
