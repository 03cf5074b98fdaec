"""Another desk's change shows in the fingerprint this desk polls."""

from __future__ import annotations

from datetime import datetime

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.services.changes import ChangeProbe
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput


def test_fingerprint_names_what_changed(any_db: Database) -> None:
    now = datetime(2026, 11, 28, 9, 0)
    other_desk = Database(any_db.url)  # a second connection pool, as another PC would have
    probe = ChangeProbe(any_db)
    start = probe.fingerprint()
    assert start.changed_parts(None) == {"visits", "residents", "audit"}
    assert probe.fingerprint().changed_parts(start) == set()
    rid = ResidentService(other_desk, lambda: now).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    registered = probe.fingerprint()
    assert registered.changed_parts(start) == {"residents", "audit"}
    VisitService(other_desk, lambda: now).check_in(rid, actor=TEST_ACTOR)
    checked_in = probe.fingerprint()
    assert "visits" in checked_in.changed_parts(registered)
    VisitService(other_desk, lambda: now).check_out(rid, actor=TEST_ACTOR)
    assert "visits" in probe.fingerprint().changed_parts(checked_in)
    other_desk.dispose()


def test_taking_parts_keeps_the_others_as_they_were(any_db: Database) -> None:
    """This desk's check-in is taken into the baseline; another desk's new resident still shows as a change."""
    now = datetime(2026, 11, 28, 9, 0)
    other_desk = Database(any_db.url)
    probe = ChangeProbe(any_db)
    rid = ResidentService(any_db, lambda: now).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    baseline = probe.fingerprint()
    ResidentService(other_desk, lambda: now).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)  # another desk
    VisitService(any_db, lambda: now).check_in(rid, actor=TEST_ACTOR)  # this desk
    after = probe.fingerprint()
    taken = baseline.taking({"visits"}, after)
    assert taken.visits == after.visits
    assert taken.residents == baseline.residents
    assert after.changed_parts(taken) == {"residents", "audit"}
    other_desk.dispose()
