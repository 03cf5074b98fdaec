"""Shared fixtures: headless Qt, a private FRONTDESK_HOME, and a fresh migrated database per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.db.migrate import ensure_schema

# Generated-input tests: no per-example deadline (a database write or an Argon2 hash on a busy machine is not a
# bug); in CI the examples are derived from each test's name, so a failure there reproduces anywhere.
settings.register_profile("frontdesk", deadline=None)
settings.register_profile("ci", parent=settings.get_profile("frontdesk"), derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") or os.environ.get("FRONTDESK_REQUIRE_PG") else "frontdesk")


@pytest.fixture(autouse=True)
def frontdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, log and backup folders: nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FRONTDESK_HOME", str(home))
    return home


@pytest.fixture
def clock() -> SettableClock:
    """Saturday 2026-11-28, 09:00 (tests/ui has its own, at 09:30)."""
    return SettableClock(datetime(2026, 11, 28, 9, 0))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "frontdesk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh SQLite database at the head revision."""
    database = Database(db_path)
    ensure_schema(database)
    yield database
    database.dispose()


PG_URL_ENV = (
    "FRONTDESK_TEST_PG_URL"  # a server URL whose user may CREATE DATABASE, e.g. postgresql://fd@localhost/postgres
)
PG_REQUIRED_ENV = "FRONTDESK_REQUIRE_PG"  # set by .ci/run: a missing server fails instead of skipping


def _pg_admin_url() -> str | None:
    url = os.environ.get(PG_URL_ENV)
    if not url and os.environ.get(PG_REQUIRED_ENV):
        pytest.fail(f"{PG_REQUIRED_ENV} is set but {PG_URL_ENV} is not")
    return url


@pytest.fixture
def pg_database_url() -> Iterator[str]:
    """A brand-new, empty PostgreSQL database for one test, dropped afterwards."""
    admin_url = _pg_admin_url()
    if not admin_url:
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from frontdesk.core.db import make_url_from_arg

    admin = create_engine(make_url_from_arg(admin_url), isolation_level="AUTOCOMMIT")
    name = f"fd_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        yield make_url(str(make_url_from_arg(admin_url).set(database=name).render_as_string(hide_password=False)))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_schema_template() -> Iterator[str]:
    """A PostgreSQL database migrated to head once per test process, for :func:`pg_schema_url` to copy: creating
    and migrating a database costs ~0.9 s, copying a migrated one ~0.5 s, and hundreds of tests take one."""
    admin_url = _pg_admin_url()
    if not admin_url:
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
    import uuid

    from sqlalchemy import create_engine, text

    from frontdesk.core.db import make_url_from_arg

    admin = create_engine(make_url_from_arg(admin_url), isolation_level="AUTOCOMMIT")
    name = f"fd_template_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        template = Database(make_url_from_arg(admin_url).set(database=name))
        ensure_schema(template)
        template.dispose()  # a database being copied may have no one connected
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_schema_url(pg_schema_template: str) -> Iterator[str]:
    """A PostgreSQL database at the head revision with no rows, for one test (a copy of the migrated template)."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from frontdesk.core.db import make_url_from_arg

    admin_url = make_url_from_arg(_pg_admin_url() or "")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"fd_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_schema_template}"'))
    try:
        yield make_url(admin_url.set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test on SQLite and on PostgreSQL (the latter skipped without a server, except in CI), the schema at
    head and no rows."""
    if request.param == "sqlite":
        database = Database(tmp_path / "any.sqlite3")
    else:
        database = Database(request.getfixturevalue("pg_schema_url"))
    ensure_schema(database)
    yield database
    database.dispose()
