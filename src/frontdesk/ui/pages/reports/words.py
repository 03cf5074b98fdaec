"""The 统计 page's words: the groups a figure is counted under (purposes, age bands, living situations, partner
kinds), the periods offered, and the counts as the page says them — always as 人数 (people) or 人次 (visits).

Keys are the core's plain values (``figures.AGE_BANDS`` keys, ``VisitPurpose`` values…), so the page is built before
SQLAlchemy loads. A test checks the keys against the core's.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Reports"


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


PURPOSES: dict[str, str] = {
    "activity": QT_TRANSLATE_NOOP("Reports", "Activity"),  # 活动
    "class": QT_TRANSLATE_NOOP("Reports", "Class"),  # 上课
    "care": QT_TRANSLATE_NOOP("Reports", "Care station"),  # 康养
    "consult": QT_TRANSLATE_NOOP("Reports", "Consultation"),  # 咨询
    "errand": QT_TRANSLATE_NOOP("Reports", "Errand"),  # 办事
    "meal": QT_TRANSLATE_NOOP("Reports", "Meal"),  # 就餐
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),  # 其他
}
AGE_BANDS: dict[str, str] = {
    "under_60": QT_TRANSLATE_NOOP("Reports", "Under 60"),
    "60_69": QT_TRANSLATE_NOOP("Reports", "60–69"),
    "70_79": QT_TRANSLATE_NOOP("Reports", "70–79"),
    "80_89": QT_TRANSLATE_NOOP("Reports", "80–89"),
    "90_plus": QT_TRANSLATE_NOOP("Reports", "90 and over"),
    "unknown": QT_TRANSLATE_NOOP("Reports", "Age not known"),
}
SITUATIONS: dict[str, str] = {
    "lives_alone": QT_TRANSLATE_NOOP("Reports", "Lives alone"),  # 独居
    "empty_nest": QT_TRANSLATE_NOOP("Reports", "Empty-nest"),  # 空巢
    "semi_disabled": QT_TRANSLATE_NOOP("Reports", "Semi-disabled"),  # 半失能
    "disabled": QT_TRANSLATE_NOOP("Reports", "Disabled"),  # 失能
    "low_income": QT_TRANSLATE_NOOP("Reports", "Low-income allowance"),  # 低保
    "none": QT_TRANSLATE_NOOP("Reports", "None of these"),
}
PARTNER_KINDS: dict[str, str] = {
    "enterprise": QT_TRANSLATE_NOOP("Reports", "Enterprise"),  # 驻区企业
    "social_org": QT_TRANSLATE_NOOP("Reports", "Social organisation"),  # 社会组织
    "volunteer": QT_TRANSLATE_NOOP("Reports", "Capable resident"),  # 居民能人
}
# 今天, 本周, 本月, 上月, 自定义 (see periods.py)
PERIODS: dict[str, str] = {
    "today": QT_TRANSLATE_NOOP("Reports", "Today"),
    "week": QT_TRANSLATE_NOOP("Reports", "This week"),
    "month": QT_TRANSLATE_NOOP("Reports", "This month"),
    "last_month": QT_TRANSLATE_NOOP("Reports", "Last month"),
    "custom": QT_TRANSLATE_NOOP("Reports", "Chosen days"),
}


def purpose_text(key: str) -> str:
    return t(PURPOSES.get(key, PURPOSES["other"]))


def age_band_text(key: str) -> str:
    return t(AGE_BANDS[key]) if key in AGE_BANDS else key


def situation_text(key: str) -> str:
    return t(SITUATIONS[key]) if key in SITUATIONS else key


def community_text(key: str) -> str:
    return key or QCoreApplication.translate("Reports", "No community given")


def partner_kind_text(key: str) -> str:
    return t(PARTNER_KINDS[key]) if key in PARTNER_KINDS else key


def people_text(count: int) -> str:
    """人数: different residents."""
    return QCoreApplication.translate("Reports", "{count} people").format(count=count)


def visits_text(count: int) -> str:
    """人次: check-ins, attendances, appointments — one person twice is two."""
    return QCoreApplication.translate("Reports", "{count} visits").format(count=count)


def people_name() -> str:
    return QCoreApplication.translate("Reports", "People (different residents)")


def visits_name() -> str:
    return QCoreApplication.translate("Reports", "Visits (each time counted)")


def day_text(day: date) -> str:
    return day.strftime("%Y-%m-%d")


def span_text(first: date, last: date) -> str:
    if first == last:
        return day_text(first)
    return QCoreApplication.translate("Reports", "{first} to {last}").format(first=day_text(first), last=day_text(last))


def hours_text(hours: float) -> str:
    return QCoreApplication.translate("Reports", "{hours} h").format(hours=f"{hours:.1f}".rstrip("0").rstrip("."))


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def refusal_text(code: str) -> str:
    """A refusal of the reports' services, in words (the page only reads; a read can be refused for want of a
    permission, or for a period the service will not take)."""
    texts = {
        "not_allowed": QCoreApplication.translate("Reports", "You may not see these figures."),
        "period_too_long": QCoreApplication.translate("Reports", "Choose a shorter period."),
    }
    return texts.get(code, QCoreApplication.translate("Reports", "The figures could not be read."))
