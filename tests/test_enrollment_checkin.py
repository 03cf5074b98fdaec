"""The classes at the check-in desk: checking in on a class day marks the resident present in that day's session, and
a place moved up from a course's waiting list is on their card (and slip) at the next check-in, then gone."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_course, add_session, make_center
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.models import Attendance, AttendanceSource, AuditEntry, ClassSession, Enrollment, SessionStatus
from frontdesk.core.services.agenda_sources import desk_agenda
from frontdesk.core.services.class_agenda import CLASS_SOURCE, CLASS_WAITLIST_SOURCE
from frontdesk.core.services.documents import DocumentService
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.visits import VisitService

TUESDAY = date(2026, 12, 8)


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(datetime(2026, 12, 8, 8, 30))


def attendance(db: Database) -> list[tuple[int, int, str, int | None]]:
    with db.read() as session:
        return [
            (a.session_id, a.resident_id, str(a.source), a.visit_id)
            for a in session.scalars(select(Attendance).order_by(Attendance.id))
        ]


def test_checking_in_on_a_class_day_marks_the_resident_present(any_db: Database, clock: SettableClock) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, title="书法班")
    other = add_course(any_db, center, title="八段锦", room_id=center.dance_room)
    morning = add_session(any_db, course, TUESDAY, time(9), time(10, 30))
    add_session(any_db, other, TUESDAY, time(9), time(10))  # not theirs
    next_week = add_session(any_db, course, date(2026, 12, 15), time(9), time(10, 30))
    a, b, _ = center.residents
    enrollments = EnrollmentService(any_db, clock)
    enrollments.enroll(course, a, actor=TEST_DESK)
    enrollments.enroll(course, b, actor=TEST_DESK)
    visits = VisitService(any_db, clock, desk_agenda())

    result = visits.check_in(a, actor=TEST_DESK)
    classes = [item for item in result.agenda if item.source == CLASS_SOURCE]
    assert [(i.item_id, i.title, i.place, i.starts_at, i.arrived) for i in classes] == [
        (morning, "书法班", "书法室", datetime(2026, 12, 8, 9), True)
    ]
    assert attendance(any_db) == [(morning, a, str(AttendanceSource.CHECKIN), result.visit_id)]
    with any_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "attendance.checkin")).one()
        assert entry.entity_id == a
    roster = enrollments.roster(morning, actor=TEST_DESK)
    assert [(line.name, line.present, line.source) for line in roster.enrolled] == [
        ("李建国", False, None), ("王秀兰", True, AttendanceSource.CHECKIN),
    ]  # fmt: skip

    clock.now = datetime(2026, 12, 9, 9)  # Wednesday: no class
    visits.check_out(a, actor=TEST_DESK)
    visits.check_in(a, actor=TEST_DESK)
    assert len(attendance(any_db)) == 1
    assert next_week not in {row[0] for row in attendance(any_db)}


def test_a_class_already_over_or_cancelled_is_not_marked_by_checking_in(any_db: Database, clock) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center)
    morning = add_session(any_db, course, TUESDAY, time(9), time(10, 30))
    evening = add_session(any_db, course, TUESDAY, time(18), time(19))
    a = center.residents[0]
    EnrollmentService(any_db, clock).enroll(course, a, actor=TEST_DESK)
    with any_db.write() as session:
        cancelled = session.get(ClassSession, evening)
        cancelled.status, cancelled.cancel_reason = SessionStatus.CANCELLED, "停电"
    clock.now = datetime(2026, 12, 8, 14)  # the morning class is over
    result = VisitService(any_db, clock, desk_agenda()).check_in(a, actor=TEST_DESK)
    assert [(i.item_id, i.arrived) for i in result.agenda if i.source == CLASS_SOURCE] == [(morning, False)]
    assert attendance(any_db) == []


def test_a_place_moved_up_is_on_the_card_at_the_next_check_in_and_gone_after(any_db: Database, clock) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, title="书法班", capacity=1)
    add_session(any_db, course, date(2026, 12, 15), time(9), time(10, 30))
    a, b, _ = center.residents
    enrollments = EnrollmentService(any_db, clock)
    holder = enrollments.enroll(course, a, actor=TEST_DESK)
    waiting = enrollments.enroll(course, b, waitlist=True, actor=TEST_DESK)
    lookup = LookupService(any_db, clock, desk_agenda())

    def news() -> list[tuple[int, str, datetime, str | None]]:
        card = lookup.card(b, actor=TEST_DESK)
        return [(i.item_id, i.title, i.starts_at, i.place) for i in card.agenda if i.source == CLASS_WAITLIST_SOURCE]

    assert news() == []  # still waiting
    enrollments.withdraw(holder.enrollment_id, "搬家", actor=TEST_DESK)
    told = (waiting.enrollment_id, "书法班", datetime(2026, 12, 15, 9), "书法室")
    assert news() == [told]  # the card says so before they are told…

    clock.now = datetime(2026, 12, 8, 15)
    visits = VisitService(any_db, clock, desk_agenda())
    result = visits.check_in(b, actor=TEST_DESK)
    assert [i.item_id for i in result.agenda if i.source == CLASS_WAITLIST_SOURCE] == [waiting.enrollment_id]
    with any_db.read() as session:
        assert session.get(Enrollment, waiting.enrollment_id).promotion_seen_at == clock.now
        assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == (
            "enrollment.promotion_told"
        )
    slip = DocumentService(any_db, clock, desk_agenda()).visit_slip(result.visit_id, actor=TEST_DESK)
    assert [i.source for i in slip.agenda] == [CLASS_WAITLIST_SOURCE]
    assert news() == [told]  # …and for the rest of the day they were told

    clock.now = datetime(2026, 12, 9, 9)
    assert news() == []
    visits.check_out(b, actor=TEST_DESK)
    assert [i for i in visits.check_in(b, actor=TEST_DESK).agenda if i.source == CLASS_WAITLIST_SOURCE] == []


def test_the_slip_prints_a_moved_up_place_apart_from_today_s_plan(db: Database, clock) -> None:
    from frontdesk.core.models import VisitPurpose
    from frontdesk.core.services.agenda import AgendaItem
    from frontdesk.core.services.documents import VisitSlip
    from frontdesk.printing.layout import ROLL_80
    from frontdesk.printing.slip import visit_slip_story

    slip = VisitSlip(
        center_name="局前社区服务中心", footer="", visit_id=1, resident_id=1, name="王秀兰", id_masked="",
        checked_in_at=clock.now, purpose=VisitPurpose.ACTIVITY, companions=0, queue_number=7,
        agenda=(AgendaItem(CLASS_SOURCE, 3, datetime(2026, 12, 8, 9), "书法班", "书法室"),
                AgendaItem(CLASS_WAITLIST_SOURCE, 4, datetime(2026, 12, 15, 14), "八段锦", "舞蹈室")),
        code="12345",
    )  # fmt: skip
    texts = [" ".join(f.text.split()) for f in visit_slip_story(slip, ROLL_80) if hasattr(f, "text")]
    assert {"今日安排", "候补转正"} <= set(texts)
    assert texts.index("09:00 书法班 书法室") < texts.index("候补转正")
    assert "八段锦 已有名额，12月15日 14:00 上课 舞蹈室" in texts


def test_a_resident_expected_in_class_today_ranks_first_among_equal_matches(any_db: Database, clock) -> None:
    from frontdesk.core.models import Resident, Visit
    from frontdesk.core.search.index import reindex

    center = make_center(any_db, residents=0)
    ids: dict[str, int] = {}
    with any_db.write() as session:
        for name in ("王秀", "王秀兰", "王秀英", "王秀珍"):
            resident = Resident(name=name)
            session.add(resident)
            session.flush()
            ids[name] = resident.id
        reindex(session, ids.values())
        for n in range(4):  # 王秀英 comes often: she leads the prefix matches by frequency
            day = date(2026, 12, 1 + n)
            session.add(Visit(resident_id=ids["王秀英"], visit_date=day, queue_number=n + 1,
                              checked_in_at=datetime.combine(day, time(9)),
                              checked_out_at=datetime.combine(day, time(10))))  # fmt: skip
    course = add_course(any_db, center)
    today = add_session(any_db, course, TUESDAY, time(14), time(15))
    tomorrows = add_course(any_db, center, title="八段锦", room_id=center.dance_room)
    add_session(any_db, tomorrows, date(2026, 12, 9), time(9), time(10))
    enrollments = EnrollmentService(any_db, clock)
    lookup = LookupService(any_db, clock)
    assert [h.name for h in lookup.search("王秀", actor=TEST_DESK)] == ["王秀", "王秀英", "王秀兰", "王秀珍"]

    enrollments.enroll(course, ids["王秀珍"], actor=TEST_DESK)
    enrollments.enroll(tomorrows, ids["王秀兰"], actor=TEST_DESK)  # a class tomorrow: not expected today
    hits = lookup.search("王秀", actor=TEST_DESK)
    assert [h.name for h in hits] == ["王秀", "王秀珍", "王秀英", "王秀兰"]  # the exact match stays first
    assert [(h.class_today, h.expected_today, h.appointment_today) for h in hits][:2] == [
        (False, False, False), (True, True, False),
    ]  # fmt: skip

    with any_db.write() as session:  # today's class cancelled: no longer expected
        cancelled = session.get(ClassSession, today)
        cancelled.status, cancelled.cancel_reason = SessionStatus.CANCELLED, "停电"
    assert [h.name for h in lookup.search("王秀", actor=TEST_DESK)] == ["王秀", "王秀英", "王秀兰", "王秀珍"]
