"""康养服务站 catalogue: services, providers' weekly hours, exceptions and the center's days, on both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import func, select

from actors import TEST_ACTOR, TEST_DESK
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, CareService, CenterDay, ExceptionKind, PersonRole, ProviderHours
from frontdesk.core.services.care_catalog import CareCatalog, ExceptionInput, ServiceInput
from frontdesk.core.services.partners import PartnerInput, PartnerService, PersonInput

BLOOD_PRESSURE = ServiceInput(name="血压测量", duration_min=15, places=10, place="康养服务站")
PHYSIO = ServiceInput(name="理疗", duration_min=30, places=1, price_cents=2000, market_price_cents=8000, fasting=False)


@pytest.fixture
def catalog(any_db: Database, clock) -> CareCatalog:
    return CareCatalog(any_db, clock)


@pytest.fixture
def nurse(any_db: Database, clock) -> tuple[int, int]:
    """(partner id, person id) of 康寿养老院's nurse."""
    partners = PartnerService(any_db, clock)
    partner = partners.create_partner(PartnerInput("康寿养老院", "enterprise"), actor=TEST_ACTOR)
    person = partners.add_person(partner.partner_id, PersonInput("刘护士", PersonRole.NURSE.value), actor=TEST_ACTOR)
    return partner.partner_id, person.person_id


def _actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_a_service_is_created_with_its_partner_and_prices(catalog: CareCatalog, nurse, any_db) -> None:
    row = catalog.create_service(replace(PHYSIO, partner_id=nurse[0], bring=" 医保卡 "), actor=TEST_ACTOR)
    assert (row.name, row.partner_name, row.price_cents, row.bring) == ("理疗", "康寿养老院", 2000, "医保卡")
    assert row.below_market
    assert not row.free
    free = catalog.create_service(BLOOD_PRESSURE, actor=TEST_ACTOR)
    assert free.free
    assert not free.below_market
    assert free.partner_name == ""
    assert [s.name for s in catalog.list_services(actor=TEST_DESK)] == ["理疗", "血压测量"]
    assert _actions(any_db)[-2:] == ["catalogue.service_create", "catalogue.service_create"]


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"name": ""}, "required", "name"),
        ({"duration_min": 4}, "duration_out_of_range", "duration_min"),
        ({"duration_min": 481}, "duration_out_of_range", "duration_min"),
        ({"places": 0}, "places_out_of_range", "places"),
        ({"price_cents": -1}, "price_out_of_range", "price_cents"),
        ({"market_price_cents": 1000}, "market_price_below_price", "market_price_cents"),
        ({"partner_id": 999}, "partner_not_found", "partner_id"),
    ],
)
def test_bad_service_input_is_refused_on_its_field(catalog: CareCatalog, any_db, change, code, field) -> None:
    with pytest.raises(RuleViolation) as refused:
        catalog.create_service(replace(PHYSIO, **change), actor=TEST_ACTOR)
    assert (refused.value.code, refused.value.params["field"]) == (code, field)
    with any_db.read() as session:
        assert session.scalar(select(func.count(CareService.id))) == 0


def test_names_are_unique_and_an_edit_records_what_changed(catalog: CareCatalog, any_db) -> None:
    physio = catalog.create_service(PHYSIO, actor=TEST_ACTOR)
    catalog.create_service(BLOOD_PRESSURE, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="service_name_taken"):
        catalog.create_service(PHYSIO, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="service_name_taken"):
        catalog.update_service(physio.service_id, BLOOD_PRESSURE, actor=TEST_ACTOR)
    catalog.update_service(physio.service_id, PHYSIO, actor=TEST_ACTOR)  # nothing changed: no entry
    edited = catalog.update_service(physio.service_id, replace(PHYSIO, places=2, fasting=True), actor=TEST_ACTOR)
    assert (edited.places, edited.fasting) == (2, True)
    with any_db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "catalogue.service_update")).all()
    assert [set(e.details["after"]) for e in entries] == [{"places", "fasting"}]
    assert not catalog.set_service_active(physio.service_id, False, actor=TEST_ACTOR).active
    assert [s.name for s in catalog.list_services(actor=TEST_DESK, include_inactive=False)] == ["血压测量"]


