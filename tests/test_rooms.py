"""教室与预订: managers edit the rooms, and an edit that would strand what is planned in a room is refused with what is
in the way; the desk books rooms, and a booking is refused over anything already there (a session's set-up time
included) with the alternatives; bookings move, change and are cancelled with a reason."""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from actors import TEST_ACTOR, TEST_DESK
from class_center import add_booking, add_course, add_session, make_center
from frontdesk.core.audit import verify_chain
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, BookingStatus, Room, RoomBooking
from frontdesk.core.services.room_use import Use, clashes_of
from frontdesk.core.services.rooms import BookingInput, RoomInput, RoomService

DAY = date(2026, 12, 8)  # a Tuesday
NOW = datetime(2026, 12, 1, 9, 0)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def service(db: Database, now: datetime = NOW) -> RoomService:
    return RoomService(db, lambda: now)


def lecture(room_id: int, starts: datetime, ends: datetime, **more: object) -> BookingInput:
    return BookingInput(room_id, "健康讲座：冬季防跌倒", starts, ends, kind="lecture", organiser="颐康养老院",
                        **more)  # type: ignore[arg-type]  # fmt: skip


def actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def refused(call, *args, **kwargs) -> RuleViolation:
    with pytest.raises(RuleViolation) as caught:
        call(*args, **kwargs)
    return caught.value


# -- the rooms ------------------------------------------------------------------------------------------------------


def test_a_manager_adds_and_edits_a_room(any_db: Database) -> None:
    rooms = service(any_db)
    new = RoomInput(name=" 康复室 ", floor="2楼", capacity=12, equipment="康复器械", step_free=True,
                    opens=time(8, 30), closes=time(17), notes="轮椅可进")  # fmt: skip
    room_id = rooms.save_room(new, actor=TEST_ACTOR)
    [row] = rooms.rooms(actor=TEST_DESK)
    assert (row.room_id, row.name, row.floor, row.capacity, row.step_free, row.opens, row.closes) == (
        room_id, "康复室", "2楼", 12, True, time(8, 30), time(17)
    )  # fmt: skip
    rooms.save_room(replace(row.as_input(), capacity=16, equipment=""), actor=TEST_ACTOR)
    rooms.save_room(replace(row.as_input(), capacity=16, equipment=""), actor=TEST_ACTOR)  # nothing changed
    with any_db.read() as session:
        room = session.get(Room, room_id)
        assert (room.capacity, room.equipment) == (16, None)
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "room.save")).all()
        assert [e.details.get("after") for e in entries][1] == {"capacity": 16, "equipment": ""}
        assert entries[1].details["before"] == {"capacity": 12, "equipment": "康复器械"}
    assert actions(any_db) == ["room.save", "room.save"]
    # made inactive: not offered, still listed for managers
    rooms.save_room(replace(row.as_input(), capacity=16, equipment="", active=False), actor=TEST_ACTOR)
    assert rooms.rooms(actor=TEST_DESK) == []
    assert [r.active for r in rooms.rooms(actor=TEST_ACTOR, include_inactive=True)] == [False]


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        (RoomInput(name="", capacity=10), "required", "name"),
        (RoomInput(name="房" * 41, capacity=10), "too_long", "name"),
        (RoomInput(name="书法室", capacity=10), "room_name_taken", "name"),
        (RoomInput(name="新室", floor="x" * 11, capacity=10), "too_long", "floor"),
        (RoomInput(name="新室", capacity=0), "capacity_out_of_range", "capacity"),
        (RoomInput(name="新室", capacity=10, opens=time(8)), "hours_together", "closes"),
        (RoomInput(name="新室", capacity=10, closes=time(8)), "hours_together", "opens"),
        (RoomInput(name="新室", capacity=10, opens=time(18), closes=time(8)), "closes_before_opens", "closes"),
    ],
)
def test_bad_room_input_is_refused_at_its_field(db: Database, data: RoomInput, code: str, field: str) -> None:
    make_center(db)
    refusal = refused(service(db).save_room, data, actor=TEST_ACTOR)
    assert (refusal.code, refusal.params["field"]) == (code, field)


def test_a_room_s_name_is_unique_also_when_renaming(db: Database) -> None:
    center = make_center(db)
    rooms = service(db)
    dance = next(r for r in rooms.rooms(actor=TEST_DESK) if r.room_id == center.dance_room)
    assert refused(rooms.save_room, replace(dance.as_input(), name="书法室"), actor=TEST_ACTOR).code == (
        "room_name_taken"
    )
    rooms.save_room(replace(dance.as_input(), name="舞蹈排练室"), actor=TEST_ACTOR)
    assert "舞蹈排练室" in {r.name for r in rooms.rooms(actor=TEST_DESK)}


