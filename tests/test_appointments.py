"""Booking the care station: free slots, the rules held in the write transaction, series, cancelling, statuses."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from care_station import make_station
from clocks import SettableClock
from frontdesk.core.access import system_actor
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Appointment,
    AppointmentStatus,
    AuditEntry,
    CenterDay,
    ExceptionKind,
    ProviderException,
    Role,
)
from frontdesk.core.services.appointments import AppointmentService, SeriesRequest

MONDAY = datetime(2026, 12, 7, 8, 0)  # a working Monday morning
TUESDAY_9 = datetime(2026, 12, 8, 9, 0)


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(MONDAY)


@pytest.fixture
def station(any_db: Database):
    return make_station(any_db)


@pytest.fixture
def service(any_db: Database, clock: SettableClock) -> AppointmentService:
    return AppointmentService(any_db, clock)


def _refused(call, *args, **kwargs) -> RuleViolation:
    with pytest.raises(RuleViolation) as caught:
        call(*args, **kwargs)
    return caught.value


def test_free_slots_cover_the_coming_days_and_say_how_many_places_are_taken(service, station) -> None:
    slots = service.free_slots(station.physio, actor=TEST_DESK, days=14)
    days = sorted({s.starts_at.date() for s in slots})
    assert days[0] == date(2026, 12, 7)
    assert date(2026, 12, 12) not in days
    assert all(s.places == 1 and s.taken == 0 and s.person_name == "钱理疗师" for s in slots)
    service.book(station.residents[0], station.physio, TUESDAY_9, actor=TEST_DESK)
    again = {s.starts_at: s for s in service.free_slots(station.physio, actor=TEST_DESK, days=14)}
    assert (again[TUESDAY_9].taken, again[TUESDAY_9].free) == (1, 0)


def test_slots_already_over_today_are_not_offered(service, station, clock) -> None:
    clock.now = datetime(2026, 12, 7, 10, 10)
    today = [s for s in service.free_slots(station.physio, actor=TEST_DESK, days=1)]
    assert today[0].starts_at == datetime(2026, 12, 7, 10, 0)  # the slot under way still takes a walk-in
    assert all(s.ends_at > clock.now for s in today)


def test_a_booking_is_written_with_its_audit_entry(any_db, service, station) -> None:
    row = service.book(station.residents[0], station.physio, TUESDAY_9, actor=TEST_DESK)
    assert (row.service_name, row.person_name, row.status, row.place) == ("理疗", "钱理疗师", "booked", "理疗室")
    with any_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "appointment.book")).one()
        assert entry.entity_id == station.residents[0]
        assert entry.details["appointment_id"] == row.appointment_id


def test_the_last_place_goes_once_and_the_next_resident_is_told_full(service, station) -> None:
    service.book(station.residents[0], station.physio, TUESDAY_9, actor=TEST_DESK)
    refusal = _refused(service.book, station.residents[1], station.physio, TUESDAY_9, actor=TEST_DESK)
    assert refusal.code == "slot_full"
    assert refusal.params["places"] == 1


def test_a_ten_place_slot_takes_ten(service, station, any_db) -> None:
    from frontdesk.core.models import Resident

    with any_db.write() as session:
        more = [Resident(name=f"来宾{i}") for i in range(11)]
        session.add_all(more)
        session.flush()
        ids = [r.id for r in more]
    for rid in ids[:10]:
        service.book(rid, station.pressure, TUESDAY_9, actor=TEST_DESK)
    assert _refused(service.book, ids[10], station.pressure, TUESDAY_9, actor=TEST_DESK).code == "slot_full"


def test_a_resident_never_holds_two_overlapping_appointments(service, station) -> None:
    rid = station.residents[0]
    service.book(rid, station.physio, TUESDAY_9, actor=TEST_DESK)  # 09:00–09:30
    refusal = _refused(service.book, rid, station.pressure, datetime(2026, 12, 8, 9, 15), actor=TEST_DESK)
    assert refusal.code == "appointment_overlap"
    assert refusal.params["service"] == "理疗"
    service.book(rid, station.pressure, datetime(2026, 12, 8, 9, 30), actor=TEST_DESK)  # right after: fine


def test_a_time_the_station_does_not_serve_is_refused(service, station, any_db) -> None:
    rid = station.residents[0]
    for moment in (datetime(2026, 12, 8, 12, 0), datetime(2026, 12, 8, 9, 10), datetime(2026, 12, 12, 9, 0)):
        assert _refused(service.book, rid, station.physio, moment, actor=TEST_DESK).code == "slot_not_served"
    with any_db.write() as session:
        session.add(CenterDay(day=date(2026, 12, 8), open=False, note="停电检修"))
        session.add(ProviderException(person_id=station.nurse, day=date(2026, 12, 9), kind=ExceptionKind.LEAVE))
    assert _refused(service.book, rid, station.physio, TUESDAY_9, actor=TEST_DESK).code == "slot_not_served"
    nurse_off = datetime(2026, 12, 9, 9, 0)
    assert _refused(service.book, rid, station.pressure, nurse_off, actor=TEST_DESK).code == "slot_not_served"
    service.book(rid, station.physio, nurse_off, actor=TEST_DESK)  # the therapist is not on leave


def test_past_slots_and_archived_or_unknown_residents_are_refused(service, station, clock) -> None:
    clock.now = datetime(2026, 12, 8, 10, 0)
    assert _refused(service.book, station.residents[0], station.physio, TUESDAY_9, actor=TEST_DESK).code == (
        "slot_in_past"
    )
    assert _refused(service.book, 9999, station.physio, datetime(2026, 12, 9, 9), actor=TEST_DESK).code == (
        "resident_not_found"
    )


def test_a_series_is_previewed_with_each_conflict_and_booked_in_one_go(service, station, any_db) -> None:
    rid, other = station.residents[0], station.residents[1]
    service.book(other, station.physio, datetime(2026, 12, 17, 9, 0), actor=TEST_DESK)  # takes one Thursday
    with any_db.write() as session:
        session.add(CenterDay(day=date(2026, 12, 22), open=False, note="盘点"))
    request = SeriesRequest(rid, station.physio, date(2026, 12, 8), frozenset({1, 3}), time(9, 0), weeks=5)
    preview = service.preview_series(request, actor=TEST_DESK)
    assert len(preview) == 10
    problems = {d.day: d.problem for d in preview if not d.ok}
    assert problems == {date(2026, 12, 17): "slot_full", date(2026, 12, 22): "slot_not_served"}
    result = service.book_series(request, actor=TEST_DESK)
    assert len(result.booked) == 8
    assert {d.day for d in result.skipped} == set(problems)
    rows = service.of_resident(rid, actor=TEST_DESK)
    assert len(rows) == 8
    assert {r.series_id for r in rows} == {result.series_id}


def test_cancel_one_occurrence_or_the_rest_of_the_series(service, station) -> None:
    rid = station.residents[0]
    request = SeriesRequest(rid, station.physio, date(2026, 12, 8), frozenset({1}), time(9, 0), weeks=4)
    booked = service.book_series(request, actor=TEST_DESK).booked
    one = service.cancel(booked[0], "身体不适", actor=TEST_DESK)
    assert one.cancelled == (booked[0],)
    assert one.freed[0].starts_at == TUESDAY_9
    rest = service.cancel(booked[1], "住院", actor=TEST_DESK, rest_of_series=True)
    assert rest.cancelled == booked[1:]
    assert service.of_resident(rid, actor=TEST_DESK) == []
    # the freed place can be booked again
    service.book(station.residents[1], station.physio, TUESDAY_9, actor=TEST_DESK)


def test_cancel_needs_a_reason_and_a_finished_appointment_cannot_be_cancelled(service, station, clock) -> None:
    row = service.book(station.residents[0], station.physio, TUESDAY_9, actor=TEST_DESK)
    assert _refused(service.cancel, row.appointment_id, "  ", actor=TEST_DESK).code == "cancel_reason_missing"
    clock.now = datetime(2026, 12, 8, 8, 55)
    service.set_status(row.appointment_id, AppointmentStatus.ARRIVED, actor=TEST_DESK)
    service.set_status(row.appointment_id, AppointmentStatus.IN_SERVICE, actor=TEST_DESK)
    done = service.set_status(row.appointment_id, AppointmentStatus.COMPLETED, actor=TEST_DESK)
    assert done.status is AppointmentStatus.COMPLETED
    assert _refused(service.cancel, row.appointment_id, "重复", actor=TEST_DESK).code == "appointment_not_changeable"
    refusal = _refused(service.set_status, row.appointment_id, AppointmentStatus.ARRIVED, actor=TEST_DESK)
    assert refusal.code == "status_step_refused"


def test_move_changes_one_occurrence_to_another_free_slot(service, station) -> None:
    row = service.book(station.residents[0], station.physio, TUESDAY_9, actor=TEST_DESK)
    moved = service.move(row.appointment_id, datetime(2026, 12, 8, 14, 0), actor=TEST_DESK)
    assert moved.starts_at == datetime(2026, 12, 8, 14, 0)
    assert service.get(row.appointment_id, actor=TEST_DESK).status is AppointmentStatus.CANCELLED
    service.book(station.residents[1], station.physio, TUESDAY_9, actor=TEST_DESK)  # the old place is free


def test_no_shows_are_marked_after_the_day_and_reviewed_never_banned(service, station, clock) -> None:
    rid = station.residents[0]
    row = service.book(rid, station.physio, TUESDAY_9, actor=TEST_DESK)
    clock.now = datetime(2026, 12, 8, 12, 0)
    assert _refused(service.mark_no_shows, date(2026, 12, 8), actor=TEST_DESK).code == "day_not_over"
    clock.now = datetime(2026, 12, 8, 18, 0)
    assert service.mark_no_shows(date(2026, 12, 8), actor=TEST_DESK) == 1
    assert [r.appointment_id for r in service.no_shows_to_review(actor=TEST_DESK)] == [row.appointment_id]
    service.review_no_show(row.appointment_id, actor=TEST_DESK, note="电话已联系")
    assert service.no_shows_to_review(actor=TEST_DESK) == []
    service.book(rid, station.physio, datetime(2026, 12, 10, 9, 0), actor=TEST_DESK)  # still books


def test_every_write_needs_a_front_desk_actor(service, station) -> None:
    stranger = system_actor("nobody", Role.FRONT_DESK)
    service.book(station.residents[0], station.physio, TUESDAY_9, actor=stranger)
    assert _refused(service.book, station.residents[1], station.physio, TUESDAY_9, actor=None).code == ("not_signed_in")


def test_appointments_of_the_day_list_every_status(service, station, any_db) -> None:
    a = service.book(station.residents[0], station.physio, TUESDAY_9, actor=TEST_ACTOR)
    b = service.book(station.residents[1], station.pressure, TUESDAY_9, actor=TEST_ACTOR)
    service.cancel(b.appointment_id, "临时有事", actor=TEST_ACTOR)
    rows = service.day(date(2026, 12, 8), actor=TEST_DESK)
    assert [(r.appointment_id, r.status) for r in rows] == [
        (a.appointment_id, AppointmentStatus.BOOKED),
        (b.appointment_id, AppointmentStatus.CANCELLED),
    ]
    with any_db.read() as session:
        assert session.scalars(select(Appointment.cancel_reason).where(Appointment.id == b.appointment_id)).one() == (
            "临时有事"
        )


def test_the_rest_of_a_series_moves_to_another_time_all_or_nothing(service, station) -> None:
    rid, other = station.residents[0], station.residents[1]
    request = SeriesRequest(rid, station.physio, date(2026, 12, 8), frozenset({1}), time(9, 0), weeks=4)
    booked = service.book_series(request, actor=TEST_DESK).booked  # Tuesdays 12-08 … 12-29 at 09:00
    service.book(other, station.physio, datetime(2026, 12, 22, 10, 0), actor=TEST_DESK)  # 10:00 taken that day
    refusal = _refused(service.move_series, booked[1], time(10, 0), actor=TEST_DESK)
    assert refusal.code == "series_move_refused"
    assert refusal.params["dates"] == [(date(2026, 12, 22), "slot_full")]
    assert [r.starts_at.hour for r in service.of_resident(rid, actor=TEST_DESK)] == [9, 9, 9, 9]  # nothing moved
    moved = service.move_series(booked[1], time(14, 0), actor=TEST_DESK)
    assert [r.starts_at for r in moved] == [datetime(2026, 12, d, 14, 0) for d in (15, 22, 29)]
    held = service.of_resident(rid, actor=TEST_DESK)
    assert [r.starts_at.hour for r in held] == [9, 14, 14, 14]  # the first occurrence stays
    assert {r.series_id for r in held} == {held[0].series_id}
    assert _refused(service.move_series, service.book(other, station.physio, datetime(2026, 12, 9, 9, 0),
                                                      actor=TEST_DESK).appointment_id, time(10, 0),
                    actor=TEST_DESK).code == "not_a_series"  # fmt: skip
