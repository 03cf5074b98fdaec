"""The Chinese words reports use for the figures' keys, and how they say a month, a period, a rate and hours.

Reports are Chinese documents whatever language the desk's screen uses (as every slip): the monthly report (月报)
and the partners' statements say these words on paper and in their workbooks alike, so a figure reads the same in
both. The printing module imports them from here (core never imports printing).
"""

from __future__ import annotations

from datetime import date

from frontdesk.core.reports.figures import Period

PURPOSES = {  # 来访目的 (VisitPurpose values)
    "activity": "活动",
    "class": "上课",
    "care": "康养",
    "consult": "咨询",
    "errand": "办事",
    "meal": "就餐",
    "other": "其他",
}
AGE_BANDS = {  # AGE_BANDS keys, at the report date
    "under_60": "60岁以下",
    "60_69": "60–69岁",
    "70_79": "70–79岁",
    "80_89": "80–89岁",
    "90_plus": "90岁以上",
    "unknown": "未填出生日期",
}
SITUATIONS = {  # 居住与照护情况 (SITUATIONS keys)
    "lives_alone": "独居",
    "empty_nest": "空巢",
    "semi_disabled": "半失能",
    "disabled": "失能",
    "low_income": "低保",
    "none": "无以上情况",
}
CATEGORIES = {  # 课程类别 (CourseCategory values)
    "arts": "书画",
    "fitness": "健身",
    "dance": "舞蹈",
    "culture": "文化",
    "health": "健康",
    "digital": "智能手机",
    "vocational": "职业技能",
    "event": "活动",
    "other": "其他",
}
COURSE_KINDS = {"course": "课程", "event": "活动"}  # CourseKind values
PARTNER_KINDS = {  # 社区合伙人的类型 (PartnerKind values)
    "enterprise": "驻区企业",
    "social_org": "社会组织",
    "volunteer": "居民能人",
}
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")  # date.weekday(): 0 is Monday
NO_COMMUNITY = "未填社区"  # residents without a community (key "")
PEOPLE = "人数"  # different residents
VISITS = "人次"  # check-ins, attendances, appointments: one person twice is two
HOW_PEOPLE = "人数：不同的居民，一人多次只计一人"
HOW_VISITS = "人次：签到（出勤、服务）次数，一人两次计两次"
HOW_AGES = "年龄按统计期最后一天计算；已注销居民此前的来访照常计入"
HOW_SITUATIONS = "一位居民可同时计入多种情况（如独居且低保）"
HOW_RATE = "出勤率 = 出勤人次 ÷ 应到人次（各课次报名人数之和）"
HOW_HOURS = "服务时长：课次时长与已完成康养服务时长之和（小时）"
MONTHLY_TITLE = "工作月报"
PARTNER_TITLE = "社区合伙人服务记录"
RENEWAL_SOON = "协议即将到期"
RENEWAL_PAST = "协议已到期"


def word(words: dict[str, str], key: str) -> str:
    """The word for ``key``, or the key itself for a value added later (never a blank on paper)."""
    return words.get(key, key)


def community_word(name: str) -> str:
    return name or NO_COMMUNITY


def month_text(day: date) -> str:
    """2026年11月"""
    return f"{day.year}年{day.month}月"


def date_text(day: date) -> str:
    """2026年11月8日"""
    return f"{day.year}年{day.month}月{day.day}日"


def period_text(period: Period) -> str:
    """2026年11月1日至2026年11月30日 (one day: that day only)"""
    if period.first_day == period.last_day:
        return date_text(period.first_day)
    return f"{date_text(period.first_day)}至{date_text(period.last_day)}"


def percent(rate: float | None) -> float | None:
    """A rate as a percentage with one decimal (85.3), the same on paper and in a workbook; None: nothing expected."""
    return None if rate is None else round(rate * 100, 1)


def hours(value: float) -> float:
    """Service hours with one decimal, the same on paper and in a workbook."""
    return round(value, 1)


def hours_text(value: float) -> str:
    """12.5, 12 (one decimal, none when whole: as the tables print it and a workbook shows it)"""
    return f"{hours(value):.1f}".removesuffix(".0")


def renewal_text(agreement_end: date | None, renewal_due: bool, period: Period) -> str:
    """协议已到期 once the agreement ended before the period's last day, 协议即将到期 while it is due, else ''."""
    if not renewal_due:
        return ""
    if agreement_end is not None and agreement_end < period.last_day:
        return RENEWAL_PAST
    return RENEWAL_SOON
