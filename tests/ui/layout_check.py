"""What the layout test checks in a shown window, programmatically (see test_layout.py):

- the window lies within the screen's available area;
- every visible label's and button's text fits its width, unless the widget elides by design (an
  :class:`~frontdesk.ui.common.widgets.ElidedLabel`, a widget with the ``elides`` property); one that wraps (a label
  with word wrap, :mod:`frontdesk.ui.common.wrapping_button`) has the height its lines take at its width;
- every visible table column is at least its minimum: the minimum the table declares (``columnMinimums``, set by
  :class:`frontdesk.ui.common.column_fit.ColumnFit`), else its title's width;
- the visible columns of a table fit its viewport (the desk's lists have no horizontal scroll bar);
- nothing but a table scrolls sideways (a page or dialog too wide for the window);
- a dialog does not cover what the window under it marks ``keepUncovered`` (the cover's heading);
- every wrapping row (:class:`~frontdesk.ui.common.flow_layout.FlowLayout`) has the height its rows take at its
  width: a page too full for the window squeezes it, and its last row then lies over what follows.

Text inside a scroll area is checked too: a scroll area gives its content at least its minimum width, so text
narrower than it needs there is cut, not scrolled.

Each problem is one line naming the widget by its objectName path, so a failure says where to look.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QTableView,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding at fractional scale factors


def path_of(widget: QWidget) -> str:
    parts = []
    node: QWidget | None = widget
    while node is not None:
        name = node.objectName() or type(node).__name__
        parts.append(name)
        node = node.parentWidget()
    return "/".join(reversed(parts[:4]))


def window_problems(window: QWidget, available: QRect) -> list[str]:
    frame = window.frameGeometry()
    if available.contains(frame):
        return []
    return [
        f"{path_of(window)}: window {frame.width()}×{frame.height()} at ({frame.x()},{frame.y()}) "
        f"outside the screen's {available.width()}×{available.height()} at ({available.x()},{available.y()})"
    ]


def _wraps(widget: QWidget) -> bool:
    """A word-wrapped label, or a check box or radio button that wraps (frontdesk.ui.common.wrapping_button)."""
    if isinstance(widget, QLabel):
        return widget.wordWrap() and bool(widget.text())
    return bool(widget.property("wraps")) and bool(getattr(widget, "text", lambda: "")())


def _button_need(widget: QPushButton | QToolButton | QCheckBox | QRadioButton) -> int:
    if isinstance(widget, QToolButton):
        return QToolButton.minimumSizeHint(widget).width()
    if isinstance(widget, QCheckBox):
        return QCheckBox.sizeHint(widget).width()
    if isinstance(widget, QRadioButton):
        return QRadioButton.sizeHint(widget).width()
    return QPushButton.sizeHint(widget).width()


def text_problems(top: QWidget) -> list[str]:
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top.window() or widget.property("elides"):
            continue
        if _wraps(widget):  # its width is its layout's to choose; the lines it takes must all show
            need_height = widget.heightForWidth(widget.width())
            if widget.height() + SLACK < need_height:
                text = widget.text().replace("\n", " ")[:30]
                problems.append(f"{path_of(widget)}: “{text}” needs {need_height} px of height, has {widget.height()}")
            continue
        # Qt's own measure of the text shown now (a subclass's hint may say what it would like, not what it shows).
        if isinstance(widget, QLabel):
            if not widget.text() or type(widget).__name__ == "ElidedLabel":
                continue
            need = QLabel.minimumSizeHint(widget).width()
        elif isinstance(widget, QPushButton | QToolButton | QCheckBox | QRadioButton):
            if not widget.text():
                continue
            need = _button_need(widget)
        else:
            continue
        text = widget.text().replace("\n", " ")[:30]
        if widget.width() + SLACK < need:
            problems.append(f"{path_of(widget)}: “{text}” needs {need} px, has {widget.width()}")
        lines = widget.fontMetrics().height() * (widget.text().count("\n") + 1)  # squeezed from above and below
        room = widget.contentsRect().height() if isinstance(widget, QLabel) else widget.height()
        if room + SLACK < lines:
            problems.append(f"{path_of(widget)}: “{text}” needs {lines} px of height, has {room}")
    return problems


def table_problems(top: QWidget) -> list[str]:
    problems = []
    for view in top.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader()
        minimums = view.property("columnMinimums") or {}
        shown = 0
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            size = header.sectionSize(column)
            shown += size
            title = str(view.model().headerData(column, header.orientation()) or "")
            need = int(minimums.get(str(column), 0)) or header.fontMetrics().horizontalAdvance(title) + 16
            if size + SLACK < need:
                problems.append(f"{path_of(view)}: column {column} “{title}” is {size} px, needs {need}")
        if shown > view.viewport().width() + SLACK and not view.horizontalScrollBar().isVisible():
            problems.append(f"{path_of(view)}: columns {shown} px wide in a {view.viewport().width()} px view")
    return problems


def cover_problems(top: QWidget) -> list[str]:
    """A dialog leaves in view what the window under it says must stay (the ``keepUncovered`` property: the
    cover's heading under the sign-in dialog)."""
    parent = top.parentWidget()
    if parent is None or not top.isWindow():
        return []
    frame = top.frameGeometry()
    problems = []
    for widget in parent.window().findChildren(QWidget):
        if widget.property("keepUncovered") and widget.isVisible():
            area = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
            if frame.intersects(area):
                problems.append(f"{path_of(top)}: covers {path_of(widget)} (keep it in view)")
    return problems


def scroll_problems(top: QWidget) -> list[str]:
    """Pages and dialogs scroll down where the screen is short, never sideways: a sideways scroll bar means the
    content is wider than the window (the tables, which may scroll rows sideways, aside, and a view of a picture
    that says it pans: ``pans`` — the print preview's page, zoomed)."""
    problems = []
    for area in top.findChildren(QAbstractScrollArea):
        if isinstance(area, QAbstractItemView) or not area.isVisible() or area.window() is not top.window():
            continue
        if area.property("pans"):
            continue
        if area.horizontalScrollBar().isVisible():
            wide = area.horizontalScrollBar().maximum() + area.viewport().width()
            problems.append(f"{path_of(area)}: scrolls sideways ({wide} px of content in {area.viewport().width()})")
    return problems


def squeeze_problems(top: QWidget) -> list[str]:
    from frontdesk.ui.common.flow_layout import FlowLayout

    def layouts(layout: QLayout | None):
        """The layout and the layouts nested in it: its QObject children, not its items. (A wrapper PySide makes
        for an item from ``itemAt`` is kept by the layout's wrapper; when the layout then deletes the item — a
        QGridLayout's ``removeWidget`` does — the stale wrapper is handed out for the next object made at that
        address: "'QWidgetItem' object has no attribute 'hide'" on a table's header.)"""
        if not isinstance(layout, QLayout):
            return
        yield layout
        yield from layout.findChildren(QLayout)

    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top.window():
            continue
        for layout in layouts(widget.layout()):
            if not isinstance(layout, FlowLayout) or not layout.count():
                continue
            rect = layout.geometry()
            need = layout.heightForWidth(rect.width())
            if rect.height() + SLACK < need:
                problems.append(f"{path_of(widget)}: a wrapping row {rect.height()} px high needs {need} px "
                                f"(its last row lies over what follows)")  # fmt: skip
    return problems


def all_problems(top: QWidget, available: QRect) -> list[str]:
    return (
        window_problems(top, available)
        + text_problems(top)
        + table_problems(top)
        + scroll_problems(top)
        + cover_problems(top)
        + squeeze_problems(top)
    )
