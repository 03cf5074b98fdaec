"""One :class:`Database` per open database: the engine, its connection settings, and the two kinds of transaction.

SQLite is configured on every new connection (WAL, foreign keys, synchronous FULL, a busy timeout) and write
transactions start with ``BEGIN IMMEDIATE``, so two desks never both read-then-write and deadlock, and a rule
checked inside a write transaction (capacity, no double booking) still holds at commit. Reads use a plain deferred
``BEGIN``. PostgreSQL (psycopg 3) takes the same code given a URL; its writes take turns (an advisory lock taken before
``BEGIN``), run at SERIALIZABLE, and are retried a bounded number of times on a serialization failure.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from frontdesk.core.errors import EnvironmentProblem, ProblemKind, classify

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
SERVER_CONNECT_TIMEOUT_S = 10  # PostgreSQL: how long to wait for the server to answer a new connection
SQLITE_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("foreign_keys", "ON"),
    ("synchronous", "FULL"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
)
# Serialization failures are normal under SERIALIZABLE when desks touch the same rows at once (two check-ins take
# the next queue number): run again after a short random pause. Bounded, so a real deadlock still surfaces.
PG_SERIALIZATION_RETRIES = 30
RETRY_PAUSE_CAP = 0.25  # seconds
PG_WRITE_TURN_KEY = 0x46445752  # "FDWR": the advisory lock the desks' writes queue on (see Database._turn)
PG_WRITE_TURN_WAIT_S = 15.0  # longer than any write takes; past it the desk says the database is busy

T = TypeVar("T")


def make_url_from_arg(value: str | Path) -> URL:
    """Accept what a user types after ``--db``: a SQLAlchemy URL, or a path to a SQLite file."""
    text = str(value)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def _sqlite_connect_listener(busy_timeout_ms: int) -> Callable[[sqlite3.Connection, Any], None]:
    pragmas = [(name, str(busy_timeout_ms) if name == "busy_timeout" else value) for name, value in SQLITE_PRAGMAS]

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own transaction handling is off).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for name, value in pragmas:
                cursor.execute(f"PRAGMA {name}={value}")
        finally:
            cursor.close()

    return on_connect


def _on_sqlite_begin(conn: Any) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("frontdesk_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An open database. Cheap to keep for the program's life; thread-safe (one connection per checkout)."""

    def __init__(self, url: URL | str | Path, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = url if isinstance(url, URL) else make_url_from_arg(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            if self.path is not None:
                folder = self.path.parent
                if not folder.is_dir():
                    raise EnvironmentProblem(ProblemKind.CANNOT_OPEN, f"folder does not exist: {folder}")
            # A small pool: opening a connection and setting its pragmas costs more than a search. The pool hands a
            # connection to one thread at a time, so check_same_thread can be off.
            self.engine: Engine = create_engine(
                self.url,
                echo=echo,
                hide_parameters=True,  # no ID or phone number in logs or error messages, even with SQL logging on
                poolclass=QueuePool,
                pool_size=4,
                max_overflow=8,
                connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
            )
            event.listen(self.engine, "connect", _sqlite_connect_listener(busy_timeout_ms))
            event.listen(self.engine, "begin", _on_sqlite_begin)
        else:
            # A server that is off or unreachable is said within seconds, not after the system's TCP timeout
            # (minutes); a URL's own ?connect_timeout= wins.
            timeout = {} if "connect_timeout" in self.url.query else {"connect_timeout": SERVER_CONNECT_TIMEOUT_S}
            self.engine = create_engine(
                self.url,
                echo=echo,
                hide_parameters=True,
                pool_pre_ping=True,
                pool_size=2,
                max_overflow=4,
                connect_args=timeout,
            )
        self._write_engine = self.engine.execution_options(frontdesk_write=True)
        if not self.is_sqlite:
            self._write_engine = self._write_engine.execution_options(isolation_level="SERIALIZABLE")
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or ``None`` for a server database or an in-memory one."""
        name = self.url.database
        if not self.is_sqlite or not name or name == ":memory:" or name.startswith("file:"):
            return None
        return Path(name)

    def describe(self) -> str:
        """What the status bar shows: the file path, or the server and database name without the password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read unit of work. Objects loaded stay usable after the block: closing the session detaches them with
        their loaded state (a rollback would expire them), and the connection's transaction ends on release."""
        try:
            with self._read_sessions() as session:
                yield session
        except (DBAPIError, OSError) as exc:
            _reraise(exc)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction, committed when the block ends without error: ``BEGIN IMMEDIATE`` on SQLite; on
        PostgreSQL a SERIALIZABLE transaction begun once this desk holds the writers' turn (see :meth:`_turn`)."""
        try:
            if self.is_sqlite:
                with self._write_sessions.begin() as session:
                    yield session
                return
            with (
                self._write_engine.connect() as connection,
                self._turn(connection),
                self._write_sessions(bind=connection) as session,
                session.begin(),
            ):
                yield session
        except (DBAPIError, OSError) as exc:
            _reraise(exc)

    @contextmanager
    def _turn(self, connection) -> Iterator[None]:
        """PostgreSQL: writers take turns. Every write extends the one audit chain, so two desks' serializable
        transactions at once nearly always conflict and one is run again — with eight desks under load, again and
        again. A session-level advisory lock taken before ``BEGIN`` (in autocommit: a lock taken inside the
        transaction would come after its snapshot, too late) queues them instead; it is released after the
        commit, and by the server if the connection drops."""
        connection.execution_options(isolation_level="AUTOCOMMIT")
        # One round trip, its own little transaction: the wait is bounded (a desk whose connection hangs while it
        # holds the turn holds up the others no longer than this), and the bound ends with it.
        connection.exec_driver_sql(
            f"BEGIN; SET LOCAL lock_timeout = '{int(PG_WRITE_TURN_WAIT_S * 1000)}ms'; "
            f"SELECT pg_advisory_lock({PG_WRITE_TURN_KEY}); COMMIT"
        )
        connection.commit()  # (autocommit: ends only SQLAlchemy's record of a transaction)
        try:
            connection.execution_options(isolation_level="SERIALIZABLE")
            yield
        finally:
            try:
                connection.rollback()  # nothing is left open by now; the isolation level may change only outside
                connection.execution_options(isolation_level="AUTOCOMMIT")
                connection.exec_driver_sql("SELECT pg_advisory_unlock(%s)", (PG_WRITE_TURN_KEY,))
                connection.commit()
            except DBAPIError:  # the connection is gone: the server let go of its lock with it
                log.warning("write turn not handed back: the connection was lost", exc_info=True)

    def run_write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a write transaction, retrying PostgreSQL serialization failures a bounded number of times.

        ``work`` must be safe to run again: it is given a fresh session each try.
        """
        attempt = 0
        while True:
            try:
                with self.write() as session:
                    return work(session)
            except _Retry as retry:
                attempt += 1
                if attempt >= PG_SERIALIZATION_RETRIES:
                    raise EnvironmentProblem(ProblemKind.LOCKED, "too many serialization failures") from retry
                time.sleep(random.uniform(0, min(RETRY_PAUSE_CAP, 0.005 * 2**attempt)))  # jitter spreads desks out

    def dispose(self) -> None:
        self.engine.dispose()


class _Retry(Exception):
    """A PostgreSQL serialization failure or deadlock: the transaction may simply be run again."""


def _reraise(exc: BaseException) -> None:
    translated = _translate(exc)
    if translated is exc:
        raise exc
    raise translated from exc


def _translate(exc: BaseException) -> BaseException:
    if isinstance(exc, DBAPIError):
        sqlstate = getattr(exc.orig, "sqlstate", None)
        if sqlstate in ("40001", "40P01"):
            return _Retry(str(exc))
    problem = classify(exc)
    if problem is not None:
        log.warning("database problem: %s", problem)
        return problem
    if isinstance(exc, OperationalError):
        log.error("unclassified operational error", exc_info=exc)
    return exc
