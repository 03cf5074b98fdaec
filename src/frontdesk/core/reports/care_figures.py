"""康养服务站 figures: appointments by their day in the period, per service and in all.

``completed`` (人次) counts appointments completed, walk-ins (现场) included; people (人数) the distinct residents
among them; ``walk_ins`` the completed ones that were walk-ins; ``minutes`` the completed appointments' length
(``ends_at`` − ``starts_at``), the time the station gave. A community filter takes the resident's current community.
``booked`` is every appointment of the period not cancelled; ``open`` those still booked, arrived or in service.
"""

from __future__ import annotations

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from frontdesk.core.models import Appointment, AppointmentStatus, CareService, Partner, Resident
from frontdesk.core.reports.figures import AppointmentTally, CareLine, Period
from frontdesk.core.reports.sql_parts import as_float, as_int, in_community, minutes_between

OPEN_STATUSES = (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, AppointmentStatus.IN_SERVICE)
COMPLETED = Appointment.status == AppointmentStatus.COMPLETED


def _count(condition) -> object:
    return func.sum(case((condition, 1), else_=0))


def _within(query: Select, period: Period) -> Select:
    query = query.where(Appointment.day >= period.first_day, Appointment.day <= period.last_day)
    if period.community is not None:
        query = query.join(Resident, Resident.id == Appointment.resident_id).where(in_community(period.community))
    return query


def care_lines(session: Session, period: Period) -> tuple[CareLine, ...]:
    """Every service with an appointment in the period, most completed first."""
    query = (
        select(
            CareService.id, CareService.name, Partner.name,
            _count(COMPLETED),
            func.count(func.distinct(case((COMPLETED, Appointment.resident_id)))),
            _count(Appointment.status == AppointmentStatus.NO_SHOW),
            _count(Appointment.status == AppointmentStatus.CANCELLED),
            _count(and_(COMPLETED, Appointment.walk_in.is_(True))),
            func.sum(case((COMPLETED, minutes_between(Appointment.starts_at, Appointment.ends_at)), else_=0)),
        )
        .select_from(Appointment)
        .join(CareService, CareService.id == Appointment.service_id)
        .outerjoin(Partner, Partner.id == CareService.partner_id)
        .group_by(CareService.id, CareService.name, Partner.name)
    )  # fmt: skip
    lines = [
        CareLine(sid, name, partner, as_int(done), as_int(people), as_int(no_shows), as_int(cancelled),
                 as_int(walk_ins), round(as_float(minutes)))
        for sid, name, partner, done, people, no_shows, cancelled, walk_ins, minutes in session.execute(
            _within(query, period)
        )
    ]  # fmt: skip
    lines.sort(key=lambda line: (-line.completed, line.name, line.service_id))
    return tuple(lines)


def appointment_tally(session: Session, period: Period) -> AppointmentTally:
    query = select(
        _count(Appointment.status != AppointmentStatus.CANCELLED),
        _count(COMPLETED),
        _count(Appointment.status == AppointmentStatus.NO_SHOW),
        _count(Appointment.status == AppointmentStatus.CANCELLED),
        _count(Appointment.status.in_(OPEN_STATUSES)),
    ).select_from(Appointment)
    booked, completed, no_shows, cancelled, still_open = session.execute(_within(query, period)).one()
    return AppointmentTally(as_int(booked), as_int(completed), as_int(no_shows), as_int(cancelled), as_int(still_open))
