"""A room-use clash in the desk's words — what holds the room, when, who — with the alternatives the service found
(another room free then; the next free time in this room). Shared by the room bookings, the courses' term check
and the week view's moves.

Plain values only (codes, ints, datetimes), so this imports without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common.day_words import day_text

CONTEXT = "RoomClash"

# What is in the way, said short (the term check lists one line per session).
CLASHES: dict[str, str] = {
    "room_taken": QT_TRANSLATE_NOOP("RoomClash", "{room} is taken {taken} by {title} ({who})"),
    "room_taken_plain": QT_TRANSLATE_NOOP("RoomClash", "{room} is taken {taken} by {title}"),
    "room_taken_planned": QT_TRANSLATE_NOOP("RoomClash", "clashes with another session of this plan"),
    "instructor_busy": QT_TRANSLATE_NOOP("RoomClash", "{instructor} teaches {title} in {other_room} then ({when})"),
    "instructor_busy_planned": QT_TRANSLATE_NOOP("RoomClash", "the instructor teaches another session of this plan"),
    "room_outside_hours": QT_TRANSLATE_NOOP("RoomClash", "{room} is open {opens}–{closes} (set-up included)"),
    "room_inactive": QT_TRANSLATE_NOOP("RoomClash", "{room} is not in use"),
    "room_too_small": QT_TRANSLATE_NOOP("RoomClash", "{room} holds {capacity}, not {need}"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _span(first: object, last: object) -> str:
    if isinstance(first, datetime) and isinstance(last, datetime):
        return f"{day_text(first.date())} {first:%H:%M}–{last:%H:%M}"
    return ""


def _clock(value: object) -> str:
    return f"{value:%H:%M}" if isinstance(value, (time, datetime)) else ""


def clash_text(code: str, params: Mapping[str, object] | None = None, *, planned: bool = False) -> str:
    """What is in the way, short: 舞蹈室 12月10日 周四 13:30–15:45 已被「健康讲座」占用（颐康养老院）."""
    params = params or {}
    key = code
    if planned and code in {"room_taken", "instructor_busy"}:
        key = f"{code}_planned"
    elif code == "room_taken" and not params.get("who"):
        key = "room_taken_plain"
    text = CLASHES.get(key)
    if text is None:
        return QCoreApplication.translate("RoomClash", "cannot be placed then")
    return tr(text).format(
        room=params.get("room", ""),
        taken=_span(params.get("taken_from"), params.get("taken_until")),
        when=_span(params.get("other_starts_at"), params.get("other_ends_at")),
        title=params.get("title", ""),
        who=params.get("who", ""),
        instructor=params.get("instructor", ""),
        other_room=params.get("other_room", ""),
        opens=_clock(params.get("opens")),
        closes=_clock(params.get("closes")),
        capacity=params.get("capacity", ""),
        need=params.get("need", ""),
    )


def alternatives_text(params: Mapping[str, object]) -> str:
    """可改用：多功能厅、书法室；本室下一个空闲时间：12月10日 周四 15:45 (empty when there is none)."""
    parts: list[str] = []
    rooms = [str(room) for room in params.get("free_rooms", ()) or ()]  # type: ignore[union-attr]
    if rooms:
        parts.append(
            QCoreApplication.translate("RoomClash", "free then: {rooms}").format(
                rooms=QCoreApplication.translate("RoomClash", ", ").join(rooms)
            )
        )
    following = params.get("next_free")
    if isinstance(following, datetime):
        parts.append(
            QCoreApplication.translate("RoomClash", "this room is next free {when}").format(
                when=f"{day_text(following.date())} {following:%H:%M}"
            )
        )
    return QCoreApplication.translate("RoomClash", "; ").join(parts)


def refusal_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """A refused placement in full: the clash, then the alternatives (一句话, for a message beside the form)."""
    params = params or {}
    said = clash_text(code, params)
    offered = alternatives_text(params)
    if not offered:
        return QCoreApplication.translate("RoomClash", "Cannot be placed: {clash}.").format(clash=said)
    return QCoreApplication.translate("RoomClash", "Cannot be placed: {clash}. Instead: {offered}.").format(
        clash=said, offered=offered
    )