def test_weekly_hours_are_replaced_in_one_go(catalog: CareCatalog, nurse, any_db) -> None:
    service = catalog.create_service(BLOOD_PRESSURE, actor=TEST_ACTOR)
    person = nurse[1]
    stretches = [(1, time(14), time(16, 30)), (1, time(8, 30), time(11, 30)), (3, time(8, 30), time(11, 30))]
    rows = catalog.set_hours(service.service_id, person, stretches, actor=TEST_ACTOR)
    assert [(r.weekday, r.starts, r.ends, r.person_name) for r in rows] == [
        (1, time(8, 30), time(11, 30), "刘护士"), (1, time(14), time(16, 30), "刘护士"),
        (3, time(8, 30), time(11, 30), "刘护士"),
    ]  # fmt: skip
    catalog.set_hours(service.service_id, person, [(4, time(9), time(11))], actor=TEST_ACTOR)
    assert [(r.weekday, r.starts) for r in catalog.list_hours(actor=TEST_DESK, service_id=service.service_id)] == [
        (4, time(9))
    ]
    catalog.set_hours(service.service_id, person, [(4, time(9), time(11))], actor=TEST_ACTOR)  # the same: no entry
    assert _actions(any_db).count("catalogue.hours") == 2
    with any_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "catalogue.hours")).all()[-1]
    assert entry.details["after"] == {"hours": [[4, "09:00", "11:00"]]}


@pytest.mark.parametrize(
    ("stretches", "code", "row"),
    [
        ([(1, time(11), time(9))], "ends_before_starts", 0),
        ([(1, time(9), time(9))], "ends_before_starts", 0),
        ([(7, time(9), time(10))], "weekday_range", 0),
        ([(2, time(8), time(12)), (2, time(11, 30), time(13))], "hours_overlap", 1),
        ([(2, time(8), time(12)), (2, time(9), time(10)), (2, time(10, 30), time(11))], "hours_overlap", 1),
    ],
)
def test_bad_hours_are_refused_and_nothing_is_replaced(catalog: CareCatalog, nurse, any_db, stretches, code, row):
    service = catalog.create_service(BLOOD_PRESSURE, actor=TEST_ACTOR)
    catalog.set_hours(service.service_id, nurse[1], [(0, time(9), time(10))], actor=TEST_ACTOR)
    with pytest.raises(RuleViolation) as refused:
        catalog.set_hours(service.service_id, nurse[1], stretches, actor=TEST_ACTOR)
    assert refused.value.code == code
    assert refused.value.params["row"] == row
    with any_db.read() as session:
        assert session.scalars(select(ProviderHours.weekday)).all() == [0]


def test_back_to_back_stretches_do_not_overlap(catalog: CareCatalog, nurse) -> None:
    service = catalog.create_service(BLOOD_PRESSURE, actor=TEST_ACTOR)
    rows = catalog.set_hours(service.service_id, nurse[1], [(2, time(8), time(10)), (2, time(10), time(12))],
                             actor=TEST_ACTOR)  # fmt: skip
    assert len(rows) == 2


