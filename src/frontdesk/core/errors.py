"""Error types of the domain.

Two kinds, kept apart on purpose: :class:`EnvironmentProblem` is trouble with the machine (database locked, disk
full, read-only, corrupt, cannot connect) and becomes a clear message for the user; :class:`RuleViolation` is a
business rule refusing an action (already checked in, slot full). Anything else is a bug: logged with its traceback
and shown in the crash dialog.
"""

from __future__ import annotations

import enum
import sys
from dataclasses import dataclass, field


class FrontdeskError(Exception):
    """Base of the errors frontdesk raises on purpose."""


class ProblemKind(enum.Enum):
    LOCKED = "locked"  # another program holds the database
    READ_ONLY = "read_only"  # file or folder not writable
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"  # not a database, or damaged
    CANNOT_OPEN = "cannot_open"  # missing folder, permissions, network share gone
    CONNECTION = "connection"  # database server unreachable or dropped
    TOO_NEW = "too_new"  # written by a newer frontdesk than this one


class EnvironmentProblem(FrontdeskError):
    """The machine, not the program, is in the way. ``kind`` picks the user's message; ``detail`` goes to the log."""

    def __init__(self, kind: ProblemKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail


@dataclass
class RuleViolation(FrontdeskError):
    """A business rule refused the action. ``code`` names the rule; ``params`` fill the translated message."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.code)


_SQLITE_MESSAGES: tuple[tuple[str, ProblemKind], ...] = (
    ("database is locked", ProblemKind.LOCKED),
    ("database table is locked", ProblemKind.LOCKED),
    ("readonly database", ProblemKind.READ_ONLY),
    ("read-only", ProblemKind.READ_ONLY),
    ("database or disk is full", ProblemKind.DISK_FULL),
    ("disk i/o error", ProblemKind.DISK_FULL),
    ("file is not a database", ProblemKind.CORRUPT),
    ("database disk image is malformed", ProblemKind.CORRUPT),
    ("unable to open database", ProblemKind.CANNOT_OPEN),
)

_PG_SQLSTATE_CLASSES: dict[str, ProblemKind] = {
    "08": ProblemKind.CONNECTION,  # connection exception
    "53": ProblemKind.DISK_FULL,  # insufficient resources
    "57": ProblemKind.CONNECTION,  # operator intervention (server shutting down)
    "25006": ProblemKind.READ_ONLY,  # read-only transaction (standby server)
    "55P03": ProblemKind.LOCKED,  # lock not available
}


def classify(exc: BaseException) -> EnvironmentProblem | None:
    """Map a driver or OS error to an :class:`EnvironmentProblem`, or ``None`` when it is a bug."""
    if isinstance(exc, EnvironmentProblem):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's exception
    if orig is not None and orig is not exc:
        found = classify(orig)
        if found is not None:
            return found
    if getattr(exc, "connection_invalidated", False):
        return EnvironmentProblem(ProblemKind.CONNECTION, str(exc))
    sqlite3 = sys.modules.get("sqlite3")  # not imported yet: no SQLite error can exist (and start-up stays lean)
    if sqlite3 is not None and isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for needle, kind in _SQLITE_MESSAGES:
            if needle in text:
                return EnvironmentProblem(kind, str(exc))
        return None
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(sqlstate, str):
        kind = _PG_SQLSTATE_CLASSES.get(sqlstate) or _PG_SQLSTATE_CLASSES.get(sqlstate[:2])
        if kind is not None:
            return EnvironmentProblem(kind, str(exc))
    # psycopg's own OperationalError, and its client-side subclasses (no SQLSTATE: the server never answered), such
    # as ConnectionTimeout from a server that accepts the connection and then hangs.
    psycopg = sys.modules.get("psycopg")
    client_side = psycopg is not None and isinstance(exc, psycopg.OperationalError)
    if client_side and (type(exc) is psycopg.OperationalError or sqlstate is None):
        return EnvironmentProblem(ProblemKind.CONNECTION, str(exc))
    if isinstance(exc, OSError):
        import errno

        if exc.errno == errno.ENOSPC:
            return EnvironmentProblem(ProblemKind.DISK_FULL, str(exc))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return EnvironmentProblem(ProblemKind.READ_ONLY, str(exc))
        return EnvironmentProblem(ProblemKind.CANNOT_OPEN, str(exc))
    return None
