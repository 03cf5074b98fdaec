"""The desk's live view: today's figures along the bottom, and beside the card the lists they open —
在馆 who is in now (check one out, or everyone at closing time) and 关怀提醒 the welfare-watch call list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common import icons
from frontdesk.ui.common.column_fit import NAME_SAMPLE, Fit
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.short_text import ShortButton, ShortLabel
from frontdesk.ui.common.widgets import ElidedLabel
from frontdesk.ui.pages.checkin import words
from frontdesk.ui.pages.checkin.live_models import PresentColumn, PresentModel, WatchColumn, WatchModel
from frontdesk.ui.pages.checkin.restyle import restyle
from frontdesk.ui.pages.checkin.tables import current_row, make_table

if TYPE_CHECKING:
    from frontdesk.core.services.visits import DayCounts, PresentVisitor

DEFAULT_ABSENT_DAYS = 7
PRESENT_TAB, WATCH_TAB = 0, 1


def _separator() -> QFrame:
    line = QFrame()
    line.setObjectName("countsSeparator")
    line.setFrameShape(QFrame.Shape.VLine)
    return line


class CountsStrip(QFrame):
    """在馆 N 人 │ 今日 X 人次 / Y 人 │ by purpose │ 关怀提醒 N — the first and last open their lists."""

    present_clicked = Signal()
    watch_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinCounts")
        self.present = ShortButton()  # its short words on a narrow screen ("In: 12"), as the others
        self.present.setObjectName("presentCount")
        self.present.setIcon(icons.small_icon("residents"))
        self.present.setToolTip(self.tr("Who is in the building now (list beside the card)"))
        self.present.setFlat(True)
        self.today = ShortLabel()
        self.today.setObjectName("todayCount")
        self.purposes = ElidedLabel()  # the least needed of the figures: it shortens on a narrow screen
        self.purposes.setObjectName("purposeCounts")
        self.watch = ShortButton()
        self.watch.setObjectName("watchButton")
        self.watch.setIcon(icons.small_icon("welfare"))
        self.watch.setToolTip(self.tr("Welfare watch: residents living alone who have stopped coming (call list)"))
        self.watch.setFlat(True)
        self.present.clicked.connect(self.present_clicked)
        self.watch.clicked.connect(self.watch_clicked)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.setSpacing(14)
        row.addWidget(self.present)
        row.addWidget(_separator())
        row.addWidget(self.today)
        row.addWidget(_separator())
        row.addWidget(self.purposes, 1)
        row.addWidget(_separator())
        row.addWidget(self.watch)
        self.set_counts(None)
        self.set_watch_count(None)

    def set_counts(self, counts: DayCounts | None) -> None:
        if counts is None:
            self.present.set_texts(self.tr("In the building: –"), self.tr("In: –"))
            self.today.set_texts(self.tr("Today: –"))
            self.purposes.set_full_text("")
            return
        self.present.set_texts(
            self.tr("In the building: {count}").format(count=counts.present),
            self.tr("In: {count}").format(count=counts.present),
        )
        self.today.set_texts(
            self.tr("Today: {visits} visits / {people} people").format(visits=counts.visits, people=counts.people),
            self.tr("Today: {visits} / {people}").format(visits=counts.visits, people=counts.people),
        )
        by_purpose = {str(purpose): count for purpose, count in counts.by_purpose.items()}
        self.purposes.set_full_text(
            " · ".join(
                f"{words.purpose_text(value)} {by_purpose[value]}" for value in words.PURPOSES if by_purpose.get(value)
            )
        )

    def set_watch_count(self, count: int | None) -> None:
        shown = "–" if count is None else str(count)
        self.watch.set_texts(
            self.tr("Welfare watch: {count}").format(count=shown), self.tr("Watch: {count}").format(count=shown)
        )
        restyle(self.watch, "alert", "true" if count else "false")


class LivePanel(QTabWidget):
    """在馆 and 关怀提醒 as two tabs; the page fills the models and acts on the signals."""

    check_out_selected = Signal(int)  # resident id
    close_day_requested = Signal()
    print_present_requested = Signal()
    print_watch_requested = Signal()
    absent_days_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("livePanel")
        self.present_model = PresentModel(self)
        self.watch_model = WatchModel(self)
        self.addTab(self._build_present(), icons.small_icon("residents"), self.tr("In the building"))
        self.addTab(self._build_watch(), icons.small_icon("welfare"), self.tr("Welfare watch"))

    def _build_present(self) -> QWidget:
        page = QWidget()
        self.present_list = make_table(
            "presentList",
            self.present_model,
            stretch=PresentColumn.NAME,
            samples={
                PresentColumn.QUEUE: Fit("000", hides=True),
                PresentColumn.NAME: Fit(f"{NAME_SAMPLE} +2"),
                PresentColumn.SINCE: Fit(
                    words.duration_text(timedelta(hours=9, minutes=59)),
                    least=words.duration_text(timedelta(minutes=59)),
                ),
            },
            give_way=(PresentColumn.SINCE, PresentColumn.QUEUE),
        )
        self.check_out_button = QPushButton(self.tr("Check out selected"))
        self.check_out_button.setObjectName("presentCheckOut")
        self.check_out_button.setToolTip(self.tr("Check out the person selected in this list"))
        self.close_day_button = QPushButton(self.tr("Closing time…"))
        self.close_day_button.setObjectName("closeDayButton")
        self.close_day_button.setToolTip(self.tr("Check out everyone still in the building (marked automatic)"))
        for button in (self.check_out_button, self.close_day_button):
            button.setAutoDefault(False)
        self.print_present_button = QPushButton(self.tr("Print list…"))
        self.print_present_button.setObjectName("printPresentList")
        self.print_present_button.setToolTip(self.tr("The list of who is in the building, for an evacuation"))
        self.print_present_button.setAutoDefault(False)
        self.print_present_button.clicked.connect(self.print_present_requested)
        self.check_out_button.clicked.connect(self._check_out_selected)
        self.close_day_button.clicked.connect(self.close_day_requested)
        buttons = FlowLayout(spacing=8)  # a second row in a narrow panel
        buttons.addWidget(self.check_out_button)
        buttons.addWidget(self.close_day_button)
        buttons.addWidget(self.print_present_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addWidget(self.present_list, 1)
        column.addLayout(buttons)
        return page

    def _build_watch(self) -> QWidget:
        page = QWidget()
        self.absent_days = QSpinBox()
        self.absent_days.setObjectName("watchDays")
        self.absent_days.setRange(3, 90)
        self.absent_days.setValue(DEFAULT_ABSENT_DAYS)
        self.absent_days.setMaximumWidth(self.absent_days.fontMetrics().horizontalAdvance("000 days") + 60)
        self.absent_days.setSuffix(self.tr(" days"))
        self.absent_days.setToolTip(self.tr("List regulars who have not come for this many days"))
        self.absent_days.valueChanged.connect(self.absent_days_changed)
        label = QLabel(self.tr("Not seen for"))
        label.setBuddy(self.absent_days)
        self.watch_list = make_table(
            "watchList",
            self.watch_model,
            stretch=WatchColumn.NAME,
            samples={
                WatchColumn.AGE: Fit("000", hides=True),
                WatchColumn.PHONE: Fit("0000-****0000", least="****0000", hides=True),  # a landline with its area code
                WatchColumn.ABSENT: Fit(self.watch_model.absent_text(999)),
            },
            give_way=(WatchColumn.PHONE, WatchColumn.AGE),
        )
        note = QLabel(self.tr("Residents living alone who usually come often. Call them, or their contact."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.print_watch_button = QPushButton(self.tr("Print call list…"))
        self.print_watch_button.setObjectName("printWatchList")
        self.print_watch_button.setToolTip(self.tr("The welfare call list, with what a caller needs"))
        self.print_watch_button.setAutoDefault(False)
        self.print_watch_button.clicked.connect(self.print_watch_requested)
        row = FlowLayout(spacing=8)
        row.addWidget(group(label, self.absent_days))
        row.addWidget(self.print_watch_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addLayout(row)
        column.addWidget(self.watch_list, 1)
        column.addWidget(note)
        return page

    def set_present(self, rows: Sequence[PresentVisitor], now: datetime) -> None:
        """New rows for 在馆, keeping the selected person selected (the list refreshes while staff use it)."""
        row = current_row(self.present_list)
        keep = self.present_model.visitor(row).resident_id if row is not None else None
        self.present_model.set_rows(rows, now)
        again = self.present_model.row_of(keep) if keep is not None else None
        if again is not None:
            self.present_list.selectRow(again)

    def _check_out_selected(self) -> None:
        row = current_row(self.present_list)
        if row is not None:
            self.check_out_selected.emit(self.present_model.visitor(row).resident_id)

    def show_list(self, tab: int) -> None:
        self.setCurrentIndex(tab)
