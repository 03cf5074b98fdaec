"""取消预订: a room booking cancelled with a reason (picked from the common ones or typed, at most 100 characters);
a refusal is said in the dialog and the reason stays. Opened with :meth:`QDialog.open`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.classes import room_words as words

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.rooms import BookingRow
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker

REASON_MAX = 100  # as RoomService.cancel allows


class CancelBookingDialog(QDialog):
    cancelled = Signal(object)  # the BookingRow, cancelled

    def __init__(
        self, worker: DatabaseWorker, *, services: DeskServices, actor: Actor, booking: BookingRow,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("roomCancelDialog")
        self.setWindowTitle(self.tr("Cancel room booking"))
        self._services, self._actor, self._booking = services, actor, booking
        self._jobs = Jobs(worker, self._show_busy)
        heading = WrappedLabel(self.tr("{title} · {room} · {when}").format(
            title=booking.title, room=booking.room_name, when=words.when_text(booking.starts_at, booking.ends_at)
        ))  # fmt: skip
        self.reason = QComboBox()
        self.reason.setObjectName("roomCancelReason")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("Postponed"), self.tr("The speaker cannot come"), self.tr("The weather"),
                              self.tr("Booked by mistake")])  # fmt: skip
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setMaxLength(REASON_MAX)
        self.reason.lineEdit().setPlaceholderText(self.tr("Pick or type a reason"))
        self.problem = error_label("roomCancelProblem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("roomCancelConfirm")
        self.ok.setText(self.tr("Cancel booking"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def confirm(self) -> None:
        if self._jobs.busy:
            return
        service, actor, booking_id = self._services.rooms, self._actor, self._booking.booking_id
        reason = self.reason.currentText()
        show_error(self.problem, "")
        self._jobs.run(
            lambda: service.cancel(booking_id, reason, actor=actor),
            self._done,
            refused=self._refused,
            trouble=self._trouble,
            changes=(CLASSES,),
        )

    def _done(self, row: BookingRow) -> None:
        self.cancelled.emit(row)
        self.accept()

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.problem, words.refusal_text(refusal))
        self.reason.setFocus()

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.problem, problems.problem_text(problem.kind))

    def busy(self) -> bool:
        return self._jobs.busy

    def _show_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
