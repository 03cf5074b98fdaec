"""What to tell the user about each kind of environment trouble: what happened and what to do next.

No traceback and no error code: these are the machine's problems, not bugs, and staff must be able to act on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from frontdesk.core.errors import ProblemKind


def problem_title() -> str:
    return QCoreApplication.translate("Problems", "Database problem")


def problem_text(kind: ProblemKind) -> str:
    """The message for ``kind`` in the user's language (the translators must be installed first)."""
    from frontdesk.core.errors import ProblemKind  # imported when there is a problem to tell, not at start-up

    texts = {
        ProblemKind.LOCKED: QCoreApplication.translate(
            "Problems",
            "The database is being used by another program. Wait a moment and try again. If this keeps "
            "happening, close other copies of frontdesk on this computer, or restart it.",
        ),
        ProblemKind.READ_ONLY: QCoreApplication.translate(
            "Problems",
            "The database cannot be written to: the file or its folder is read-only. Ask your administrator "
            "to give this computer permission to write to the database folder.",
        ),
        ProblemKind.DISK_FULL: QCoreApplication.translate(
            "Problems",
            "The disk is full, so nothing can be saved. Free some space (for example, delete old backups or "
            "downloads), then try again.",
        ),
        ProblemKind.CORRUPT: QCoreApplication.translate(
            "Problems",
            "The database file is damaged, or it is not a frontdesk database. Stop using this file and ask your "
            "administrator to restore it from a backup.",
        ),
        ProblemKind.CANNOT_OPEN: QCoreApplication.translate(
            "Problems",
            "The database cannot be opened. Check that the location is right and its folder exists; if the "
            "database is on a network share, check that the network is connected.",
        ),
        ProblemKind.CONNECTION: QCoreApplication.translate(
            "Problems",
            "The database server cannot be reached. Check the network connection and try again in a moment; if "
            "it keeps failing, tell your administrator.",
        ),
        ProblemKind.TOO_NEW: QCoreApplication.translate(
            "Problems",
            "This database was created by a newer version of frontdesk. Update this program to the latest "
            "version before opening it.",
        ),
    }
    return texts[kind]


def location_text(location: str) -> str:
    return QCoreApplication.translate("Problems", "Database: {location}").format(location=location)