def test_the_front_desk_books_rooms_but_may_not_edit_them(db: Database) -> None:
    center = make_center(db)
    rooms = service(db)
    refusal = refused(rooms.save_room, RoomInput(name="康复室", capacity=12), actor=TEST_DESK)
    assert refusal.code == "not_allowed"
    assert rooms.book(lecture(center.hall, at(14), at(15)), actor=TEST_DESK) > 0
    with db.read() as session:
        assert session.scalars(select(Room.name).where(Room.name == "康复室")).all() == []


def test_lowering_capacity_below_what_is_planned_is_refused_with_what_is_in_the_way(any_db: Database) -> None:
    center = make_center(any_db)
    rooms = service(any_db)
    hall = next(r for r in rooms.rooms(actor=TEST_DESK) if r.room_id == center.hall)
    add_booking(any_db, center.hall, date(2026, 11, 20), time(10), time(12), expected=170)  # over: not in the way
    rooms.book(lecture(center.hall, at(10), at(12), expected=120), actor=TEST_DESK)
    rooms.book(lecture(center.hall, at(14), at(16), expected=90), actor=TEST_DESK)
    refusal = refused(rooms.save_room, replace(hall.as_input(), capacity=80), actor=TEST_ACTOR)
    assert refusal.code == "room_capacity_in_use"
    assert {k: refusal.params[k] for k in ("field", "count", "kind", "starts_at", "need")} == {
        "field": "capacity", "count": 2, "kind": "booking", "starts_at": at(10), "need": 120,
    }  # fmt: skip
    rooms.save_room(replace(hall.as_input(), capacity=150), actor=TEST_ACTOR)  # above what is planned: fine

    # a course of the room whose places the room would no longer hold (no sessions yet: being planned)
    calligraphy = next(r for r in rooms.rooms(actor=TEST_DESK) if r.room_id == center.calligraphy_room)
    add_course(any_db, center, title="书法提高班", capacity=20)
    refusal = refused(rooms.save_room, replace(calligraphy.as_input(), capacity=15), actor=TEST_ACTOR)
    assert (refusal.code, refusal.params["kind"], refusal.params["title"], refusal.params["need"]) == (
        "room_capacity_in_use", "course", "书法提高班", 20
    )  # fmt: skip


def test_hours_that_leave_a_session_outside_them_are_refused(any_db: Database) -> None:
    center = make_center(any_db)
    rooms = service(any_db)
    course = add_course(any_db, center, setup_min=15)
    add_session(any_db, course, DAY, time(18, 30), time(20))
    calligraphy = next(r for r in rooms.rooms(actor=TEST_DESK) if r.room_id == center.calligraphy_room)
    refusal = refused(rooms.save_room, replace(calligraphy.as_input(), closes=time(19)), actor=TEST_ACTOR)
    assert refusal.code == "room_hours_in_use"
    assert (refusal.params["field"], refusal.params["title"], refusal.params["count"]) == ("opens", "书法班", 1)
    # opening at 18:30 leaves the session's set-up (from 18:15) outside too
    refusal = refused(rooms.save_room, replace(calligraphy.as_input(), opens=time(18, 30)), actor=TEST_ACTOR)
    assert refusal.code == "room_hours_in_use"
    rooms.save_room(replace(calligraphy.as_input(), opens=time(9), closes=time(20, 30)), actor=TEST_ACTOR)


def test_a_room_with_uses_ahead_cannot_be_made_inactive(any_db: Database) -> None:
    center = make_center(any_db)
    rooms = service(any_db)
    dance = next(r for r in rooms.rooms(actor=TEST_DESK) if r.room_id == center.dance_room)
    booking = rooms.book(lecture(center.dance_room, at(9), at(10)), actor=TEST_DESK)
    refusal = refused(rooms.save_room, replace(dance.as_input(), active=False), actor=TEST_ACTOR)
    assert (refusal.code, refusal.params["field"], refusal.params["count"]) == ("room_in_use", "active", 1)
    rooms.cancel(booking, "讲座延期", actor=TEST_DESK)
    rooms.save_room(replace(dance.as_input(), active=False), actor=TEST_ACTOR)
    assert refused(rooms.book, lecture(center.dance_room, at(9), at(10)), actor=TEST_DESK).code == "room_inactive"


# -- booking ----------------------------------------------------------------------------------------------------------


