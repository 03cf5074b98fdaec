"""The agenda sources a desk registers, in one place: the check-in, the card and the visit slip (the desk's and the
admin tool's) all show the same day."""

from __future__ import annotations

from frontdesk.core.services.agenda import AgendaSource
from frontdesk.core.services.appointment_agenda import AppointmentAgenda, WaitlistOffers
from frontdesk.core.services.class_agenda import ClassAgenda, EnrollmentNews


def desk_agenda() -> tuple[AgendaSource, ...]:
    """Today's appointments and 候补 offers of the care station, today's classes, and places moved up from a course's
    waiting list."""
    return (AppointmentAgenda(), WaitlistOffers(), ClassAgenda(), EnrollmentNews())


__all__ = ["desk_agenda"]
