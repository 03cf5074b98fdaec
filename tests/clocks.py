"""Test helpers that are not fixtures (a module of its own: ``conftest`` names clash between folders)."""

from __future__ import annotations

from datetime import datetime, timedelta


class SettableClock:
    """The clock services are given in tests: a fixed moment that a test moves on by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
