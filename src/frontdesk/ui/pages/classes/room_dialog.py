"""新增教室 / 编辑教室 (managers): a room's name, floor, places, equipment, step-free access, its own opening hours
(or the center's), notes, and whether it is in use. A refusal is said beside its field — an edit that would strand
what is planned in the room says what is in the way — and what was typed stays. Opened with :meth:`QDialog.open`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.fields import error_label
from frontdesk.ui.common.form_parts import line, wrapping_form
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.pages.classes.room_booking_dialog import RoomMessages, time_box

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.rooms import RoomInput, RoomRow
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker

CAPACITY_MAX = 2000  # as RoomService allows


class RoomDialog(QDialog):
    saved = Signal(int, str)  # the room's id and name

    def __init__(
        self,
        worker: DatabaseWorker,
        *,
        services: DeskServices,
        actor: Actor,
        room: RoomRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomDialog")
        self.setWindowTitle(self.tr("New room") if room is None else self.tr("Edit room"))
        self._services = services
        self._actor = actor
        self._room_id = room.room_id if room is not None else None
        self._jobs = Jobs(worker, self._show_busy)
        self._build()
        if room is not None:
            self._fill(room)
        self.name.setFocus()
        em = self.fontMetrics().horizontalAdvance("中")
        resize_within_screen(self, 30 * em, 30 * em)

    def _build(self) -> None:
        self.messages = RoomMessages(error_label("roomError"))
        self.name = line("roomName", 40, self.tr("e.g. 书法室"))
        self.floor = line("roomFloor", 10, self.tr("e.g. 2楼"))
        self.capacity = QSpinBox()
        self.capacity.setObjectName("roomCapacity")
        self.capacity.setRange(0, CAPACITY_MAX)
        self.equipment = line("roomEquipment", 200, self.tr("e.g. 镜墙、音响"))
        self.step_free = QCheckBox(self.tr("Step-free access (no steps)"))
        self.step_free.setObjectName("roomStepFree")
        self.own_hours = QCheckBox(self.tr("Own opening hours"))
        self.own_hours.setObjectName("roomOwnHours")
        self.own_hours.setToolTip(self.tr("Without: the center's working day"))
        self.opens = time_box("roomOpens")
        self.closes = time_box("roomCloses")
        self.opens.setTime(QTime(8, 0))
        self.closes.setTime(QTime(21, 0))
        hours = QHBoxLayout()
        hours.addWidget(self.own_hours)
        hours.addWidget(self.opens)
        hours.addWidget(self.closes)
        hours.addStretch(1)
        self.notes = line("roomNotes", 200)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setObjectName("roomActive")
        self.active.setChecked(True)
        form = wrapping_form()
        self.messages.add_rows(
            form,
            (
                (self.tr("&Name"), self.name, "name"),
                (self.tr("&Floor"), self.floor, "floor"),
                (self.tr("&Places"), self.capacity, "capacity"),
                (self.tr("&Equipment"), self.equipment, "equipment"),
            ),
        )
        form.addRow("", self.step_free)
        form.addRow(self.tr("Hours"), hours)
        form.addRow("", self.messages.label("opens", "roomOpensError"))
        form.addRow("", self.messages.label("closes", "roomClosesError"))
        self.messages.add_rows(form, ((self.tr("N&otes"), self.notes, "notes"),))
        form.addRow("", self.active)
        form.addRow("", self.messages.label("active", "roomActiveError"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setObjectName("roomSave")
        self.save_button.setText(self.tr("Save room"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.messages.general)
        layout.addWidget(buttons)
        for field in (self.name, self.floor, self.equipment, self.notes):
            field.returnPressed.connect(self.save)
        self.own_hours.toggled.connect(self._hours_shown)
        self._hours_shown(False)

    def _hours_shown(self, own: bool) -> None:
        self.opens.setEnabled(own)
        self.closes.setEnabled(own)

    def _fill(self, room: RoomRow) -> None:
        self.name.setText(room.name)
        self.floor.setText(room.floor)
        self.capacity.setValue(room.capacity)
        self.equipment.setText(room.equipment)
        self.step_free.setChecked(room.step_free)
        self.own_hours.setChecked(room.opens is not None)
        if room.opens is not None and room.closes is not None:
            self.opens.setTime(QTime(room.opens.hour, room.opens.minute))
            self.closes.setTime(QTime(room.closes.hour, room.closes.minute))
        self.notes.setText(room.notes)
        self.active.setChecked(room.active)

    def room_input(self) -> RoomInput:
        from frontdesk.core.services.rooms import RoomInput

        own = self.own_hours.isChecked()
        return RoomInput(
            room_id=self._room_id, name=self.name.text(), floor=self.floor.text(), capacity=self.capacity.value(),
            equipment=self.equipment.text(), step_free=self.step_free.isChecked(),
            opens=self.opens.time().toPython() if own else None, closes=self.closes.time().toPython() if own else None,
            notes=self.notes.text(), active=self.active.isChecked(),
        )  # fmt: skip

    def save(self) -> None:
        if self._jobs.busy:
            return
        service, actor, data = self._services.rooms, self._actor, self.room_input()
        self.messages.clear()
        self._jobs.run(
            lambda: service.save_room(data, actor=actor),
            lambda room_id: self._saved(room_id, data.name.strip()),
            refused=self.messages.show,
            trouble=self.messages.trouble,
            changes=(CLASSES,),
        )

    def _saved(self, room_id: int, name: str) -> None:
        self._room_id = room_id
        self.saved.emit(room_id, name)
        self.accept()

    def busy(self) -> bool:
        return self._jobs.busy

    def _show_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
