"""The Chinese words printed documents use for the program's choices (documents are Chinese whatever the UI)."""

from __future__ import annotations

PURPOSES = {
    "activity": "活动",
    "class": "上课",
    "care": "康养",
    "consult": "咨询",
    "errand": "办事",
    "meal": "就餐",
    "other": "其他",
}
MOBILITY = {"none": "", "cane": "拐杖", "walker": "助行器", "wheelchair": "轮椅"}
INTERNAL = "内部资料　请勿外传"
