"""Table views set up the same way on the page: whole rows, no editing, no row numbers, readable row height.

Columns get their widths from sample texts (the widest value they will hold) rather than from measuring every row:
measuring costs time at every refresh, and a table filled while hidden (a tab not shown) is measured as empty. One
column stretches to take the rest. Widths are worked out again when the font changes (the large-text option).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from frontdesk.ui.common.row_table import as_list, row_table

CELL_PADDING = 32  # the style sheet pads 8 px each side, the style keeps a text margin inside that, and slack
ICON_ROOM = 26  # a decoration icon and its gap


class _ColumnFitter(QObject):
    """Sizes the sample columns of one view whenever its font or style is (re)applied."""

    def __init__(self, view: QTableView, samples: Mapping[int, str], icons: frozenset[int]) -> None:
        super().__init__(view)
        self._view = view
        self._samples = dict(samples)
        self._icons = icons
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange):  # first shown; large text
            self.fit()
        return False

    def fit(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        cells = view.fontMetrics()
        titles = header.fontMetrics()
        view.verticalHeader().setDefaultSectionSize(cells.height() + 14)
        model = view.model()
        for column, sample in self._samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(cells.horizontalAdvance(sample), titles.horizontalAdvance(title)) + CELL_PADDING
            if column in self._icons:
                width += ICON_ROOM
            header.resizeSection(column, width)


def make_table(
    name: str,
    model: QAbstractItemModel,
    *,
    stretch: int,
    samples: Mapping[int, str],
    icon_columns: tuple[int, ...] = (),
) -> QTableView:
    """A read-only, single-row-selection table over ``model``; ``samples`` gives each column but ``stretch`` its
    widest text, and column ``stretch`` takes the spare width."""
    view = as_list(row_table(name, model))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(24)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # staff may widen a column by hand
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    fitter = _ColumnFitter(view, samples, frozenset(icon_columns))
    fitter.fit()
    return view


def current_row(view: QTableView) -> int | None:
    index = view.currentIndex()
    return index.row() if index.isValid() else None
