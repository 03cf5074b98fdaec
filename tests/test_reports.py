"""The report figures against a small center worked out by hand (tests/report_center.py says who did what)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from actors import TEST_DESK
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.models import Resident
from frontdesk.core.reports.age_bands import band_of, born_by
from frontdesk.core.reports.figures import AGE_BANDS, SITUATIONS, DayTally, HourTally, Period, Tally
from frontdesk.core.services.reports import ReportService, month_period
from frontdesk.core.services.visits import VisitService
from report_center import AFTER_NOVEMBER, NOVEMBER, ReportCenter, make_report_center

BAND_KEYS = [key for key, _low, _high in AGE_BANDS]
PURPOSES = ["activity", "class", "care", "consult", "errand", "meal", "other"]


@pytest.fixture
def center(any_db: Database) -> ReportCenter:
    return make_report_center(any_db)


def _service(db: Database, now: datetime = AFTER_NOVEMBER) -> ReportService:
    return ReportService(db, SettableClock(now))


def _tallies(tallies: tuple[Tally, ...]) -> dict[str, tuple[int, int]]:
    return {t.key: (t.people, t.visits) for t in tallies}


def test_the_month_counts_people_and_visits_by_day_purpose_age_community_and_situation(
    any_db: Database, center: ReportCenter
) -> None:
    report = _service(any_db).monthly(date(2026, 11, 17), actor=TEST_DESK)
    assert report.period == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert report.made_by == TEST_DESK.display_name
    # 9 check-ins by 5 residents: R1 three times is 1 person / 3 visits; companions are not visits
    assert report.total == Tally("month", 5, 9)
    days = {t.day: (t.people, t.visits) for t in report.by_day}
    assert len(report.by_day) == 30
    assert report.by_day[0] == DayTally(date(2026, 11, 1), 0, 0)
    assert {d.day: n for d, n in days.items() if n != (0, 0)} == {
        3: (1, 1), 4: (1, 1), 5: (1, 1), 10: (1, 1), 12: (1, 1), 17: (3, 3), 18: (1, 1)  # R1, R4, R5 on the 17th
    }  # fmt: skip
    assert [t.key for t in report.by_purpose] == PURPOSES
    assert _tallies(report.by_purpose) == {
        "activity": (1, 2),  # R1 twice
        "class": (2, 2),  # R1 and R5 on the 17th
        "care": (1, 2),  # R2 twice
        "consult": (1, 1),  # R4
        "errand": (0, 0),  # nobody, kept
        "meal": (1, 1),  # R3, archived since: her past visit counts
        "other": (1, 1),  # R5 on the 5th
    }
    assert [t.key for t in report.by_age_band] == BAND_KEYS
    assert _tallies(report.by_age_band) == {
        "under_60": (0, 0),  # R6 is 56 but never came
        "60_69": (1, 2),  # R5
        "70_79": (1, 2),  # R2 turns 80 on 1 December: still 79 on the 30th
        "80_89": (1, 3),  # R1 turned 80 on the 15th
        "90_plus": (1, 1),  # R3, archived on the 20th: counted
        "unknown": (1, 1),  # R4 has no birth date
    }
    # most visits first; R4 has no community: key ""
    assert [(t.key, t.people, t.visits) for t in report.by_community] == [
        ("局前社区", 2, 5), ("西马路社区", 2, 3), ("", 1, 1)
    ]  # fmt: skip
    assert [t.key for t in report.by_situation] == list(SITUATIONS)
    assert _tallies(report.by_situation) == {
        "lives_alone": (1, 3),  # R1
        "empty_nest": (1, 2),  # R2
        "semi_disabled": (1, 1),  # R3
        "disabled": (1, 1),  # R4
        "low_income": (1, 3),  # R1 again: one resident under two situations
        "none": (1, 2),  # R5
    }


def test_the_month_counts_registrations_archivals_and_the_residents_on_file(
    any_db: Database, center: ReportCenter
) -> None:
    report = _service(any_db).monthly(NOVEMBER, actor=TEST_DESK)
    assert report.new_residents == 2  # R5 (5th) and R6 (25th); R8 came on 1 December
    assert report.archived_residents == 1  # R3 on the 20th; R7 was archived in October
    assert report.residents_on_file == 6  # R1 R2 R4 R5 R6 R9: not R3, R7 (archived), R8 (not yet registered)
    february = _service(any_db).monthly(date(2026, 2, 1), actor=TEST_DESK)
    assert february.residents_on_file == 6  # R1 R2 R3 R4 R7 R9 registered in January; none archived by then
    assert (february.new_residents, february.archived_residents) == (0, 0)


def test_the_community_filter_counts_that_communitys_residents_only(any_db: Database, center: ReportCenter) -> None:
    report = _service(any_db).monthly(NOVEMBER, actor=TEST_DESK, community="局前社区")
    assert report.period.community == "局前社区"
    assert report.total == Tally("month", 2, 5)  # R1 (3) and R2 (2)
    assert _tallies(report.by_age_band)["80_89"] == (1, 3)
    assert _tallies(report.by_age_band)["70_79"] == (1, 2)
    assert [(t.key, t.visits) for t in report.by_community] == [("局前社区", 5)]
    assert (report.new_residents, report.archived_residents, report.residents_on_file) == (0, 0, 2)
    assert report.welfare_open == 0  # R9 lives in 南关社区
    calligraphy = next(c for c in report.classes if c.title == "书法班")
    # R1 three times and R2 once (R5 is of 西马路社区); expected: R1 ×3 and R2 on the 3rd and 10th
    assert (calligraphy.attendances, calligraphy.people, calligraphy.expected) == (4, 2, 5)
    assert report.appointments.completed == 3  # R2 twice, R1 once: all 局前社区
    no_community = _service(any_db).monthly(NOVEMBER, actor=TEST_DESK, community="")
    assert no_community.total == Tally("month", 1, 1)  # R4


def test_classes_count_sessions_held_attendance_and_the_rate(any_db: Database, center: ReportCenter) -> None:
    report = _service(any_db).monthly(NOVEMBER, actor=TEST_DESK)
    assert [c.title for c in report.classes] == ["书法班", "育婴员培训"]  # most attendances first; no event here
    calligraphy, nanny = report.classes
    assert calligraphy.kind == "course"
    assert calligraphy.partner == "银发艺术团"
    assert (calligraphy.sessions_held, calligraphy.sessions_cancelled) == (3, 1)  # the 24th cancelled
    assert calligraphy.attendances == 5  # R1 ×3, R2 on the 3rd, R5 on the 17th
    assert calligraphy.people == 3  # R1, R2, R5
    assert calligraphy.enrolled == 2  # R1, R5 at the month's end (R2 withdrew on the 11th)
    # expected: 3rd R1+R2, 10th R1+R2, 17th R1+R5 (R5 enrolled on the 12th, R2 gone) = 6
    assert calligraphy.expected == 6
    assert calligraphy.rate == pytest.approx(5 / 6)
    assert (nanny.sessions_held, nanny.attendances, nanny.expected, nanny.enrolled) == (1, 2, 3, 3)


def test_events_count_companions_apart_and_door_guests(any_db: Database, center: ReportCenter) -> None:
    (lunch,) = _service(any_db).monthly(NOVEMBER, actor=TEST_DESK).events
    assert (lunch.title, lunch.kind, lunch.sessions_held) == ("重阳节午餐会", "event", 1)
    assert lunch.attendances == 3  # R1, R3 and R4 (a guest at the door)
    assert lunch.companions == 3  # R1 brought two, R4 one
    assert lunch.people == 3
    assert (lunch.enrolled, lunch.expected) == (2, 2)  # R1 and R3 held places
    assert lunch.rate == pytest.approx(1.5)  # a door guest pushes an event past 100 %


def test_care_counts_completed_no_shows_cancelled_walk_ins_and_minutes(any_db: Database, center: ReportCenter) -> None:
    report = _service(any_db).monthly(NOVEMBER, actor=TEST_DESK)
    pressure, physio = report.care
    assert (pressure.name, pressure.partner) == ("血压测量", "颐康家政")
    # R2 twice (one a walk-in), R1 missed one, R4 cancelled one; R1's October one is not in the month
    assert (pressure.completed, pressure.people, pressure.no_shows, pressure.cancelled) == (2, 1, 1, 1)
    assert (pressure.walk_ins, pressure.minutes) == (1, 30)  # two 15-minute appointments
    assert (physio.name, physio.partner, physio.completed, physio.minutes) == ("理疗", None, 1, 30)
    tally = report.appointments
    # booked: everything not cancelled (3 completed, the no-show, R5's on the 30th still booked)
    assert (tally.booked, tally.completed, tally.no_shows, tally.cancelled, tally.open) == (5, 3, 1, 1, 1)


def test_training_outcomes_and_partner_contributions(any_db: Database, center: ReportCenter) -> None:
    report = _service(any_db).monthly(NOVEMBER, actor=TEST_DESK)
    (nanny,) = report.training
    assert (nanny.title, nanny.partner) == ("育婴员培训", "颐康家政")
    # R5 employed (and so finished), R6 finished, R2 enrolled with no outcome yet
    assert (nanny.enrolled, nanny.completed, nanny.employed) == (3, 2, 1)
    assert [(p.name, p.sessions, p.care_completed, p.people, p.visits, p.hours) for p in report.partners] == [
        # 书法班 3 × 1.5 h + the lunch 2 h; attendances 5 + 3; R1 R2 R5 at calligraphy, R3 R4 at the lunch
        ("银发艺术团", 4, 0, 5, 8, 6.5),
        # 育婴员培训 3 h + two 15-minute checks; R5 R6 trained, R2 measured
        ("颐康家政", 1, 2, 3, 4, 3.5),
    ]


def test_welfare_watch_is_counted_at_the_months_end_with_the_check_in_pages_rule(
    any_db: Database, center: ReportCenter
) -> None:
    service = _service(any_db)
    assert service.monthly(NOVEMBER, actor=TEST_DESK).welfare_open == 1  # R9: 8 visits in October, none since
    assert service.monthly(date(2026, 10, 1), actor=TEST_DESK).welfare_open == 1  # on 31 October: 11 days away
    assert service.monthly(date(2026, 9, 1), actor=TEST_DESK).welfare_open == 0  # before R9 ever came
    on_the_list = VisitService(any_db, SettableClock(AFTER_NOVEMBER)).welfare_watch(actor=TEST_DESK)
    assert [e.resident_id for e in on_the_list] == [center.residents["R9"]]


def test_a_month_with_nothing_keeps_every_band_purpose_situation_and_day(any_db: Database) -> None:
    report = _service(any_db).monthly(date(2026, 2, 14), actor=TEST_DESK)
    assert report.total == Tally("month", 0, 0)
    assert len(report.by_day) == 28
    assert all((d.people, d.visits) == (0, 0) for d in report.by_day)
    assert [(t.key, t.people, t.visits) for t in report.by_purpose] == [(k, 0, 0) for k in PURPOSES]
    assert [(t.key, t.people, t.visits) for t in report.by_age_band] == [(k, 0, 0) for k in BAND_KEYS]
    assert [(t.key, t.people, t.visits) for t in report.by_situation] == [(k, 0, 0) for k in SITUATIONS]
    assert report.by_community == ()
    assert (report.classes, report.events, report.care, report.partners, report.training) == ((), (), (), (), ())
    assert (report.appointments.booked, report.new_residents, report.residents_on_file, report.welfare_open) == (
        0, 0, 0, 0
    )  # fmt: skip


def test_the_dashboard_shows_today_by_hour_who_is_in_and_the_period_so_far(
    any_db: Database, center: ReportCenter
) -> None:
    now = datetime(2026, 11, 17, 10, 0)
    figures = _service(any_db, now).dashboard(Period(date(2026, 11, 1), date(2026, 11, 17)), actor=TEST_DESK)
    assert (figures.today, figures.made_at) == (date(2026, 11, 17), now)
    # R4 at 07:40 widens the day to 07:00; R1 08:50, R5 09:10; the desk's hours run to 17:00, zeros kept
    assert figures.today_by_hour == tuple(HourTally(h, {7: 1, 8: 1, 9: 1}.get(h, 0)) for h in range(7, 18))
    assert figures.today_total == Tally("today", 3, 3)
    assert figures.in_building == 2  # R5 still in, with a companion: the check-in page's count
    assert figures.total == Tally("period", 5, 8)  # R1 ×3, R2, R3, R4, R5 ×2 up to the 17th
    assert len(figures.by_day) == 17
    assert [(c.title, c.sessions_held) for c in figures.classes] == [("书法班", 3), ("育婴员培训", 1)]
    tally = figures.appointments  # up to the 17th: R2's and R1's completed, R1's no-show, R4's cancelled
    assert (tally.booked, tally.completed, tally.no_shows, tally.cancelled, tally.open) == (3, 2, 1, 1, 0)
    assert figures.new_residents == 1  # R5
    assert figures.welfare_open == 1  # R9


def test_the_dashboard_for_one_community(any_db: Database, center: ReportCenter) -> None:
    figures = _service(any_db, datetime(2026, 11, 17, 10, 0)).dashboard(
        Period(date(2026, 11, 1), date(2026, 11, 17), "西马路社区"), actor=TEST_DESK
    )
    # R5 at 09:10 only (R4 at 07:40 has no community): the chart keeps the desk's 08:00–17:00
    assert figures.today_by_hour == tuple(HourTally(h, 1 if h == 9 else 0) for h in range(8, 18))
    assert figures.today_total == Tally("today", 1, 1)
    assert figures.in_building == 2  # R5 and the companion
    assert figures.total == Tally("period", 2, 3)  # R3 once, R5 twice
    assert figures.welfare_open == 0  # R9 lives in 南关社区


def test_a_session_not_started_yet_is_not_held(any_db: Database, center: ReportCenter) -> None:
    figures = _service(any_db, datetime(2026, 11, 17, 8, 30)).dashboard(
        Period(date(2026, 11, 1), date(2026, 11, 30)), actor=TEST_DESK
    )
    calligraphy = next(c for c in figures.classes if c.title == "书法班")
    assert calligraphy.sessions_held == 2  # the 17th's starts at 09:00; the 24th is cancelled
    assert calligraphy.expected == 4  # R1 and R2 on the 3rd and the 10th


def test_communities_for_the_filter(any_db: Database, center: ReportCenter) -> None:
    # every community a resident is registered in, R4's empty one left out (the database's collation orders them)
    assert set(_service(any_db).communities(actor=TEST_DESK)) == {"南关社区", "局前社区", "西马路社区"}


@pytest.mark.parametrize(
    ("born", "on", "band"),
    [
        (date(1946, 11, 15), date(2026, 11, 30), "80_89"),  # turned 80 during the month
        (date(1946, 12, 1), date(2026, 11, 30), "70_79"),  # turns 80 the day after
        (date(1946, 11, 30), date(2026, 11, 30), "80_89"),  # turns 80 on the report date
        (date(1944, 2, 29), date(2024, 2, 28), "70_79"),  # a leap-day birthday: 80 only on the 29th
        (date(1944, 2, 29), date(2024, 2, 29), "80_89"),
        (date(1946, 2, 28), date(2026, 2, 28), "80_89"),
    ],
)
def test_age_bands_follow_the_residents_own_age_rule(born: date, on: date, band: str) -> None:
    assert band_of(Resident(name="x", birth_date=born).age_on(on)) == band
    assert (born <= born_by(on, 80)) == (band != "70_79")


def test_month_period_is_the_calendar_month() -> None:
    assert month_period(date(2028, 2, 10)) == Period(date(2028, 2, 1), date(2028, 2, 29))
    assert month_period(date(2026, 12, 31), "局前社区") == Period(date(2026, 12, 1), date(2026, 12, 31), "局前社区")
