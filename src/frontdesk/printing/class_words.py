"""How the classes' documents say a weekly time, a place, a fee and an enrollment's standing (in Chinese, as every
document)."""

from __future__ import annotations

from frontdesk.core.models import EnrollmentStatus
from frontdesk.core.services.class_documents import Place, WeeklyTime
from frontdesk.printing.care_words import money
from frontdesk.printing.words import WEEKDAYS


def weekly_text(weekly: tuple[WeeklyTime, ...]) -> str:
    """每周二、周四 09:00–10:30 (weekdays at the same times together; other times after a semicolon)."""
    by_time: dict[tuple, list[int]] = {}
    for meeting in weekly:
        by_time.setdefault((meeting.starts, meeting.ends), []).append(meeting.weekday)
    parts = [
        "每" + "、".join(WEEKDAYS[d] for d in sorted(days)) + f" {starts:%H:%M}–{ends:%H:%M}"
        for (starts, ends), days in sorted(by_time.items(), key=lambda item: (min(item[1]), item[0]))
    ]
    return "；".join(parts)


def place_text(place: Place) -> str:
    """书法室（2楼，无障碍）"""
    notes = [n for n in (place.floor or "", "无障碍" if place.step_free else "") if n]
    return place.room + (f"（{'，'.join(notes)}）" if notes else "")


def fee_text(cents: int) -> str:
    """免费, ¥120"""
    return "免费" if cents == 0 else money(cents)


def companions_text(companions: int) -> str:
    """+1 (places for those who come with the resident), 无"""
    return f"+{companions}" if companions else "无"


def standing_text(status: EnrollmentStatus, waiting_place: int | None) -> str:
    """已报名, 候补第 3 位"""
    if status == EnrollmentStatus.WAITING:
        return f"候补第 {waiting_place} 位" if waiting_place else "候补"
    return "已报名" if status == EnrollmentStatus.ENROLLED else "已退出"


def instructor_text(name: str | None, partner: str | None) -> str:
    """张德明老师（银发艺术团）"""
    if name is None:
        return partner or ""
    return f"{name}老师" + (f"（{partner}）" if partner else "")
