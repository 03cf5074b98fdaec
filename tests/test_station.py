"""The care station at the counter: walk-ins, the queue (叫号) through 下一位 and finish, the waiting list (候补),
and check-in marking today's appointments arrived and queueing them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from actors import TEST_DESK
from care_station import make_station
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Appointment,
    AppointmentStatus,
    AuditEntry,
    QueueStatus,
    Resident,
    Visit,
    WaitlistEntry,
    WaitStatus,
)
from frontdesk.core.search.index import reindex
from frontdesk.core.services.appointment_agenda import AppointmentAgenda, WaitlistOffers
from frontdesk.core.services.appointments import AppointmentService
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.station import StationService
from frontdesk.core.services.visits import VisitService

MONDAY_905 = datetime(2026, 12, 7, 9, 5)  # a working Monday, the 09:00 理疗 slot under way
TUESDAY = date(2026, 12, 8)


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(MONDAY_905)


@pytest.fixture
def station(any_db: Database):
    return make_station(any_db, residents=5)


@pytest.fixture
def booking(any_db: Database, clock: SettableClock) -> AppointmentService:
    return AppointmentService(any_db, clock)


@pytest.fixture
def desk(any_db: Database, clock: SettableClock) -> StationService:
    return StationService(any_db, clock)


def _refused(call, *args, **kwargs) -> RuleViolation:
    with pytest.raises(RuleViolation) as caught:
        call(*args, **kwargs)
    return caught.value


def _actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def _fill_tuesday(db: Database, booking: AppointmentService, station) -> None:
    """Every 理疗 slot of Tuesday taken (one place each), by residents of their own."""
    for slot in booking.free_slots(station.physio, actor=TEST_DESK, first=TUESDAY, days=1):
        with db.write() as session:
            filler = Resident(name=f"占位{slot.starts_at:%H%M}")
            session.add(filler)
            session.flush()
            filler_id = filler.id
        booking.book(filler_id, station.physio, slot.starts_at, actor=TEST_DESK)


# -- walk-ins and the queue ---------------------------------------------------------------------------------------


def test_a_walk_in_takes_the_slot_under_way_and_joins_the_queue(any_db, desk, station) -> None:
    result = desk.walk_in(station.residents[0], station.physio, actor=TEST_DESK)
    assert result.took_slot
    assert result.appointment is not None
    assert result.appointment.starts_at == datetime(2026, 12, 7, 9, 0)
    assert (result.appointment.status, result.appointment.walk_in) == (AppointmentStatus.ARRIVED, True)
    assert (result.queue.number, result.queue.status, result.queue.appointment_id) == (
        1, QueueStatus.WAITING, result.appointment.appointment_id,
    )  # fmt: skip
    assert _actions(any_db) == ["appointment.walk_in", "queue.join"]


def test_a_walk_in_finding_the_slot_full_joins_the_queue_without_an_appointment(desk, station) -> None:
    desk.walk_in(station.residents[0], station.physio, actor=TEST_DESK)  # the one place of 09:00
    second = desk.walk_in(station.residents[1], station.physio, actor=TEST_DESK)
    assert not second.took_slot
    assert second.appointment is None
    assert (second.queue.number, second.queue.appointment_id) == (2, None)


def test_between_slots_a_walk_in_takes_the_one_about_to_start(desk, station, clock) -> None:
    clock.now = datetime(2026, 12, 7, 13, 50)  # lunch: 14:00 starts within a slot's length
    result = desk.walk_in(station.residents[0], station.physio, actor=TEST_DESK)
    assert result.appointment is not None
    assert result.appointment.starts_at == datetime(2026, 12, 7, 14, 0)
    clock.now = datetime(2026, 12, 7, 13, 0)  # nothing within 30 minutes: the queue only
    assert desk.walk_in(station.residents[1], station.physio, actor=TEST_DESK).appointment is None


def test_a_walk_in_is_refused_twice_in_the_queue_and_over_a_held_appointment(desk, booking, station) -> None:
    desk.walk_in(station.residents[0], station.pressure, actor=TEST_DESK)
    refusal = _refused(desk.walk_in, station.residents[0], station.physio, actor=TEST_DESK)
    assert refusal.code == "already_in_queue"
    assert refusal.params["number"] == 1
    booking.book(station.residents[1], station.pressure, datetime(2026, 12, 7, 9, 15), actor=TEST_DESK)
    assert _refused(desk.walk_in, station.residents[1], station.physio, actor=TEST_DESK).code == "appointment_overlap"


def test_next_calls_the_first_waiting_and_finish_completes_its_appointment(any_db, desk, station) -> None:
    first = desk.walk_in(station.residents[0], station.physio, actor=TEST_DESK)
    second = desk.walk_in(station.residents[1], station.pressure, actor=TEST_DESK)
    third = desk.walk_in(station.residents[2], station.physio, actor=TEST_DESK)  # 09:00 理疗 full: queue only
    assert [q.number for q in desk.queue(actor=TEST_DESK)] == [1, 2, 3]
    assert [q.number for q in desk.queue(actor=TEST_DESK, service_id=station.physio)] == [1, 3]

    called = desk.call_next(actor=TEST_DESK)
    assert called is not None
    assert (called.entry_id, called.status, called.called_at) == (first.queue.entry_id, QueueStatus.CALLED, MONDAY_905)
    with any_db.read() as session:
        assert session.get(Appointment, first.appointment.appointment_id).status == AppointmentStatus.IN_SERVICE
    desk.finish(called.entry_id, actor=TEST_DESK)
    with any_db.read() as session:
        appointment = session.get(Appointment, first.appointment.appointment_id)
        assert (appointment.status, appointment.completed_at) == (AppointmentStatus.COMPLETED, MONDAY_905)

    assert desk.call_next(actor=TEST_DESK, service_id=station.physio).entry_id == third.queue.entry_id
    desk.left(third.queue.entry_id, actor=TEST_DESK)
    assert desk.call_next(actor=TEST_DESK).entry_id == second.queue.entry_id
    assert desk.call_next(actor=TEST_DESK) is None  # nobody waiting
    statuses = {q.number: q.status for q in desk.queue(actor=TEST_DESK)}
    assert statuses == {1: QueueStatus.DONE, 2: QueueStatus.CALLED, 3: QueueStatus.LEFT}
    assert _refused(desk.finish, third.queue.entry_id, actor=TEST_DESK).code == "queue_entry_closed"
    assert {"queue.call", "queue.finish", "queue.left"} <= set(_actions(any_db))


def test_queue_numbers_start_again_each_day(desk, station, clock) -> None:
    desk.walk_in(station.residents[0], station.pressure, actor=TEST_DESK)
    clock.now = datetime(2026, 12, 8, 9, 5)
    assert desk.walk_in(station.residents[0], station.pressure, actor=TEST_DESK).queue.number == 1
    assert [q.number for q in desk.queue(actor=TEST_DESK, day=date(2026, 12, 7))] == [1]


# -- the waiting list ------------------------------------------------------------------------------------------


def test_the_waiting_list_keeps_the_order_of_joining_and_refuses_what_it_should(
    any_db, desk, booking, station, clock
) -> None:
    one, two = station.residents[0], station.residents[1]
    assert _refused(desk.join_waitlist, one, station.physio, TUESDAY, actor=TEST_DESK).code == "places_free"
    _fill_tuesday(any_db, booking, station)
    first = desk.join_waitlist(one, station.physio, TUESDAY, actor=TEST_DESK, note="上午最好")
    clock.advance(minutes=1)
    second = desk.join_waitlist(two, station.physio, TUESDAY, actor=TEST_DESK)
    assert (first.position, second.position, first.status) == (1, 2, WaitStatus.WAITING)
    assert [w.resident_id for w in desk.waitlist(station.physio, TUESDAY, actor=TEST_DESK)] == [one, two]
    assert _refused(desk.join_waitlist, one, station.physio, TUESDAY, actor=TEST_DESK).code == "already_waiting"
    saturday = date(2026, 12, 12)
    assert _refused(desk.join_waitlist, one, station.physio, saturday, actor=TEST_DESK).code == "day_not_served"
    past = date(2026, 12, 4)
    assert _refused(desk.join_waitlist, one, station.physio, past, actor=TEST_DESK).code == "waitlist_day_past"
    desk.withdraw(first.entry_id, actor=TEST_DESK)
    rows = desk.waitlist(station.physio, TUESDAY, actor=TEST_DESK)
    assert [(w.resident_id, w.position) for w in rows] == [(two, 1)]
    assert _refused(desk.withdraw, first.entry_id, actor=TEST_DESK).code == "waitlist_entry_closed"


def test_a_cancel_offers_the_place_to_the_first_waiting_who_books_it(any_db, desk, booking, station, clock) -> None:
    one, two = station.residents[0], station.residents[1]
    _fill_tuesday(any_db, booking, station)
    first = desk.join_waitlist(one, station.physio, TUESDAY, actor=TEST_DESK)
    clock.advance(minutes=1)
    desk.join_waitlist(two, station.physio, TUESDAY, actor=TEST_DESK)
    ten = datetime(2026, 12, 8, 10, 0)
    taken = next(a for a in booking.day(TUESDAY, actor=TEST_DESK) if a.starts_at == ten)
    freed = booking.cancel(taken.appointment_id, "身体不适", actor=TEST_DESK).freed

    offers = desk.offers_for(freed, actor=TEST_DESK)
    assert [(o.entry.entry_id, o.slot.starts_at, o.slot.person_name, o.slot.free) for o in offers] == [
        (first.entry_id, ten, "钱理疗师", 1)
    ]
    offered = desk.offer(first.entry_id, ten, actor=TEST_DESK)
    assert (offered.status, offered.offered_starts_at, offered.offered_person_id) == (
        WaitStatus.OFFERED, ten, station.therapist,
    )  # fmt: skip
    assert [w.entry_id for w in desk.offers_of(one, actor=TEST_DESK)] == [first.entry_id]
    assert desk.offers_for(freed, actor=TEST_DESK) == []  # offered to the first and not yet answered: never twice

    row = desk.accept_offer(first.entry_id, actor=TEST_DESK)
    assert (row.resident_id, row.starts_at, row.status) == (one, ten, AppointmentStatus.BOOKED)
    assert desk.offers_of(one, actor=TEST_DESK) == []
    assert [w.resident_id for w in desk.waitlist(station.physio, TUESDAY, actor=TEST_DESK)] == [two]
    assert desk.offers_for(freed, actor=TEST_DESK) == []  # booked again: nothing to offer
    assert {"waitlist.join", "waitlist.offer", "waitlist.accept"} <= set(_actions(any_db))


def test_an_offer_taken_by_someone_else_first_is_refused_in_words(any_db, desk, booking, station, clock) -> None:
    one, other = station.residents[0], station.residents[3]
    _fill_tuesday(any_db, booking, station)
    entry = desk.join_waitlist(one, station.physio, TUESDAY, actor=TEST_DESK)
    ten = datetime(2026, 12, 8, 10, 0)
    taken = next(a for a in booking.day(TUESDAY, actor=TEST_DESK) if a.starts_at == ten)
    booking.cancel(taken.appointment_id, "住院", actor=TEST_DESK)
    desk.offer(entry.entry_id, ten, actor=TEST_DESK)
    booking.book(other, station.physio, ten, actor=TEST_DESK)  # another desk books the place first
    refusal = _refused(desk.accept_offer, entry.entry_id, actor=TEST_DESK)
    assert refusal.code == "slot_full"
    assert refusal.params["service"] == "理疗"
    assert desk.offers_of(one, actor=TEST_DESK)[0].status == WaitStatus.OFFERED  # still offered: the desk decides
    assert _refused(desk.offer, entry.entry_id, ten, actor=TEST_DESK).code == "slot_full"
    assert _refused(desk.offer, entry.entry_id, datetime(2026, 12, 9, 10, 0), actor=TEST_DESK).code == (
        "offer_wrong_day"
    )


# -- check-in and the card -------------------------------------------------------------------------------------


def test_check_in_marks_todays_appointment_arrived_queues_it_and_the_card_lists_it_and_an_offer(
    any_db, desk, booking, station, clock
) -> None:
    agenda = (AppointmentAgenda(), WaitlistOffers())
    visits = VisitService(any_db, clock, agenda)
    lookup = LookupService(any_db, clock, agenda)
    rid = station.residents[0]
    ten = datetime(2026, 12, 7, 10, 0)
    booked = booking.book(rid, station.physio, ten, actor=TEST_DESK)
    # joining needs a full day (10 places a slot of 血压测量): the entry is written as the desk would have
    with any_db.write() as session:
        session.add(
            WaitlistEntry(service_id=station.pressure, resident_id=rid, day=ten.date(), joined_at=MONDAY_905,
                          status=WaitStatus.WAITING)
        )  # fmt: skip
    entry_id = desk.waitlist(station.pressure, ten.date(), actor=TEST_DESK)[0].entry_id
    desk.offer(entry_id, datetime(2026, 12, 7, 15, 0), actor=TEST_DESK)

    result = visits.check_in(rid, actor=TEST_DESK)
    with any_db.read() as session:
        appointment = session.get(Appointment, booked.appointment_id)
        assert (appointment.status, appointment.visit_id, appointment.arrived_at) == (
            AppointmentStatus.ARRIVED, result.visit_id, MONDAY_905,
        )  # fmt: skip
    assert [(q.resident_id, q.appointment_id, q.status) for q in desk.queue(actor=TEST_DESK)] == [
        (rid, booked.appointment_id, QueueStatus.WAITING)
    ]
    assert [(i.source, i.title, i.place, i.arrived) for i in result.agenda] == [
        ("appointment", "理疗", "理疗室", True),
        ("waitlist", "血压测量", "康养服务站", False),
    ]
    card = lookup.card(rid, actor=TEST_DESK)
    assert card is not None
    assert [(i.source, i.item_id, i.starts_at) for i in card.agenda] == [
        ("appointment", booked.appointment_id, ten),
        ("waitlist", entry_id, datetime(2026, 12, 7, 15, 0)),
    ]
    actions = _actions(any_db)
    assert actions[-3:] == ["visit.check_in", "appointment.arrived", "queue.join"]


# -- the check-in search ---------------------------------------------------------------------------------------


def _searchable(db: Database, *names: str) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.write() as session:
        for name in names:
            resident = Resident(name=name)
            session.add(resident)
            session.flush()
            ids[name] = resident.id
        reindex(session, ids.values())
    return ids


def _visit(db: Database, resident_id: int, days_ago: int, number: int) -> None:
    at = MONDAY_905 - timedelta(days=days_ago)
    with db.write() as session:
        session.add(Visit(resident_id=resident_id, visit_date=at.date(), queue_number=number, checked_in_at=at,
                          checked_out_at=at + timedelta(hours=1)))  # fmt: skip


def test_an_appointment_today_ranks_first_among_equal_matches_never_above_a_better_one(
    any_db, booking, station, clock
) -> None:
    ids = _searchable(any_db, "王秀", "王秀兰", "王秀英", "王秀珍")
    for n, ago in enumerate((1, 2, 3, 4)):  # 王秀英 comes often: without an appointment she would lead the prefixes
        _visit(any_db, ids["王秀英"], ago, 500 + n)
    lookup = LookupService(any_db, clock)
    assert [h.name for h in lookup.search("王秀", actor=TEST_DESK)] == ["王秀", "王秀英", "王秀兰", "王秀珍"]

    booking.book(ids["王秀珍"], station.physio, datetime(2026, 12, 7, 10, 0), actor=TEST_DESK)
    hits = lookup.search("王秀", actor=TEST_DESK)
    assert [h.name for h in hits] == ["王秀", "王秀珍", "王秀英", "王秀兰"]  # the exact match stays first
    assert [h.appointment_today for h in hits] == [False, True, False, False]

    tomorrow = booking.book(ids["王秀兰"], station.physio, datetime(2026, 12, 8, 10, 0), actor=TEST_DESK)
    assert tomorrow.day != clock.now.date()
    cancelled = booking.book(ids["王秀英"], station.physio, datetime(2026, 12, 7, 11, 0), actor=TEST_DESK)
    booking.cancel(cancelled.appointment_id, "改天再来", actor=TEST_DESK)
    assert [h.name for h in lookup.search("王秀", actor=TEST_DESK)] == ["王秀", "王秀珍", "王秀英", "王秀兰"]
