"""恢复备份 preview: what the backup holds beside what the database holds now, what a restore does, and an explicit
confirmation (a box to tick before the restore button works) — a restore throws away everything since the backup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.backup_words import kind_word
from frontdesk.ui.common.widgets import FRAME_ROOM, scroll_body, show_whole_body
from frontdesk.ui.common.wrapping_button import WrappingCheckBox

if TYPE_CHECKING:
    from frontdesk.core.db.backups import BackupInfo

__all__ = ["RestorePreview", "counts_grid", "counts_line", "kind_word", "when_text"]


def when_text(info: BackupInfo) -> str:
    return f"{info.created_at:%Y-%m-%d %H:%M}"


def count_words() -> tuple[tuple[str, str], ...]:
    return (
        ("resident", QCoreApplication.translate("Backups", "Residents")),
        ("visit", QCoreApplication.translate("Backups", "Visits")),
        ("staff", QCoreApplication.translate("Backups", "Staff accounts")),
        ("audit_entry", QCoreApplication.translate("Backups", "Audit log entries")),
    )


def counts_line(counts: dict[str, int]) -> str:
    """居民 1,234，来访 5,678 … for a status line."""
    parts = [
        QCoreApplication.translate("Backups", "{what} {count}").format(what=word, count=QLocale().toString(counts[key]))
        for key, word in count_words()[:2]
        if key in counts
    ]
    return QCoreApplication.translate("Backups", ", ").join(parts)


def counts_grid(columns: list[tuple[str, dict[str, int]]]) -> QGridLayout:
    """A small table: one row per kind of record, one column per database."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(24)
    for col, (title, _counts) in enumerate(columns, start=1):
        heading = QLabel(title)
        heading.setObjectName("countsHeading")
        grid.addWidget(heading, 0, col, Qt.AlignmentFlag.AlignRight)
    for row, (key, word) in enumerate(count_words(), start=1):
        grid.addWidget(QLabel(word), row, 0)
        for col, (_title, counts) in enumerate(columns, start=1):
            value = counts.get(key)
            label = QLabel("—" if value is None else QLocale().toString(value))
            label.setObjectName(f"count_{key}_{col}")
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignRight)
    grid.setColumnStretch(len(columns) + 1, 1)  # the numbers stay near their names, however wide the dialog
    return grid


def bold(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


class RestorePreview(QDialog):
    """Accepted only after the box is ticked and 恢复 is pressed; Esc or 取消 changes nothing."""

    def __init__(self, backup: BackupInfo, current: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restorePreview")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(min(520, self.screen().availableGeometry().width() - FRAME_ROOM[0]))
        heading = QLabel(
            self.tr("Restore the backup of {time} ({kind})?").format(
                time=when_text(backup), kind=kind_word(backup.label)
            )
        )
        heading.setObjectName("restoreHeading")
        heading.setWordWrap(True)
        bold(heading)
        grid = counts_grid([(self.tr("Database now"), current), (self.tr("This backup"), backup.counts)])
        what = QLabel(
            self.tr(
                "The database goes back to how it was when this backup was taken: everything entered since then "
                "is no longer in it. Before that, the database as it is now is backed up (kind: before a restore), "
                "so this can be undone by restoring that backup.\n\n"
                "This desk then opens the database again and everyone signs in again. Close frontdesk on the other "
                "desks first."
            )
        )
        what.setObjectName("restoreExplanation")
        what.setWordWrap(True)
        self.understood = WrappingCheckBox(  # a long sentence: it wraps on a narrow screen
            self.tr("I understand: what was entered after {time} is no longer in the database").format(
                time=when_text(backup)
            )
        )
        self.understood.setObjectName("restoreUnderstood")
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreConfirm")
        self.restore_button.setEnabled(False)
        self.restore_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("restoreCancel")
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self.restore_button.setEnabled)

        body = QWidget()
        body.setObjectName("restoreBody")
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(0, 0, 0, 0)
        body_column.setSpacing(12)
        body_column.addWidget(heading)
        body_column.addLayout(grid)
        body_column.addWidget(what)
        body_column.addWidget(self.understood)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(scroll_body(body, "restoreScroll"), 1)  # with large text on a short screen it scrolls
        column.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        show_whole_body(self, self.findChild(QWidget, "restoreScroll"), self.findChild(QWidget, "restoreBody"))
        super().showEvent(event)

    def accept(self) -> None:
        if self.understood.isChecked():  # Enter on the dialog never restores by accident
            super().accept()
