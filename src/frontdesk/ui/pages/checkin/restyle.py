"""Dynamic style-sheet properties (``[tone="ok"]``, ``[kind="warning"]``) take effect only after a re-polish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def restyle(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, and have the style look again at the widget and its children
    (rules like ``#cardState[kind="in"] #chipText`` style a child by its parent's property)."""
    widget.setProperty(name, value)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # not styled yet: the first polish will read the property
    for each in (widget, *widget.findChildren(QWidget)):
        each.style().unpolish(each)
        each.style().polish(each)
