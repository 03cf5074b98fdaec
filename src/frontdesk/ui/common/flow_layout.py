"""A layout that puts its items in a row and wraps them onto the next row when the row is full (Qt's flow layout
example): a bar of filters that is one row on a wide screen and two or three on 1024×768 at 150 %, cutting none.
With ``fill``, the items that expand sideways (line edits, a :func:`group` made with ``grows``) share out what is
left of each row, as in a box layout: a form row "手机 [____] 其他电话 [____]" that wraps when it must."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 10, row_spacing: int = 6, fill: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self._fill = fill
        self._heights: dict[int, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        if self._fill and any(self._grows(item) for item in self._visible()):
            return Qt.Orientation.Horizontal
        return Qt.Orientation(0)

    @staticmethod
    def _grows(item: QLayoutItem) -> bool:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Asked many times a layout pass, for few widths: kept until the items change (:meth:`invalidate`)."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items) + self._spacing * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest item: every other one can go to a row of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (item.widget() is not None and item.widget().isHidden())]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Rows of items, each at its size hint; with ``fill``, a row takes items while their least widths fit, then
        shares the row out as a box layout would (shrinking towards the least widths, or widening the growers)."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize, int]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20)).expandedTo(item.minimumSize())
            least = item.minimumSize().width() if self._fill else hint.width()
            if rows[-1] and used + self._spacing + least > area.width():
                rows.append([])
                used = 0
            rows[-1].append((item, hint, least))
            used += (self._spacing if len(rows[-1]) > 1 else 0) + least
        y = area.y()
        for number, row in enumerate(rows):
            if not row:
                continue
            if number:
                y += self._row_spacing
            widths = self._widths(row, area.width())
            height = max(hint.height() for _item, hint, _least in row)
            if move:
                left = area.x()
                for (item, hint, _least), width in zip(row, widths, strict=True):
                    top = y + (height - hint.height()) // 2  # items of one row share its height, centred
                    item.setGeometry(QRect(QPoint(left, top), QSize(width, hint.height())))
                    left += width + self._spacing
            y += height
        return y - rect.y() + margins.bottom()

    def _widths(self, row: list[tuple[QLayoutItem, QSize, int]], room: int) -> list[int]:
        widths = [hint.width() for _item, hint, _least in row]
        if not self._fill:
            return widths
        spare = room - self._spacing * (len(row) - 1) - sum(widths)
        if spare < 0:  # too little room for every hint: each gives up a share of what it has above its least
            give = [hint.width() - least for _item, hint, least in row]
            total = sum(give) or 1
            return [width - (-spare * each + total - 1) // total for width, each in zip(widths, give, strict=True)]
        growing = [index for index, (item, _hint, _least) in enumerate(row) if self._grows(item)]
        for order, index in enumerate(growing):
            widths[index] += spare // len(growing) + (1 if order < spare % len(growing) else 0)
        return widths


def group(*widgets: QWidget, spacing: int = 8, grows: QWidget | None = None) -> QWidget:
    """Widgets that stay together on one row of a :class:`FlowLayout` (a label and its field). ``grows``: the one
    of them that takes the room a filling flow layout gives the group."""
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget, 1 if widget is grows else 0)
    sideways = QSizePolicy.Policy.Fixed if grows is None else QSizePolicy.Policy.Expanding
    box.setSizePolicy(sideways, QSizePolicy.Policy.Fixed)
    return box
