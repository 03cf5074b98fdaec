"""A warning in the status bar when an automatic backup fails, until one succeeds again.

The start-up and 30-minute backups run in the background (:class:`frontdesk.ui.shell.housekeeping.Housekeeping`); a
failure there must not go unseen, but it must not stop the desk either: front-desk staff see a short word in the status
bar (the details in its tooltip) and tell a manager.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem


class BackupNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBackupTrouble")
        self.setProperty("tone", "warning")
        self.hide()

    def failed(self, problem: EnvironmentProblem) -> None:
        from frontdesk.core.db.backups import SecondFolderUnavailable  # the database layer is loaded by now

        if isinstance(problem, SecondFolderUnavailable):
            self.setText(self.tr("⚠ Second backup folder unavailable"))
            detail = self.tr(
                "The automatic backup was saved on this computer, but it could not be copied to the second backup "
                "folder ({folder}). Check that the USB drive or network folder is connected, and tell a manager."
            ).format(folder=problem.folder)
        else:
            self.setText(self.tr("⚠ Automatic backup failed"))
            detail = self.tr("The automatic backup could not be made: {reason} Tell a manager.").format(
                reason=problems.problem_text(problem.kind)
            )
        self.setToolTip(detail)
        self.setAccessibleDescription(detail)
        self.show()

    def cleared(self, _path: str = "") -> None:
        """A backup succeeded: the warning goes."""
        self.hide()
        self.setToolTip("")
