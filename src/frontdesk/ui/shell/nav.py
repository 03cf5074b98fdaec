"""The navigation bar: one button per page, each showing its key (F2…) and driven by the page's QAction.

On a narrow window (1024×768 at 150 % is 683 px wide) the bar gives way step by step rather than cutting a title:
first the key hints go (the tooltips keep them), then the program's name, then every title but the current page's,
leaving the icons. :data:`COMPACT_STEPS` is the number of those steps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from frontdesk.ui.common import icons
from frontdesk.ui.common.widgets import ElidedLabel

COMPACT_STEPS = 3


class NavButton(QPushButton):
    """A checkable button mirroring ``action``: icon, page title and its key hint in a quieter colour."""

    def __init__(self, action: QAction, icon_name: str, key_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the keyboard way; focus stays on the page
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(action.toolTip())
        self.setAccessibleName(action.text())
        self._icon_label = QLabel()
        self._icon_label.setPixmap(icons.pixmap(icon_name, 22, icons.MUTED))
        self._icon_active = icons.pixmap(icon_name, 22, icons.ACCENT)
        self._icon_idle = self._icon_label.pixmap()
        self.title_label = QLabel(action.text())
        self.title_label.setObjectName("navTitle")
        self.key_label = QLabel(key_hint)
        self.key_label.setObjectName("navKey")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(8)
        row.addWidget(self._icon_label)
        row.addWidget(self.title_label)
        row.addWidget(self.key_label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._applied: tuple[int, bool] | None = None  # the step and checked state set_step last laid out
        self.clicked.connect(action.trigger)
        action.toggled.connect(self.setChecked)
        self.toggled.connect(self._show_state)
        self.setChecked(action.isChecked())

    def sizeHint(self):  # the labels decide the size, not the (empty) button text
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.sizeHint()

    def width_at(self, step: int) -> int:
        """How wide the button is at compact ``step`` (see :class:`NavBar`), whether or not it is at it now."""
        row = self.layout()
        margins = row.contentsMargins()
        parts = [self._icon_label.sizeHint().width()]
        if step < 3 or self.isChecked():
            parts.append(self.title_label.sizeHint().width())
        if step < 1:
            parts.append(self.key_label.sizeHint().width())
        return margins.left() + margins.right() + sum(parts) + row.spacing() * (len(parts) - 1)

    def set_step(self, step: int) -> None:
        if self._applied == (step, self.isChecked()):
            return
        self._applied = (step, self.isChecked())
        self.key_label.setVisible(step < 1)
        self.title_label.setVisible(step < 3 or self.isChecked())
        self.layout().invalidate()
        self.updateGeometry()

    def _show_state(self, checked: bool) -> None:
        self._icon_label.setPixmap(self._icon_active if checked else self._icon_idle)
        for label in (self.title_label, self.key_label):
            label.setProperty("active", checked)
            label.style().unpolish(label)
            label.style().polish(label)
            label.updateGeometry()  # bold is wider: let the button grow instead of clipping the title
        self.layout().invalidate()
        self.updateGeometry()


class NavBar(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.buttons: list[NavButton] = []
        logo = QLabel()
        logo.setPixmap(icons.pixmap("frontdesk", 30, icons.ACCENT))
        self._logo = logo
        name = ElidedLabel(title)  # gives way to the page buttons in long languages
        name.setObjectName("appName")
        self._name = name
        self._step = 0
        # (step, checked button) → width, while the fonts stay: a page switch asks for them several times, and
        # each is a Python call per label
        self._widths: dict[tuple[int, int], int] = {}
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(16, 0, 16, 0)
        self._row.setSpacing(4)
        self._row.addWidget(logo)
        self._row.addWidget(name)
        self._row.addSpacing(16)
        self._row.addStretch(1)

    def width_at(self, step: int) -> int:
        """How wide the bar needs to be at compact ``step``: 0 everything, 1 no key hints, 2 nor the program's
        name, 3 only the current page's title."""
        key = (step, next((i for i, button in enumerate(self.buttons) if button.isChecked()), -1))
        width = self._widths.get(key)
        if width is None:
            width = self._measure(step)
            if self.isVisible():  # before, the labels may not have their style sheet's fonts yet
                self._widths[key] = width
        return width

    def _measure(self, step: int) -> int:
        margins = self._row.contentsMargins()
        parts = [self._logo.sizeHint().width(), 16] + [button.width_at(step) for button in self.buttons]
        if step < 2:
            parts.append(self._name.sizeHint().width())
        spacing = self._row.spacing() * len(parts)  # between them, and before the stretch at the end
        return margins.left() + margins.right() + sum(parts) + spacing

    def step(self) -> int:
        return self._step

    def minimumSizeHint(self) -> QSize:
        return QSize(self.width_at(COMPACT_STEPS), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._compact()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # large text: the titles widen
            QTimer.singleShot(0, self, self._refit)  # once the buttons' own labels have their new font

    def showEvent(self, event) -> None:
        self._widths.clear()  # shown, the labels have their style sheet's fonts
        super().showEvent(event)

    def _refit(self) -> None:
        self._widths.clear()
        self._compact()

    def _compact(self) -> None:
        width = self.width()
        step = next((step for step in range(COMPACT_STEPS) if self.width_at(step) <= width), COMPACT_STEPS)
        self._step = step
        self._name.setVisible(step < 2)
        for button in self.buttons:
            button.set_step(step)
        self._row.invalidate()

    def add(self, action: QAction, icon_name: str, key_hint: str) -> NavButton:
        button = NavButton(action, icon_name, key_hint, self)
        button.setObjectName(f"nav_{action.data()}")
        self._row.insertWidget(self._row.count() - 1, button)
        self.buttons.append(button)
        self._widths.clear()
        button.toggled.connect(self._compact)  # the current page's title stays: its width changes with the page
        self.updateGeometry()
        return button
