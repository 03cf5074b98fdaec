"""One-way data flow between pages: an action changes the database, then says so here; views that show the changed
data refresh themselves from the services. Created once in the composition root and passed to the pages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

VISITS = "visits"
RESIDENTS = "residents"
APPOINTMENTS = "appointments"
CATALOGUE = "catalogue"
CLASSES = "classes"


class ChangeHub(QObject):
    """What changed, not how to redraw it: each view decides what to re-read."""

    visits_changed = Signal()  # 签到 / 签退: in-building list, counts, cards, "checked in" marks
    residents_changed = Signal()  # the registry: names, flags, alerts
    appointments_changed = Signal()  # 预约: bookings, statuses, the waiting list, the station's queue, readings
    catalogue_changed = Signal()  # 合伙人, 服务项目, providers' hours, the center's days
    classes_changed = Signal()  # 课程与教室: rooms, bookings, terms, courses, sessions, enrollments, attendance

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeHub")

    def tell(self, parts: Iterable[str]) -> None:
        """``parts`` changed (here, or at another desk, as the change poll saw): every view of them refreshes."""
        parts = frozenset(parts)
        if VISITS in parts:
            self.visits_changed.emit()
        if RESIDENTS in parts:
            self.residents_changed.emit()
        if APPOINTMENTS in parts:
            self.appointments_changed.emit()
        if CATALOGUE in parts:
            self.catalogue_changed.emit()
        if CLASSES in parts:
            self.classes_changed.emit()
