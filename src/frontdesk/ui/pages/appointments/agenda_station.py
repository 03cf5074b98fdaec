"""The station's side of the agenda: the queue (叫号) with 下一位, the selected service's 候补 for the day, and the
未到 to review. Widgets only: the tab reads the rows and starts the actions, these panels show and ask."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.pages.appointments.agenda_models import NoShowModel, QueueModel, RowsModel, WaitModel


def selected(view: QTableView, model: RowsModel[Any]) -> Any:
    """The row under the view's current index (set before the selection is, so a slot on currentRowChanged sees it)."""
    index = view.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


def button(name: str, text: str, tip: str) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    made.setToolTip(tip)
    return made


def buttons_row(*buttons: QWidget) -> QWidget:
    box = QWidget()
    flow = FlowLayout(box, spacing=6)
    for made in buttons:
        flow.addWidget(made)
    return box


class QueuePanel(QGroupBox):
    """叫号: number, name, service, waiting since or called; 下一位 (F8), 完成, 离开, 现场登记."""

    next_requested = Signal()
    finish_requested = Signal(object)
    left_requested = Signal(object)
    walk_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)  # a tab of the agenda's side, which names it
        self.model = QueueModel()
        self.table = as_list(row_table("stationQueue", self.model))
        ColumnFit(self.table, {QueueModel.NUMBER: Fit("000"), QueueModel.NAME: Fit(NAME_SAMPLE, bold=True),
                               QueueModel.SERVICE: Fit("血压测量", "血压", hides=True),
                               QueueModel.SINCE: Fit("已叫号 10:45", "10:45", hides=True)},
                  stretch=QueueModel.NAME, give_way=[QueueModel.SINCE, QueueModel.SERVICE])  # fmt: skip
        self.next = button("stationNext", self.tr("Next  F8"), self.tr("Call the next one waiting (F8)"))
        big = QFont(self.next.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.next.setFont(big)
        self.next.setMinimumHeight(44)
        self.finish = button("stationFinish", self.tr("Done"), self.tr("The selected one is done (Alt+F)"))
        self.left = button("stationLeft", self.tr("Left"), self.tr("The selected one left without being served"))
        self.walk_in = button("stationWalkIn", self.tr("Walk-in…"), self.tr("Register a walk-in (Alt+W)"))
        self.unavailable = QLabel(self.tr("The station's queue is not available on this desk yet."))
        self.unavailable.setWordWrap(True)
        self.unavailable.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.next)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unavailable)
        layout.addWidget(buttons_row(self.finish, self.left, self.walk_in))
        self.next.clicked.connect(self.next_requested)
        self.finish.clicked.connect(lambda: self._on_selected(self.finish_requested))
        self.left.clicked.connect(lambda: self._on_selected(self.left_requested))
        self.walk_in.clicked.connect(self.walk_in_requested)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self._available = True
        self.update_buttons()

    def _on_selected(self, signal: Any) -> None:
        row = selected(self.table, self.model)
        if row is not None:
            signal.emit(row)

    def set_available(self, available: bool) -> None:
        self._available = available
        self.unavailable.setVisible(not available)
        self.update_buttons()

    def update_buttons(self) -> None:
        row = selected(self.table, self.model)
        self.next.setEnabled(self._available and any(r.status.value == "waiting" for r in self.model.rows))
        self.walk_in.setEnabled(self._available)
        open_row = row is not None and row.status.value in ("waiting", "called")
        self.finish.setEnabled(self._available and open_row)
        self.left.setEnabled(self._available and open_row)


class WaitlistPanel(QGroupBox):
    """候补 of the selected slot's service on the day: 通知 (offer a free place) and 撤销 (withdraw)."""

    offer_requested = Signal(object)
    withdraw_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.model = WaitModel()
        self.table = as_list(row_table("agendaWaitlist", self.model))
        ColumnFit(self.table, {WaitModel.POSITION: Fit("00"), WaitModel.NAME: Fit(NAME_SAMPLE),
                               WaitModel.STATUS: Fit("已通知 10:45", "已通知", hides=True)},
                  stretch=WaitModel.NAME, give_way=[WaitModel.STATUS])  # fmt: skip
        self.offer = button("agendaOffer", self.tr("Offer free place"), self.tr("Offer the selected slot's place"))
        self.withdraw = button("agendaWithdraw", self.tr("Withdraw"), self.tr("Take the selected one off the list"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons_row(self.offer, self.withdraw))
        self.offer.clicked.connect(lambda: self._on_selected(self.offer_requested))
        self.withdraw.clicked.connect(lambda: self._on_selected(self.withdraw_requested))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.free_place = False
        self.update_buttons()

    def _on_selected(self, signal: Any) -> None:
        row = selected(self.table, self.model)
        if row is not None:
            signal.emit(row)

    def update_buttons(self) -> None:
        row = selected(self.table, self.model)
        self.offer.setEnabled(row is not None and row.status.value == "waiting" and self.free_place)
        self.withdraw.setEnabled(row is not None and row.status.value in ("waiting", "offered"))


class NoShowPanel(QGroupBox):
    """未到 to review (kindly: a call to ask how they are, never a ban): 标记今日未到 after the day's last slot, and
    已回访 for the selected one."""

    mark_requested = Signal()
    review_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.model = NoShowModel()
        self.table = as_list(row_table("agendaNoShows", self.model))
        ColumnFit(self.table, {NoShowModel.WHEN: Fit("12/28 10:45"), NoShowModel.NAME: Fit(NAME_SAMPLE),
                               NoShowModel.SERVICE: Fit("血压测量", "血压", hides=True)},
                  stretch=NoShowModel.NAME, give_way=[NoShowModel.SERVICE])  # fmt: skip
        self.mark = button("agendaMarkNoShows", self.tr("Mark who did not come"),
                           self.tr("After the day's last slot: the appointments still only booked"))  # fmt: skip
        self.review = button("agendaReviewNoShow", self.tr("Called back"), self.tr("The selected one was called"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons_row(self.mark, self.review))
        self.mark.clicked.connect(self.mark_requested)
        self.review.clicked.connect(self._on_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def _on_selected(self) -> None:
        row = selected(self.table, self.model)
        if row is not None:
            self.review_requested.emit(row)

    def update_buttons(self) -> None:
        self.review.setEnabled(selected(self.table, self.model) is not None)
