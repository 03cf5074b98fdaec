"""血压趋势图: the readings over time, painted with QPainter (QtCharts is not part of PySide6-Essentials).

Two plots sharing the time axis: blood pressure (systolic and diastolic, with the 140 / 90 mmHg lines of the
guideline) and, below and smaller, blood sugar (with 7.0 fasting and 11.1 random). Everything is laid out from the
widget's size and its font, in logical pixels, so it scales with the window and with 150 % screens. It reads in
black and white too: systolic is a solid line with filled dots, diastolic a dashed line with open squares, a fasting
sugar a filled triangle and a random one an open diamond; the guideline lines are dotted and labelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from frontdesk.core.services.vitals import ReadingRow

SYSTOLIC = QColor("#B03A2E")
DIASTOLIC = QColor("#1F5F99")
GLUCOSE = QColor("#2E7D4F")
GUIDE = QColor("#6B6B6B")
GRID = QColor("#E3E3E3")
INK = QColor("#222222")
PRESSURE_LINES = (140, 90)  # 《中国高血压防治指南》
GLUCOSE_LINES = (7.0, 11.1)  # fasting, random
Mapper = Callable[[float], float]


class VitalsChart(QWidget):
    """Show :meth:`set_readings` (any order); nothing to read from the database itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vitalsChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._rows: list[ReadingRow] = []

    def set_readings(self, rows: Sequence[ReadingRow]) -> None:
        self._rows = sorted(rows, key=lambda r: (r.taken_at, r.id))
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 18, line * 15)  # the legend on two lines, both plots readable; the dialog scrolls

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 40, line * 22)

    # -- painting ---------------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        pressures = [r for r in self._rows if r.systolic is not None and r.diastolic is not None]
        sugars = [r for r in self._rows if r.glucose_mmol is not None]
        if not pressures and not sugars:
            painter.setPen(GUIDE)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("No readings yet"))
            painter.end()
            return
        left = metrics.horizontalAdvance("000.0") + line * 0.8
        right = metrics.horizontalAdvance("11.1") + line * 0.8  # room for the guideline labels
        top = self._legend(painter, metrics, bool(pressures), bool(sugars)) + line * 1.3  # legend, then the unit
        bottom = line * 2.0  # the date labels
        area = QRectF(left, top, max(10.0, self.width() - left - right), max(10.0, self.height() - top - bottom))
        gap = line * 1.6
        if pressures and sugars:
            sugar_height = max(line * 3, (area.height() - gap) * 0.32)
            pressure_box = QRectF(area.left(), area.top(), area.width(), area.height() - gap - sugar_height)
            sugar_box = QRectF(area.left(), pressure_box.bottom() + gap, area.width(), sugar_height)
        else:
            pressure_box = area if pressures else None
            sugar_box = area if sugars else None
        times = self._time_mapper(area)
        if pressure_box is not None:
            self._pressure(painter, metrics, pressure_box, pressures, times)
        if sugar_box is not None:
            self._sugar(painter, metrics, sugar_box, sugars, times)
        self._dates(painter, metrics, area, times)
        painter.end()

    def _time_mapper(self, area: QRectF) -> Mapper:
        first, last = self._rows[0].taken_at, self._rows[-1].taken_at
        span = (last - first).total_seconds()
        pad = area.width() * 0.04
        if span <= 0:
            return lambda _seconds: area.center().x()
        return lambda seconds: area.left() + pad + (seconds / span) * (area.width() - 2 * pad)

    def _seconds(self, taken: datetime) -> float:
        return (taken - self._rows[0].taken_at).total_seconds()

    def _frame(
        self, painter: QPainter, metrics: QFontMetricsF, box: QRectF, *, low: float, high: float, step: float, unit: str
    ) -> Mapper:
        """Grid, value labels and the unit for one plot; returns value → y."""

        def y(value: float) -> float:
            return box.bottom() - (value - low) / (high - low) * box.height()

        painter.setPen(QPen(GRID, 1))
        value = low
        while value <= high + 1e-9:
            painter.drawLine(QPointF(box.left(), y(value)), QPointF(box.right(), y(value)))
            label = f"{value:g}"
            painter.setPen(INK)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(box.left() - width - metrics.height() * 0.3, y(value) + metrics.ascent() / 2.6),
                             label)  # fmt: skip
            painter.setPen(QPen(GRID, 1))
            value += step
        painter.setPen(QPen(INK, 1))
        painter.drawRect(box)
        painter.drawText(QPointF(metrics.height() * 0.3, box.top() - metrics.descent() - 3), unit)
        return y

    def _guide(self, painter: QPainter, metrics: QFontMetricsF, box: QRectF, y: float, label: str) -> None:
        """A guideline limit: dotted across the plot, its value in the right margin (outside the plot's clip)."""
        painter.save()
        painter.setClipping(False)
        painter.setPen(QPen(GUIDE, 1.4, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setPen(INK)
        painter.drawText(QPointF(box.right() + metrics.height() * 0.3, y + metrics.ascent() / 2.6), label)
        painter.restore()

    def _pressure(self, painter: QPainter, metrics: QFontMetricsF, box: QRectF, rows: list[ReadingRow],
                  times: Mapper) -> None:  # fmt: skip
        values = [v for r in rows for v in (r.systolic, r.diastolic) if v is not None]
        low = min(60, (min(values) // 20) * 20)
        high = max(160, -(-max(values) // 20) * 20)
        step = next(
            (s for s in (20, 40, 50) if box.height() / ((high - low) / s) >= metrics.height() * 1.1), high - low
        )
        y = self._frame(painter, metrics, box, low=low, high=high, step=step, unit="mmHg")
        painter.save()
        painter.setClipRect(box.adjusted(-6, -6, 6, 6))
        for mark in PRESSURE_LINES:
            self._guide(painter, metrics, box, y(mark), str(mark))
        systolic = [QPointF(times(self._seconds(r.taken_at)), y(r.systolic)) for r in rows]  # type: ignore[arg-type]
        diastolic = [QPointF(times(self._seconds(r.taken_at)), y(r.diastolic)) for r in rows]  # type: ignore[arg-type]
        size = max(3.5, metrics.height() * 0.28)
        self._series(painter, systolic, QPen(SYSTOLIC, 2.2), lambda p: _dot(painter, p, size, SYSTOLIC))
        self._series(painter, diastolic, QPen(DIASTOLIC, 2.2, Qt.PenStyle.DashLine),
                     lambda p: _square(painter, p, size, DIASTOLIC))  # fmt: skip
        painter.restore()

    def _sugar(self, painter: QPainter, metrics: QFontMetricsF, box: QRectF, rows: list[ReadingRow],
               times: Mapper) -> None:  # fmt: skip
        values = [r.glucose_mmol for r in rows if r.glucose_mmol is not None]
        low = 0.0
        high = max(14.0, float(-(-max(values) // 4) * 4))
        step = 4.0 if box.height() / (high / 4) >= metrics.height() * 1.1 else high / 2
        y = self._frame(painter, metrics, box, low=low, high=high, step=step, unit="mmol/L")
        painter.save()
        painter.setClipRect(box.adjusted(-6, -6, 6, 6))
        for mark in GLUCOSE_LINES:
            self._guide(painter, metrics, box, y(mark), f"{mark:.1f}")
        points = [(QPointF(times(self._seconds(r.taken_at)), y(r.glucose_mmol)), r.fasting) for r in rows]  # type: ignore[arg-type]
        size = max(3.5, metrics.height() * 0.3)
        painter.setPen(QPen(GLUCOSE, 1.2, Qt.PenStyle.DashDotLine))
        path = QPainterPath()
        for i, (point, _) in enumerate(points):
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.drawPath(path)
        for point, fasting in points:
            (_triangle if fasting else _diamond)(painter, point, size, GLUCOSE)
        painter.restore()

    @staticmethod
    def _series(painter: QPainter, points: list[QPointF], pen: QPen, marker: Callable[[QPointF], None]) -> None:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        for point in points:
            marker(point)

    def _dates(self, painter: QPainter, metrics: QFontMetricsF, area: QRectF, times: Mapper) -> None:
        """Date labels under the plots: as many as fit without touching, first and last always."""
        painter.setPen(INK)
        first, last = self._rows[0].taken_at, self._rows[-1].taken_at
        same_year = first.year == last.year
        fmt = "%m-%d" if same_year and last - first > timedelta(days=1) else "%m-%d %H:%M"
        if not same_year:
            fmt = "%Y-%m-%d"
        width = metrics.horizontalAdvance(first.strftime(fmt)) + metrics.height()
        slots = max(2, int(area.width() // width))
        chosen: list[datetime] = []
        for row in self._rows:
            x = times(self._seconds(row.taken_at))
            if not chosen or x - times(self._seconds(chosen[-1])) >= width:
                chosen.append(row.taken_at)
        if len(chosen) > slots:
            chosen = chosen[:: -(-len(chosen) // slots)]
        base = area.bottom() + metrics.ascent() + metrics.height() * 0.35
        for taken in chosen:
            text = taken.strftime(fmt)
            x = times(self._seconds(taken))
            painter.setPen(QPen(INK, 1))
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + metrics.height() * 0.25))
            painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, base), text)

    def _legend(self, painter: QPainter, metrics: QFontMetricsF, pressure: bool, sugar: bool) -> float:
        """The legend, wrapped into as many rows as the width needs; returns where it ends."""
        line = metrics.height()
        x, y = line * 0.6, line * 0.9
        size = max(3.5, line * 0.28)
        entries: list[tuple[str, QPen, Callable[[QPointF], None]]] = []
        if pressure:
            entries += [
                (self.tr("Systolic (upper)"), QPen(SYSTOLIC, 2.2), lambda p: _dot(painter, p, size, SYSTOLIC)),
                (self.tr("Diastolic (lower)"), QPen(DIASTOLIC, 2.2, Qt.PenStyle.DashLine),
                 lambda p: _square(painter, p, size, DIASTOLIC)),
            ]  # fmt: skip
        if sugar:
            entries += [
                (self.tr("Sugar, fasting"), QPen(Qt.PenStyle.NoPen), lambda p: _triangle(painter, p, size, GLUCOSE)),
                (self.tr("Sugar, random"), QPen(Qt.PenStyle.NoPen), lambda p: _diamond(painter, p, size, GLUCOSE)),
            ]
        entries.append((self.tr("Guideline limit"), QPen(GUIDE, 1.4, Qt.PenStyle.DotLine), lambda _p: None))
        for text, pen, marker in entries:
            sample = line * 1.8
            if x + sample + metrics.horizontalAdvance(text) > self.width() and x > line:
                x, y = line * 0.6, y + line * 1.1  # wraps on a narrow chart
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + sample, y))
            marker(QPointF(x + sample / 2, y))
            painter.setPen(INK)
            painter.drawText(QPointF(x + sample + line * 0.3, y + metrics.ascent() / 2.6), text)
            x += sample + metrics.horizontalAdvance(text) + line * 1.2
        return y + line * 0.6


def _dot(painter: QPainter, at: QPointF, size: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(at, size, size)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _square(painter: QPainter, at: QPointF, size: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.8))
    painter.setBrush(QBrush(QColor("white")))
    painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _triangle(painter: QPainter, at: QPointF, size: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(QBrush(colour))
    s = size * 1.2
    painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - s), QPointF(at.x() + s, at.y() + s * 0.8),
                                   QPointF(at.x() - s, at.y() + s * 0.8)]))  # fmt: skip
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _diamond(painter: QPainter, at: QPointF, size: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.8))
    painter.setBrush(QBrush(QColor("white")))
    s = size * 1.2
    painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - s), QPointF(at.x() + s, at.y()),
                                   QPointF(at.x(), at.y() + s), QPointF(at.x() - s, at.y())]))  # fmt: skip
    painter.setBrush(Qt.BrushStyle.NoBrush)
