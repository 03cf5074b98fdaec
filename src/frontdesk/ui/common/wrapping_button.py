"""Check boxes and radio buttons whose words wrap onto more lines instead of running off a narrow dialog.

Qt's own never wrap: "我明白：2026-11-28 08:00 之后录入的内容将不再在数据库中" is one line, and on 1024×768 at 150 %
with large text it is wider than the screen. These lay the words out like a word-wrapped label beside the indicator
(CJK text breaks between characters), and ask their layout for the height that takes (height-for-width).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QRadioButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter

FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
LEAST_CHARACTERS = 12  # narrower than this, even wrapped text reads badly


class _Wrapping:
    """Shared by :class:`WrappingCheckBox` and :class:`WrappingRadioButton` (``_element``: what the style draws)."""

    _element: QStyle.ControlElement
    _indicator: QStyle.PixelMetric
    _spacing: QStyle.PixelMetric

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)  # type: ignore[call-arg]  # QCheckBox / QRadioButton, next in the MRO
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # type: ignore[attr-defined]
        self.setProperty("wraps", True)  # type: ignore[attr-defined]  # the layout test checks its height instead

    def _text_left(self) -> int:
        style = self.style()  # type: ignore[attr-defined]
        return style.pixelMetric(self._indicator, None, self) + style.pixelMetric(self._spacing, None, self) + 2

    def _text_rect(self, width: int) -> QRect:
        metrics = self.fontMetrics()  # type: ignore[attr-defined]
        room = max(1, width - self._text_left())
        return metrics.boundingRect(QRect(0, 0, room, 1 << 16), int(FLAGS), self.text())  # type: ignore[attr-defined]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        indicator = self.style().pixelMetric(self._indicator, None, self)  # type: ignore[attr-defined]
        return max(indicator, self._text_rect(width).height()) + 4

    def sizeHint(self) -> QSize:
        one_line = self.fontMetrics().horizontalAdvance(self.text().replace("&", "")) + self._text_left() + 4  # type: ignore[attr-defined]
        return QSize(one_line, self.heightForWidth(one_line))

    def minimumSizeHint(self) -> QSize:
        least = self.fontMetrics().horizontalAdvance("中" * LEAST_CHARACTERS) + self._text_left() + 4  # type: ignore[attr-defined]
        width = min(least, self.sizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)  # type: ignore[arg-type]
        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]
        text = option.text
        option.text = ""
        indicator = self.style().pixelMetric(self._indicator, None, self)  # type: ignore[attr-defined]
        lines = self._text_rect(self.width()).height()  # type: ignore[attr-defined]
        top = max(0, (min(lines, self.fontMetrics().height()) - indicator) // 2)  # type: ignore[attr-defined]
        option.rect = QRect(0, top, indicator + 2, indicator)
        painter.drawControl(self._element, option)
        area = QRect(self._text_left(), 0, self.width() - self._text_left(), self.height())  # type: ignore[attr-defined]
        role = QPalette.ColorRole.WindowText
        painter.drawItemText(area, int(FLAGS | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             self.palette(), self.isEnabled(), text, role)  # type: ignore[attr-defined]  # fmt: skip
        if self.hasFocus():  # type: ignore[attr-defined]
            focus = QStyleOptionButton()
            focus.initFrom(self)  # type: ignore[arg-type]
            focus.rect = area.intersected(self._text_rect(self.width()).translated(self._text_left(), 0))  # type: ignore[attr-defined]
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)

    def hitButton(self, pos) -> bool:  # the wrapped words are part of the button, as a one-line text would be
        return self.rect().contains(pos)  # type: ignore[attr-defined]


class WrappingCheckBox(_Wrapping, QCheckBox):
    _element = QStyle.ControlElement.CE_CheckBox
    _indicator = QStyle.PixelMetric.PM_IndicatorWidth
    _spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing


class WrappingRadioButton(_Wrapping, QRadioButton):
    _element = QStyle.ControlElement.CE_RadioButton
    _indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    _spacing = QStyle.PixelMetric.PM_RadioButtonLabelSpacing
