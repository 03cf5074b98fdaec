"""Table views set up the same way on the page: whole rows, no editing, no row numbers, readable row height, and
columns shared out by :class:`~frontdesk.ui.common.column_fit.ColumnFit` (sample widths; the others give way to the
name).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView

from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.row_table import as_list, row_table


def make_table(
    name: str,
    model: QAbstractItemModel,
    *,
    stretch: int,
    samples: Mapping[int, str | Fit],
    icon_columns: tuple[int, ...] = (),
    give_way: Sequence[int] = (),
) -> QTableView:
    """A read-only, single-row-selection table over ``model``. ``samples`` gives each column its widest text (or
    its whole :class:`Fit`); column ``stretch`` takes the spare width and is never narrower than its sample (by
    default the widest common name); the others give way in the order ``give_way``."""
    view = as_list(row_table(name, model))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    fits = {
        column: fit if isinstance(fit, Fit) else Fit(fit, icon=column in icon_columns)
        for column, fit in samples.items()
    }
    fits.setdefault(stretch, Fit(NAME_SAMPLE))
    view.column_fit = ColumnFit(view, fits, stretch=stretch, give_way=give_way)  # type: ignore[attr-defined]
    return view


def current_row(view: QTableView) -> int | None:
    index = view.currentIndex()
    return index.row() if index.isValid() else None
