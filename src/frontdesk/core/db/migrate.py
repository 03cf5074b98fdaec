"""Bring a database to the schema this version of frontdesk needs.

On start the app calls :func:`ensure_schema`: a brand-new database is created at head; an older one is first backed
up (SQLite online backup API) and then upgraded in one transaction, with foreign keys off during the upgrade (Alembic
batch mode recreates tables, and with foreign keys on, dropping a parent table would cascade deletes into children)
and ``PRAGMA foreign_key_check`` run before commit. A database written by a newer frontdesk is refused, not touched.

The common case, a database already at head, costs one query and does not import Alembic at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from frontdesk.core.db.backup import BackupResult, backup_name, backup_sqlite
from frontdesk.core.db.database import Database
from frontdesk.core.errors import EnvironmentProblem, ProblemKind

log = logging.getLogger(__name__)

# The newest revision in frontdesk/migrations/versions. A test keeps this equal to Alembic's head, so start-up can
# tell "nothing to do" without loading the migration scripts.
HEAD_REVISION = "0011"
SCRIPT_LOCATION = "frontdesk:migrations"
_PG_LOCK_KEY = 0x46524F4E  # advisory lock: two desks starting at once migrate one after the other


@dataclass(frozen=True)
class SchemaResult:
    before: str | None  # revision found, None for an empty database
    after: str
    backup: BackupResult | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def current_revision(db: Database) -> str | None:
    with db.read() as session:
        conn = session.connection()
        if not inspect(conn).has_table("alembic_version"):
            if inspect(conn).get_table_names():
                raise EnvironmentProblem(ProblemKind.CORRUPT, "tables present but no alembic_version: not ours")
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def ensure_schema(db: Database, *, backup_dir: Path | None = None, now: datetime | None = None) -> SchemaResult:
    """Create or upgrade ``db`` to :data:`HEAD_REVISION`; back up an existing SQLite database first."""
    before = current_revision(db)
    if before == HEAD_REVISION:
        return SchemaResult(before, before, None)
    return upgrade(db, before=before, backup_dir=backup_dir, now=now)


def upgrade(
    db: Database,
    *,
    target: str = "head",
    before: str | None = None,
    backup_dir: Path | None = None,
    now: datetime | None = None,
) -> SchemaResult:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    if before is not None and _unknown_revision(script, before):
        raise EnvironmentProblem(ProblemKind.TOO_NEW, f"database revision {before} is unknown to this version")
    backup = None
    if before is not None and db.path is not None and backup_dir is not None:
        label = f"before-upgrade-from-{before}"
        backup = backup_sqlite(db.path, backup_dir / backup_name(db.path, label, now or datetime.now()))
    if db.is_sqlite:
        _upgrade_sqlite(db, target)
    else:
        _upgrade_server(db, target)
    after = current_revision(db)
    assert after is not None
    log.info("schema upgraded from %s to %s", before, after)
    return SchemaResult(before, after, backup)


def _unknown_revision(script, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is None
    except CommandError:
        return True


def _config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def _run_alembic(connection: Connection, target: str) -> None:
    from alembic import command

    command.upgrade(_config(connection), target)


def _upgrade_sqlite(db: Database, target: str) -> None:
    with db.engine.connect() as plain:
        raw = plain.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # must be set outside a transaction to take effect
        try:
            conn = plain.execution_options(frontdesk_write=True)
            with conn.begin():
                _run_alembic(conn, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise EnvironmentProblem(ProblemKind.CORRUPT, f"foreign_key_check after upgrade: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _upgrade_server(db: Database, target: str) -> None:
    with db.engine.connect() as conn, conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        _run_alembic(conn, target)


def head_of_scripts() -> str:
    """Alembic's own idea of head (used by tests to keep :data:`HEAD_REVISION` honest)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """``revision`` is one of this program's migrations (exactly, not a prefix of one): a database at it can be
    opened, and brought to head if older."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    if _unknown_revision(script, revision):
        return False
    found = script.get_revision(revision)
    return found is not None and found.revision == revision