def test_a_booking_over_a_session_s_set_up_time_is_refused_with_the_alternatives(any_db: Database) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, title="古典舞", room_id=center.dance_room, instructor_id=center.chen,
                        setup_min=30)  # fmt: skip
    add_session(any_db, course, DAY, time(14), time(15, 30))
    rooms = service(any_db)
    refusal = refused(rooms.book, lecture(center.dance_room, at(12, 30), at(13, 45)), actor=TEST_DESK)
    assert refusal.code == "room_taken"
    params = refusal.params
    assert (params["kind"], params["title"], params["who"], params["taken_from"]) == (
        "session", "古典舞", "陈秀芝", at(13, 30)
    )  # fmt: skip
    assert params["free_rooms"] == ["书法室", "多功能厅"]
    assert params["next_free"] == at(15, 30)  # the session ends at 15:30 and has no clean-up
    with any_db.read() as session:
        assert session.scalar(select(RoomBooking.id)) is None
    assert actions(any_db) == []
    # the alternative taken: the other room at the same time
    booking_id = rooms.book(lecture(center.calligraphy_room, at(12, 30), at(13, 45)), actor=TEST_DESK)
    row = rooms.booking(booking_id, actor=TEST_DESK)
    assert (row.room_name, row.starts_at, row.status) == ("书法室", at(12, 30), BookingStatus.BOOKED)
    assert actions(any_db) == ["room.book"]


def test_a_booking_s_own_set_up_and_a_busy_lecturer_are_in_the_way(db: Database) -> None:
    center = make_center(db)
    rooms = service(db)
    rooms.book(lecture(center.hall, at(9), at(11), person_id=center.zhang), actor=TEST_DESK)
    # a booking from 11:15 with 30 minutes of set-up takes the hall from 10:45, while the first still holds it
    refusal = refused(rooms.book, lecture(center.hall, at(11, 15), at(12), setup_min=30), actor=TEST_DESK)
    assert (refusal.code, refusal.params["taken_until"]) == ("room_taken", at(11))
    rooms.book(lecture(center.hall, at(11, 30), at(12), setup_min=30), actor=TEST_DESK)
    # the lecturer named is in the hall then: not in the dance room too
    refusal = refused(rooms.book, lecture(center.dance_room, at(10), at(11), person_id=center.zhang), actor=TEST_DESK)
    assert (refusal.code, refusal.params["instructor"]) == ("instructor_busy", "张德明")


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"title": " "}, "required", "title"),
        ({"organiser": ""}, "required", "organiser"),
        ({"kind": "party"}, "invalid_choice", "kind"),
        ({"contact_phone": "12345"}, "phone_format", "contact_phone"),
        ({"expected": 0}, "expected_out_of_range", "expected"),
        ({"ends_at": at(9)}, "ends_before_starts", "ends_at"),
        ({"ends_at": at(9, day=DAY + timedelta(days=1))}, "booking_spans_days", "ends_at"),
        ({"setup_min": 300}, "prep_out_of_range", "setup_min"),
        ({"cleanup_min": -5}, "prep_out_of_range", "cleanup_min"),
        ({"starts_at": datetime(2026, 11, 30, 9), "ends_at": datetime(2026, 11, 30, 10)}, "booking_in_past",
         "starts_at"),
    ],
)  # fmt: skip
def test_bad_booking_input_is_refused_at_its_field(db: Database, change: dict, code: str, field: str) -> None:
    center = make_center(db)
    refusal = refused(service(db).book, replace(lecture(center.hall, at(10), at(11)), **change), actor=TEST_DESK)
    assert (refusal.code, refusal.params.get("field")) == (code, field)


def test_too_many_guests_for_the_room_offers_a_bigger_room(db: Database) -> None:
    center = make_center(db)
    refusal = refused(service(db).book, lecture(center.dance_room, at(10), at(11), expected=60), actor=TEST_DESK)
    assert (refusal.code, refusal.params["capacity"], refusal.params["need"]) == ("room_too_small", 30, 60)
    assert refusal.params["free_rooms"] == ["多功能厅"]


def test_free_rooms_are_those_open_big_enough_and_with_nothing_in_the_way(db: Database) -> None:
    center = make_center(db)
    rooms = service(db)
    add_booking(db, center.hall, DAY, time(10), time(11), cleanup_min=30)
    names = lambda found: [r.name for r in found]  # noqa: E731
    assert names(rooms.free_rooms(at(11), at(12), actor=TEST_DESK)) == ["书法室", "舞蹈室"]
    assert names(rooms.free_rooms(at(11, 30), at(12), actor=TEST_DESK)) == ["书法室", "舞蹈室", "多功能厅"]
    assert names(rooms.free_rooms(at(11, 30), at(12), need=25, actor=TEST_DESK)) == ["舞蹈室", "多功能厅"]
    assert names(rooms.free_rooms(at(20), at(21), cleanup_min=15, actor=TEST_DESK)) == []  # everywhere closes 21:00
    assert names(rooms.free_rooms(at(12), at(13), setup_min=90, actor=TEST_DESK)) == ["书法室", "舞蹈室"]


