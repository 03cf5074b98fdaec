"""Check-in and check-out rules, the in-building list, today's counts and the welfare-watch list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Resident, Visit, VisitPurpose
from frontdesk.core.services.agenda import AgendaItem
from frontdesk.core.services.alerts import AlertCode
from frontdesk.core.services.visits import VisitService


def add_resident(db: Database, name: str, **fields: object) -> int:
    with db.write() as session:
        resident = Resident(name=name, **fields)
        session.add(resident)
        session.flush()
        return resident.id


def test_check_in_numbers_the_queue_per_day(any_db: Database, clock: SettableClock) -> None:
    service = VisitService(any_db, clock)
    a, b = add_resident(any_db, "王秀兰"), add_resident(any_db, "李建国")
    first = service.check_in(a, purpose=VisitPurpose.CARE, companions=1, actor=TEST_ACTOR)
    second = service.check_in(b, actor=TEST_ACTOR)
    assert (first.queue_number, second.queue_number) == (1, 2)
    assert first.name == "王秀兰"
    assert first.purpose is VisitPurpose.CARE
    service.check_out(a, actor=TEST_ACTOR)
    clock.advance(days=1)
    assert service.check_in(a, actor=TEST_ACTOR).queue_number == 1  # a new day, a new sequence
    with any_db.read() as session:
        visits = session.scalars(select(Visit).order_by(Visit.id)).all()
    assert [(v.visit_date, v.queue_number, v.companions) for v in visits] == [
        (date(2026, 11, 28), 1, 1),
        (date(2026, 11, 28), 2, 0),
        (date(2026, 11, 29), 1, 0),
    ]


def test_double_check_in_is_refused(any_db: Database, clock: SettableClock) -> None:
    service = VisitService(any_db, clock)
    rid = add_resident(any_db, "王秀兰")
    service.check_in(rid, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation) as caught:
        service.check_in(rid, actor=TEST_ACTOR)
    assert caught.value.code == "already_checked_in"
    assert caught.value.params["queue_number"] == 1
    with any_db.read() as session:
        assert len(session.scalars(select(Visit)).all()) == 1


def test_a_check_in_the_database_refuses_says_so(any_db: Database, clock: SettableClock, monkeypatch) -> None:
    """Two desks at once: the service's own look-up missed the other desk's open visit, and the one-open-visit
    index refused the insert. The refusal says the database caught it; any other integrity error is not dressed up
    as "already checked in"."""
    from frontdesk.core.services import visits as visits_module

    service = VisitService(any_db, clock)
    rid, other = add_resident(any_db, "王秀兰"), add_resident(any_db, "李建国")
    first = service.check_in(rid, actor=TEST_ACTOR)
    monkeypatch.setattr(visits_module, "_open_visit", lambda _session, _resident_id: None)  # the race's blind spot
    with pytest.raises(RuleViolation) as caught:
        service.check_in(rid, actor=TEST_ACTOR)
    assert caught.value.code == "already_checked_in"
    assert caught.value.params["detected_by"] == "database"
    monkeypatch.undo()
    with pytest.raises(RuleViolation) as seen:
        service.check_in(rid, actor=TEST_ACTOR)
    assert seen.value.params["detected_by"] == "open_visit"
    assert seen.value.params["visit_id"] == first.visit_id
    with any_db.write() as session:  # make the next queue number collide instead: that is no refusal
        session.add(Visit(resident_id=rid, visit_date=clock().date(), queue_number=2, checked_in_at=clock(),
                          checked_out_at=clock()))  # fmt: skip
    monkeypatch.setattr(visits_module, "func", _MaxIsOne())
    with pytest.raises(IntegrityError):
        service.check_in(other, actor=TEST_ACTOR)


class _MaxIsOne:
    """``func`` for the visits module whose ``max()`` is the literal 1, so the next queue number is taken."""

    def __getattr__(self, name: str):
        from sqlalchemy import func, literal

        return (lambda *_args: literal(1)) if name == "max" else getattr(func, name)


def test_check_out_then_in_again_the_same_day(any_db: Database, clock: SettableClock) -> None:
    service = VisitService(any_db, clock)
    rid = add_resident(any_db, "王秀兰")
    service.check_in(rid, actor=TEST_ACTOR)
    clock.advance(hours=1, minutes=30)
    out = service.check_out(rid, actor=TEST_ACTOR)
    assert out.checked_out_at - out.checked_in_at == timedelta(hours=1, minutes=30)
    with pytest.raises(RuleViolation) as caught:
        service.check_out(rid, actor=TEST_ACTOR)
    assert caught.value.code == "not_checked_in"
    assert service.check_in(rid, actor=TEST_ACTOR).queue_number == 2


@pytest.mark.parametrize("companions", [-1, 21])
def test_companions_must_be_sensible(any_db: Database, clock: SettableClock, companions: int) -> None:
    rid = add_resident(any_db, "王秀兰")
    with pytest.raises(RuleViolation, match="companions_out_of_range"):
        VisitService(any_db, clock).check_in(rid, companions=companions, actor=TEST_ACTOR)


def test_archived_and_unknown_residents_cannot_check_in(any_db: Database, clock: SettableClock) -> None:
    service = VisitService(any_db, clock)
    rid = add_resident(any_db, "王秀兰", archived_at=datetime(2026, 1, 1), archive_reason="moved")
    with pytest.raises(RuleViolation, match="resident_archived"):
        service.check_in(rid, actor=TEST_ACTOR)
    with pytest.raises(RuleViolation, match="resident_not_found"):
        service.check_in(9999, actor=TEST_ACTOR)


def test_present_and_closing_time(any_db: Database, clock: SettableClock) -> None:
    service = VisitService(any_db, clock)
    ids = [add_resident(any_db, n) for n in ("甲", "乙", "丙")]
    for rid in ids:
        service.check_in(rid, companions=1 if rid == ids[0] else 0, actor=TEST_ACTOR)
        clock.advance(minutes=5)
    service.check_out(ids[1], actor=TEST_ACTOR)
    assert [p.name for p in service.present(actor=TEST_ACTOR)] == ["甲", "丙"]
    assert service.day_counts(actor=TEST_ACTOR).present == 3  # 甲 + companion, 丙
    clock.advance(hours=8)
    assert service.check_out_everyone(actor=TEST_ACTOR) == 2
    assert service.present(actor=TEST_ACTOR) == []
    with any_db.read() as session:
        autos = session.scalars(select(Visit.auto_checkout).order_by(Visit.id)).all()
    assert autos == [True, False, True]


def test_day_counts_visits_and_people(any_db: Database, clock: SettableClock) -> None:
    service = VisitService(any_db, clock)
    a, b = add_resident(any_db, "甲"), add_resident(any_db, "乙")
    service.check_in(a, purpose=VisitPurpose.CLASS, companions=2, actor=TEST_ACTOR)
    service.check_out(a, actor=TEST_ACTOR)
    service.check_in(a, purpose=VisitPurpose.MEAL, actor=TEST_ACTOR)
    service.check_in(b, purpose=VisitPurpose.CLASS, actor=TEST_ACTOR)
    counts = service.day_counts(actor=TEST_ACTOR)
    assert (counts.visits, counts.people) == (5, 2)
    assert counts.by_purpose == {VisitPurpose.CLASS: 4, VisitPurpose.MEAL: 1}


def test_alerts_name_what_to_know_and_what_to_fix(any_db: Database, clock: SettableClock) -> None:
    rid = add_resident(
        any_db, "王秀兰", birth_date=date(1940, 1, 1), allergies="青霉素过敏", lives_alone=True, phone="13912341234"
    )
    result = VisitService(any_db, clock).check_in(rid, actor=TEST_ACTOR)
    codes = [a.code for a in result.alerts]
    assert codes[0] is AlertCode.ALLERGY  # the most severe first
    assert {AlertCode.NO_EMERGENCY_CONTACT, AlertCode.LIVES_ALONE, AlertCode.AGED} <= set(codes)
    assert AlertCode.NO_PHONE not in codes
    assert next(a for a in result.alerts if a.code is AlertCode.NO_EMERGENCY_CONTACT).fix_now


class FakeAppointments:
    """An agenda source as the appointments feature will register one."""

    name = "appointment"

    def __init__(self) -> None:
        self.arrived: list[tuple[int, int]] = []

    def items_for(self, session, resident_id: int, day: date) -> list[AgendaItem]:
        at = datetime.combine(day, datetime.min.time()).replace(hour=10)
        return [AgendaItem("appointment", 7, at, "血压测量", "康养服务站", arrived=bool(self.arrived))]

    def mark_arrived(self, session, resident_id: int, day: date, visit_id: int, at: datetime, *, actor) -> list[int]:
        self.arrived.append((resident_id, visit_id))
        return [7]


def test_check_in_shows_and_marks_todays_agenda(any_db: Database, clock: SettableClock) -> None:
    source = FakeAppointments()
    rid = add_resident(any_db, "王秀兰")
    result = VisitService(any_db, clock, agenda_sources=[source]).check_in(rid, actor=TEST_ACTOR)
    assert source.arrived == [(rid, result.visit_id)]
    assert [(i.title, i.arrived) for i in result.agenda] == [("血压测量", True)]


def _history(db: Database, resident_id: int, days: list[date]) -> None:
    with db.write() as session:
        for n, day in enumerate(days):
            at = datetime.combine(day, datetime.min.time()).replace(hour=9)
            session.add(
                Visit(
                    resident_id=resident_id,
                    visit_date=day,
                    queue_number=1000 + resident_id * 100 + n,
                    checked_in_at=at,
                    checked_out_at=at + timedelta(hours=1),
                )
            )


def test_welfare_watch_lists_regulars_living_alone_who_stopped_coming(any_db: Database, clock: SettableClock) -> None:
    today = clock().date()
    regular_gone = add_resident(any_db, "独居常来", lives_alone=True, phone="13912341234")
    regular_here = add_resident(any_db, "独居仍来", lives_alone=True)
    rare = add_resident(any_db, "独居少来", lives_alone=True)
    family = add_resident(any_db, "同住常来", lives_alone=False)
    often = [today - timedelta(days=d) for d in range(12, 40, 2)]  # 14 visits, the last 12 days ago
    _history(any_db, regular_gone, often)
    _history(any_db, regular_here, [*often, today - timedelta(days=1)])
    _history(any_db, rare, [today - timedelta(days=30)])
    _history(any_db, family, often)
    watch = VisitService(any_db, clock).welfare_watch(absent_days=7, actor=TEST_ACTOR)
    assert [(w.name, w.days_absent, w.phone_masked) for w in watch] == [("独居常来", 12, "139****1234")]
    assert VisitService(any_db, clock).welfare_watch(absent_days=14, actor=TEST_ACTOR) == []
