"""Small random helpers shared by the demo generators. Everything takes an explicit :class:`random.Random`, so one
seed gives the same database on every machine and Python version (``random`` documents its sequence as stable)."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """Repeated weighted picks from a fixed table, one ``random()`` call each."""

    def __init__(self, table: Sequence[tuple[T, float]]) -> None:
        self.values = [value for value, _ in table]
        self.cumulative = list(accumulate(weight for _, weight in table))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect_right(self.cumulative, rng.random() * self.total)]


def between(rng: random.Random, low: int, high: int) -> int:
    """A uniform integer in ``low..high`` from one ``random()`` call: several times faster than ``randint``, which
    matters in the visit generator's inner loop."""
    return low + int(rng.random() * (high - low + 1))


def quota_shuffle(table: Sequence[tuple[T, float]], count: int, rng: random.Random) -> list[T]:
    """``count`` values in the exact proportions of ``table`` (largest remainders), in random order.

    Used where a small demo should still show the real ranking (王 before 李), which plain sampling can swap.
    """
    total = sum(weight for _, weight in table)
    exact = [(value, weight * count / total) for value, weight in table]
    counts = [int(share) for _, share in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i][1] - counts[i], reverse=True)
    for i in by_remainder[: count - sum(counts)]:
        counts[i] += 1
    out = [value for (value, _), n in zip(exact, counts, strict=True) for _ in range(n)]
    rng.shuffle(out)
    return out


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier; 29 February becomes the 28th in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def random_day(rng: random.Random, first: date, last: date) -> date:
    """A uniformly chosen day in ``first..last`` (inclusive)."""
    return first + timedelta(days=rng.randrange((last - first).days + 1))
