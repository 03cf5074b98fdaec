"""The status bar's word while the database does not answer: the server is gone, or the file is locked.

One state, not one message per failed look: :class:`frontdesk.ui.common.worker.DatabaseWorker` says when the database
stops answering and when it answers again, and the desk keeps trying by itself (the change poll). Staff can go on typing
and switching pages meanwhile; nothing is saved until the database answers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.ui.failures import problems


class ReachNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDatabaseTrouble")
        self.setProperty("tone", "warning")
        self.hide()

    def set_unreachable(self, kind: object) -> None:
        """``kind``: the ProblemKind that stops the desk (connection, locked), or ``None`` when it answers again."""
        if kind is None:
            self.hide()
            self.setToolTip("")
            return
        if getattr(kind, "value", None) == "locked":
            self.setText(self.tr("⚠ The database is in use by another program; trying again…"))
        else:
            self.setText(self.tr("⚠ The database server is not answering; trying again…"))
        detail = problems.problem_text(kind)  # type: ignore[arg-type]
        self.setToolTip(detail)
        self.setAccessibleDescription(detail)
        self.show()
