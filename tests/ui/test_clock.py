"""The date in the status bar: format per language, and when it next changes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from frontdesk.ui.common.clock import day_text, ms_until_next_day


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (date(2026, 11, 28), "zh_CN", "2026-11-28 周六"),
        (date(2026, 11, 29), "zh_CN", "2026-11-29 周日"),
        (date(2026, 11, 30), "zh_CN", "2026-11-30 周一"),
        (date(2026, 11, 28), "en", "2026-11-28 Sat"),
    ],
)
def test_day_text(day: date, language: str, expected: str) -> None:
    assert day_text(day, QLocale(language)) == expected


def test_next_refresh_just_after_midnight() -> None:
    assert ms_until_next_day(datetime(2026, 11, 28, 0, 0)) == 86_401_000
    assert ms_until_next_day(datetime(2026, 11, 28, 23, 59, 59, 500_000)) == 1_500
    assert ms_until_next_day(datetime(2026, 12, 31, 12, 0)) == 43_201_000  # across the year end
