"""Small SQL pieces the report queries share, written once for both engines (SQLite and PostgreSQL).

``minutes_between(a, b)`` is the length of ``a``–``b`` in minutes as a number, computed in the database so sums of
appointment and session lengths are grouped there, never in a Python loop over rows. ``in_community`` filters the
resident's *current* community; the empty key ``""`` stands for residents without one.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Float, func, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from frontdesk.core.models import Resident


class minutes_between(FunctionElement):  # noqa: N801 - reads as the SQL function it compiles to
    """Minutes from the first timestamp to the second (fractions kept)."""

    type = Float()
    inherit_cache = True
    name = "minutes_between"


@compiles(minutes_between, "sqlite")
def _minutes_sqlite(element: minutes_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"((julianday({end}) - julianday({start})) * 1440.0)"


@compiles(minutes_between, "postgresql")
def _minutes_postgresql(element: minutes_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 60.0)"


def day_start(day: date) -> datetime:
    return datetime.combine(day, time())


def after_day(day: date) -> datetime:
    """The first moment after ``day``: timestamps of the day are ``< after_day(day)``."""
    return datetime.combine(day + timedelta(days=1), time())


def community_key() -> ColumnElement[str]:
    """The resident's community as a grouping key: ``""`` for none."""
    return func.coalesce(Resident.community, "")


def in_community(community: str) -> ColumnElement[bool]:
    """Residents whose current community is ``community`` (``""``: those without one)."""
    if community == "":
        return or_(Resident.community.is_(None), Resident.community == "")
    return Resident.community == community


def as_int(value: object) -> int:
    return int(value) if value is not None else 0


def as_float(value: object) -> float:
    return float(value) if value is not None else 0.0
