"""数据库文件已损坏: said at start-up, with where the damaged file went and the newest good backup to restore.

Two answers only: 用此备份恢复 (accepted) or 退出 (rejected). Without a good backup only 退出, and what to do next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.restore_dialog import bold, counts_grid, kind_word, when_text
from frontdesk.ui.common.widgets import FRAME_ROOM, scroll_body, show_whole_body

if TYPE_CHECKING:
    from frontdesk.bootstrap import DamagedDatabase
    from frontdesk.core.db.backups import BackupInfo


class DamagedDatabaseDialog(QDialog):
    def __init__(self, damage: DamagedDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDatabase")
        self.setWindowTitle(self.tr("The database file is damaged"))
        self.setMinimumWidth(min(560, self.screen().availableGeometry().width() - FRAME_ROOM[0]))
        check = damage.check
        backup = check.newest_backup
        self._body = QWidget()
        self._body.setObjectName("damagedBody")
        column = QVBoxLayout(self._body)  # the words and figures scroll where the screen is short; the buttons stay
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)

        heading = QLabel(self.tr("The database file is damaged, so frontdesk cannot use it."))
        heading.setObjectName("damagedHeading")
        heading.setWordWrap(True)
        bold(heading)
        column.addWidget(heading)
        aside = QLabel(
            self.tr("Nothing was deleted: the damaged file was moved aside to {path}").format(
                path=check.set_aside if check.set_aside else "—"
            )
        )
        aside.setObjectName("damagedSetAside")
        aside.setWordWrap(True)
        column.addWidget(aside)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self._offer(column, backup, buttons)
        else:
            none = QLabel(
                self.tr(
                    "No good backup was found on this computer. Please call your administrator: they can list the "
                    "backups with “frontdesk-admin backups” and restore one with “frontdesk-admin restore”. Until "
                    "then, do not use frontdesk on this computer."
                )
            )
            none.setObjectName("damagedNoBackup")
            none.setWordWrap(True)
            column.addWidget(none)
        exit_button = buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        exit_button.setObjectName("damagedExit")
        if backup is None:
            exit_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._scroll = scroll_body(self._body, "damagedScroll")
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        outer.addWidget(self._scroll, 1)
        outer.addWidget(buttons)

    def _offer(self, column: QVBoxLayout, backup: BackupInfo, buttons: QDialogButtonBox) -> None:
        """The newest good backup: when it is from, what it holds, what restoring it means; and its button."""
        offer = QLabel(
            self.tr("The newest good backup is from {time} ({kind}). It holds:").format(
                time=when_text(backup), kind=kind_word(backup.label)
            )
        )
        offer.setObjectName("damagedOffer")
        offer.setWordWrap(True)
        column.addWidget(offer)
        column.addLayout(counts_grid([(self.tr("This backup"), backup.counts)]))
        after = QLabel(
            self.tr(
                "Restoring puts this backup in place of the damaged file; what was entered after {time} is not "
                "in it. Then staff sign in as usual."
            ).format(time=when_text(backup))
        )
        after.setObjectName("damagedAfter")
        after.setWordWrap(True)
        column.addWidget(after)
        self.restore_button = buttons.addButton(
            self.tr("Restore from this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("damagedRestore")
        self.restore_button.setDefault(True)

    def showEvent(self, event: QShowEvent) -> None:
        show_whole_body(self, self._scroll, self._body)
        super().showEvent(event)
