"""The reports' charts, drawn with ReportLab's own graphics (no other dependency), in black on white: visits (人次)
solid black, people (人数) in outline or dashed, so a black-and-white copy of a copy still tells them apart.

Each chart carries its number and title (图1 …) inside the drawing, and the document prints its figures in a table
beside it: a chart alone cannot be checked.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from frontdesk.printing.fonts import register_fonts

Series = tuple[str, Sequence[int]]  # (its name, one value per label)
HEIGHT = 62 * mm
LABEL_SIZE = 8
TITLE_SIZE = 10
FILLS = (colors.black, colors.white)  # the first series filled, the second in outline
DASHES = (None, (3, 2))  # the first series solid, the second dashed


def bar_chart(title: str, labels: Sequence[str], series: Sequence[Series], width: float) -> Drawing:
    """Bars side by side for each label, the value written over each bar."""
    regular, bold = register_fonts()
    drawing = _frame(title, series, width, bold, regular, lines=False)
    chart = VerticalBarChart()
    _place(chart, width)
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    _value_axis(chart, series, regular)
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(series)):
        chart.bars[i].fillColor = FILLS[i % 2]
        chart.bars[i].strokeColor = colors.black
        chart.bars[i].strokeWidth = 0.6
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def line_chart(title: str, labels: Sequence[str], series: Sequence[Series], width: float) -> Drawing:
    """A line per series over the labels (the days of a month), marked at each point."""
    regular, bold = register_fonts()
    drawing = _frame(title, series, width, bold, regular, lines=True)
    chart = HorizontalLineChart()
    _place(chart, width)
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE - 1
    _value_axis(chart, series, regular)
    for i in range(len(series)):
        line = chart.lines[i]
        line.strokeColor = colors.black
        line.strokeWidth = 1.2 if i == 0 else 0.9
        line.strokeDashArray = DASHES[i % 2]
        line.symbol = makeMarker("FilledCircle" if i == 0 else "Circle", size=3)
    drawing.add(chart)
    return drawing


def _frame(title: str, series: Sequence[Series], width: float, bold: str, regular: str, *, lines: bool) -> Drawing:
    """The drawing with its title at the top left and a legend of the series at the top right."""
    drawing = Drawing(width, HEIGHT)
    drawing.initialFontName = regular  # the renderer's starting font: else Helvetica, which is not embedded
    drawing.add(String(0, HEIGHT - TITLE_SIZE, title, fontName=bold, fontSize=TITLE_SIZE))
    x = width
    for i, (name, _) in reversed(list(enumerate(series))):
        x -= len(name) * LABEL_SIZE + 4
        drawing.add(String(x, HEIGHT - TITLE_SIZE, name, fontName=regular, fontSize=LABEL_SIZE))
        x -= 16
        if lines:
            drawing.add(Line(x, HEIGHT - TITLE_SIZE + 3, x + 12, HEIGHT - TITLE_SIZE + 3, strokeColor=colors.black,
                             strokeWidth=1.2, strokeDashArray=DASHES[i % 2]))  # fmt: skip
        else:
            drawing.add(Rect(x + 2, HEIGHT - TITLE_SIZE, 8, 7, fillColor=FILLS[i % 2], strokeColor=colors.black,
                             strokeWidth=0.6))  # fmt: skip
        x -= 8
    return drawing


def _place(chart: VerticalBarChart | HorizontalLineChart, width: float) -> None:
    chart.x, chart.y = 28, 16
    chart.width, chart.height = width - 36, HEIGHT - 16 - TITLE_SIZE - 14
    chart.strokeColor = None


def _value_axis(chart: VerticalBarChart | HorizontalLineChart, series: Sequence[Series], regular: str) -> None:
    """From 0 to a round number above the largest value, in whole steps (counts are whole)."""
    top = max((v for _, values in series for v in values), default=0)
    step = _step(top)
    axis = chart.valueAxis
    axis.valueMin = 0
    axis.valueMax = step * max(1, math.ceil(top * 1.12 / step))
    axis.valueStep = step
    axis.labels.fontName = regular
    axis.labels.fontSize = LABEL_SIZE - 1
    axis.labelTextFormat = "%d"
    axis.visibleGrid = True
    axis.gridStrokeColor = colors.black
    axis.gridStrokeWidth = 0.2
    axis.gridStrokeDashArray = (1, 2)


def _step(top: int) -> int:
    """A whole step giving four to eight gridlines: 1, 2, 5, 10, 20, 50…"""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)