def test_a_booking_moves_and_a_move_into_a_clash_is_refused(any_db: Database) -> None:
    center = make_center(any_db)
    rooms = service(any_db)
    booking = rooms.book(lecture(center.hall, at(9), at(10, 30), setup_min=15), actor=TEST_DESK)
    other = rooms.book(lecture(center.hall, at(14), at(15)), actor=TEST_DESK)
    moved = rooms.move(booking, starts_at=at(10), actor=TEST_DESK)
    assert (moved.starts_at, moved.ends_at, moved.room_id) == (at(10), at(11, 30), center.hall)
    refusal = refused(rooms.move, booking, starts_at=at(13, 30), actor=TEST_DESK)
    assert refusal.code == "room_taken"
    assert refusal.params["free_rooms"] == ["书法室", "舞蹈室"]
    moved = rooms.move(booking, starts_at=at(13, 30), room_id=center.dance_room, actor=TEST_DESK)
    assert (moved.room_name, moved.starts_at) == ("舞蹈室", at(13, 30))
    assert rooms.move(other, starts_at=at(13, 30), actor=TEST_DESK).starts_at == at(13, 30)  # the hall is free now
    assert actions(any_db) == ["room.book", "room.book", "room.booking_move", "room.booking_move", "room.booking_move"]


def test_an_edit_is_checked_again_only_where_it_places_the_booking(db: Database) -> None:
    center = make_center(db)
    rooms = service(db)
    booking = rooms.book(lecture(center.dance_room, at(9), at(10), expected=25), actor=TEST_DESK)
    rooms.book(lecture(center.dance_room, at(10, 30), at(11, 30)), actor=TEST_DESK)
    row = rooms.booking(booking, actor=TEST_DESK)
    council = replace(row.as_input(), title="老年居民议事会", kind="meeting", contact_phone="13912345678")
    edited = rooms.edit(booking, council, actor=TEST_DESK)
    assert (edited.title, str(edited.kind), edited.contact_phone) == ("老年居民议事会", "meeting", "13912345678")
    # its own time is no clash; more clean-up runs into the next booking; more guests than the room holds
    assert refused(rooms.edit, booking, replace(edited.as_input(), cleanup_min=45), actor=TEST_DESK).code == (
        "room_taken"
    )
    assert refused(rooms.edit, booking, replace(edited.as_input(), expected=31), actor=TEST_DESK).code == (
        "room_too_small"
    )
    assert rooms.edit(booking, replace(edited.as_input(), cleanup_min=30), actor=TEST_DESK).cleanup_min == 30
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "room.booking_edit")).first()
    assert entry.details["after"]["contact_phone"] == "139****5678"  # the phone masked in the log
    assert entry.details["before"] == {"title": "健康讲座：冬季防跌倒", "kind": "lecture", "contact_phone": ""}


def test_a_cancelled_booking_frees_the_room_and_says_why(any_db: Database) -> None:
    center = make_center(any_db)
    rooms = service(any_db)
    booking = rooms.book(lecture(center.hall, at(9), at(10)), actor=TEST_DESK)
    assert refused(rooms.cancel, booking, "  ", actor=TEST_DESK).code == "cancel_reason_missing"
    assert refused(rooms.cancel, booking, "因" * 101, actor=TEST_DESK).code == "cancel_reason_too_long"
    row = rooms.cancel(booking, "讲师生病，改期", actor=TEST_DESK)
    assert (row.status, row.cancel_reason) == (BookingStatus.CANCELLED, "讲师生病，改期")
    assert refused(rooms.cancel, booking, "再取消", actor=TEST_DESK).code == "booking_cancelled"
    assert refused(rooms.move, booking, starts_at=at(11), actor=TEST_DESK).code == "booking_cancelled"
    rooms.book(lecture(center.hall, at(9), at(10)), actor=TEST_DESK)  # the hour is free again
    assert [b.status for b in rooms.bookings(DAY, DAY, actor=TEST_DESK, include_cancelled=True)] == [
        BookingStatus.CANCELLED, BookingStatus.BOOKED
    ]  # fmt: skip
    assert len(rooms.bookings(DAY, DAY, actor=TEST_DESK)) == 1
    assert actions(any_db) == ["room.book", "room.booking_cancel", "room.book"]
    with any_db.read() as session:
        assert verify_chain(session).ok


