"""The care station on the check-in card: today's appointments (source ``"appointment"``) and the places offered from
the waiting list (source ``"waitlist"``), as :class:`~frontdesk.core.services.agenda.AgendaSource` s.

Check-in (:meth:`VisitService.check_in`) marks the resident's booked appointments of the day arrived — with the
visit and the time — and puts each in the station's queue (叫号), all inside the check-in transaction.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor
from frontdesk.core.models import (
    Appointment,
    AppointmentStatus,
    CareService,
    QueueStatus,
    StationQueueEntry,
    WaitlistEntry,
    WaitStatus,
)
from frontdesk.core.services.agenda import AgendaItem
from frontdesk.core.services.appointments import HOLDING, step_appointment
from frontdesk.core.services.station import join_queue


class AppointmentAgenda:
    """The day's holding appointments (booked, arrived, in service, completed), by time."""

    name = "appointment"

    def items_for(self, session: Session, resident_id: int, day: date) -> list[AgendaItem]:
        rows = session.execute(
            select(Appointment.id, Appointment.starts_at, Appointment.status, CareService.name, CareService.place)
            .join(CareService, CareService.id == Appointment.service_id)
            .where(Appointment.resident_id == resident_id, Appointment.day == day, Appointment.status.in_(HOLDING))
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
        return [
            AgendaItem(self.name, aid, starts_at, title, place, arrived=status != AppointmentStatus.BOOKED)
            for aid, starts_at, status, title, place in rows
        ]

    def mark_arrived(
        self, session: Session, resident_id: int, day: date, visit_id: int, at: datetime, *, actor: Actor
    ) -> list[int]:
        """已到: the day's booked appointments become arrived (with the visit and the time) and join the station's
        queue in time order; audited as ``appointment.arrived`` (and ``queue.join`` for each)."""
        booked = session.scalars(
            select(Appointment)
            .where(
                Appointment.resident_id == resident_id,
                Appointment.day == day,
                Appointment.status == AppointmentStatus.BOOKED,
            )
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
        if not booked:
            return []
        queued = set(
            session.scalars(
                select(StationQueueEntry.appointment_id).where(
                    StationQueueEntry.appointment_id.in_([a.id for a in booked]),
                    StationQueueEntry.status.in_((QueueStatus.WAITING, QueueStatus.CALLED)),
                )
            )
        )
        for appointment in booked:
            step_appointment(appointment, AppointmentStatus.ARRIVED, at)
            appointment.visit_id = visit_id
        session.flush()
        audit.record(
            session, "appointment.arrived", at=at, actor=actor, entity_type="resident", entity_id=resident_id,
            details={"appointment_ids": [a.id for a in booked], "visit_id": visit_id, "from": "booked"},
        )  # fmt: skip
        for appointment in booked:
            if appointment.id not in queued:
                join_queue(
                    session, resident_id=resident_id, service_id=appointment.service_id,
                    appointment_id=appointment.id, now=at, actor=actor,
                )  # fmt: skip
        return [a.id for a in booked]


class WaitlistOffers:
    """The places offered to the resident on the day (候补 → 有空位), shown on the card until taken or declined."""

    name = "waitlist"

    def items_for(self, session: Session, resident_id: int, day: date) -> list[AgendaItem]:
        rows = session.execute(
            select(WaitlistEntry.id, WaitlistEntry.offered_starts_at, CareService.name, CareService.place)
            .join(CareService, CareService.id == WaitlistEntry.service_id)
            .where(
                WaitlistEntry.resident_id == resident_id,
                WaitlistEntry.day == day,
                WaitlistEntry.status == WaitStatus.OFFERED,
                WaitlistEntry.offered_starts_at.is_not(None),
            )
            .order_by(WaitlistEntry.offered_starts_at, WaitlistEntry.id)
        ).all()
        return [AgendaItem(self.name, entry_id, starts_at, title, place) for entry_id, starts_at, title, place in rows]

    def mark_arrived(
        self, session: Session, resident_id: int, day: date, visit_id: int, at: datetime, *, actor: Actor
    ) -> list[int]:
        """An offer is not a booking: arriving does not take it (the desk books it with the resident at the
        counter, who sees it on the card)."""
        return []


__all__ = ["AppointmentAgenda", "WaitlistOffers"]
