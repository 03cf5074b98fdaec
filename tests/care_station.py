"""A small care station for tests: a partner with a nurse and a physiotherapist, 血压测量 (10 places a 15-minute
slot) and 理疗 (1 place, 30 minutes) with weekly hours and a lunch break, written straight to the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from frontdesk.core.db import Database
from frontdesk.core.models import (
    CareService,
    Partner,
    PartnerKind,
    PartnerPerson,
    PersonRole,
    ProviderHours,
    Resident,
)

MORNING = (time(8, 30), time(11, 30))
AFTERNOON = (time(14, 0), time(16, 30))


@dataclass(frozen=True)
class Station:
    nurse: int
    therapist: int
    pressure: int  # 血压测量
    physio: int  # 理疗
    residents: tuple[int, ...]


def make_station(db: Database, *, residents: int = 3, weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)) -> Station:
    with db.write() as session:
        partner = Partner(name="颐康养老院", kind=PartnerKind.ENTERPRISE)
        session.add(partner)
        session.flush()
        nurse = PartnerPerson(partner_id=partner.id, name="赵护士", role=PersonRole.NURSE)
        therapist = PartnerPerson(partner_id=partner.id, name="钱理疗师", role=PersonRole.THERAPIST)
        session.add_all([nurse, therapist])
        pressure = CareService(name="血压测量", duration_min=15, places=10, partner_id=partner.id, place="康养服务站")
        physio = CareService(name="理疗", duration_min=30, places=1, partner_id=partner.id, place="理疗室",
                             price_cents=2000, market_price_cents=6000, bring="毛巾")  # fmt: skip
        session.add_all([pressure, physio])
        session.flush()
        for weekday in weekdays:
            for starts, ends in (MORNING, AFTERNOON):
                session.add(ProviderHours(service_id=pressure.id, person_id=nurse.id, weekday=weekday,
                                          starts=starts, ends=ends))  # fmt: skip
                session.add(ProviderHours(service_id=physio.id, person_id=therapist.id, weekday=weekday,
                                          starts=starts, ends=ends))  # fmt: skip
        people = [Resident(name=f"居民{i}") for i in range(residents)]
        session.add_all(people)
        session.flush()
        return Station(nurse.id, therapist.id, pressure.id, physio.id, tuple(r.id for r in people))
