"""A term's class dates from its weekly pattern and the 2026 calendar: public holidays and closed days skipped,
weekend classes kept, 调休 working days only when the course meets on them."""

from __future__ import annotations

from datetime import date, time

from frontdesk.core.scheduling.term_days import Meeting, SkipReason, is_makeup_workday, term_days

THURSDAY_MORNING = Meeting(3, time(9), time(10, 30))
SATURDAY_AFTERNOON = Meeting(5, time(14), time(15, 30))


def test_national_day_week_is_skipped_and_named() -> None:
    days = term_days(date(2026, 9, 28), date(2026, 10, 11), [THURSDAY_MORNING])
    assert [p.day for p in days.planned] == [date(2026, 10, 8)]
    assert [(s.day, s.reason, s.holiday) for s in days.skipped] == [
        (date(2026, 10, 1), SkipReason.HOLIDAY, "National Day")
    ]
    assert days.unpublished_years == ()


def test_an_ordinary_saturday_is_a_class_day_though_the_calendar_calls_it_a_day_off() -> None:
    days = term_days(date(2026, 11, 2), date(2026, 11, 15), [SATURDAY_AFTERNOON])
    assert [p.day for p in days.planned] == [date(2026, 11, 7), date(2026, 11, 14)]


def test_a_day_the_manager_closed_is_skipped_and_a_holiday_the_manager_opened_is_kept() -> None:
    days = term_days(
        date(2026, 9, 28), date(2026, 10, 11), [THURSDAY_MORNING],
        overrides={date(2026, 10, 8): False, date(2026, 10, 1): True},
    )  # fmt: skip
    assert [p.day for p in days.planned] == [date(2026, 10, 1)]
    assert [(s.day, s.reason) for s in days.skipped] == [(date(2026, 10, 8), SkipReason.CLOSED)]


def test_makeup_working_days_hold_classes_only_when_chosen() -> None:
    sunday = date(2026, 9, 20)  # worked in place of the National Day holiday
    assert is_makeup_workday(sunday)
    assert not is_makeup_workday(date(2026, 9, 13))  # an ordinary Sunday
    plain = term_days(date(2026, 9, 14), date(2026, 9, 20), [THURSDAY_MORNING])
    assert [p.day for p in plain.planned] == [date(2026, 9, 17)]
    chosen = term_days(date(2026, 9, 14), date(2026, 9, 20), [THURSDAY_MORNING], on_makeup_days=True)
    assert [(p.day, p.makeup, p.starts_at.time()) for p in chosen.planned] == [
        (date(2026, 9, 17), False, time(9)),
        (sunday, True, time(9)),  # at the time of the course's first weekly meeting
    ]


def test_a_year_the_calendar_does_not_know_is_said_and_its_weekdays_kept() -> None:
    days = term_days(date(2031, 1, 1), date(2031, 1, 31), [THURSDAY_MORNING])
    assert days.unpublished_years == (2031,)
    assert len(days.planned) == 5  # the Thursdays of January 2031


def test_a_spring_term_of_three_meetings_a_week_over_twenty_weeks() -> None:
    meetings = [Meeting(0, time(9), time(10)), Meeting(2, time(9), time(10)), Meeting(4, time(15), time(16))]
    days = term_days(date(2026, 3, 2), date(2026, 7, 17), meetings)
    skipped = {s.day for s in days.skipped}
    assert date(2026, 4, 6) in skipped  # 清明 (Monday)
    assert date(2026, 5, 1) in skipped  # 劳动节 (Friday)
    assert date(2026, 6, 19) in skipped  # 端午 (Friday)
    assert len(days.planned) + len(days.skipped) == 60
    assert all(p.starts_at.date() == p.day for p in days.planned)
