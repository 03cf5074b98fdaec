"""How the desk's tables share out their width: every column sized from sample text, one column taking the rest.

Each column has a sample — the widest value it will hold — that gives its width when there is room. When there is
not, the other columns give way to the one that matters (a resident's name) in an order chosen per table: first they
are shortened, each down to its own least sample (the cells elide with …), then they are hidden one by one. The
stretching column is never narrower than its sample: the name column's is the widest common name. Widths are worked
out again when the view is resized and when its font changes (the large-text option), from the sample texts rather
than the rows: a table filled while hidden is measured as empty, and measuring every row costs time at each refresh.

The view's ``columnMinimums`` property (``{"column": px}``) says how narrow each column may be; the layout test
(tests/ui/layout_check.py) holds every table to it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

CELL_PADDING = 32  # the style sheet pads 8 px each side, the style keeps a text margin inside that, and slack
ICON_ROOM = 26  # a decoration icon and its gap
NAME_SAMPLE = "欧阳秀兰英"  # the widest common name: a compound surname and a three-character given name


@dataclass(frozen=True)
class Fit:
    """One column's share: ``sample`` when there is room; shortened to ``least`` (None: never shortened); hidden
    as a last resort if ``hides``. ``bold``: the model shows the column in bold (the results' names)."""

    sample: str
    least: str | None = None
    hides: bool = False
    icon: bool = False
    bold: bool = False


class ColumnFit(QObject):
    """Keeps one view's columns fitted to its width; see the module docstring."""

    def __init__(
        self,
        view: QTableView,
        columns: Mapping[int, Fit],
        *,
        stretch: int,
        give_way: Sequence[int] = (),
    ) -> None:
        super().__init__(view)
        if stretch not in columns:
            raise ValueError("the stretching column needs a sample too")
        if set(give_way) - set(columns) or stretch in give_way:
            raise ValueError("only the other sampled columns give way")
        self._view = view
        self._columns = dict(columns)
        self._stretch = stretch
        self._give_way = list(give_way)
        self._measured: tuple[tuple, tuple[dict[int, int], dict[int, int]]] | None = None
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # staff may widen a column by hand
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        self._viewport = view.viewport()
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        model = view.model()
        model.headerDataChanged.connect(self.fit)
        model.modelReset.connect(self.fit)  # a column count that changes with the rows
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._view and kind in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                                              QEvent.Type.Show):  # fmt: skip
            self.fit()  # first shown; large text; shown again after a refit while hidden (at full widths)
        elif watched is self._viewport and kind == QEvent.Type.Resize:
            self.fit()
        return False

    # -- measuring ----------------------------------------------------------------------------------------------
    def _widths(self) -> tuple[dict[int, int], dict[int, int]]:
        """Each column's width with room to spare and its least width (its title always shows whole); measured
        again only when the fonts or the titles change (a view is refitted at every resize)."""
        view = self._view
        header = view.horizontalHeader()
        model = view.model()
        titles = tuple(str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in self._columns)
        key = (view.font().key(), header.font().key(), titles)
        if self._measured is not None and self._measured[0] == key:
            return self._measured[1]
        plain = view.fontMetrics()
        bold_font = QFont(view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        title_metrics = header.fontMetrics()
        want: dict[int, int] = {}
        least: dict[int, int] = {}
        for (column, fit), text in zip(self._columns.items(), titles, strict=True):
            metrics = bold if fit.bold else plain
            title = title_metrics.horizontalAdvance(text)
            extra = CELL_PADDING + (ICON_ROOM if fit.icon else 0)
            want[column] = max(metrics.horizontalAdvance(fit.sample) + extra, title + CELL_PADDING)
            shortest = fit.sample if fit.least is None else fit.least
            least[column] = min(want[column], max(metrics.horizontalAdvance(shortest) + extra, title + CELL_PADDING))
        self._measured = (key, (want, least))
        return want, least

    def plan(self, width: int) -> tuple[dict[int, int], set[int]]:
        """The widths and the hidden columns for a view ``width`` px wide: shorten in the give-way order, then hide
        in it, each hidden column letting the shortened ones widen again."""
        want, least = self._widths()
        hideable = [column for column in self._give_way if self._columns[column].hides]
        others = set(range(self._view.model().columnCount())) - set(self._columns)  # unsampled: keep their width
        header = self._view.horizontalHeader()
        fixed = sum(header.sectionSize(column) for column in others if not header.isSectionHidden(column))
        hidden: set[int] = set()
        while True:
            widths = {column: want[column] for column in self._columns if column not in hidden}
            widths[self._stretch] = least[self._stretch]
            excess = sum(widths.values()) + fixed - width
            for column in self._give_way:
                if excess <= 0:
                    break
                if column in widths:
                    cut = min(excess, widths[column] - least[column])
                    widths[column] -= cut
                    excess -= cut
            if excess <= 0 or len(hidden) == len(hideable):
                return widths, hidden
            hidden.add(hideable[len(hidden)])

    def minimums(self) -> dict[str, int]:
        _want, least = self._widths()
        return {str(column): width for column, width in least.items()}

    # -- applying -----------------------------------------------------------------------------------------------
    def fit(self) -> None:
        view = self._view
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        width = view.viewport().width()
        if not view.isVisible() or width <= 0:
            width = 1 << 20  # not laid out yet: full widths, and the first resize shares them out
        widths, hidden = self.plan(width)
        header = view.horizontalHeader()
        for column in self._columns:
            header.setSectionHidden(column, column in hidden)
            if column in widths and column != self._stretch:
                header.resizeSection(column, widths[column])
        view.setProperty("columnMinimums", self.minimums())
        view.setMinimumWidth(self.least_width())

    def least_width(self) -> int:
        """The narrowest the view may be: the columns that never hide at their least, its frame and scroll bar (so
        the panels holding it keep room for the name)."""
        _want, least = self._widths()
        hideable = {column for column in self._give_way if self._columns[column].hides}
        columns = sum(width for column, width in least.items() if column not in hideable)
        view = self._view
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return columns + scroll_bar + 2 * view.frameWidth()
