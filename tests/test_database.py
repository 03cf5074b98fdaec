"""The database layer: connection settings, transaction kinds, and environment errors turned into problems."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from frontdesk.core.db import Database, make_url_from_arg
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.errors import EnvironmentProblem, ProblemKind, classify
from frontdesk.core.models import Resident, Staff


def _pragmas(conn) -> dict[str, object]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    }


EXPECTED = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 10_000}


def test_every_connection_has_the_settings(db: Database) -> None:
    seen = []
    with db.read() as session:
        seen.append(_pragmas(session.connection()))
    with db.write() as session:
        seen.append(_pragmas(session.connection()))
    with db.engine.connect() as conn:
        seen.append(_pragmas(conn))
    results: list[dict[str, object]] = []

    def in_thread() -> None:
        with db.read() as session:
            results.append(_pragmas(session.connection()))

    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    assert [*seen, *results] == [EXPECTED] * 4


def test_write_transaction_takes_the_write_lock_at_begin(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
    with db.write() as session:
        session.connection()  # BEGIN IMMEDIATE issued, nothing written yet
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again after commit
    other.execute("ROLLBACK")
    other.close()


def test_read_transaction_does_not_block_writers(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
    with db.read() as session:
        session.scalar(select(Resident.id))
        other.execute("BEGIN IMMEDIATE")
        other.execute(
            "INSERT INTO staff (username, display_name, role, active, created_at) "
            "VALUES ('li', '李娜', 'frontdesk', 1, '2026-11-28 08:00:00')"
        )
        other.execute("COMMIT")
    other.close()
    with db.read() as session:
        assert session.scalar(select(Staff.display_name)) == "李娜"


def test_write_commits_on_success_and_rolls_back_on_error(db: Database) -> None:
    with db.write() as session:
        session.add(Staff(username="a", display_name="甲"))
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Staff(username="b", display_name="乙"))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.scalars(select(Staff.username)).all() == ["a"]


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.execute(
            text(
                "INSERT INTO visit (resident_id, visit_date, queue_number, checked_in_at, purpose) "
                "VALUES (999, '2026-11-28', 1, '2026-11-28 09:00:00', 'activity')"
            )
        )


def test_id_number_is_unique_in_the_database(db: Database) -> None:
    with db.write() as session:
        session.add(Resident(name="王秀兰", id_number="11010519491231002X"))
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(Resident(name="王秀英", id_number="11010519491231002X"))


def test_busy_database_becomes_a_locked_problem(db_path: Path) -> None:
    db = Database(db_path, busy_timeout_ms=100)
    ensure_schema(db)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(EnvironmentProblem) as caught, db.write() as session:
            session.add(Staff(username="x", display_name="x"))
        assert caught.value.kind is ProblemKind.LOCKED
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.dispose()


def test_missing_folder_is_a_cannot_open_problem(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem) as caught:
        Database(tmp_path / "no" / "such" / "folder" / "x.sqlite3")
    assert caught.value.kind is ProblemKind.CANNOT_OPEN


def test_not_a_database_is_a_corrupt_problem(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    db = Database(path)
    with pytest.raises(EnvironmentProblem) as caught:
        ensure_schema(db)
    assert caught.value.kind is ProblemKind.CORRUPT


def test_foreign_tables_are_refused_not_adopted(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    with pytest.raises(EnvironmentProblem) as caught:
        ensure_schema(Database(path))
    assert caught.value.kind is ProblemKind.CORRUPT


def test_read_only_database_is_a_read_only_problem(db: Database, db_path: Path) -> None:
    ro = Database(make_url_from_arg(f"sqlite+pysqlite:///file:{db_path}?mode=ro&uri=true"))
    with pytest.raises(EnvironmentProblem) as caught, ro.write() as session:
        session.add(Staff(username="x", display_name="x"))
    assert caught.value.kind is ProblemKind.READ_ONLY
    ro.dispose()


def test_full_disk_is_a_disk_full_problem(db: Database) -> None:
    with pytest.raises(EnvironmentProblem) as caught, db.write() as session:
        conn = session.connection()
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")  # the "disk" holds no more pages
        session.add_all(Staff(username=f"user{i}", display_name="x" * 40) for i in range(5_000))
        session.flush()
    assert caught.value.kind is ProblemKind.DISK_FULL


def test_url_argument_forms(tmp_path: Path) -> None:
    assert make_url_from_arg(tmp_path / "a.sqlite3").database == str(tmp_path / "a.sqlite3")
    assert make_url_from_arg("postgresql://u:secret@host/fd").drivername == "postgresql+psycopg"
    db = Database("postgresql://u:secret@localhost/fd")
    assert "secret" not in db.describe()
    db.dispose()


class _FakePgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("sqlstate", "kind"),
    [("08006", ProblemKind.CONNECTION), ("53100", ProblemKind.DISK_FULL), ("25006", ProblemKind.READ_ONLY)],
)
def test_postgres_errors_are_classified(sqlstate: str, kind: ProblemKind) -> None:
    problem = classify(_FakePgError(sqlstate))
    assert problem is not None
    assert problem.kind is kind


def test_bugs_are_not_classified_as_environment() -> None:
    assert classify(ValueError("bad")) is None
    assert classify(sqlite3.OperationalError("no such column: nmae")) is None


def test_concurrent_writers_lose_no_update(any_db: Database) -> None:
    """Read-modify-write from several threads at once: SQLite serialises them with BEGIN IMMEDIATE, PostgreSQL
    runs them at SERIALIZABLE and run_write retries the ones that lose; either way no increment is lost."""
    from frontdesk.core.models import Setting

    with any_db.write() as session:
        session.add(Setting(key="counter", value=0))
    workers, rounds = 4, 15
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []

    def increment(session) -> None:
        setting = session.get(Setting, "counter")
        setting.value = int(setting.value) + 1

    def worker() -> None:
        try:
            barrier.wait()
            for _ in range(rounds):
                any_db.run_write(increment)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with any_db.read() as session:
        assert session.get(Setting, "counter").value == workers * rounds


@pytest.mark.parametrize(
    ("url", "expected"),
    [("postgresql://desk@192.0.2.1/frontdesk", 10), ("postgresql://desk@192.0.2.1/frontdesk?connect_timeout=3", "3")],
)
def test_a_server_that_does_not_answer_is_given_up_on_within_seconds(url: str, expected) -> None:
    """An unreachable server (switched off, wrong address) must not leave the desk waiting for the system's TCP
    timeout; a connect_timeout in the URL itself is kept."""
    from sqlalchemy import event

    db = Database(url)
    seen: dict = {}

    class Stop(Exception):
        pass

    def capture(_dialect, _record, _cargs, cparams) -> None:
        seen.update(cparams)
        raise Stop

    event.listen(db.engine, "do_connect", capture)
    with pytest.raises(Stop):
        db.engine.connect()
    db.dispose()
    assert seen["connect_timeout"] == expected


def test_a_server_that_accepts_but_never_answers_is_given_up_on_within_seconds() -> None:
    """A port that takes the TCP connection but never speaks PostgreSQL (a hung server, a firewall that swallows
    the traffic): the desk hears about it as a connection problem after the connect timeout, not minutes later."""
    timeout_s = 2  # libpq's smallest connect_timeout
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # the kernel completes the handshake for the backlog; nobody ever reads or answers
        port = listener.getsockname()[1]
        db = Database(f"postgresql://desk@127.0.0.1:{port}/frontdesk?connect_timeout={timeout_s}")
        started = time.monotonic()
        try:
            with pytest.raises(EnvironmentProblem) as caught, db.read() as session:
                session.execute(text("SELECT 1"))
        finally:
            elapsed = time.monotonic() - started
            db.dispose()
    assert caught.value.kind is ProblemKind.CONNECTION
    assert elapsed < 3 * timeout_s
    assert elapsed >= timeout_s / 2  # it did wait: the port was listening, not refusing


@pytest.mark.postgres
def test_writers_take_turns_and_a_turn_held_too_long_is_said_as_locked(pg_database_url, monkeypatch) -> None:
    """PostgreSQL: a write waits while another desk holds the writers' turn, goes ahead when it is handed back,
    and past the bounded wait is said as the database being busy (never a hang)."""
    import threading
    from datetime import datetime

    from sqlalchemy import create_engine, text

    from frontdesk.core.db import database as database_module
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.errors import EnvironmentProblem, ProblemKind
    from frontdesk.core.models import Setting

    db = Database(pg_database_url)
    ensure_schema(db)
    other = create_engine(db.url.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
    holder = other.connect()
    holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": database_module.PG_WRITE_TURN_KEY})
    wrote = threading.Event()

    def write() -> None:
        db.run_write(lambda s: s.add(Setting(key="turn", value=1, updated_at=datetime(2026, 12, 1))))
        wrote.set()

    try:
        writer = threading.Thread(target=write)
        writer.start()
        assert not wrote.wait(1.0)  # queued behind the other desk
        holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": database_module.PG_WRITE_TURN_KEY})
        assert wrote.wait(10)
        writer.join(10)
        holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": database_module.PG_WRITE_TURN_KEY})
        monkeypatch.setattr(database_module, "PG_WRITE_TURN_WAIT_S", 0.5)
        with pytest.raises(EnvironmentProblem) as busy:
            db.run_write(lambda s: s.add(Setting(key="late", value=1, updated_at=datetime(2026, 12, 1))))
        assert busy.value.kind is ProblemKind.LOCKED
        with db.read() as session:
            assert session.get(Setting, "turn") is not None
            assert session.get(Setting, "late") is None
    finally:
        holder.close()
        other.dispose()
        db.dispose()
