"""A room is never double-booked, set-up and clean-up included, and an instructor never teaches in two places at
once; a clash says what is in the way and offers another room or the next free time."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from actors import TEST_ACTOR
from class_center import add_booking, add_course, add_session, make_center
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ClassSession, RoomBooking
from frontdesk.core.services.room_use import (
    BOOKING,
    SESSION,
    Use,
    alternatives,
    busy_between,
    clashes_of,
    move_booking_in,
    move_session_in,
    refuse_clash,
)

DAY = date(2026, 12, 8)  # a Tuesday
NOW = datetime(2026, 12, 1, 9, 0)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_a_booking_s_set_up_time_takes_the_room_before_it_starts(any_db: Database) -> None:
    center = make_center(any_db)
    add_booking(any_db, center.dance_room, DAY, time(14), time(15, 30), setup_min=30, cleanup_min=15)
    with any_db.read() as session:
        # a class ending 13:45 runs into the lecture's set-up (from 13:30)
        assert [c.code for c in clashes_of(session, [Use(center.dance_room, at(12, 30), at(13, 45))])[0]] == [
            "room_taken"
        ]
        assert clashes_of(session, [Use(center.dance_room, at(12, 30), at(13, 30))])[0] == []
        # clean-up until 15:45; a class with its own 10 minutes' set-up may start at 15:55, not 15:50
        assert clashes_of(session, [Use(center.dance_room, at(15, 50), at(17), setup_min=10)])[0][0].code == (
            "room_taken"
        )
        assert clashes_of(session, [Use(center.dance_room, at(15, 55), at(17), setup_min=10)])[0] == []
        # another room at the same time is free
        assert clashes_of(session, [Use(center.hall, at(14), at(15))])[0] == []


def test_an_instructor_cannot_teach_in_two_rooms_at_once(any_db: Database) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, instructor_id=center.zhang)
    add_session(any_db, course, DAY, time(9), time(10, 30))
    with any_db.read() as session:
        clash = clashes_of(session, [Use(center.dance_room, at(10), at(11), instructor_id=center.zhang)])[0]
        assert [(c.code, c.other.title) for c in clash] == [("instructor_busy", "书法班")]
        assert clashes_of(session, [Use(center.dance_room, at(10), at(11), instructor_id=center.chen)])[0] == []


def test_a_plan_s_own_uses_clash_with_each_other(db: Database) -> None:
    center = make_center(db)
    with db.read() as session:
        plan = [
            Use(center.hall, at(9), at(10)),
            Use(center.hall, at(9, 30), at(10, 30)),
            Use(center.hall, at(11), at(12)),
        ]
        found = clashes_of(session, plan)
    assert [[(c.code, c.planned) for c in clashes] for clashes in found] == [
        [("room_taken", 1)],
        [("room_taken", 0)],
        [],
    ]


def test_room_hours_capacity_and_an_inactive_room_are_clashes(db: Database) -> None:
    center = make_center(db)
    with db.read() as session:
        early = Use(center.calligraphy_room, at(7, 30), at(9))  # the 书法室 opens at 08:00
        assert clashes_of(session, [early])[0][0].code == "room_outside_hours"
        assert clashes_of(session, [Use(center.calligraphy_room, at(9), at(10))], need=30)[0][0].code == (
            "room_too_small"
        )
        assert clashes_of(session, [Use(center.dance_room, at(20, 30), at(21, 30))])[0][0].code == (
            "room_outside_hours"  # a room without hours keeps the center's (08:00–21:00)
        )


def test_a_refusal_says_what_holds_the_room_and_offers_another_room_and_the_next_free_time(any_db: Database) -> None:
    center = make_center(any_db)
    add_booking(any_db, center.dance_room, DAY, time(14), time(15, 30), title="老年居民议事会", cleanup_min=15)
    with any_db.read() as session, pytest.raises(RuleViolation) as refused:
        refuse_clash(session, Use(center.dance_room, at(15), at(16)), need=26)
    params = refused.value.params
    assert refused.value.code == "room_taken"
    assert (params["title"], params["who"], params["other_starts_at"]) == ("老年居民议事会", "颐康养老院", at(14))
    assert params["free_rooms"] == ["多功能厅"]  # the 书法室 (24 places) is too small for 26
    assert params["next_free"] == at(15, 45)  # after the meeting's clean-up


def test_the_next_free_time_skips_past_the_room_s_closing_to_the_next_morning(db: Database) -> None:
    center = make_center(db)
    add_booking(db, center.calligraphy_room, DAY, time(8), time(21), title="书法展")
    with db.read() as session:
        offered = alternatives(session, Use(center.calligraphy_room, at(19), at(20)))
    assert offered.next_free == at(8, 0, date(2026, 12, 9))
    assert offered.rooms == ("舞蹈室", "多功能厅")


def test_moving_a_session_onto_a_booking_is_refused_and_changes_nothing(any_db: Database) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, room_id=center.dance_room, setup_min=10)
    session_id = add_session(any_db, course, DAY, time(9), time(10))
    add_booking(any_db, center.dance_room, DAY, time(14), time(15))
    with pytest.raises(RuleViolation, match="room_taken"), any_db.write() as session:
        cs = session.get(ClassSession, session_id)
        move_session_in(session, cs, starts_at=at(14, 30), room_id=None, actor=TEST_ACTOR, now=NOW)
    with any_db.write() as session:
        cs = session.get(ClassSession, session_id)
        assert cs.starts_at == at(9)
        move_session_in(session, cs, starts_at=at(15, 10), room_id=None, actor=TEST_ACTOR, now=NOW)
    with any_db.read() as session:
        cs = session.get(ClassSession, session_id)
        assert (cs.starts_at, cs.ends_at, cs.moved_from) == (at(15, 10), at(16, 10), at(9))


def test_a_use_moved_is_not_in_its_own_way(db: Database) -> None:
    center = make_center(db)
    booking_id = add_booking(db, center.hall, DAY, time(9), time(11), setup_min=60)
    with db.write() as session:
        booking = session.get(RoomBooking, booking_id)
        move_booking_in(session, booking, starts_at=at(9, 30), room_id=None, actor=TEST_ACTOR, now=NOW)
    with db.read() as session:
        assert session.get(RoomBooking, booking_id).ends_at == at(11, 30)


def test_busy_between_reads_sessions_and_bookings_of_the_span_with_their_room_time(db: Database) -> None:
    center = make_center(db)
    course = add_course(db, center, setup_min=10, cleanup_min=5, instructor_id=center.zhang)
    session_id = add_session(db, course, DAY, time(9), time(10))
    booking_id = add_booking(db, center.hall, DAY, time(14), time(15), setup_min=30)
    add_booking(db, center.hall, date(2026, 12, 9), time(14), time(15))
    with db.read() as session:
        busy = busy_between(session, at(0), at(23, 59))
    assert [(b.kind, b.item_id, b.taken_from, b.taken_until, b.who) for b in busy] == [
        (SESSION, session_id, at(8, 50), at(10, 5), "张德明"),
        (BOOKING, booking_id, at(13, 30), at(15), "颐康养老院"),
    ]
