"""Tables too long to load at once (the residents register, the audit log): rows read a page at a time as the view
scrolls, through Qt's ``canFetchMore``/``fetchMore``. Subclasses say how to read the next page and what a row shows.

A page may be read at once (:meth:`PagedTableModel._next_page`, the audit log) or asked for and inserted when it
arrives (:meth:`PagedTableModel._request_page`, the register, read on the desk's database worker): ``fetchMore``
never waits for it. One page is on its way at a time; rows asked for under an earlier query are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Deliver = Callable[[Sequence[Any] | None, bool], None]  # (the rows, or None: not read; whether more follow them)


class PagedTableModel(QAbstractTableModel):
    """Read-only rows, more appended on demand; one level (a table, not a tree)."""

    def __init__(self, parent=None, *, page_size: int) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[Any] = []
        self._more = False
        self._fetching = False  # a page is being read (or inserted): the view's next ask waits for it
        self._generation = 0  # moves on with every reset: a page asked for before it is not this query's

    def _next_page(self) -> tuple[list[Any], bool]:
        """The rows after those loaded, and whether more follow them (a model that reads at once)."""
        raise NotImplementedError

    def _request_page(self, deliver: Deliver) -> None:
        """Start reading the rows after those loaded; ``deliver`` them when they arrive, now or later (``None``: not
        read, so the view's next ask tries again). By default :meth:`_next_page`, at once."""
        rows, more = self._next_page()
        deliver(rows, more)

    def _reset(self, rows: list[Any], more: bool) -> None:
        """Start over with ``rows`` (a new query, or none)."""
        self.beginResetModel()
        self._generation += 1
        self._rows, self._more, self._fetching = rows, more, False
        self.endResetModel()

    @property
    def has_more(self) -> bool:
        """More rows match than are loaded (they load as the view scrolls)."""
        return self._more

    @property
    def fetching(self) -> bool:
        """A page is on its way."""
        return self._fetching

    def row(self, row: int) -> Any:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True  # a view may ask again while the rows are on their way or being inserted: once is enough
        generation = self._generation

        def deliver(rows: Sequence[Any] | None, more: bool) -> None:
            if generation != self._generation:
                return  # asked for under an earlier query
            try:
                if rows is not None:
                    self._more = more
                    if rows:
                        start = len(self._rows)
                        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                        self._rows.extend(rows)
                        self.endInsertRows()
            finally:
                self._fetching = False

        try:
            self._request_page(deliver)
        except BaseException:
            if generation == self._generation:
                self._fetching = False
            raise

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
