"""Several desks on one PostgreSQL server: which database a start opens, and the connection test's verdicts."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from frontdesk import paths
from frontdesk.bootstrap import database_url_text, open_database
from frontdesk.core.db.migrate import HEAD_REVISION, current_revision
from frontdesk.core.db.server import Contents, Outcome, ServerAddress, check_server

SAVED = "postgresql+psycopg://fd:s3cret-pw@db.example:5432/frontdesk"


def test_what_a_start_opens() -> None:
    assert database_url_text(None, saved_server=SAVED) == SAVED
    assert database_url_text("/tmp/other.sqlite3", saved_server=SAVED) == "/tmp/other.sqlite3"  # --db wins
    assert database_url_text(None, demo=True, saved_server=SAVED) == str(paths.demo_db_path())  # --demo too
    assert database_url_text(None) == str(paths.default_db_path())


def test_the_address_is_shown_without_its_password() -> None:
    address = ServerAddress("db.example", 5433, "frontdesk", "fd", "s3cret-pw")
    assert address.shown() == "postgresql://fd@db.example:5433/frontdesk"
    assert ServerAddress.from_url(address.url_text()) == address
    assert "s3cret-pw" not in repr(address.url())


def test_nobody_listening_is_unreachable(caplog: pytest.LogCaptureFixture) -> None:
    check = check_server(ServerAddress("127.0.0.1", 1, "frontdesk", "fd", "s3cret-pw"), timeout_s=2)
    assert check.outcome == Outcome.UNREACHABLE
    assert "s3cret-pw" not in caplog.text


@pytest.mark.postgres
def test_a_missing_database_and_an_empty_one(pg_database_url) -> None:
    url = make_url(str(pg_database_url))
    address = ServerAddress.from_url(url)
    missing = ServerAddress(address.host, address.port, "fd_no_such_database", address.user, address.password)
    assert check_server(missing).outcome == Outcome.NO_DATABASE
    assert check_server(address).contents == Contents.EMPTY


@pytest.mark.postgres
def test_the_saved_server_is_opened_and_its_schema_created(pg_database_url, caplog) -> None:
    saved = ServerAddress.from_url(make_url(str(pg_database_url)))
    saved = ServerAddress(saved.host, saved.port, saved.database, saved.user, "s3cret-pw")  # trust: ignored
    opened = open_database(None, saved_server=saved.url_text())
    try:
        assert opened.db.url.get_backend_name() == "postgresql"
        assert opened.db.url.database == saved.database
        assert current_revision(opened.db) == HEAD_REVISION  # created on the first connection
        assert opened.schema.before is None
    finally:
        opened.db.dispose()
    check = check_server(saved)
    assert (check.outcome, check.contents, check.revision) == (Outcome.CONNECTED, Contents.FRONTDESK, HEAD_REVISION)
    assert "s3cret-pw" not in caplog.text
