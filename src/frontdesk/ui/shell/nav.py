"""The navigation bar: one button per page, each showing its key (F2…) and driven by the page's QAction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from frontdesk.ui.common import icons
from frontdesk.ui.common.widgets import ElidedLabel


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
        self.clicked.connect(action.trigger)
        action.toggled.connect(self.setChecked)
        self.toggled.connect(self._show_state)
        self.setChecked(action.isChecked())

    def sizeHint(self):  # the labels decide the size, not the (empty) button text
        return self.layout().sizeHint()

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
        name = ElidedLabel(title)  # gives way to the page buttons on narrow screens and in long languages
        name.setObjectName("appName")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(16, 0, 16, 0)
        self._row.setSpacing(4)
        self._row.addWidget(logo)
        self._row.addWidget(name)
        self._row.addSpacing(16)
        self._row.addStretch(1)

    def add(self, action: QAction, icon_name: str, key_hint: str) -> NavButton:
        button = NavButton(action, icon_name, key_hint, self)
        button.setObjectName(f"nav_{action.data()}")
        self._row.insertWidget(self._row.count() - 1, button)
        self.buttons.append(button)
        return button
