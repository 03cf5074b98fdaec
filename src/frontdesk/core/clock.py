"""The clock every service is handed: a callable returning center-local wall time (tests pass a fixed one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]
