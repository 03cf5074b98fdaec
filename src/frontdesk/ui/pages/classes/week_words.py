"""The rooms' week in the desk's words: the categories of the legend, a block as its tool tip says it, a day's title,
and the refusals of a move that are not room clashes (those are :mod:`~frontdesk.ui.pages.classes.clash_words`').

Plain values only (codes, ints, datetimes), so this imports without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common.day_words import WEEKDAYS, day_text, holiday_text
from frontdesk.ui.pages.classes import clash_words

CONTEXT = "RoomsWeek"

# A course's category or a booking's kind (the legend's order); 活动 is both.
CATEGORIES: dict[str, str] = {
    "arts": QT_TRANSLATE_NOOP("RoomsWeek", "Painting and calligraphy"),  # 书画
    "fitness": QT_TRANSLATE_NOOP("RoomsWeek", "Fitness"),  # 健身
    "dance": QT_TRANSLATE_NOOP("RoomsWeek", "Dance"),  # 舞蹈
    "culture": QT_TRANSLATE_NOOP("RoomsWeek", "Culture"),  # 文化
    "health": QT_TRANSLATE_NOOP("RoomsWeek", "Health"),  # 健康
    "digital": QT_TRANSLATE_NOOP("RoomsWeek", "Smartphones"),  # 智能手机
    "vocational": QT_TRANSLATE_NOOP("RoomsWeek", "Job skills"),  # 职业技能
    "event": QT_TRANSLATE_NOOP("RoomsWeek", "Event"),  # 活动
    "lecture": QT_TRANSLATE_NOOP("RoomsWeek", "Lecture"),  # 讲座
    "clinic": QT_TRANSLATE_NOOP("RoomsWeek", "Free clinic"),  # 义诊
    "meeting": QT_TRANSLATE_NOOP("RoomsWeek", "Meeting"),  # 会议
    "other": QT_TRANSLATE_NOOP("RoomsWeek", "Other"),  # 其他
}

# A move refused for another reason than a clash.
REFUSALS: dict[str, str] = {
    "move_in_past": QT_TRANSLATE_NOOP("RoomsWeek", "That time has already passed: choose a later one."),
    "day_closed": QT_TRANSLATE_NOOP("RoomsWeek", "The center is closed on {day} ({why}): choose another day."),
    "session_not_found": QT_TRANSLATE_NOOP("RoomsWeek", "This session is no longer there."),
    "booking_not_found": QT_TRANSLATE_NOOP("RoomsWeek", "This booking is no longer there."),
    "session_cancelled": QT_TRANSLATE_NOOP("RoomsWeek", "This session was cancelled: it cannot be moved."),
    "booking_cancelled": QT_TRANSLATE_NOOP("RoomsWeek", "This booking was cancelled: it cannot be moved."),
}


class BlockFacts(Protocol):
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    taken_from: datetime
    taken_until: datetime
    who: str | None
    category: str
    taken: int | None
    capacity: int | None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def category_text(category: str) -> str:
    return tr(CATEGORIES.get(category, CATEGORIES["other"]))


def closed_text(holiday: str | None, note: str | None) -> str:
    """A closed day's name: the holiday (国庆节), or 休息 and the manager's note."""
    if holiday is not None:
        return holiday_text(holiday)
    said = holiday_text(None)
    return f"{said}（{note}）" if note else said


def weekday_text(day: date) -> str:
    return QCoreApplication.translate("Booking", WEEKDAYS[day.weekday()])


def block_tip(block: BlockFacts, room: str) -> str:
    """What a block's tool tip says: what, when, where, who, the room's set-up time and the places."""
    lines = [f"{block.title} · {category_text(block.category)}",
             f"{day_text(block.starts_at.date())} {block.starts_at:%H:%M}–{block.ends_at:%H:%M} · {room}"]  # fmt: skip
    if block.who:
        if block.kind == "session":
            lines.append(QCoreApplication.translate("RoomsWeek", "Instructor: {who}").format(who=block.who))
        else:
            lines.append(QCoreApplication.translate("RoomsWeek", "Organiser: {who}").format(who=block.who))
    if block.taken_from != block.starts_at or block.taken_until != block.ends_at:
        lines.append(
            QCoreApplication.translate("RoomsWeek", "Room taken {first}–{last} (set-up and clean-up)").format(
                first=f"{block.taken_from:%H:%M}", last=f"{block.taken_until:%H:%M}"
            )
        )
    if block.kind == "session" and block.capacity is not None:
        lines.append(
            QCoreApplication.translate("RoomsWeek", "Enrolled {taken} of {capacity} places").format(
                taken=block.taken or 0, capacity=block.capacity
            )
        )
    elif block.capacity is not None:
        lines.append(QCoreApplication.translate("RoomsWeek", "Expected: {expected}").format(expected=block.capacity))
    return "\n".join(lines)


def block_label(block: BlockFacts) -> str:
    """A block's second line: its times and, for a session, its places (08:30–10:00 · 18/20)."""
    first, last = block.starts_at, block.ends_at  # not strftime: 300 blocks are labelled at each read of the week
    said = f"{first.hour:02d}:{first.minute:02d}–{last.hour:02d}:{last.minute:02d}"
    if block.kind == "session" and block.capacity is not None:
        said += f" · {block.taken or 0}/{block.capacity}"
    return said


def refusal_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """A refused move in words: a room clash with its alternatives, or why else it cannot be moved."""
    params = params or {}
    if code in REFUSALS:
        day = params.get("day")
        return tr(REFUSALS[code]).format(
            day=day_text(day) if isinstance(day, date) else "",
            why=closed_text(params.get("holiday"), params.get("note")),  # type: ignore[arg-type]
        )
    return clash_words.refusal_text(code, params)


def moved_text(title: str, starts_at: datetime, room: str) -> str:
    return QCoreApplication.translate("RoomsWeek", "Moved {title} to {when} in {room}.").format(
        title=title, when=f"{day_text(starts_at.date())} {starts_at:%H:%M}", room=room
    )
