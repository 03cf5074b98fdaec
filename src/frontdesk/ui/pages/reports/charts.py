"""Bar and column charts drawn with QPainter (no chart library: see README "Charts" for the measured choice).

A chart shows :class:`ChartData` — categories, and one to three series over them (人数 people and 人次 visits where
both matter). Each series has its own fill *and* pattern (solid dark, light hatched, mid cross-hatched), so the
chart reads on a greyscale print and for a colour-blind reader; the legend names each series, every bar has its
value written beside it where there is room and a tooltip always, and the accessible description holds the figures.
Sizes come from the font, so large text and 150 % scaling make the chart taller, never clipped.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

COLUMNS, BARS = "columns", "bars"  # vertical columns (hours, days) or horizontal bars (named groups)
# fill, pattern drawn over it in the ink colour: distinct in colour, in grey and in black-and-white print
STYLES: tuple[tuple[str, Qt.BrushStyle], ...] = (
    ("#1f4e79", Qt.BrushStyle.SolidPattern),
    ("#f2c46d", Qt.BrushStyle.BDiagPattern),
    ("#9db7cf", Qt.BrushStyle.DiagCrossPattern),
)
INK = "#202020"


def whole(value: float) -> str:
    return str(round(value))


def percent(value: float) -> str:
    return f"{value:.0f}%"


@dataclass(frozen=True)
class Series:
    name: str  # says what it counts: "人次 visits", "人数 people"
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartData:
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_text: Callable[[float], str] = whole
    notes: tuple[str, ...] = field(default=())  # one per category, added to its tooltip (a rate's counts)

    def __post_init__(self) -> None:
        for one in self.series:
            if len(one.values) != len(self.categories):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values for {len(self.categories)}")

    @cached_property
    def empty(self) -> bool:
        return not self.categories or not any(v for s in self.series for v in s.values)

    def rows(self) -> list[list[str]]:
        """The figures as a table: a category and each series' value per row."""
        return [[c, *(self.value_text(s.values[i]) for s in self.series)] for i, c in enumerate(self.categories)]

    def describe(self, most: int = 40) -> str:
        """The figures in words, for a screen reader: "上午9时: 人次 12; …"."""
        parts = []
        for i, category in enumerate(self.categories[:most]):
            values = ", ".join(f"{s.name} {self.value_text(s.values[i])}" for s in self.series)
            parts.append(f"{category}: {values}")
        return "; ".join(parts)


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 5 × 10ⁿ) giving about ``ticks`` grid lines up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(factor * power, 1.0) if top >= ticks else factor * power
    return 10 * power


class Measures:
    """What a paint and a size hint measure of one chart's data in one font, measured once (a chart is sized many
    times as its grid lays out, and text measuring is what a paint spends most on)."""

    def __init__(self, data: ChartData | None, metrics: QFontMetrics) -> None:
        self.metrics = metrics
        self.line = metrics.height()
        series = data.series if data is not None else ()
        self.names = tuple(metrics.horizontalAdvance(one.name) for one in series)
        self.widest_category = max((metrics.horizontalAdvance(c) for c in data.categories), default=0) if data else 0
        values = {data.value_text(v) for one in series for v in one.values} if data is not None else set()
        self.widest_value = max((metrics.horizontalAdvance(v) for v in values), default=0)
        self.legend: tuple[int, list[list[int]]] | None = None  # (width, rows) laid out last


@dataclass(frozen=True)
class Hit:
    """Where one bar was drawn, for its tooltip."""

    rect: QRectF
    category: int
    series: int