def test_leave_and_a_session_are_added_listed_and_removed(catalog: CareCatalog, nurse, any_db) -> None:
    service = catalog.create_service(BLOOD_PRESSURE, actor=TEST_ACTOR)
    leave = catalog.add_exception(ExceptionInput("leave", nurse[1], date(2026, 12, 1), note="病假"), actor=TEST_ACTOR)
    assert (leave.kind, leave.starts, leave.service_name) == (ExceptionKind.LEAVE, None, "")
    session_row = catalog.add_exception(
        ExceptionInput("session", nurse[1], date(2026, 12, 5), service.service_id, time(9), time(11), 20, 10, "义诊"),
        actor=TEST_ACTOR,
    )
    assert (session_row.places, session_row.slot_min, session_row.service_name) == (20, 10, "血压测量")
    listed = catalog.list_exceptions(date(2026, 12, 1), date(2026, 12, 31), actor=TEST_DESK)
    assert [e.kind for e in listed] == [ExceptionKind.LEAVE, ExceptionKind.SESSION]
    assert catalog.list_exceptions(date(2026, 12, 2), date(2026, 12, 4), actor=TEST_DESK) == []
    catalog.remove_exception(leave.exception_id, actor=TEST_ACTOR)
    assert [
        e.exception_id for e in catalog.list_exceptions(date(2026, 12, 1), date(2026, 12, 31), actor=TEST_DESK)
    ] == [session_row.exception_id]
    assert _actions(any_db)[-3:] == ["catalogue.exception_add", "catalogue.exception_add", "catalogue.exception_remove"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (ExceptionInput("session", 0, date(2026, 12, 5), None, time(9), time(11)), "session_needs_service"),
        (ExceptionInput("session", 0, date(2026, 12, 5), 1), "session_needs_times"),
        (ExceptionInput("leave", 0, date(2026, 12, 5), None, time(9)), "times_together"),
        (ExceptionInput("leave", 0, date(2026, 12, 5), None, time(11), time(9)), "ends_before_starts"),
        (ExceptionInput("holiday", 0, date(2026, 12, 5)), "invalid_choice"),
    ],
)
def test_bad_exceptions_are_refused(catalog: CareCatalog, data, code) -> None:
    with pytest.raises(RuleViolation) as refused:
        catalog.add_exception(data, actor=TEST_ACTOR)
    assert refused.value.code == code


def test_the_center_days_are_set_changed_and_cleared(catalog: CareCatalog, any_db) -> None:
    catalog.set_center_day(date(2026, 12, 3), False, note="停电检修", actor=TEST_ACTOR)
    catalog.set_center_day(date(2026, 12, 3), False, note="停电检修（全天）", actor=TEST_ACTOR)
    catalog.set_center_day(date(2026, 12, 6), True, actor=TEST_ACTOR)
    rows = catalog.list_center_days(date(2026, 12, 1), date(2026, 12, 31), actor=TEST_DESK)
    assert [(r.day.day, r.open, r.note) for r in rows] == [(3, False, "停电检修（全天）"), (6, True, "")]
    catalog.clear_center_day(date(2026, 12, 6), actor=TEST_ACTOR)
    catalog.clear_center_day(date(2026, 12, 7), actor=TEST_ACTOR)  # nothing set: nothing written
    with any_db.read() as session:
        assert session.scalars(select(CenterDay.day)).all() == [date(2026, 12, 3)]
    assert _actions(any_db).count("catalogue.center_day") == 4


def test_the_front_desk_reads_the_catalogue_but_may_not_change_it(catalog: CareCatalog, nurse, any_db) -> None:
    service = catalog.create_service(BLOOD_PRESSURE, actor=TEST_ACTOR)
    assert [s.name for s in catalog.list_services(actor=TEST_DESK)] == ["血压测量"]
    for attempt in (
        lambda: catalog.create_service(PHYSIO, actor=TEST_DESK),
        lambda: catalog.set_hours(service.service_id, nurse[1], [(0, time(9), time(10))], actor=TEST_DESK),
        lambda: catalog.set_center_day(date(2026, 12, 3), False, actor=TEST_DESK),
        lambda: catalog.add_exception(ExceptionInput("leave", nurse[1], date(2026, 12, 1)), actor=TEST_DESK),
    ):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.code == "not_allowed"
    with any_db.read() as session:
        assert session.scalar(select(func.count(ProviderHours.id))) == 0
