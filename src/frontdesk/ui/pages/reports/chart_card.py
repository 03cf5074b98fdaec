"""A chart with its title and its figures as a table: 查看数据 swaps the picture for the table (the same numbers,
for a reader who wants them exact or cannot see the bars), 导出… writes the table through the desk's shared export.
:class:`ChartGrid` lays the cards out in as many columns as the width allows: one at 1024 px, two or three at 1920."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.form_parts import CellsModel
from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.pages.reports.charts import BARS, BarChart, ChartData


class FiguresModel(CellsModel):
    """A chart's figures: the category, then one column per series (numbers right-aligned)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], lambda row: row, parent)

    def set_data(self, header: str, data: ChartData | None) -> None:
        self.beginResetModel()
        self._headers = [header, *(s.name for s in data.series)] if data is not None else [header]
        self.rows = data.rows() if data is not None else []
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ChartCard(QFrame):
    """``name`` names its parts: ``{name}Chart``, ``{name}Table``, ``{name}Data`` (the toggle), ``{name}Export``."""

    export_requested = Signal(object)  # the card: its table is to be exported

    def __init__(self, name: str, title: str, category: str, orientation: str = BARS,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.category = category  # the first column's header: 时段, 日期, 社区…
        self.heading = WrappedLabel(title)
        self.heading.setObjectName(f"{name}Title")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.chart = BarChart(f"{name}Chart", title, orientation)
        self.model = FiguresModel(self)
        self.model.set_data(category, None)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(title)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.data_button = QPushButton(self.tr("Show figures"))
        self.data_button.setObjectName(f"{name}Data")
        self.data_button.setCheckable(True)
        self.data_button.setToolTip(self.tr("Show the figures as a table instead of the chart"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName(f"{name}Export")
        self.export_button.setToolTip(self.tr("Save these figures as a spreadsheet (.xlsx or .csv)"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.data_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.data_button.toggled.connect(self.show_table)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self))

    def set_data(self, data: ChartData | None) -> None:
        self.chart.set_data(data)
        self.model.set_data(self.category, data)
        self.export_button.setEnabled(data is not None and bool(data.categories))
        self._fit_stack()

    def set_title(self, title: str) -> None:
        self.title = title
        self.heading.setText(title)
        self.chart.setAccessibleName(title)
        self.table.setAccessibleName(title)

    def show_table(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table if on else self.chart)
        self.data_button.setText(self.tr("Show chart") if on else self.tr("Show figures"))
        self._fit_stack()

    def _fit_stack(self) -> None:
        """The table as tall as the chart would be (a stack is as tall as its tallest page otherwise)."""
        rows = self.model.rowCount() + 1
        line = QFontMetrics(self.table.font()).height()
        self.table.setMinimumHeight(min(rows * int(line * 1.8) + 8, line * 16))

    def figures(self) -> list[list[str]]:
        """The table's cells as shown, header first (what an export writes)."""
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(self.model.columnCount())]
        return [headers, *(list(row) for row in self.model.rows)]


class ChartGrid(QWidget):
    """Cards in rows of as many columns as fit (a card wants ``card_em`` characters' width), at most three."""

    def __init__(self, parent: QWidget | None = None, *, card_em: int = 34, most: int = 3) -> None:
        super().__init__(parent)
        self.setObjectName("reportsChartGrid")
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._cards: list[QWidget] = []
        self._card_em = card_em
        self._most = most
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)

    def add(self, card: QWidget) -> None:
        self._cards.append(card)
        self._place(self._columns_for(self.width()) if self.width() > 0 else 1, force=True)

    def cards(self) -> Sequence[QWidget]:
        return tuple(self._cards)

    @property
    def columns(self) -> int:
        return self._columns

    def _columns_for(self, width: int) -> int:
        wanted = QFontMetrics(self.font()).horizontalAdvance("M") * self._card_em
        return max(1, min(self._most, width // max(1, wanted)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._columns_for(event.size().width()))

    def _place(self, columns: int, *, force: bool = False) -> None:
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for number, card in enumerate(self._cards):
            self._grid.addWidget(card, number // columns, number % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(self._most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
