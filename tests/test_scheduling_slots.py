"""Slots from weekly hours, breaks, leave, one-off sessions and the center's days (pure functions, clock-free)."""

from __future__ import annotations

from datetime import date, datetime, time

from frontdesk.core.scheduling import open_days
from frontdesk.core.scheduling.slots import Leave, Session, WeeklyHours, day_slots

TUESDAY = date(2026, 12, 8)
HOURS = [
    WeeklyHours(1, 1, time(8, 30), time(11, 30)),
    WeeklyHours(1, 1, time(14, 0), time(16, 30)),  # the gap is lunch
]


def _starts(slots) -> list[str]:
    return [f"{s.starts_at:%H:%M}" for s in slots]


def test_weekly_hours_make_slots_of_the_service_s_length_and_keep_the_break() -> None:
    slots = day_slots(TUESDAY, service_id=7, duration_min=30, places=1, hours=HOURS, center_open=True)
    assert _starts(slots)[:3] == ["08:30", "09:00", "09:30"]
    assert "11:00" in _starts(slots)
    assert "11:30" not in _starts(slots)
    assert "12:00" not in _starts(slots)
    assert _starts(slots)[6] == "14:00"
    assert len(slots) == 6 + 5
    assert all(s.service_id == 7 and s.places == 1 and s.ends_at.minute in (0, 30) for s in slots)


def test_a_service_longer_than_what_is_left_of_a_stretch_gets_no_slot_there() -> None:
    slots = day_slots(TUESDAY, service_id=1, duration_min=45, places=2, hours=HOURS, center_open=True)
    assert _starts(slots) == ["08:30", "09:15", "10:00", "10:45", "14:00", "14:45", "15:30"]


def test_hours_apply_on_their_weekday_and_within_their_validity_only() -> None:
    wednesday = date(2026, 12, 9)
    assert day_slots(wednesday, service_id=1, duration_min=30, places=1, hours=HOURS, center_open=True) == []
    ended = [WeeklyHours(1, 1, time(9), time(10), valid_until=date(2026, 12, 1))]
    assert day_slots(TUESDAY, service_id=1, duration_min=30, places=1, hours=ended, center_open=True) == []
    begun = [WeeklyHours(1, 1, time(9), time(10), valid_from=TUESDAY)]
    assert _starts(day_slots(TUESDAY, service_id=1, duration_min=30, places=1, hours=begun, center_open=True)) == [
        "09:00",
        "09:30",
    ]


def test_leave_removes_the_provider_s_hours_all_day_or_for_its_times_only() -> None:
    common = {"service_id": 1, "duration_min": 30, "places": 1, "hours": HOURS, "center_open": True}
    assert day_slots(TUESDAY, leaves=[Leave(1)], **common) == []
    part = day_slots(TUESDAY, leaves=[Leave(1, time(9, 0), time(10, 0))], **common)
    assert _starts(part)[:3] == ["08:30", "10:00", "10:30"]
    other = day_slots(TUESDAY, leaves=[Leave(2)], **common)  # someone else's leave
    assert len(other) == 11


def test_a_closed_day_has_no_weekly_slots_but_a_weekend_clinic_session_is_held() -> None:
    saturday = date(2026, 12, 12)
    clinic = Session(1, time(9), time(11), places=40, slot_min=120, note="义诊")
    slots = day_slots(saturday, service_id=3, duration_min=15, places=1, hours=[WeeklyHours(1, 5, time(9), time(10))],
                      sessions=[clinic], center_open=False)  # fmt: skip
    assert [(s.starts_at, s.ends_at, s.places, s.session) for s in slots] == [
        (datetime(2026, 12, 12, 9), datetime(2026, 12, 12, 11), 40, True)
    ]
    closed = day_slots(saturday, service_id=3, duration_min=15, places=1, hours=[], sessions=[clinic],
                       center_open=False, center_closed_by_manager=True)  # fmt: skip
    assert closed == []  # 停电检修: not even the clinic


def test_the_published_calendar_knows_holidays_and_make_up_working_days() -> None:
    assert not open_days.is_open(date(2026, 10, 1))  # 国庆节
    assert open_days.holiday_name(date(2026, 10, 1)) == "National Day"
    assert open_days.is_open(date(2026, 10, 10))  # a 调休 Saturday, worked for the National Day week
    assert not open_days.is_open(date(2026, 12, 12))  # an ordinary Saturday
    assert open_days.is_open(date(2026, 12, 8))


def test_a_manager_s_word_overrides_the_calendar_and_unknown_years_follow_the_weekday() -> None:
    assert open_days.is_open(date(2026, 10, 1), {date(2026, 10, 1): True})
    assert not open_days.is_open(date(2026, 12, 8), {date(2026, 12, 8): False})
    far = date(2099, 3, 3)  # a Tuesday of a year chinese-calendar cannot know
    assert not open_days.published(far)
    assert open_days.is_open(far)
    assert not open_days.is_open(date(2099, 3, 7))
