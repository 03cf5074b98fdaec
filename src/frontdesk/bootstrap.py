"""Opening a database at start-up, shared by the GUI and ``frontdesk-admin`` (no Qt here).

Resolves what ``--db`` / ``--demo`` mean, opens the database, and brings its schema to head (with a backup first
when an existing SQLite database is upgraded). The demo database is created and filled on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from frontdesk import paths
from frontdesk.core.db import Database, make_url_from_arg
from frontdesk.core.db.backups import BackupManager, StartCheck
from frontdesk.core.db.migrate import SchemaResult, ensure_schema
from frontdesk.core.errors import EnvironmentProblem, ProblemKind

log = logging.getLogger(__name__)

# The demo center: lively enough to show every screen, quick enough to build on first start (a few seconds).
DEMO_RESIDENTS = 3_000
DEMO_DAYS = 120

Progress = Callable[[str, float], None]  # (what is being done, fraction 0..1)


@dataclass(frozen=True)
class OpenResult:
    db: Database
    schema: SchemaResult
    created_demo: bool
    # SQLite only: the desk takes its start-up backup (off the GUI thread, once the window works) and the 30-minute
    # ones with it; see frontdesk.ui.shell.housekeeping. Opening does not wait for a copy of the whole database.
    backups: BackupManager | None = None


class DamagedDatabase(EnvironmentProblem):
    """The database failed its start-up check and was set aside; ``check.newest_backup`` is what to offer, and
    ``database`` where a restored copy goes (see :mod:`frontdesk.ui.shell.recovery`)."""

    def __init__(self, check: StartCheck, database: Path | None = None) -> None:
        super().__init__(ProblemKind.CORRUPT, check.detail)
        self.check = check
        self.database = database


def database_url_text(db_arg: str | None, *, demo: bool = False, saved_server: str | None = None) -> str:
    """The ``--db`` argument as given, the desk's saved server, or the default file: the demo one with ``--demo``."""
    chosen = paths.database_arg(db_arg, demo=demo, saved_server=saved_server)
    if chosen:
        return chosen
    return str(paths.demo_db_path() if demo else paths.default_db_path())


def open_database(
    db_arg: str | None,
    *,
    demo: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
    now: datetime | None = None,
    saved_server: str | None = None,
) -> OpenResult:
    """Open (creating if needed) and migrate the database; with ``demo``, fill a new one with demo data.

    ``saved_server`` is the server URL this desk was set to use: opened when neither ``--db`` nor ``--demo`` is
    given. A server database is created or upgraded to the head schema on the first connection, like a file.

    ``now`` (or ``today`` at the current time of day) is the moment demo history ends: visits up to it, some
    residents still in the building. Raises :class:`frontdesk.core.errors.EnvironmentProblem` when the machine is
    in the way.
    """
    if now is None:
        now = datetime.combine(today, datetime.now().time()) if today else datetime.now()
    now = now.replace(microsecond=0)
    url = make_url_from_arg(database_url_text(db_arg, demo=demo, saved_server=saved_server))
    backups = None
    if url.get_backend_name() == "sqlite" and url.database and not url.database.startswith("file:"):
        # Checked before anything opens it: a damaged file is set aside, never "repaired" into an empty database.
        backups = BackupManager(Path(url.database), paths.backup_dir(), datetime.now)
        check = backups.check_at_start()
        if not check.ok:
            raise DamagedDatabase(check, backups.database)
    db = Database(url)
    try:
        if progress:
            progress("schema", 0.0)
        schema = ensure_schema(db, backup_dir=paths.backup_dir())
        created_demo = False
        # Checked by content, not by "just created": a first fill interrupted half-way rolled back and is redone.
        if demo and _has_no_residents(db):
            from frontdesk.core.demo import seed_database

            log.info("creating demo database at %s", db.describe())
            seed_database(
                db,
                residents=DEMO_RESIDENTS,
                days=DEMO_DAYS,
                today=now.date(),
                now=now,
                progress=progress,
            )
            created_demo = True
    except BaseException:
        db.dispose()
        raise
    return OpenResult(db=db, schema=schema, created_demo=created_demo, backups=backups)


def _has_no_residents(db: Database) -> bool:
    from sqlalchemy import exists, select

    from frontdesk.core.models import Resident

    with db.read() as session:
        return not session.scalar(select(exists().where(Resident.id.isnot(None))))
