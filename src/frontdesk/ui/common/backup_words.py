"""备份与恢复 in words: what kind of backup each is, and why a restore or a second folder was refused.

Safety backups (升级前 / 恢复前 / 导入前 / 匿名化前) are named for what they protect against, apart from the ordinary
ones (定时 / 手动 / 启动), and say until when they are kept.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from frontdesk.core.db.backups import BackupInfo
    from frontdesk.core.db.restore_checks import RestoreRefused
    from frontdesk.core.errors import RuleViolation

CONTEXT = "Backups"
SAFETY_DAYS = 30  # frontdesk.core.db.backups.RotationPolicy.safety_days (not imported: no core at start-up)

# Label prefixes, first match wins (labels are "manual", "manual-2", "before-upgrade-from-0005"…).
KINDS: tuple[tuple[str, str], ...] = (
    ("before-upgrade", QT_TRANSLATE_NOOP("Backups", "Before an upgrade")),
    ("before-restore", QT_TRANSLATE_NOOP("Backups", "Before a restore")),
    ("before-import", QT_TRANSLATE_NOOP("Backups", "Before an import")),
    ("before-anonymise", QT_TRANSLATE_NOOP("Backups", "Before anonymisation")),
    ("start", QT_TRANSLATE_NOOP("Backups", "At start-up")),
    ("periodic", QT_TRANSLATE_NOOP("Backups", "Every 30 minutes")),
    ("manual", QT_TRANSLATE_NOOP("Backups", "Taken by hand")),
)
SAFETY_PREFIXES = ("before-upgrade", "before-restore", "before-import", "before-anonymise")

RESTORE_REFUSALS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Backups", "the backup file is no longer there."),
    "damaged": QT_TRANSLATE_NOOP("Backups", "the backup file is damaged (it failed its check). Choose another backup."),
    "not_frontdesk": QT_TRANSLATE_NOOP("Backups", "the file is not a frontdesk database."),
    "too_new": QT_TRANSLATE_NOOP(
        "Backups", "the backup was made by a newer version of frontdesk. Update this program first."
    ),
    "unknown_schema": QT_TRANSLATE_NOOP(
        "Backups", "the backup was made by a version of frontdesk this program does not know."
    ),
}

FOLDER_REFUSALS: dict[str, str] = {
    "second_folder_not_absolute": QT_TRANSLATE_NOOP("Backups", "Choose a whole folder path, such as E:\\备份."),
    "second_folder_is_main": QT_TRANSLATE_NOOP(
        "Backups", "That is the folder the backups are kept in already; choose another drive or folder."
    ),
}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def kind_word(label: str) -> str:
    """Why a backup was taken, in words."""
    for prefix, word in KINDS:
        if label.startswith(prefix):
            return t(word)
    return QCoreApplication.translate("Backups", "Other")


def is_safety(label: str) -> bool:
    return label.startswith(SAFETY_PREFIXES)


def kind_tooltip(info: BackupInfo) -> str:
    """For a safety backup, how long it stays; nothing for the ordinary ones (their rotation is the README's)."""
    if not is_safety(info.label):
        return ""
    until = info.created_at + timedelta(days=SAFETY_DAYS)
    text = QCoreApplication.translate(
        "Backups", "A safety backup: kept for {days} days whatever the periodic backups do, until {date}."
    )
    return text.format(days=SAFETY_DAYS, date=f"{until:%Y-%m-%d}")


def restore_refused_text(refused: RestoreRefused) -> str:
    reason = t(RESTORE_REFUSALS[refused.reason]) if refused.reason in RESTORE_REFUSALS else refused.reason
    return QCoreApplication.translate("Backups", "Nothing was restored: {reason}").format(reason=reason)


def folder_refusal_text(violation: RuleViolation) -> str | None:
    """Words for the second folder's refusals, or ``None`` for another refusal (the shared words then)."""
    source = FOLDER_REFUSALS.get(violation.code)
    return t(source) if source is not None else None
