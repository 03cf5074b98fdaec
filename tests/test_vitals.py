"""健康监测: impossible readings refused in words, flags at the guideline thresholds, care staff only, every look
audited, the values sealed in the log, and the readings gone when the resident is anonymised."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core import sealing
from frontdesk.core.access import Actor
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Appointment,
    ArchiveReason,
    AuditEntry,
    CareService,
    Role,
    Staff,
    VitalReading,
)  # fmt: skip
from frontdesk.core.services.privacy import PrivacyService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.vitals import VitalsService
from frontdesk.core.validation import ResidentInput
from frontdesk.core.vitals_ranges import LIMITS, Flag, Level, VitalsInput, checked, flags, level, problems
from frontdesk.core.vitals_trend import Direction, PressurePoint, direction_of

NOW = datetime(2026, 11, 28, 9, 0)
DESK = Actor(1, "李娜", Role.FRONT_DESK)
CARE = Actor(3, "刘护士", Role.CARE)
MANAGER = Actor(2, "张主任", Role.MANAGER)


# ---- the pure rules -------------------------------------------------------------------------------------------


def codes(reading: VitalsInput) -> list[tuple[str, object]]:
    return [(p.code, p.params.get("field")) for p in problems(reading)]


@pytest.mark.parametrize("name", list(LIMITS))
def test_each_limit_is_inclusive_and_a_step_beyond_is_refused_with_its_field_and_limits(name: str) -> None:
    low, high = LIMITS[name]
    step = 0.1 if name == "glucose_mmol" else 1

    def reading(value: float) -> VitalsInput:
        if name == "systolic":
            return VitalsInput(systolic=int(value), diastolic=40 if value > 50 else 30)
        if name == "diastolic":
            return VitalsInput(systolic=max(int(value) + 10, 60), diastolic=int(value))
        if name == "glucose_mmol":
            return VitalsInput(glucose_mmol=value, fasting=True)
        return VitalsInput(**{name: int(value) if name == "pulse" else value})

    for ok in (low, high):
        assert problems(reading(ok)) == [], (name, ok)
    for bad in (round(low - step, 1), round(high + step, 1)):
        found = problems(reading(bad))
        assert [p.code for p in found] == ["vital_out_of_range"], (name, bad)
        assert found[0].params == {"field": name, "low": low, "high": high, "unit": found[0].params["unit"]}


@given(st.integers(min_value=-1000, max_value=1000))
def test_a_pulse_is_refused_exactly_outside_25_to_220(value: int) -> None:
    refused = bool(problems(VitalsInput(pulse=value)))
    assert refused == (not 25 <= value <= 220)


@given(st.integers(min_value=50, max_value=260), st.integers(min_value=30, max_value=160))
def test_diastolic_must_be_below_systolic(systolic: int, diastolic: int) -> None:
    found = codes(VitalsInput(systolic=systolic, diastolic=diastolic))
    assert found == ([("vital_diastolic_not_below", "diastolic")] if diastolic >= systolic else [])


def test_the_other_rules_refuse_in_words() -> None:
    assert codes(VitalsInput()) == [("vital_none", None)]
    assert codes(VitalsInput(note="头晕")) == [("vital_none", None)]
    assert codes(VitalsInput(systolic=130)) == [("vital_pressure_pair", "diastolic")]
    assert codes(VitalsInput(diastolic=80)) == [("vital_pressure_pair", "systolic")]
    assert codes(VitalsInput(glucose_mmol=6.0)) == [("vital_glucose_needs_fasting", "fasting")]
    assert codes(VitalsInput(weight_kg=60, note="长" * 201)) == [("vital_note_too_long", "note")]
    assert codes(VitalsInput(systolic=400, diastolic=95, pulse=300)) == [
        ("vital_out_of_range", "systolic"), ("vital_out_of_range", "pulse"),
    ]  # fmt: skip
    with pytest.raises(RuleViolation, match="vital_out_of_range"):
        checked(VitalsInput(systolic=400, diastolic=95))
    assert checked(VitalsInput(weight_kg=60.5, fasting=True, note=" 饭后 ")) == VitalsInput(weight_kg=60.5, note="饭后")


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        (VitalsInput(systolic=139, diastolic=89), set()),
        (VitalsInput(systolic=140, diastolic=89), {Flag.PRESSURE_HIGH}),
        (VitalsInput(systolic=139, diastolic=90), {Flag.PRESSURE_HIGH}),
        (VitalsInput(systolic=90, diastolic=60), set()),
        (VitalsInput(systolic=89, diastolic=60), {Flag.PRESSURE_LOW}),
        (VitalsInput(systolic=100, diastolic=59), {Flag.PRESSURE_LOW}),
        (VitalsInput(systolic=150, diastolic=55), {Flag.PRESSURE_HIGH}),  # wide pulse pressure: high wins
        (VitalsInput(glucose_mmol=6.9, fasting=True), set()),
        (VitalsInput(glucose_mmol=7.0, fasting=True), {Flag.GLUCOSE_HIGH}),
        (VitalsInput(glucose_mmol=11.0, fasting=False), set()),
        (VitalsInput(glucose_mmol=11.1, fasting=False), {Flag.GLUCOSE_HIGH}),
        (VitalsInput(glucose_mmol=3.9, fasting=True), set()),
        (VitalsInput(glucose_mmol=3.8, fasting=False), {Flag.GLUCOSE_LOW}),
        (VitalsInput(pulse=50), set()),
        (VitalsInput(pulse=49), {Flag.PULSE_LOW}),
        (VitalsInput(pulse=100), set()),
        (VitalsInput(pulse=101), {Flag.PULSE_HIGH}),
        (VitalsInput(systolic=150, diastolic=95, pulse=110, glucose_mmol=8.0, fasting=True, weight_kg=60),
         {Flag.PRESSURE_HIGH, Flag.PULSE_HIGH, Flag.GLUCOSE_HIGH}),
    ],
)  # fmt: skip
def test_flags_at_the_guideline_thresholds(reading: VitalsInput, expected: set[Flag]) -> None:
    assert flags(reading) == expected


def test_a_single_value_has_its_level_as_typed() -> None:
    assert level("systolic", 150) is Level.HIGH
    assert level("diastolic", 59) is Level.LOW
    assert level("glucose_mmol", 8.0) is None  # not known to be fasting: not yet high
    assert level("glucose_mmol", 8.0, fasting=True) is Level.HIGH
    assert level("weight_kg", 300) is None


def test_the_trend_follows_a_line_not_one_odd_reading() -> None:
    def points(*systolic: int) -> list[PressurePoint]:
        return [PressurePoint(NOW + timedelta(days=i), s, 80) for i, s in enumerate(systolic)]

    assert direction_of(points(130, 150)) is Direction.UNKNOWN
    assert direction_of(points(120, 128, 135, 142, 150)) is Direction.RISING
    assert direction_of(points(160, 150, 140)) is Direction.FALLING
    assert direction_of(points(130, 132, 170, 131, 130)) is Direction.STEADY


# ---- the service ----------------------------------------------------------------------------------------------


@pytest.fixture
def resident(any_db: Database) -> int:
    with any_db.write() as session:
        session.add_all([Staff(id=1, username="lina", display_name="李娜", role="frontdesk"),
                         Staff(id=2, username="boss", display_name="张主任", role="manager"),
                         Staff(id=3, username="liu", display_name="刘护士", role="care")])  # fmt: skip
    return ResidentService(any_db, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)


def audit_actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_a_nurse_records_a_reading_with_its_flags_and_the_log_seals_the_values(any_db: Database, resident: int) -> None:
    clock = SettableClock(NOW)
    row = VitalsService(any_db, clock).record(
        resident, VitalsInput(systolic=150, diastolic=95, pulse=72, note="头晕"), actor=CARE
    )
    assert (row.systolic, row.diastolic, row.pulse, row.note, row.staff_name) == (150, 95, 72, "头晕", "刘护士")
    assert row.flags == {Flag.PRESSURE_HIGH}
    assert row.taken_at == NOW
    with any_db.read() as session:
        stored = session.scalars(select(VitalReading)).one()
        assert (stored.resident_id, stored.systolic, stored.diastolic, stored.staff_id) == (resident, 150, 95, 3)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "vitals.record")).one()
        assert (entry.entity_type, entry.entity_id) == ("resident", resident)
        assert entry.details["recorded"] == ["systolic", "diastolic", "pulse", "note"]
        assert entry.details["flags"] == ["pressure_high"]
        assert set(entry.details["readings"]) == {sealing.MARK}  # the values: sealed with the resident's key
        assert "150" not in str(entry.details)
        assert "头晕" not in str(entry.details)
        key = sealing.keys_for(session, {resident})[resident]
        opened = sealing.unseal(entry.details, key, resident)["readings"]
    assert opened == {"systolic": 150, "diastolic": 95, "pulse": 72, "note": "头晕"}


def test_the_front_desk_is_refused_by_the_service_itself(any_db: Database, resident: int) -> None:
    service = VitalsService(any_db, lambda: NOW)
    for call in (
        lambda: service.record(resident, VitalsInput(pulse=70), actor=DESK),
        lambda: service.readings(resident, actor=DESK),
        lambda: service.latest(resident, actor=DESK),
        lambda: service.trend(resident, actor=DESK),
    ):
        with pytest.raises(RuleViolation) as refused:
            call()
        assert refused.value.code == "not_allowed"
    with any_db.read() as session:
        assert session.scalar(select(func.count(VitalReading.id))) == 0
    assert "vitals.view" not in audit_actions(any_db)


def test_every_look_is_audited_and_the_readings_come_newest_first(any_db: Database, resident: int) -> None:
    clock = SettableClock(NOW)
    service = VitalsService(any_db, clock)
    for systolic in (120, 130, 145):
        service.record(resident, VitalsInput(systolic=systolic, diastolic=80), actor=CARE)
        clock.advance(days=7)
    service.record(resident, VitalsInput(weight_kg=61.5), actor=CARE)
    before = audit_actions(any_db).count("vitals.view")

    rows = service.readings(resident, actor=MANAGER)
    assert [r.systolic for r in rows] == [None, 145, 130, 120]
    assert [r.systolic for r in service.readings(resident, actor=CARE, since=NOW + timedelta(days=8))] == [None, 145]
    assert service.latest(resident, actor=CARE).weight_kg == 61.5
    trend = service.trend(resident, actor=CARE)
    assert [p.systolic for p in trend.points] == [120, 130, 145]  # oldest first, pressure readings only
    assert trend.direction is Direction.RISING

    assert audit_actions(any_db).count("vitals.view") == before + 4
    with any_db.read() as session:
        views = session.scalars(select(AuditEntry).where(AuditEntry.action == "vitals.view")).all()
        assert [(v.entity_type, v.entity_id, v.details["view"]) for v in views] == [
            ("resident", resident, "readings"), ("resident", resident, "readings"),
            ("resident", resident, "latest"), ("resident", resident, "trend"),
        ]  # fmt: skip
        assert views[0].staff_id == 2
        assert views[0].details["count"] == 4
    assert VitalsService(any_db, clock).latest(ResidentService(any_db, clock).create(
        ResidentInput(name="李建国"), actor=TEST_ACTOR), actor=CARE) is None  # fmt: skip


def test_refused_readings_and_residents_write_nothing(any_db: Database, resident: int) -> None:
    service = VitalsService(any_db, lambda: NOW)
    with pytest.raises(RuleViolation, match="vital_out_of_range"):
        service.record(resident, VitalsInput(systolic=400, diastolic=95), actor=CARE)
    with pytest.raises(RuleViolation, match="resident_not_found"):
        service.record(resident + 99, VitalsInput(pulse=70), actor=CARE)
    with pytest.raises(RuleViolation, match="resident_not_found"):
        service.readings(resident + 99, actor=CARE)
    ResidentService(any_db, lambda: NOW).archive(resident, ArchiveReason.MOVED, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="resident_archived"):
        service.record(resident, VitalsInput(pulse=70), actor=CARE)
    with any_db.read() as session:
        assert session.scalar(select(func.count(VitalReading.id))) == 0
    assert "vitals.record" not in audit_actions(any_db)


def test_an_appointment_given_must_be_the_residents(any_db: Database, resident: int) -> None:
    other = ResidentService(any_db, lambda: NOW).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    with any_db.write() as session:
        service = CareService(name="血压测量", duration_min=15, places=1)
        session.add(service)
        session.flush()
        start = NOW.replace(hour=10)
        theirs, not_theirs = (
            Appointment(resident_id=rid, service_id=service.id, day=NOW.date(), starts_at=start,
                        ends_at=start + timedelta(minutes=15))
            for rid in (resident, other)
        )  # fmt: skip
        session.add_all([theirs, not_theirs])
        session.flush()
        ids = theirs.id, not_theirs.id
    service = VitalsService(any_db, lambda: NOW)
    with pytest.raises(RuleViolation, match="vitals_appointment_not_theirs"):
        service.record(resident, VitalsInput(pulse=70), actor=CARE, appointment_id=ids[1])
    row = service.record(resident, VitalsInput(pulse=70), actor=CARE, appointment_id=ids[0])
    assert row.appointment_id == ids[0]


def test_anonymisation_removes_the_readings_and_erases_their_values_from_the_log(
    any_db: Database, resident: int
) -> None:
    VitalsService(any_db, lambda: NOW).record(resident, VitalsInput(systolic=150, diastolic=95), actor=CARE)
    ResidentService(any_db, lambda: NOW).archive(resident, ArchiveReason.DECEASED, actor=TEST_ACTOR)
    later = NOW + timedelta(days=400)
    assert PrivacyService(any_db, lambda: later).anonymise_expired(MANAGER, retention_days=365) == 1
    with any_db.read() as session:
        assert session.scalar(select(func.count(VitalReading.id))) == 0
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "vitals.record")).one()
        assert sealing.unseal(entry.details, None, resident)["readings"] is sealing.ERASED
        assert entry.details["flags"] == ["pressure_high"]  # what kind of entry it was stays
