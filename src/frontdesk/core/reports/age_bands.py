"""年龄段 Age bands at the report date (the period's last day), computed in the database from ``birth_date``.

A resident is ``n`` or older on day ``D`` when born on or before ``D`` less ``n`` years (29 February becomes
28 February in a year without it), the same rule as :meth:`Resident.age_on`: one who turns 80 on the 15th of the
month is in 80–89 for that month, one who turns 80 the day after the month ends is still in 70–79. No birth date on
file: ``unknown``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import case
from sqlalchemy.sql.elements import ColumnElement

from frontdesk.core.models import Resident
from frontdesk.core.reports.figures import AGE_BANDS

BAND_KEYS: tuple[str, ...] = tuple(key for key, _low, _high in AGE_BANDS)


def born_by(day: date, years: int) -> date:
    """The last birth date of someone ``years`` old or older on ``day``."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February, and the year ``years`` earlier has none
        return day.replace(year=day.year - years, day=28)


def band_of(age: int | None) -> str:
    """The band key of an age (``None``: unknown); for checks in Python, the SQL below is what reports use."""
    if age is None:
        return "unknown"
    for key, low, high in AGE_BANDS:
        if low >= 0 and age >= low and (high is None or age <= high):
            return key
    return "unknown"


def age_band(day: date) -> ColumnElement[str]:
    """The resident's band key on ``day`` as a SQL expression, oldest band tested first."""
    whens: list[tuple[ColumnElement[bool], str]] = [(Resident.birth_date.is_(None), "unknown")]
    for key, low, _high in sorted((b for b in AGE_BANDS if b[1] > 0), key=lambda b: -b[1]):
        whens.append((Resident.birth_date <= born_by(day, low), key))
    under = next(key for key, low, _high in AGE_BANDS if low == 0)
    return case(*whens, else_=under)
