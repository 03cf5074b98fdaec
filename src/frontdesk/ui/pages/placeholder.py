"""The card a page shows until the issue that fills it lands: it says so plainly, and what will be there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from frontdesk.ui.common import icons
from frontdesk.ui.common.flow_layout import FlowLayout


class ComingLater(QFrame):
    def __init__(
        self, icon_name: str, title: str, summary: str, features: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comingLater")

        symbol = QLabel()
        symbol.setPixmap(icons.pixmap(icon_name, 56, icons.ACCENT))
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        badge = QLabel(QCoreApplication.translate("ComingLater", "Coming in a later version"))
        badge.setObjectName("badge")
        notice = QLabel(
            QCoreApplication.translate(
                "ComingLater", "This feature will be provided in a later version. Here is what it will do:"
            )
        )
        notice.setObjectName("notice")
        notice.setWordWrap(True)
        about = QLabel(summary)
        about.setWordWrap(True)
        about.setObjectName("summary")

        head_row = FlowLayout(spacing=12)  # the badge goes under the title where the two do not fit side by side
        head_row.addWidget(heading)
        head_row.addWidget(badge)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addLayout(head_row)
        text.addWidget(about)
        text.addWidget(notice)
        for line in features:
            bullet = QLabel("•")
            bullet.setObjectName("feature")
            item = QLabel(line)
            item.setObjectName("feature")
            item.setWordWrap(True)
            row = QHBoxLayout()  # a hanging indent: wrapped lines start under the text, not the bullet
            row.setSpacing(8)
            row.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(item, 1)
            text.addLayout(row)
        text.addStretch(1)

        card = QHBoxLayout(self)
        card.setContentsMargins(32, 28, 32, 28)
        card.setSpacing(24)
        card.addWidget(symbol, 0, Qt.AlignmentFlag.AlignTop)
        card.addLayout(text, 1)


def placeholder_layout(page: QWidget, card: ComingLater) -> None:
    """Centre ``card`` on ``page`` at a comfortable reading width; it scrolls where the screen is short (large
    text on 1024×768 at 150 %) rather than making the window taller than the screen."""
    card.setMaximumWidth(880)
    holder = QWidget()
    holder.setObjectName("placeholderHolder")
    column = QVBoxLayout(holder)
    column.setContentsMargins(32, 32, 32, 32)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 4)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setObjectName("placeholderScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