def test_bookings_of_a_span_and_a_room(db: Database) -> None:
    center = make_center(db)
    rooms = service(db)
    rooms.book(lecture(center.hall, at(9), at(10)), actor=TEST_DESK)
    rooms.book(lecture(center.dance_room, at(9), at(10)), actor=TEST_DESK)
    rooms.book(lecture(center.hall, at(9, day=DAY + timedelta(days=7)), at(10, day=DAY + timedelta(days=7))),
               actor=TEST_DESK)  # fmt: skip
    week = rooms.bookings(DAY, DAY + timedelta(days=6), actor=TEST_DESK)
    assert [(b.room_name, b.starts_at.date()) for b in week] == [("多功能厅", DAY), ("舞蹈室", DAY)]
    assert len(rooms.bookings(DAY, DAY + timedelta(days=7), actor=TEST_DESK, room_id=center.hall)) == 2


# -- many desks at once -----------------------------------------------------------------------------------------------

DESKS = 6
ROUNDS = 4


def _hour(round_: int) -> datetime:
    return at(9 + 2 * round_)


def _naive_book(db: Database, data: BookingInput, ready) -> None:
    """What a form-only check does: look for clashes in one transaction, then (after everyone has looked) write."""
    with db.read() as session:
        free = not clashes_of(session, [Use(data.room_id, data.starts_at, data.ends_at)])[0]
    ready.wait(timeout=30)
    if not free:
        raise RuleViolation("room_taken")
    with db.write() as session:
        session.add(RoomBooking(room_id=data.room_id, title=data.title, kind=data.kind, organiser=data.organiser,
                                starts_at=data.starts_at, ends_at=data.ends_at, created_at=NOW,
                                updated_at=NOW))  # fmt: skip


def _desk(url: str, desk: int, room_id: int, naive: bool, start, ready, results) -> None:
    db = Database(url)
    rooms = service(db)
    outcomes: list[str] = []
    try:
        for round_ in range(ROUNDS):
            data = replace(
                lecture(room_id, _hour(round_), _hour(round_) + timedelta(hours=1)), title=f"{desk}号桌的讲座"
            )
            start.wait(timeout=30)  # every desk at the line, then all at once
            try:
                if naive:
                    _naive_book(db, data, ready)
                else:
                    rooms.book(data, actor=TEST_DESK)
                outcomes.append("won")
            except RuleViolation as refusal:
                outcomes.append(refusal.code)
        results.put(("ok", desk, outcomes))
    except Exception:
        results.put(("error", desk, traceback.format_exc()))
    finally:
        db.dispose()


def _race(db: Database, *, naive: bool) -> tuple[dict[str, int], dict[datetime, int]]:
    center = make_center(db, residents=0)
    url = db.url.render_as_string(hide_password=False)
    db.engine.dispose()  # no connection crosses the fork
    context = multiprocessing.get_context("fork")
    start, ready, results = context.Barrier(DESKS), context.Barrier(DESKS), context.Queue()
    desks = [
        context.Process(target=_desk, args=(url, n, center.hall, naive, start, ready, results)) for n in range(DESKS)
    ]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=120) for _ in desks]
    for desk in desks:
        desk.join(timeout=30)
    assert [detail for status, _, detail in outcomes if status == "error"] == []
    told = Counter(code for _, _, rounds in outcomes for code in rounds)
    with db.read() as session:
        held = dict(
            session.execute(
                select(RoomBooking.starts_at, func.count())
                .where(RoomBooking.room_id == center.hall, RoomBooking.status == BookingStatus.BOOKED)
                .group_by(RoomBooking.starts_at)
            ).all()
        )
    return dict(told), held


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_desks_booking_the_same_room_hour_at_once_exactly_one_wins(any_db: Database) -> None:
    told, held = _race(any_db, naive=False)
    assert told == {"won": ROUNDS, "room_taken": ROUNDS * (DESKS - 1)}  # the others told 已被占用, in words
    assert held == {_hour(r): 1 for r in range(ROUNDS)}
    with any_db.read() as session:
        assert verify_chain(session).ok


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_a_naive_check_outside_the_write_transaction_double_books(any_db: Database) -> None:
    told, held = _race(any_db, naive=True)
    assert told["won"] > ROUNDS  # the harness catches a double booking
    assert max(held.values()) > 1
