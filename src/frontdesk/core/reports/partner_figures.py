"""社区合伙人 figures: what each partner delivered over a period.

A partner's courses and events are those naming it (``Course.partner_id``): their sessions *held* in the period (as
in :mod:`frontdesk.core.reports.class_figures`), the attendances at them (人次) and the distinct residents present
(人数), and their hours — the held sessions' length. Its care services (``CareService.partner_id``) count the
completed appointments of the period, their residents and their length. A partner's ``people`` are the distinct
residents served by any of it (one who came to its class and to its clinic is one person), ``visits`` the
attendances plus the completed appointments, ``hours`` the session hours plus the appointment hours. A community
filter counts only that community's residents; sessions and their hours stay the course's. The agreement's renewal
is due when it ends within RENEWAL_NOTICE_DAYS of the period's last day, or has ended by then.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, and_, func, select, union
from sqlalchemy.orm import Session

from frontdesk.core.models import Appointment, AppointmentStatus, Attendance, CareService, ClassSession, Course, Partner
from frontdesk.core.reports.class_figures import community_residents, held
from frontdesk.core.reports.figures import (
    RENEWAL_NOTICE_DAYS,
    PartnerCare,
    PartnerCourse,
    PartnerLine,
    PartnerRecord,
    Period,
)
from frontdesk.core.reports.sql_parts import as_float, as_int, minutes_between

COMPLETED = Appointment.status == AppointmentStatus.COMPLETED


@dataclass(frozen=True)
class _Delivered:
    courses: dict[int, list[PartnerCourse]]
    care: dict[int, list[PartnerCare]]
    people: dict[int, int]


def renewal_due(agreement_end: date | None, period: Period) -> bool:
    return agreement_end is not None and agreement_end <= period.last_day + timedelta(days=RENEWAL_NOTICE_DAYS)


def _for(query: Select, partner_column, partner_id: int | None) -> Select:
    query = query.where(partner_column.is_not(None))
    return query if partner_id is None else query.where(partner_column == partner_id)


def _delivered(session: Session, period: Period, now: datetime, partner_id: int | None) -> _Delivered:
    is_held = held(period, now)
    in_period = and_(Appointment.day >= period.first_day, Appointment.day <= period.last_day)
    community = community_residents(period.community) if period.community is not None else None

    sessions = _for(
        select(Course.partner_id, Course.id, Course.title, Course.kind, func.count(ClassSession.id),
               func.sum(minutes_between(ClassSession.starts_at, ClassSession.ends_at)))
        .select_from(ClassSession)
        .join(Course, Course.id == ClassSession.course_id)
        .where(is_held)
        .group_by(Course.partner_id, Course.id, Course.title, Course.kind),
        Course.partner_id, partner_id,
    )  # fmt: skip
    attendance = _for(
        select(Course.id, func.count(Attendance.id), func.count(func.distinct(Attendance.resident_id)))
        .select_from(Attendance)
        .join(ClassSession, ClassSession.id == Attendance.session_id)
        .join(Course, Course.id == ClassSession.course_id)
        .where(is_held)
        .group_by(Course.id),
        Course.partner_id, partner_id,
    )  # fmt: skip
    care = _for(
        select(CareService.partner_id, CareService.id, CareService.name, func.count(Appointment.id),
               func.count(func.distinct(Appointment.resident_id)),
               func.sum(minutes_between(Appointment.starts_at, Appointment.ends_at)))
        .select_from(Appointment)
        .join(CareService, CareService.id == Appointment.service_id)
        .where(in_period, COMPLETED)
        .group_by(CareService.partner_id, CareService.id, CareService.name),
        CareService.partner_id, partner_id,
    )  # fmt: skip
    came = _for(
        select(Course.partner_id.label("partner_id"), Attendance.resident_id.label("resident_id"))
        .select_from(Attendance)
        .join(ClassSession, ClassSession.id == Attendance.session_id)
        .join(Course, Course.id == ClassSession.course_id)
        .where(is_held),
        Course.partner_id, partner_id,
    )  # fmt: skip
    served = _for(
        select(CareService.partner_id.label("partner_id"), Appointment.resident_id.label("resident_id"))
        .select_from(Appointment)
        .join(CareService, CareService.id == Appointment.service_id)
        .where(in_period, COMPLETED),
        CareService.partner_id, partner_id,
    )  # fmt: skip
    if community is not None:
        attendance = attendance.where(Attendance.resident_id.in_(community))
        came = came.where(Attendance.resident_id.in_(community))
        care = care.where(Appointment.resident_id.in_(community))
        served = served.where(Appointment.resident_id.in_(community))
    everyone = union(came, served).subquery()  # UNION: one row per partner and resident
    people = {
        pid: as_int(n)
        for pid, n in session.execute(
            select(everyone.c.partner_id, func.count(everyone.c.resident_id)).group_by(everyone.c.partner_id)
        )
    }
    present = {cid: (as_int(n), as_int(p)) for cid, n, p in session.execute(attendance)}
    courses: dict[int, list[PartnerCourse]] = defaultdict(list)
    for pid, cid, title, kind, count, minutes in session.execute(sessions):
        attendances, residents = present.get(cid, (0, 0))
        courses[pid].append(
            PartnerCourse(cid, title, str(kind), as_int(count), residents, attendances, _hours(minutes))
        )
    services: dict[int, list[PartnerCare]] = defaultdict(list)
    for pid, sid, name, completed, residents, minutes in session.execute(care):
        if as_int(completed):
            services[pid].append(PartnerCare(sid, name, as_int(completed), as_int(residents), _hours(minutes)))
    for lines in courses.values():
        lines.sort(key=lambda c: (c.title, c.course_id))
    for found in services.values():
        found.sort(key=lambda c: (c.name, c.service_id))
    return _Delivered(courses, services, people)


def _hours(minutes: object) -> float:
    return round(as_float(minutes) / 60.0, 2)


def partner_records(
    session: Session, period: Period, now: datetime, *, partner_id: int | None = None, include_idle: bool = False
) -> tuple[PartnerRecord, ...]:
    """Every partner with a session held or a care appointment completed in the period (``include_idle``: every
    active partner as well), in name order; ``partner_id``: that partner only (idle or not, when asked for)."""
    delivered = _delivered(session, period, now, partner_id)
    query = select(Partner).order_by(Partner.name, Partner.id)
    if partner_id is not None:
        query = query.where(Partner.id == partner_id)
    records = []
    for partner in session.scalars(query):
        courses = tuple(delivered.courses.get(partner.id, ()))
        care = tuple(delivered.care.get(partner.id, ()))
        idle = not courses and not care
        if idle and not (partner_id is not None or (include_idle and partner.active)):
            continue
        visits = sum(c.attendances for c in courses) + sum(c.completed for c in care)
        hours = round(sum(c.hours for c in courses) + sum(c.hours for c in care), 2)
        records.append(
            PartnerRecord(
                partner_id=partner.id, name=partner.name, kind=str(partner.kind), services=partner.services,
                contact_name=partner.contact_name, contact_phone=partner.contact_phone, active=partner.active,
                agreement_start=partner.agreement_start, agreement_end=partner.agreement_end,
                renewal_due=renewal_due(partner.agreement_end, period), period=period, courses=courses, care=care,
                people=delivered.people.get(partner.id, 0), visits=visits, hours=hours,
            )
        )  # fmt: skip
    return tuple(records)


def partner_lines(session: Session, period: Period, now: datetime) -> tuple[PartnerLine, ...]:
    """The monthly report's 合伙人贡献: partners with anything in the period, most visits (then hours) first."""
    lines = [
        PartnerLine(
            partner_id=r.partner_id, name=r.name, kind=r.kind, sessions=sum(c.sessions for c in r.courses),
            care_completed=sum(c.completed for c in r.care), people=r.people, visits=r.visits, hours=r.hours,
        )
        for r in partner_records(session, period, now)
    ]  # fmt: skip
    lines.sort(key=lambda line: (-line.visits, -line.hours, line.name))
    return tuple(lines)
