"""The agenda's week view: seven day columns sharing the width, each titled on two lines (周一 over 11/23) so a
day's title fits the seventh of a small screen, its cells wrapping onto as many lines as they take (a word still
too wide is elided, and shown whole as the cell's tool tip)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

PADDING = 16  # the header's margins either side of a title


def week_table(name: str, model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # a narrower day column wraps its counts onto more lines: the rows take them again
    view.horizontalHeader().sectionResized.connect(
        lambda *_: rows.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    )
    view.week_fit = _WeekFit(view)  # type: ignore[attr-defined]
    return view


class _WeekFit(QObject):
    """Declares each day column's least width (its title's widest line) as ``columnMinimums`` and keeps the view at
    least as wide as the seven of them, measured again when the titles or the fonts change (large text)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)
        model = view.model()
        model.headerDataChanged.connect(self.fit)
        model.modelReset.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        return False

    def fit(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        metrics = header.fontMetrics()
        model = view.model()
        least: dict[str, int] = {}
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
            least[str(column)] = widest + PADDING
        view.setProperty("columnMinimums", least)
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        side = view.verticalHeader().sizeHint().width() if view.verticalHeader().isVisible() else 0
        view.setMinimumWidth(sum(least.values()) + side + scroll_bar + 2 * view.frameWidth())