class BarChart(QWidget):
    def __init__(self, name: str, title: str, orientation: str = BARS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.orientation = orientation
        self._title = title
        self._data: ChartData | None = None
        self._hits: list[Hit] = []
        self.empty_text = self.tr("Nothing to count in this period.")
        self.setAccessibleName(title)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach it and read its description
        self._measures: Measures | None = None
        self.painted = 0  # paints with data (the benchmark and tests wait for it)
        self.last_painted: ChartData | None = None  # the data of the last paint

    # -- data ---------------------------------------------------------------------------------------------------
    def data(self) -> ChartData | None:
        return self._data

    def set_data(self, data: ChartData | None) -> None:
        self._data = data
        self._measures = None
        self.setAccessibleDescription(data.describe() if data is not None and not data.empty else self.empty_text)
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    # -- size ---------------------------------------------------------------------------------------------------
    def measures(self) -> Measures:
        if self._measures is None:
            self._measures = Measures(self._data, QFontMetrics(self.font()))
        return self._measures

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the large-text option: measured again
            self._measures = None
            self.updateGeometry()
        super().changeEvent(event)

    def _line(self) -> int:
        return self.measures().line

    def _legend_rows(self, width: int) -> list[list[int]]:
        measures = self.measures()
        if measures.legend is not None and measures.legend[0] == width:
            return measures.legend[1]
        line = measures.line
        rows: list[list[int]] = [[]]
        used = 0
        for index, name in enumerate(measures.names):
            item = line * 3 + name
            if rows[-1] and used + item > width:
                rows.append([])
                used = 0
            rows[-1].append(index)
            used += item
        laid = rows if rows[0] else []
        measures.legend = (width, laid)
        return laid

    def _legend_height(self, width: int) -> int:
        rows = self._legend_rows(width)
        return len(rows) * int(self._line() * 1.4) + (self._line() // 2 if rows else 0)

    def _body_height(self) -> int:
        line = self._line()
        if self.orientation == COLUMNS or self._data is None or self._data.empty:
            return line * 12
        bars = max(1, len(self._data.series))
        return len(self._data.categories) * int(line * (0.95 * bars + 0.7)) + line

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._legend_height(width) + self._body_height()

    def sizeHint(self) -> QSize:
        width = self._line() * 28
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self._line() * 14
        return QSize(width, self.heightForWidth(self.width() or width))

    # -- drawing ------------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # no antialiasing: the bars are upright rectangles on whole pixels, and their hatching fills ten times faster
        painter.setPen(QColor(INK))
        painter.setFont(self.font())
        self._hits = []
        data = self._data
        if data is None or data.empty:
            painter.setPen(self.palette().placeholderText().color())
            text = self.empty_text if data is not None else self.tr("Reading the figures…")
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            painter.end()
            return
        legend = self._legend_height(self.width())
        self._draw_legend(painter, data)
        body = QRectF(0, legend, self.width(), self.height() - legend)
        if self.orientation == COLUMNS:
            self._draw_columns(painter, data, body)
        else:
            self._draw_bars(painter, data, body)
        painter.end()
        self.painted += 1
        self.last_painted = data

    def _draw_swatch(self, painter: QPainter, rect: QRectF, series: int) -> None:
        fill, pattern = STYLES[series % len(STYLES)]
        painter.fillRect(rect, QColor(fill))
        if pattern != Qt.BrushStyle.SolidPattern:
            painter.fillRect(rect, QBrush(QColor(INK), pattern))
        painter.setPen(QPen(QColor(INK), 1))
        painter.drawRect(rect)

    def _draw_legend(self, painter: QPainter, data: ChartData) -> None:
        measures = self.measures()
        line = measures.line
        y = line * 0.2
        for row in self._legend_rows(self.width()):
            x = 0.0
            for index in row:
                self._draw_swatch(painter, QRectF(x, y + line * 0.15, line * 1.4, line * 0.8), index)
                x += line * 1.8
                name, width = data.series[index].name, measures.names[index]
                painter.setPen(QColor(INK))
                painter.drawText(QRectF(x, y, width + 2, line), Qt.AlignmentFlag.AlignVCenter, name)
                x += width + line
            y += line * 1.4

    def _scale(self, data: ChartData) -> tuple[float, float]:
        top = max((v for s in data.series for v in s.values), default=0.0)
        step = nice_step(top)
        return step, max(step, math.ceil(top / step) * step)

    def _draw_columns(self, painter: QPainter, data: ChartData, body: QRectF) -> None:
        measures = self.measures()
        line, metrics = measures.line, measures.metrics
        step, top = self._scale(data)
        axis_width = max(metrics.horizontalAdvance(data.value_text(top)), metrics.horizontalAdvance("0")) + line // 2
        plot = QRectF(body.left() + axis_width, body.top() + line * 1.2, body.width() - axis_width - 4,
                      body.height() - line * 2.6)  # fmt: skip
        if plot.width() <= 0 or plot.height() <= 0:
            return
        grid = QPen(QColor("#c8c8c8"), 1, Qt.PenStyle.DashLine)
        value = 0.0
        while value <= top + 1e-9:  # grid lines and the value axis
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(INK))
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(body.left(), y - line / 2, axis_width - 4, line), right, data.value_text(value))
            value += step
        count, bars = len(data.categories), len(data.series)
        slot = plot.width() / count
        bar = slot * 0.8 / bars
        every = max(1, math.ceil((measures.widest_category + line // 2) / slot))  # a label every n slots if need be
        values_fit = measures.widest_value <= bar + line * 0.3
        for i, category in enumerate(data.categories):
            left = plot.left() + i * slot + slot * 0.1
            for j, one in enumerate(data.series):
                height = plot.height() * one.values[i] / top
                rect = QRectF(left + j * bar, plot.bottom() - height, bar, height)
                if height > 0:
                    self._draw_swatch(painter, rect, j)
                self._hits.append(Hit(QRectF(rect.left(), plot.top(), bar, plot.height()), i, j))
                if values_fit and one.values[i]:
                    painter.setPen(QColor(INK))
                    painter.drawText(QRectF(rect.left() - line, rect.top() - line, bar + 2 * line, line),
                                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                     data.value_text(one.values[i]))  # fmt: skip
            if i % every == 0:
                painter.setPen(QColor(INK))
                painter.drawText(QRectF(plot.left() + i * slot - slot * (every - 1) / 2, plot.bottom() + 2,
                                        slot * every, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, category)  # fmt: skip
        painter.setPen(QPen(QColor(INK), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _draw_bars(self, painter: QPainter, data: ChartData, body: QRectF) -> None:
        measures = self.measures()
        line, metrics = measures.line, measures.metrics
        _step, top = self._scale(data)
        label_width = min(measures.widest_category + line, body.width() * 0.4)
        widest_value = measures.widest_value
        room = int(label_width - line // 2)
        whole_labels = measures.widest_category <= room
        plot_left = body.left() + label_width
        plot_width = body.width() - label_width - widest_value - line
        if plot_width <= 0:
            return
        bars = len(data.series)
        bar = line * 0.95
        row = int(line * (0.95 * bars + 0.7))
        y = body.top() + line * 0.3
        for i, category in enumerate(data.categories):
            painter.setPen(QColor(INK))
            label = category if whole_labels else metrics.elidedText(category, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(body.left(), y, label_width - line // 2, bar * bars),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            for j, one in enumerate(data.series):
                length = plot_width * one.values[i] / top
                rect = QRectF(plot_left, y + j * bar, length, bar * 0.9)
                if length > 0:
                    self._draw_swatch(painter, rect, j)
                self._hits.append(Hit(QRectF(plot_left, y + j * bar, plot_width, bar), i, j))
                painter.setPen(QColor(INK))
                painter.drawText(QRectF(plot_left + length + line * 0.3, y + j * bar, widest_value + line, bar),
                                 Qt.AlignmentFlag.AlignVCenter, data.value_text(one.values[i]))  # fmt: skip
            y += row
        painter.setPen(QPen(QColor(INK), 1))
        painter.drawLine(QPointF(plot_left, body.top()), QPointF(plot_left, y))

    # -- tooltips -----------------------------------------------------------------------------------------------
    def tip_at(self, x: float, y: float) -> str:
        """The tooltip of the bar under (x, y): its category, series and value ("" off the bars)."""
        data = self._data
        if data is None:
            return ""
        for hit in self._hits:
            if hit.rect.contains(QPointF(x, y)):
                one = data.series[hit.series]
                text = f"{data.categories[hit.category]}\n{one.name}: {data.value_text(one.values[hit.category])}"
                if data.notes and data.notes[hit.category]:
                    text += f"\n{data.notes[hit.category]}"
                return text
        return ""

    def bar_rects(self) -> list[Hit]:
        """The bars of the last paint (tests hover over them)."""
        return list(self._hits)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
