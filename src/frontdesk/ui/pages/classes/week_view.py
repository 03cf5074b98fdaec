"""教室周视图 The rooms' week (``roomsWeekView``): rooms as columns, time down the side (08:00–21:00), every session
and booking a block coloured — and patterned, for a black-and-white eye — by its category, its set-up and clean-up
drawn lighter. Painted in one paintEvent: no widget per block.

Two modes. **Day** (the default): one day's rooms fill the width, and a strip of the week's seven days above them
picks the day (click it; Left/Right past the last room go on to the next day). At 1024×768 a day of eight rooms
gives each room ~110 px, enough for a title and its times; the whole week's 7 × 8 columns would leave ~15 px, no
room for a word. **Week**: every day's rooms side by side, for a wide screen or a room filtered on its own (then
the seven columns are that room's days, as on its door).

Keyboard: arrows move the selection between blocks, Enter opens one, PageUp/PageDown ask for the week before or
after, Home for this week. Mouse: click selects, double-click opens, the tool tip says what, when, who. A block
dragged to another time or room is checked against the plan shown first: a drop that would clash is refused in
words and the block stays where it was; a drop that fits is asked of the service (:attr:`move_requested`), which
checks again in its write transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from frontdesk.ui.pages.classes import week_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.room_week import WeekBlock, WeekPlan, WeekRoom

FIRST_HOUR, LAST_HOUR = 8, 21  # the center's working day, as room_use takes it for a room without hours
SNAP = 15  # minutes: a dragged block lands on the quarter hour
MIN_HOUR_PX = 24
BAND_PX = 8  # the category's pattern down a block's left edge
DAY, WEEK = "day", "week"
Key = tuple[str, int]

# Each category's colour and pattern: readable on a grey printer or to a colour-blind eye by the pattern and the
# title written in the block.
LOOKS: dict[str, tuple[str, Qt.BrushStyle]] = {
    "arts": ("#f4c27a", Qt.BrushStyle.NoBrush),
    "fitness": ("#9fd89a", Qt.BrushStyle.BDiagPattern),
    "dance": ("#f2a0c0", Qt.BrushStyle.FDiagPattern),
    "culture": ("#a8c8f0", Qt.BrushStyle.HorPattern),
    "health": ("#8fd6d0", Qt.BrushStyle.VerPattern),
    "digital": ("#c8b4ec", Qt.BrushStyle.CrossPattern),
    "vocational": ("#e0d070", Qt.BrushStyle.DiagCrossPattern),
    "event": ("#f7a07a", Qt.BrushStyle.Dense6Pattern),
    "lecture": ("#b8d890", Qt.BrushStyle.Dense7Pattern),
    "clinic": ("#f08c8c", Qt.BrushStyle.CrossPattern),
    "meeting": ("#c0c0c0", Qt.BrushStyle.HorPattern),
    "other": ("#d8d0c0", Qt.BrushStyle.NoBrush),
}


def look_of(category: str) -> tuple[QColor, Qt.BrushStyle]:
    colour, pattern = LOOKS.get(category, LOOKS["other"])
    return QColor(colour), pattern


@dataclass(frozen=True)
class _Paint:
    """A category's colours and brushes, made once (not for each of 300 blocks at each paint)."""

    fill: QColor
    light: QColor  # set-up and clean-up
    band: QBrush | None
    border: QPen


_PAINTS: dict[str, _Paint] = {}


def _paint_of(category: str) -> _Paint:
    found = _PAINTS.get(category)
    if found is None:
        colour, pattern = look_of(category)
        band = QBrush(colour.darker(190), pattern) if pattern != Qt.BrushStyle.NoBrush else None
        found = _PAINTS[category] = _Paint(colour, colour.lighter(135), band, QPen(colour.darker(170)))
    return found


@dataclass(frozen=True)
class Column:
    day: date
    room: WeekRoom
    rect: QRect  # the body's part of it (below the titles)


