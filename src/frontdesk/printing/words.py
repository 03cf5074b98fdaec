"""The Chinese words printed documents use for the program's choices (documents are Chinese whatever the UI)."""

from __future__ import annotations

from frontdesk.core.reports.words import PURPOSES, WEEKDAYS  # noqa: F401 (one word each on every paper)

MOBILITY = {"none": "", "cane": "拐杖", "walker": "助行器", "wheelchair": "轮椅"}
INTERNAL = "内部资料　请勿外传"
APPOINTMENT_STATUS = {
    "booked": "已预约",
    "arrived": "已到",
    "in_service": "服务中",
    "completed": "已完成",
    "cancelled": "已取消",
    "no_show": "未到",
}
LEVELS = {"high": "偏高", "normal": "正常", "low": "偏低"}
TRENDS = {"up": "↑ 比前次高", "same": "与前次持平", "down": "↓ 比前次低"}  # against the reading before
WALK_IN = "现场"  # came without booking
