"""A PostgreSQL server for several desks: its address as a manager types it from the installer's sheet, and a
connection test that says what is wrong in terms they can act on (wrong password, server not reachable, no such
database) instead of a driver message.

The password is part of the URL only in memory and in the desk's own preferences file; everything shown or logged
uses :meth:`ServerAddress.shown`, which leaves it out.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from frontdesk.core.db.migrate import HEAD_REVISION
from frontdesk.core.errors import EnvironmentProblem, ProblemKind, classify

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "frontdesk"
CONNECT_TIMEOUT_S = 5  # an address nobody answers at would otherwise wait for the system's TCP timeout (minutes)


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""
    password: str = ""

    @classmethod
    def from_url(cls, url: str | URL) -> ServerAddress:
        parsed = make_url(url) if isinstance(url, str) else url
        return cls(
            host=parsed.host or "",
            port=parsed.port or DEFAULT_PORT,
            database=parsed.database or "",
            user=parsed.username or "",
            password=parsed.password or "",
        )

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=self.password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )

    def url_text(self) -> str:
        """The whole URL, password included: only for the desk's preferences file and opening the database."""
        return self.url().render_as_string(hide_password=False)

    def shown(self) -> str:
        """``postgresql://user@host:5432/frontdesk``: what the screen and the log may show (no password)."""
        shown = URL.create("postgresql", self.user or None, None, self.host, self.port, self.database)
        return shown.render_as_string()

    def missing(self) -> list[str]:
        """The fields that must be filled in before anything can be tried."""
        return [name for name in ("host", "database", "user") if not getattr(self, name).strip()]


class Outcome(enum.StrEnum):
    CONNECTED = "connected"
    WRONG_PASSWORD = "wrong_password"  # or no such user: the server does not say which, and neither do we
    UNREACHABLE = "unreachable"  # wrong address or port, server off, network or firewall in the way
    NO_DATABASE = "no_database"
    REFUSED = "refused"  # the server does not accept this computer (pg_hba.conf) or this user for that database


class Contents(enum.StrEnum):
    EMPTY = "empty"  # frontdesk creates its tables at the first start
    FRONTDESK = "frontdesk"  # a frontdesk database, upgraded at the next start if older
    TOO_NEW = "too_new"  # written by a newer frontdesk than this one
    FOREIGN = "foreign"  # tables of some other program: frontdesk will not use it


@dataclass(frozen=True)
class ServerCheck:
    outcome: Outcome
    contents: Contents | None = None  # when connected
    revision: str | None = None


_AUTH_MESSAGES = ("password authentication failed", 'role "', "no password supplied", "authentication failed")


def check_server(address: ServerAddress, *, timeout_s: int = CONNECT_TIMEOUT_S) -> ServerCheck:
    """Connect once, look at what the database holds, disconnect. Slow when the server does not answer: call it off
    the GUI thread. A bug (not a connection problem) is raised as it is."""
    engine = create_engine(address.url(), poolclass=NullPool, connect_args={"connect_timeout": timeout_s})
    try:
        with engine.connect() as conn:
            contents, revision = _contents(conn)
    except Exception as exc:
        outcome = _outcome(exc)
        log.info("server check %s: %s", address.shown(), outcome)
        return ServerCheck(outcome)
    finally:
        engine.dispose()
    log.info("server check %s: connected (%s)", address.shown(), contents)
    return ServerCheck(Outcome.CONNECTED, contents, revision)


def _contents(conn) -> tuple[Contents, str | None]:
    found = inspect(conn)
    if not found.has_table("alembic_version"):
        return (Contents.FOREIGN if found.get_table_names() else Contents.EMPTY), None
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is not None and revision > HEAD_REVISION:  # revisions are zero-padded numbers: text order works
        return Contents.TOO_NEW, revision
    return Contents.FRONTDESK, revision


def _outcome(exc: Exception) -> Outcome:
    problem = classify(exc)
    if not isinstance(problem, EnvironmentProblem) or problem.kind != ProblemKind.CONNECTION:
        if problem is None:
            raise exc
        return Outcome.UNREACHABLE
    # Errors while connecting carry no SQLSTATE in psycopg 3: the server's message is all there is.
    message = str(getattr(exc, "orig", None) or exc).lower()
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate == "3D000" or ('database "' in message and "does not exist" in message):
        return Outcome.NO_DATABASE
    if sqlstate in ("28P01", "28000") and "pg_hba" not in message:
        return Outcome.WRONG_PASSWORD
    if "pg_hba.conf" in message or "permission denied" in message:
        return Outcome.REFUSED
    if any(needle in message for needle in _AUTH_MESSAGES):
        return Outcome.WRONG_PASSWORD
    return Outcome.UNREACHABLE