@dataclass(frozen=True)
class Drop:
    """Where a dragged block would land, and why it cannot (``code`` None: it fits)."""

    block: WeekBlock
    starts_at: datetime
    room: WeekRoom
    code: str | None
    params: dict[str, object]


class RoomsWeekView(QWidget):
    blockActivated = Signal(str, int)  # noqa: N815 - the issue's name; kind ("session"/"booking"), id: open it
    move_requested = Signal(str, int, object, int)  # kind, id, starts_at (datetime), room id: checked here first
    move_refused = Signal(str)  # a drop that would clash, in words
    step_requested = Signal(int)  # -1 / +1 a week; 0 this week
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomsWeekView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plan: WeekPlan | None = None
        self.mode = DAY
        self.day: date | None = None  # the day shown in day mode
        self.room_ids: set[int] | None = None  # the room filter (None: every room)
        self.selected: Key | None = None
        self.columns: list[Column] = []
        self._rects: dict[Key, tuple[QRect, QRect]] = {}  # block → (room time, the use itself)
        self._strip: list[tuple[date, QRect]] = []
        self._press: tuple[Key, QPoint, int] | None = None  # pressed block, where, minutes from its start
        self.drop: Drop | None = None  # the drag under way
        self._texts: dict[WeekBlock, tuple[str, str, str]] = {}  # each block's lines: title, times and places, who
        self._measure()

    # -- what is shown ---------------------------------------------------------------------------------------------
    def set_plan(self, plan: WeekPlan) -> None:
        """A week read: the selection and the day shown stay when they are still in it."""
        self.plan = plan
        known = self._texts  # a block read again unchanged keeps its words
        self._texts = {b: known.get(b) or (b.title, words.block_label(b), b.who or "") for b in plan.blocks}
        if self.day not in plan.days:
            self.day = plan.today if plan.today in plan.days else plan.days[0]
        if self.selected is not None and self._block(self.selected) is None:
            self.selected = None
        self._cancel_drag()
        self._lay_out()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._lay_out()

    def set_day(self, day: date) -> None:
        if self.plan is not None and day in self.plan.days and day != self.day:
            self.day = day
            self._lay_out()

    def set_room_filter(self, room_ids: Iterable[int] | None) -> None:
        self.room_ids = set(room_ids) if room_ids is not None else None
        self._lay_out()

    def rooms(self) -> list[WeekRoom]:
        if self.plan is None:
            return []
        return [r for r in self.plan.rooms if self.room_ids is None or r.room_id in self.room_ids]

    def days_shown(self) -> list[date]:
        if self.plan is None:
            return []
        return list(self.plan.days) if self.mode == WEEK or self.day is None else [self.day]

    def visible_blocks(self) -> list[WeekBlock]:
        return [b for b in (self.plan.blocks if self.plan else ()) if (b.kind, b.item_id) in self._rects]

    def selected_block(self) -> WeekBlock | None:
        return self._block(self.selected) if self.selected is not None else None

    def select(self, key: Key | None) -> None:
        if key != self.selected:
            self.selected = key
            block = self.selected_block()
            if block is not None and self.mode == DAY and block.starts_at.date() != self.day:
                self.day = block.starts_at.date()
                self._lay_out()
            self.update()
            self.selection_changed.emit()

    def block_rect(self, key: Key) -> QRect:
        """Where a block's use is drawn (empty when it is not shown)."""
        return self._rects.get(key, (QRect(), QRect()))[1]

    def point_at(self, day: date, room_id: int, at: time) -> QPoint:
        """The point of the body at ``at`` in ``room_id``'s column on ``day`` (tests drop blocks there)."""
        for column in self.columns:
            if column.day == day and column.room.room_id == room_id:
                return QPoint(column.rect.center().x(), self._y(at.hour * 60 + at.minute))
        return QPoint(-1, -1)

    def day_rect(self, day: date) -> QRect:
        return next((rect for shown, rect in self._strip if shown == day), QRect())

    # -- geometry --------------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, self._heads() + (LAST_HOUR - FIRST_HOUR) * 40 + self._line())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._gutter() + 4 * 60, self._heads() + (LAST_HOUR - FIRST_HOUR) * MIN_HOUR_PX + self._line())

    def _measure(self) -> None:
        """The font's line and the scale of the hours, measured once per layout (not per block painted)."""
        metrics = QFontMetrics(self.font())
        self._line_px = metrics.height()
        self._gutter_px = metrics.horizontalAdvance("00:00") + 12
        self._heads_px = 4 * self._line_px + 16  # the day strip (two lines) over the rooms' titles (two lines)
        bottom = self._line_px // 2 + 2  # room for the last hour's label
        self._hour = max(MIN_HOUR_PX, (self.height() - self._heads_px - bottom) / (LAST_HOUR - FIRST_HOUR))

    def _line(self) -> int:
        return self._line_px

    def _gutter(self) -> int:
        return self._gutter_px

    def _heads(self) -> int:
        return self._heads_px

    def _y(self, minutes: int) -> int:
        return self._heads_px + round((minutes - FIRST_HOUR * 60) * self._hour / 60)

    def _minutes_at(self, y: int) -> int:
        return FIRST_HOUR * 60 + round((y - self._heads_px) * 60 / self._hour)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._lay_out()

    def _lay_out(self) -> None:
        """Columns, day strip and block rectangles for the present size, mode, day and filter."""
        self._measure()
        self.columns, self._rects, self._strip = [], {}, []
        plan = self.plan
        if plan is None:
            self.update()
            return
        rooms, days = self.rooms(), self.days_shown()
        left, width = self._gutter(), max(1, self.width() - self._gutter() - 1)
        line = self._line()
        strip_top, strip_height = 2, 2 * line + 6
        body_top, body_bottom = self._heads(), self._y(LAST_HOUR * 60)
        count = max(1, len(rooms) * len(days))
        for n, (day, room) in enumerate((d, r) for d in days for r in rooms):
            x0, x1 = left + n * width // count, left + (n + 1) * width // count
            self.columns.append(Column(day, room, QRect(x0, body_top, x1 - x0, body_bottom - body_top)))
        if self.mode == WEEK:
            per_day = max(1, len(rooms))
            for n, day in enumerate(days):
                x0, x1 = left + n * per_day * width // count, left + (n + 1) * per_day * width // count
                self._strip.append((day, QRect(x0, strip_top, x1 - x0, strip_height)))
        else:
            for n, day in enumerate(plan.days):
                x0, x1 = left + n * width // len(plan.days), left + (n + 1) * width // len(plan.days)
                self._strip.append((day, QRect(x0, strip_top, x1 - x0, strip_height)))
        where = {(c.day, c.room.room_id): c for c in self.columns}
        for block in plan.blocks:
            column = where.get((block.starts_at.date(), block.room_id))
            if column is not None:
                self._rects[block.key] = (self._span(column, block.taken_from, block.taken_until),
                                          self._span(column, block.starts_at, block.ends_at))  # fmt: skip
        self.update()

    def _span(self, column: Column, first: datetime, last: datetime) -> QRect:
        top = self._y(_on_day(column.day, first))
        bottom = self._y(_on_day(column.day, last))
        top, bottom = max(top, column.rect.top()), min(bottom, column.rect.bottom())
        return QRect(column.rect.left() + 2, top, column.rect.width() - 4, max(2, bottom - top))

    # -- painting --------------------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        plan = self.plan
        if plan is None:
            return
        text_pen = QPen(palette.text().color())
        grid = QColor(palette.mid().color())
        self._paint_hours(painter, grid, text_pen)
        self._paint_strip(painter, plan, text_pen)
        self._paint_columns(painter, plan, grid, text_pen)
        for block in plan.blocks:
            rects = self._rects.get(block.key)
            if rects is not None:
                self._paint_block(painter, block, *rects, text_pen)
        if self.drop is not None:
            self._paint_drop(painter, self.drop)
        painter.end()

    def _paint_hours(self, painter: QPainter, grid: QColor, text_pen: QPen) -> None:
        metrics = painter.fontMetrics()
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y(hour * 60)
            painter.setPen(grid)
            painter.drawLine(self._gutter() - 4, y, self.width(), y)
            painter.setPen(text_pen)
            painter.drawText(QRect(0, y - metrics.height() // 2, self._gutter() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")  # fmt: skip

    def _paint_strip(self, painter: QPainter, plan: WeekPlan, text_pen: QPen) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        highlight = self.palette().highlight().color()
        for day, rect in self._strip:
            chosen = self.mode == DAY and day == self.day
            if chosen:
                painter.fillRect(rect, highlight.lighter(170))
            closed = plan.closed_on(day)
            if closed is not None:
                painter.fillRect(rect, QBrush(QColor("#999999"), Qt.BrushStyle.Dense6Pattern))
            painter.setPen(QPen(highlight, 3) if chosen else QPen(self.palette().mid().color()))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setFont(bold if day == plan.today or chosen else self.font())
            painter.setPen(text_pen)
            first = f"{words.weekday_text(day)} {day.month}/{day.day}"
            second = words.closed_text(closed.holiday, closed.note) if closed else self._count_text(day)
            if day == plan.today:
                today = QCoreApplication.translate("RoomsWeek", "Today")
                second = f"{today} · {second}" if second else today
            half = rect.height() // 2
            for n, text in enumerate((first, second)):
                part = QRect(rect.left() + 3, rect.top() + 3 + n * (half - 3), rect.width() - 6, half - 3)
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, fitted(painter.fontMetrics(), text, part.width()))
        painter.setFont(self.font())

    def _count_text(self, day: date) -> str:
        count = sum(1 for b in self.plan.blocks if b.starts_at.date() == day) if self.plan else 0
        return QCoreApplication.translate("RoomsWeek", "{n} in use").format(n=count) if count else ""

    def _paint_columns(self, painter: QPainter, plan: WeekPlan, grid: QColor, text_pen: QPen) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        title_top = 2 * line + 10
        key = self.font().key()
        tint = QColor(self.palette().highlight().color())
        tint.setAlpha(36)
        shut = QBrush(grid.lighter(115), Qt.BrushStyle.Dense5Pattern)
        closed_days = {c.day: c for c in plan.closed}
        for n, column in enumerate(self.columns):
            rect = column.rect
            if column.day == plan.today:
                painter.fillRect(rect, tint)
            opens, closes = self._y(_minutes(column.room.opens)), self._y(_minutes(column.room.closes))
            if opens > rect.top():
                painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), opens - rect.top()), shut)
            if closes < rect.bottom():
                painter.fillRect(QRect(rect.left(), closes, rect.width(), rect.bottom() - closes), shut)
            closed = closed_days.get(column.day)
            if closed is not None:
                painter.fillRect(rect, QBrush(QColor("#888888"), Qt.BrushStyle.BDiagPattern))
            first_of_day = n == 0 or self.columns[n - 1].day != column.day
            painter.setPen(QPen(text_pen.color() if first_of_day else grid, 2 if first_of_day else 1))
            painter.drawLine(rect.left(), title_top, rect.left(), rect.bottom())
            painter.setPen(text_pen)
            head = QRect(rect.left() + 3, title_top, rect.width() - 6, line)
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, fitted(metrics, column.room.name, head.width(), key))
            facts = " · ".join(p for p in (column.room.floor or "", str(column.room.capacity)) if p)
            sub = head.translated(0, line)
            painter.drawText(sub, Qt.AlignmentFlag.AlignCenter, fitted(metrics, facts, sub.width(), key))
            if closed is not None:
                said = words.closed_text(closed.holiday, closed.note)
                band = QRect(rect.left() + 2, rect.top() + 4, rect.width() - 4, line + 4)
                painter.fillRect(band, self.palette().base())
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, fitted(metrics, said, band.width()))
        if self.columns:
            right = self.columns[-1].rect.right()
            painter.setPen(grid)
            painter.drawLine(right, title_top, right, self.columns[-1].rect.bottom())

    def _paint_block(self, painter: QPainter, block: WeekBlock, taken: QRect, use: QRect, text_pen: QPen) -> None:
        """The room's time lighter, the use in the category's colour with its pattern in a band down the left (the
        words stay on plain colour), the words clipped to the block (eliding 300 blocks would cost the most)."""
        look = _paint_of(block.category)
        if taken != use:
            painter.fillRect(taken, look.light)  # set-up and clean-up: the room is taken, lighter
        painter.fillRect(use, look.fill)
        band = min(BAND_PX, use.width() // 4)
        if look.band is not None:
            painter.fillRect(QRect(use.left(), use.top(), band, use.height()), look.band)
        selected = block.key == self.selected
        painter.setPen(QPen(self.palette().highlight().color(), 3) if selected else look.border)
        painter.drawRect(use.adjusted(0, 0, -1, -1))
        painter.setPen(text_pen)
        line = self._line_px
        inner = use.adjusted(band + 3, 2, -3, -2)
        if inner.width() < line:  # not one character wide (the whole week of many rooms): the tool tip says it
            return
        y = inner.top()
        for text in self._texts.get(block, ()):
            if not text or y + line > inner.bottom() + 2:
                break
            painter.drawText(QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft, text)
            y += line

    def _paint_drop(self, painter: QPainter, drop: Drop) -> None:
        column = next((c for c in self.columns if c.day == drop.starts_at.date() and c.room == drop.room), None)
        if column is None:
            return
        length = drop.block.ends_at - drop.block.starts_at
        rect = self._span(column, drop.starts_at, drop.starts_at + length)
        fits = drop.code is None
        colour = QColor("#2e8b57") if fits else QColor("#c0392b")
        if not fits:
            painter.fillRect(rect, QBrush(colour, Qt.BrushStyle.DiagCrossPattern))
        painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine if fits else Qt.PenStyle.DashLine))
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft,
                         f"{'✓' if fits else '✗'} {drop.starts_at:%H:%M}")  # fmt: skip

    # -- keyboard --------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step_selection(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            block = self.selected_block()
            if block is not None:
                self.blockActivated.emit(block.kind, block.item_id)
        elif key == Qt.Key.Key_PageUp:
            self.step_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.step_requested.emit(1)
        elif key == Qt.Key.Key_Home:
            self.step_requested.emit(0)
        elif key == Qt.Key.Key_Escape and self.drop is not None:
            self._cancel_drag()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step_selection(self, key: int) -> None:
        """Up/Down: the block before or after in its column; Left/Right: the nearest in time in the next column
        that has one (in day mode on to the next day's rooms)."""
        order = self._navigation_columns()
        if not any(blocks for _, blocks in order):
            return
        current = self.selected_block()
        place = next(((n, blocks.index(current)) for n, (_, blocks) in enumerate(order)
                      if current is not None and current in blocks), None)  # fmt: skip
        if place is None:
            first = next(blocks for _, blocks in order if blocks)
            self.select(first[0].key)
            return
        n, row = place
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row += -1 if key == Qt.Key.Key_Up else 1
            if 0 <= row < len(order[n][1]):
                self.select(order[n][1][row].key)
            return
        step = -1 if key == Qt.Key.Key_Left else 1
        m = n + step
        while 0 <= m < len(order) and not order[m][1]:
            m += step
        if 0 <= m < len(order):
            assert current is not None
            at = current.starts_at.time()
            nearest = min(order[m][1], key=lambda b: abs(_minutes(b.starts_at.time()) - _minutes(at)))
            self.select(nearest.key)

    def _navigation_columns(self) -> list[tuple[tuple[date, int], list[WeekBlock]]]:
        """Every (day, room) of the week in reading order with its blocks by start: arrows cross days in day mode."""
        if self.plan is None:
            return []
        rooms = self.rooms()
        by_column: dict[tuple[date, int], list[WeekBlock]] = {(d, r.room_id): [] for d in self.plan.days for r in rooms}
        for block in self.plan.blocks:
            found = by_column.get((block.starts_at.date(), block.room_id))
            if found is not None:
                found.append(block)
        return [(k, sorted(v, key=lambda b: b.starts_at)) for k, v in by_column.items()]

    # -- mouse -----------------------------------------------------------------------------------------------------
    def _block_at(self, point: QPoint) -> WeekBlock | None:
        for block in reversed(self.plan.blocks if self.plan else ()):
            rects = self._rects.get(block.key)
            if rects is not None and (rects[1].contains(point) or rects[0].contains(point)):
                return block
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = event.position().toPoint()
        for day, rect in self._strip:
            if rect.contains(point):
                if self.mode == DAY:
                    self.set_day(day)
                return
        block = self._block_at(point)
        self.select(block.key if block else None)
        if block is not None:
            grabbed = self._minutes_at(point.y()) - _minutes(block.starts_at.time())
            self._press = (block.key, point, grabbed)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        key, start, grabbed = self._press
        if self.drop is None and (point - start).manhattanLength() < QApplication.startDragDistance():
            return
        block = self._block(key)
        column = next((c for c in self.columns if c.rect.left() <= point.x() < c.rect.right()), None)
        if block is None or column is None:
            self.drop = None
            self.update()
            return
        minutes = round((self._minutes_at(point.y()) - grabbed) / SNAP) * SNAP
        starts_at = datetime.combine(column.day, time()) + timedelta(minutes=minutes)
        self.drop = self.check_drop(block, starts_at, column.room)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drop, self.drop, self._press = self.drop, None, None
        self.update()
        if drop is None:
            return
        block = drop.block
        if drop.starts_at == block.starts_at and drop.room.room_id == block.room_id:
            return
        if drop.code is not None:
            self.move_refused.emit(words.refusal_text(drop.code, drop.params))  # the block stays where it was
            return
        self.move_requested.emit(block.kind, block.item_id, drop.starts_at, drop.room.room_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(event.position().toPoint())
        if block is not None:
            self.select(block.key)
            self.blockActivated.emit(block.kind, block.item_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self._block_at(event.pos())
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tip(block), self)
            return True
        return super().event(event)

    def tip(self, block: WeekBlock) -> str:
        room = next((r.name for r in self.plan.rooms if r.room_id == block.room_id), "") if self.plan else ""
        return words.block_tip(block, room)

    def _cancel_drag(self) -> None:
        self.drop, self._press = None, None
        self.update()

    # -- the plan's own check --------------------------------------------------------------------------------------
    def check_drop(self, block: WeekBlock, starts_at: datetime, room: WeekRoom) -> Drop:
        """``block`` at ``starts_at`` in ``room`` against what the plan holds (as room_use checks it): the room's
        hours and size, what takes the room then (set-up included), where the instructor teaches then."""
        assert self.plan is not None
        ends_at = starts_at + (block.ends_at - block.starts_at)
        taken_from = starts_at - (block.starts_at - block.taken_from)
        taken_until = ends_at + (block.taken_until - block.ends_at)
        params: dict[str, object] = {"room": room.name, "starts_at": starts_at, "ends_at": ends_at,
                                     "capacity": room.capacity, "opens": room.opens, "closes": room.closes}  # fmt: skip
        day = starts_at.date()
        closed = self.plan.closed_on(day)
        if closed is not None:
            return Drop(block, starts_at, room, "day_closed",
                        params | {"day": day, "holiday": closed.holiday, "note": closed.note})  # fmt: skip
        if taken_from < datetime.combine(day, room.opens) or taken_until > datetime.combine(day, room.closes):
            return Drop(block, starts_at, room, "room_outside_hours", params)
        if block.capacity is not None and block.capacity > room.capacity:
            return Drop(block, starts_at, room, "room_too_small", params | {"need": block.capacity})
        for other in self.plan.blocks:
            if other.key == block.key or other.starts_at.date() != day:
                continue
            same_room = (
                other.room_id == room.room_id and taken_from < other.taken_until and other.taken_from < taken_until
            )
            teaching = (block.instructor_id is not None and other.instructor_id == block.instructor_id
                        and starts_at < other.ends_at and other.starts_at < ends_at)  # fmt: skip
            if same_room or teaching:
                code = "room_taken" if same_room else "instructor_busy"
                params |= {"kind": other.kind, "title": other.title, "who": other.who or "",
                           "other_room": self.room_name(other.room_id), "other_starts_at": other.starts_at,
                           "other_ends_at": other.ends_at, "taken_from": other.taken_from,
                           "taken_until": other.taken_until, "instructor": block.who or "",
                           "free_rooms": self._free_rooms(block, starts_at, room)}  # fmt: skip
                return Drop(block, starts_at, room, code, params)
        return Drop(block, starts_at, room, None, params)

    def _free_rooms(self, block: WeekBlock, starts_at: datetime, taken: WeekRoom) -> list[str]:
        """The other rooms the block would fit in then, by the plan (the service says so again when asked)."""
        assert self.plan is not None
        free: list[str] = []
        for room in self.plan.rooms:
            if room.room_id != taken.room_id and self.check_drop_room(block, starts_at, room):
                free.append(room.name)
        return free

    def check_drop_room(self, block: WeekBlock, starts_at: datetime, room: WeekRoom) -> bool:
        """Whether only the room's own uses leave ``block`` room there (no instructor or alternatives looked at)."""
        assert self.plan is not None
        ends_at = starts_at + (block.ends_at - block.starts_at)
        taken_from = starts_at - (block.starts_at - block.taken_from)
        taken_until = ends_at + (block.taken_until - block.ends_at)
        day = starts_at.date()
        if taken_from < datetime.combine(day, room.opens) or taken_until > datetime.combine(day, room.closes):
            return False
        if block.capacity is not None and block.capacity > room.capacity:
            return False
        return not any(
            other.key != block.key and other.room_id == room.room_id
            and taken_from < other.taken_until and other.taken_from < taken_until
            for other in self.plan.blocks
        )  # fmt: skip

    def room_name(self, room_id: int) -> str:
        return next((r.name for r in self.plan.rooms if r.room_id == room_id), "") if self.plan else ""

    def _block(self, key: Key) -> WeekBlock | None:
        return next((b for b in (self.plan.blocks if self.plan else ()) if b.key == key), None)


_FITTED: dict[
    tuple[str, str, int], str
] = {}  # (font, text, width): the titles of rooms and days, painted again and again


def fitted(metrics: QFontMetrics, text: str, width: int, font: str = "") -> str:
    """``text`` elided to ``width``; where only the ellipsis would be left, its first character (a narrow column of
    the whole week still shows 书 for 书法室). With ``font`` (its key) the answer is remembered."""
    key = (font, text, width)
    if font and key in _FITTED:
        return _FITTED[key]
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if elided in ("", "…") and text:
        elided = text[0] if metrics.horizontalAdvance(text[0]) <= width else ""
    if font:
        if len(_FITTED) > 4096:
            _FITTED.clear()
        _FITTED[key] = elided
    return elided


def _on_day(day: date, at: datetime) -> int:
    """Minutes from ``day``'s midnight to ``at`` (a set-up may start the evening before, a clean-up end after)."""
    if at.date() == day:
        return at.hour * 60 + at.minute
    return int((at - datetime.combine(day, time())).total_seconds() // 60)


def _minutes(at: time) -> int:
    return at.hour * 60 + at.minute


__all__ = ["DAY", "LOOKS", "WEEK", "RoomsWeekView", "look_of"]
