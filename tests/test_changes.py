"""Another desk's change shows in the next look at the change feed (the audit log), told once, whatever its size."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.services import changes
from frontdesk.core.services.changes import ChangeProbe, parts_of
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.staff import StaffService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

NOW = datetime(2026, 11, 28, 9, 0)


def test_a_look_names_what_changed_since_the_last_one(any_db: Database) -> None:
    other_desk = Database(any_db.url)  # a second connection pool, as another PC would have
    probe = ChangeProbe(any_db)
    assert probe.look() == frozenset()  # the first look only remembers where the feed is
    assert probe.look() == frozenset()
    rid = ResidentService(other_desk, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    assert probe.look() == {"residents", "visits", "appointments", "classes", "audit"}
    assert probe.look() == frozenset()  # told once
    VisitService(other_desk, lambda: NOW).check_in(rid, actor=TEST_ACTOR)
    assert probe.look() == {"visits", "appointments", "classes", "audit"}
    VisitService(other_desk, lambda: NOW).check_out(rid, actor=TEST_ACTOR)
    assert probe.look() == {"visits", "appointments", "classes", "audit"}
    StaffService(other_desk, lambda: NOW).create_staff(TEST_ACTOR, "lina", "李娜", Role.FRONT_DESK, "abc12345xyz")
    assert probe.look() == {"audit"}  # nothing the pages show
    other_desk.dispose()


def test_everything_since_the_last_look_is_told_together(any_db: Database) -> None:
    probe = ChangeProbe(any_db)
    probe.look()
    residents, visits = ResidentService(any_db, lambda: NOW), VisitService(any_db, lambda: NOW)
    rid = residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    visits.check_in(rid, actor=TEST_ACTOR)
    head = probe.head
    assert probe.look() == {"residents", "visits", "appointments", "classes", "audit"}
    assert head is not None
    assert probe.head == head + 2


def test_a_long_outage_tells_everything(any_db: Database, monkeypatch) -> None:
    monkeypatch.setattr(changes, "MAX_ENTRIES", 3)
    probe = ChangeProbe(any_db)
    probe.look()
    staff = StaffService(any_db, lambda: NOW)
    for n in range(4):
        staff.create_staff(TEST_ACTOR, f"desk{n}", f"前台{n}", Role.FRONT_DESK, "abc12345xyz")
    assert probe.look() == changes.PARTS  # too many to read: every view refreshes


def test_a_log_that_went_back_tells_everything(any_db: Database) -> None:
    """The database was replaced by an older one (a restore on the server): the newest entry is behind the head."""
    ResidentService(any_db, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    probe = ChangeProbe(any_db)
    probe.look()
    probe._head = (probe.head or 0) + 50  # as if the log this probe saw had gone on further
    assert probe.look() == changes.PARTS


def test_the_look_reads_only_what_is_new(any_db: Database) -> None:
    """An entry already seen is never read again: rewriting its action changes nothing the next look says."""
    probe = ChangeProbe(any_db)
    ResidentService(any_db, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    probe.look()
    with any_db.engine.begin() as connection:  # only to show what is read, never done by the program
        connection.execute(update(AuditEntry).values(action="visit.check_in"))
    assert probe.look() == frozenset()


def test_parts_by_action() -> None:
    assert parts_of("visit.check_out_everyone") == {"visits", "appointments", "classes", "audit"}
    assert parts_of("resident.merge") == {"residents", "visits", "appointments", "classes", "audit"}
    assert parts_of("appointment.book") == {"appointments", "visits", "audit"}
    assert parts_of("catalogue.hours") == {"catalogue", "appointments", "classes", "audit"}
    assert parts_of("room.booking_move") == {"classes", "audit"}
    assert parts_of("attendance.mark") == {"classes", "visits", "audit"}  # the card says who is expected in class
    assert parts_of("vitals.record") == {"appointments", "audit"}
    assert parts_of("vitals.view") == {"audit"}  # looking at readings refreshes nobody's views
    assert parts_of("setting.center_name") == {"audit"}
    assert parts_of("demo.seed") == {"audit"}
