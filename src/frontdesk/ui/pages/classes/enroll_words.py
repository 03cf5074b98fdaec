"""报名 and 点名 in the desk's words: a course's weekly times, its places and fee, what an enrollment or a door scan
did. Plain values only (ints, times, strings), so this imports without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication

from frontdesk.ui.common.day_words import day_text, weekday_text


def clock_text(moment: time | datetime) -> str:
    return f"{moment:%H:%M}"


def meetings_text(meetings: Iterable[tuple[int, time, time]], next_session: datetime | None) -> str:
    """周二 09:00–10:30、周四 09:00–10:30; an event (no weekly meetings): its day and time."""
    parts = [f"{weekday_text(weekday)} {clock_text(starts)}–{clock_text(ends)}" for weekday, starts, ends in meetings]
    if parts:
        return QCoreApplication.translate("Enrollment", ", ").join(parts)
    if next_session is not None:
        return f"{day_text(next_session.date())} {clock_text(next_session)}"
    return QCoreApplication.translate("Enrollment", "no sessions planned")


def places_text(free: int, waiting: int) -> str:
    """余 5 个名额 / 已满 · 候补 3."""
    if free > 0:
        return QCoreApplication.translate("Enrollment", "{free} free").format(free=free)
    if waiting:
        return QCoreApplication.translate("Enrollment", "full · {waiting} waiting").format(waiting=waiting)
    return QCoreApplication.translate("Enrollment", "full")


def standing_text(status: str | None, position: int | None) -> str:
    """The resident's own standing in a course: 已报名 / 候补第 2 位 / nothing."""
    if status == "enrolled":
        return QCoreApplication.translate("Enrollment", "enrolled")
    if status == "waiting":
        return QCoreApplication.translate("Enrollment", "waiting, number {position}").format(position=position or "")
    if status == "withdrawn":
        return QCoreApplication.translate("Enrollment", "withdrawn")
    return ""


def fee_text(cents: int) -> str:
    if cents <= 0:
        return QCoreApplication.translate("Enrollment", "free of charge")
    return QCoreApplication.translate("Enrollment", "¥{amount}").format(amount=f"{cents / 100:g}")


def enrolled_text(name: str, title: str, companions: int) -> str:
    if companions:
        return QCoreApplication.translate("Enrollment", "{name} enrolled in {title} with {count} companions.").format(
            name=name, title=title, count=companions
        )
    return QCoreApplication.translate("Enrollment", "{name} enrolled in {title}.").format(name=name, title=title)


def waiting_text(name: str, title: str, position: int) -> str:
    text = QCoreApplication.translate("Enrollment", "{name} is on the waiting list for {title}: number {position}.")
    return text.format(name=name, title=title, position=position)


def waitlist_button_text(position: int) -> str:
    return QCoreApplication.translate("Enrollment", "Join &waiting list (number {position})").format(position=position)


def withdrawn_text(title: str, moved_up: Iterable[str]) -> str:
    names = list(moved_up)
    if names:
        return QCoreApplication.translate("Enrollment", "Withdrawn from {title}; moved up: {names}.").format(
            title=title, names=QCoreApplication.translate("Enrollment", ", ").join(names)
        )
    return QCoreApplication.translate("Enrollment", "Withdrawn from {title}.").format(title=title)


# -- at the door ---------------------------------------------------------------------------------------------------


def count_text(present: int, enrolled: int, companions: int) -> str:
    """已到 12 / 报名 20 (+ 3 companions)."""
    text = QCoreApplication.translate("Enrollment", "Present {present} / enrolled {enrolled}").format(
        present=present, enrolled=enrolled
    )
    if companions:
        text += QCoreApplication.translate("Enrollment", " · companions {count}").format(count=companions)
    return text


def scan_text(status: str, name: str, *, companions: int = 0, waiting: bool = False, may_admit: bool = False) -> str:
    """What one card at the door did: 王秀兰 已签到 / 已签到过 / 未报名此课…"""
    if status in ("present", "admitted"):
        if companions:
            return QCoreApplication.translate("Enrollment", "{name} checked in, with {count} companions").format(
                name=name, count=companions
            )
        return QCoreApplication.translate("Enrollment", "{name} checked in").format(name=name)
    if status == "already":
        return QCoreApplication.translate("Enrollment", "{name} was already checked in").format(name=name)
    if waiting:
        return QCoreApplication.translate("Enrollment", "{name} is on the waiting list, not enrolled").format(name=name)
    if may_admit:
        return QCoreApplication.translate(
            "Enrollment", "{name} is not registered: places are left, let them in anyway?"
        ).format(name=name)
    return QCoreApplication.translate("Enrollment", "{name} is not enrolled in this class").format(name=name)


def card_unknown_text() -> str:
    return QCoreApplication.translate("Enrollment", "Card not valid: no resident has this code")


def help_text(aged: bool, lives_alone: bool, aid: str) -> str:
    """高龄 · 独居 · 轮椅 (what to look out for)."""
    parts = []
    if aged:
        parts.append(QCoreApplication.translate("Enrollment", "80+"))
    if lives_alone:
        parts.append(QCoreApplication.translate("Enrollment", "lives alone"))
    aids = {
        "cane": QCoreApplication.translate("Enrollment", "cane"),
        "walker": QCoreApplication.translate("Enrollment", "walker"),
        "wheelchair": QCoreApplication.translate("Enrollment", "wheelchair"),
    }
    if aid in aids:
        parts.append(aids[aid])
    return " · ".join(parts)
