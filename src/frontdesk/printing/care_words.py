"""How the care station's documents say a day, a time, a price and a reading (in Chinese, as every document)."""

from __future__ import annotations

from datetime import date, datetime

from frontdesk.core.services.care_documents import GlucoseReading, PressureReading
from frontdesk.printing.words import LEVELS, TRENDS, WEEKDAYS


def day_text(day: date) -> str:
    """12月8日 周二"""
    return f"{day.month}月{day.day}日 {WEEKDAYS[day.weekday()]}"


def full_day_text(day: date) -> str:
    """2026年12月8日 周二"""
    return f"{day.year}年{day_text(day)}"


def time_text(starts_at: datetime, ends_at: datetime) -> str:
    """09:00–09:30"""
    return f"{starts_at:%H:%M}–{ends_at:%H:%M}"


def money(cents: int) -> str:
    """¥20, ¥20.50"""
    yuan, rest = divmod(cents, 100)
    return f"¥{yuan}" if rest == 0 else f"¥{yuan}.{rest:02d}"


def price_text(cents: int, market_cents: int | None) -> str:
    """免费, ¥20, ¥20（市场价¥60）"""
    if cents == 0:
        return "免费"
    if market_cents is not None and market_cents > cents:
        return f"{money(cents)}（市场价{money(market_cents)}）"
    return money(cents)


def series_text(index: int | None, total: int | None) -> str:
    """第2次/共10次 of a series ('' for a single appointment)."""
    return f"第{index}次/共{total}次" if index is not None and total else ""


def provider_text(provider: str | None, partner: str | None) -> str:
    """李芳（仁和养老院）"""
    if provider is None:
        return partner or ""
    return f"{provider}（{partner}）" if partner else provider


def _trend(reading: PressureReading | GlucoseReading) -> str:
    return f" {TRENDS[str(reading.trend)]}" if reading.trend is not None else ""


def pressure_text(reading: PressureReading) -> str:
    """上次血压 146/92（偏高）2026-11-24 ↑"""
    return (f"上次血压 {reading.systolic}/{reading.diastolic}（{LEVELS[str(reading.level)]}）"
            f"{reading.taken_at:%Y-%m-%d}{_trend(reading)}")  # fmt: skip


def glucose_text(reading: GlucoseReading) -> str:
    """上次血糖 6.1（空腹，正常）2026-11-24 ↓"""
    how = "空腹" if reading.fasting else "非空腹"
    return (f"上次血糖 {reading.mmol:.1f}（{how}，{LEVELS[str(reading.level)]}）"
            f"{reading.taken_at:%Y-%m-%d}{_trend(reading)}")  # fmt: skip
