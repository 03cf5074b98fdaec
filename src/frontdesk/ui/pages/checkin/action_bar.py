"""Under the card: the visit's purpose and companions, and the buttons — each with its key in its tooltip, and in
its words when there is room (:class:`~frontdesk.ui.common.key_button.KeyButton`)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from frontdesk.ui.common.key_button import KeyButton
from frontdesk.ui.pages.checkin import words

MAX_COMPANIONS = 20  # as the visit service allows (core/services/visits.py)
SIDE_MARGIN = 18  # as the card's, so the buttons line up with it…
NARROW_SIDE_MARGIN = 6  # …unless the buttons' words need that room (English, large text, 1024×768 at 150 %)


BOOK_KEY = "F10"  # 预约… on the card (F2…F7 are the pages, F8 签退, F9 打印凭条)
ENROLL_KEY = "F11"  # 报名… on the card


class ActionBar(QWidget):
    check_in_requested = Signal()
    check_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinActions")

        self.purpose = QComboBox()
        self.purpose.setObjectName("purposeCombo")
        for number, value in enumerate(words.PURPOSES, start=1):
            self.purpose.addItem(words.purpose_text(value), value)
            self.purpose.setItemData(number - 1, f"Alt+{number}", Qt.ItemDataRole.ToolTipRole)
        self.purpose.setToolTip(self.tr("Purpose of the visit (Alt+1 … Alt+{last})").format(last=len(words.PURPOSES)))
        purpose_label = QLabel(self.tr("&Purpose"))
        purpose_label.setBuddy(self.purpose)

        self.companions = QSpinBox()
        self.companions.setObjectName("companionsSpin")
        self.companions.setRange(0, MAX_COMPANIONS)
        self.companions.setPrefix("+")
        self.companions.setToolTip(self.tr("Family members who came along; they count as visits too"))
        companions_label = QLabel(self.tr("Family &members"))
        companions_label.setBuddy(self.companions)

        self.check_in = KeyButton(self.tr("Check in"), "Enter")
        self.check_in.setObjectName("checkInButton")
        self.check_in.setToolTip(self.tr("Check the resident in (Enter)"))
        self.check_out = KeyButton(self.tr("Check out"), "F8")
        self.check_out.setObjectName("checkOutButton")
        self.check_out.setToolTip(self.tr("Check the resident out (F8)"))
        self.print_slip = KeyButton(self.tr("Print slip"), "F9")
        self.print_slip.setObjectName("printSlipButton")
        self.print_slip.setToolTip(
            self.tr("Print the slip of today's visit to this desk's slip printer (F9; Shift+F9 previews it first)")
        )
        self.print_slip.setEnabled(False)
        KeyButton.in_a_row(self.check_in, self.check_out, self.print_slip)
        for button in (self.check_in, self.check_out, self.print_slip):
            button.setAutoDefault(False)
        self.check_in.clicked.connect(self.check_in_requested)
        self.check_out.clicked.connect(self.check_out_requested)

        choices = QGridLayout()
        choices.setHorizontalSpacing(10)
        choices.setVerticalSpacing(6)
        choices.addWidget(purpose_label, 0, 0)
        choices.addWidget(self.purpose, 0, 1)
        choices.addWidget(companions_label, 1, 0)
        choices.addWidget(self.companions, 1, 1, Qt.AlignmentFlag.AlignLeft)
        choices.setColumnStretch(1, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.check_in, 1)  # the others as wide as their words and keys; 签到 takes the rest
        buttons.addWidget(self.check_out)
        buttons.addWidget(self.print_slip)

        column = QGridLayout(self)
        column.setContentsMargins(SIDE_MARGIN, 8, SIDE_MARGIN, 12)
        column.setVerticalSpacing(8)
        column.addLayout(choices, 0, 0)
        column.addLayout(buttons, 1, 0)

    def _width_with(self, side: int) -> int:
        """The least width of the bar with ``side`` pixels of margin left and right."""
        margins = self.layout().contentsMargins()
        return super().minimumSizeHint().width() - margins.left() - margins.right() + 2 * side

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width_with(NARROW_SIDE_MARGIN), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = SIDE_MARGIN if event.size().width() >= self._width_with(SIDE_MARGIN) else NARROW_SIDE_MARGIN
        margins = self.layout().contentsMargins()
        if margins.left() != side:
            self.layout().setContentsMargins(side, margins.top(), side, margins.bottom())

    def choice(self) -> tuple[str, int]:
        """The purpose (its value, e.g. ``"care"``) and number of companions chosen for the next check-in."""
        self.companions.interpretText()  # a number typed but not yet confirmed counts
        return str(self.purpose.currentData()), self.companions.value()

    def choose_purpose(self, index: int) -> None:
        if 0 <= index < self.purpose.count():
            self.purpose.setCurrentIndex(index)

    def reset_choice(self) -> None:
        """Back to the default (活动, alone) after a check-in: a choice never carries over to the next person."""
        self.purpose.setCurrentIndex(0)
        self.companions.setValue(0)

    def set_state(self, *, resident: bool, checked_in: bool, printable: bool = False) -> None:
        self.check_in.setEnabled(resident and not checked_in)
        self.check_out.setEnabled(resident and checked_in)
        self.print_slip.setEnabled(printable)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in_requested.emit()  # Enter in the purpose or companions field checks in, as in the search
            event.accept()
            return
        super().keyPressEvent(event)
