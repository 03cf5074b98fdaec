"""The words the printed reports add to the figures' own (:mod:`frontdesk.core.reports.words`): the sections, the
signature lines, what an empty section says. Chinese, as every document."""

from __future__ import annotations

from frontdesk.core.reports.words import (  # noqa: F401 (the reports' words, for the printing module in one place)
    AGE_BANDS,
    CATEGORIES,
    COURSE_KINDS,
    MONTHLY_TITLE,
    PARTNER_KINDS,
    PARTNER_TITLE,
    PURPOSES,
    SITUATIONS,
)

SECTIONS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")  # 一、概况
MONTHLY_SIGNATURES = ("填报人", "审核人", "日期")
MONTHLY_STAMP = "单位（盖章）"
PARTNER_SIGNATURES = ("合伙人（签字）", "中心（盖章）", "日期")
EMPTY = {  # a section with nothing in the period says so (an empty table looks like a printing fault)
    "课程": "本月没有开课的课程。",
    "活动": "本月没有举办活动。",
    "康养服务": "本月没有康养服务。",
    "合伙人": "本月没有合伙人参与的课程、活动或服务。",
    "职业培训": "本月没有职业技能培训。",
    "社区": "本月没有来访。",
}
NO_PARTNERS = "统计期间没有合伙人服务记录。"


def section(number: int, title: str) -> str:
    """一、概况 (number from 1)"""
    return f"{SECTIONS[number - 1]}、{title}"
