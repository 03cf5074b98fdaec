"""The damaged database at start-up: offer the newest good backup instead of only saying the file is damaged.

:func:`frontdesk.bootstrap.open_database` has already set the damaged file aside (renamed, never deleted) and found
the newest backup that passes ``integrity_check``. Here the desk asks (:meth:`frontdesk.ui.failures.prompts.Prompts.
damaged_database`): 用此备份恢复 puts that backup in place and opens it, and staff sign in as usual; 退出 ends with
the environment-problem exit code. With no good backup the user is told so and what to do. Never a silent empty
database: a later start finds the set-aside file and asks again (see ``BackupManager.check_at_start``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from frontdesk.core.errors import EnvironmentProblem, ProblemKind

if TYPE_CHECKING:
    from frontdesk.bootstrap import DamagedDatabase, OpenResult
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.shell.startup import DatabaseOpener

log = logging.getLogger(__name__)


class AsksAboutDamage(Protocol):
    def damaged_database(self, damage: DamagedDatabase) -> bool: ...


class Declined(EnvironmentProblem):
    """The user was told about the damaged database and chose to exit (or there was nothing to restore)."""

    told = True

    def __init__(self, detail: str) -> None:
        super().__init__(ProblemKind.CORRUPT, detail)


def already_told(problem: EnvironmentProblem) -> bool:
    """The user has seen the whole story in the recovery dialog: no second message about the same damage."""
    return getattr(problem, "told", False)


def opened_or_restored(opener: DatabaseOpener, prompts: AsksAboutDamage, *, clock: Clock, headless: bool) -> OpenResult:
    """The opened database; or, when it was damaged, the newest good backup put in place and opened — if the user
    agrees. Raises :class:`Declined` when they do not (or there is no backup), and anything else as it came."""
    from frontdesk.bootstrap import DamagedDatabase

    try:
        return opener.result()
    except DamagedDatabase as damage:
        if headless or damage.database is None:  # --smoke / --startup-probe never wait for a person
            raise
        log.warning("damaged database set aside as %s; newest good backup: %s", damage.check.set_aside,
                    damage.check.newest_backup.path if damage.check.newest_backup else None)  # fmt: skip
        if not prompts.damaged_database(damage) or damage.check.newest_backup is None:
            raise Declined(damage.detail) from damage
        return _restore_and_open(damage, clock)


def _restore_and_open(damage: DamagedDatabase, clock: Clock) -> OpenResult:
    from frontdesk import paths
    from frontdesk.bootstrap import open_database
    from frontdesk.core.db.backups import BackupManager
    from frontdesk.core.services.backups import restore_at_start

    assert damage.database is not None
    manager = BackupManager(damage.database, paths.backup_dir(), clock)
    restore_at_start(manager, damage.check, clock)
    return open_database(str(damage.database))
