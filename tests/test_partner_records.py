"""社区合伙人 records against the small center of tests/report_center.py, worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from actors import TEST_DESK
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.models import Attendance, AttendanceSource, ClassSession
from frontdesk.core.reports.figures import RENEWAL_NOTICE_DAYS, PartnerCare, PartnerCourse, Period
from frontdesk.core.reports.partner_figures import renewal_due
from frontdesk.core.services.reports import ReportService
from report_center import AFTER_NOVEMBER, ReportCenter, make_report_center

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def center(any_db: Database) -> ReportCenter:
    return make_report_center(any_db)


def _service(db: Database) -> ReportService:
    return ReportService(db, SettableClock(AFTER_NOVEMBER))


def test_each_partner_with_anything_in_the_period_gets_its_record(any_db: Database, center: ReportCenter) -> None:
    arts, care = _service(any_db).partner_records(NOVEMBER, actor=TEST_DESK)  # 书香读书会 and 旧日剧社 did nothing
    assert (arts.name, arts.kind, arts.active, arts.period) == ("银发艺术团", "social_org", True, NOVEMBER)
    assert (arts.contact_name, arts.contact_phone) == ("张德明", "13900001111")  # the partner's own: in full
    assert (arts.agreement_start, arts.agreement_end) == (date(2026, 1, 16), date(2027, 1, 15))
    assert arts.renewal_due  # ends on 15 January, within 60 days of 30 November
    assert arts.courses == (
        # sessions held (the cancelled 24th left out), residents present, attendances, 3 × 1.5 h
        PartnerCourse(center.courses["calligraphy"], "书法班", "course", 3, 3, 5, 4.5),
        PartnerCourse(center.courses["lunch"], "重阳节午餐会", "event", 1, 3, 3, 2.0),  # companions are not visits
    )
    assert arts.care == ()
    assert (arts.people, arts.visits, arts.hours) == (5, 8, 6.5)  # R1 R2 R5 at calligraphy, R3 R4 at the lunch
    assert (care.name, care.renewal_due) == ("颐康家政", False)  # ends 30 June 2027
    # 育婴员培训 on the 5th (3 h, R5 and R6); 血压测量: R2 twice, 15 minutes each (the no-show and the cancelled
    # appointment are not service)
    assert care.courses == (PartnerCourse(center.courses["nanny"], "育婴员培训", "course", 1, 2, 2, 3.0),)
    assert care.care == (PartnerCare(center.services["pressure"], "血压测量", 2, 1, 0.5),)
    assert (care.people, care.visits, care.hours) == (3, 4, 3.5)


def test_one_resident_served_by_a_class_and_a_clinic_is_one_person(any_db: Database, center: ReportCenter) -> None:
    with any_db.write() as session:  # R2, measured twice at 颐康家政's station, also comes to its training
        nanny = session.scalar(select(ClassSession.id).where(ClassSession.day == date(2026, 11, 5)))
        session.add(Attendance(session_id=nanny, resident_id=center.residents["R2"], source=AttendanceSource.ROSTER,
                               marked_at=datetime(2026, 11, 5, 14)))  # fmt: skip
    (care,) = _service(any_db).partner_records(NOVEMBER, actor=TEST_DESK, partner_id=center.partners["care"])
    assert care.courses[0].people == 3  # R5, R6, R2
    assert (care.people, care.visits) == (3, 5)  # R2 once among the people; three attendances + two appointments


def test_idle_partners_on_request_and_one_partner_by_id(any_db: Database, center: ReportCenter) -> None:
    service = _service(any_db)
    every = service.partner_records(NOVEMBER, actor=TEST_DESK, include_idle=True)
    # 书香读书会 is active and idle; 旧日剧社 is inactive: left out (the database's collation gives the order)
    assert {r.name for r in every} == {"银发艺术团", "颐康家政", "书香读书会"}
    idle = next(r for r in every if r.name == "书香读书会")
    assert (idle.courses, idle.care, idle.people, idle.visits, idle.hours, idle.renewal_due) == ((), (), 0, 0, 0.0,
                                                                                              False)  # fmt: skip
    (gone,) = service.partner_records(NOVEMBER, actor=TEST_DESK, partner_id=center.partners["gone"])
    assert (gone.name, gone.active, gone.visits) == ("旧日剧社", False, 0)
    assert gone.renewal_due  # its agreement ended on 30 June
    assert service.partner_records(NOVEMBER, actor=TEST_DESK, partner_id=10_000) == ()


def test_records_follow_the_period_and_the_community(any_db: Database, center: ReportCenter) -> None:
    service = _service(any_db)
    autumn = Period(date(2026, 10, 1), date(2026, 11, 30))
    care = next(r for r in service.partner_records(autumn, actor=TEST_DESK) if r.name == "颐康家政")
    assert care.care == (PartnerCare(center.services["pressure"], "血压测量", 3, 2, 0.75),)  # R1's on 30 October too
    assert (care.people, care.visits, care.hours) == (4, 5, 3.75)  # R5 R6 trained, R2 and R1 measured
    local = Period(date(2026, 11, 1), date(2026, 11, 30), "局前社区")
    (arts,) = service.partner_records(local, actor=TEST_DESK, partner_id=center.partners["arts"])
    # R1 and R2 only: calligraphy R1 ×3 + R2 once, the lunch R1; sessions and their hours are the course's
    assert [(c.title, c.sessions, c.people, c.attendances, c.hours) for c in arts.courses] == [
        ("书法班", 3, 2, 4, 4.5), ("重阳节午餐会", 1, 1, 1, 2.0)
    ]  # fmt: skip
    assert (arts.people, arts.visits) == (2, 5)
    december = service.partner_records(Period(date(2026, 12, 1), date(2026, 12, 31)), actor=TEST_DESK)
    assert december == ()  # the 3 December session has not started by the clock's 2 December


@pytest.mark.parametrize(
    ("ends", "due"),
    [
        (None, False),  # no agreement end on file
        (NOVEMBER.last_day + timedelta(days=RENEWAL_NOTICE_DAYS), True),  # the last day of the notice
        (NOVEMBER.last_day + timedelta(days=RENEWAL_NOTICE_DAYS + 1), False),
        (date(2026, 11, 2), True),  # ended during the period
        (date(2025, 1, 1), True),  # long ended
    ],
)
def test_renewal_is_due_within_the_notice_of_the_periods_end(ends: date | None, due: bool) -> None:
    assert renewal_due(ends, NOVEMBER) is due
