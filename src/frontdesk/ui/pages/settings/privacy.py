"""隐私 on the Settings page (managers only): how long archived residents are kept, and anonymising those past it.

PIPL keeps personal information no longer than needed. Archived residents (moved away, deceased) past the retention
period lose their name and identifiers; what statistics need (sex, birth year, community, visits) stays. Every action
goes through :class:`~frontdesk.core.services.privacy.PrivacyService` with the signed-in actor, which refuses anyone
without Permission.SETTINGS too.

Anonymisation cannot be undone, so a safety backup (匿名化前, kept 30 days) is taken first; when it cannot be made,
nothing is anonymised. A desk on a database server takes no backups of its own (the server's administrator does).

Every call runs on the desk's database worker; while one is under way the buttons wait and the box says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from frontdesk.ui.common.fields import show_error
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.staff_words import refusal_text
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.settings.manager_section import ManagerSection

if TYPE_CHECKING:
    from collections.abc import Callable

    from frontdesk.core.services.backups import BackupService
    from frontdesk.core.services.privacy import PrivacyService
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.failures.prompts import Confirm

READ = "privacy.read"  # the retention period and the count past it, read on the worker
DAYS_PER_YEAR = 365
MIN_YEARS, MAX_YEARS = 1, 30  # within the core's RETENTION_DAYS range (30 days to 30 years)


class PrivacySection(ManagerSection):
    """The 隐私 box: hidden unless the signed-in actor may change settings."""

    def __init__(self, prompts: Confirm, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        from frontdesk.core.access import Permission

        super().__init__(self.tr("Privacy"), "privacy", worker, Permission.SETTINGS, parent)
        self._prompts = prompts
        self._backups: BackupService | None = None
        self._stored_years = 3  # as saved in the center's settings
        self._due = 0  # archived residents past the retention period

        explain = QLabel(
            self.tr(
                "Archived residents (moved away, deceased) are kept for the retention period, then anonymised: "
                "name, ID number, phones, address, emergency contact, health data, notes and card are removed. "
                "Sex, birth year, community and visits stay, for statistics."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setObjectName("privacyRetentionYears")
        self.years.setRange(MIN_YEARS, MAX_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setToolTip(self.tr("How long archived residents are kept before anonymisation (default 3 years)"))
        self.save_button = QPushButton(self.tr("Save retention period"))
        self.save_button.setObjectName("privacySaveRetention")
        self.due = QLabel()
        self.due.setObjectName("privacyDue")
        self.due.setWordWrap(True)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"))
        self.anonymise_button.setObjectName("privacyAnonymise")
        self.anonymise_button.setToolTip(self.tr("Remove names and identifiers of those past the retention period"))

        label = QLabel(self.tr("Keep archived residents for"))
        label.setBuddy(self.years)
        row = FlowLayout(spacing=10)  # the button goes under the field when the row is too narrow for both
        row.addWidget(group(label, self.years))
        row.addWidget(self.save_button)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.anonymise_button)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addLayout(row)
        column.addLayout(due_row)
        column.addWidget(self.error)
        column.addWidget(self.status)

        self.save_button.clicked.connect(self.save_retention)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.years.valueChanged.connect(self._years_changed)
        self.setVisible(False)

    def attach(self, service: PrivacyService, backups: BackupService | None = None) -> None:
        """``backups`` takes the safety backup before anonymising (``None``: a database server)."""
        self._service = service
        self._backups = backups
        self.refresh()

    def _show_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self.years.value() != self._stored_years)
        self.anonymise_button.setEnabled(not busy and self._due > 0)
        self.years.setEnabled(not busy)

    def refresh(self) -> None:
        """Read the retention period saved and how many archived residents are past it (on the worker)."""
        if not self._allowed():
            return
        service, actor = self._service, self._actor
        assert service is not None
        assert actor is not None

        def read() -> tuple[int, int]:
            days = service.retention_days(actor)
            years = max(MIN_YEARS, min(MAX_YEARS, round(days / DAYS_PER_YEAR)))
            return years, service.count_expired(actor, retention_days=years * DAYS_PER_YEAR)

        self._run(read, self._read, key=READ)

    def _read(self, read: tuple[int, int]) -> None:
        years, count = read
        self.years.blockSignals(True)
        self.years.setValue(years)
        self.years.blockSignals(False)
        self._stored_years = years
        self._due = count
        self.due.setText(
            self.tr("Archived residents past the retention period: {count}").format(count=count)
            if count
            else self.tr("No archived resident is past the retention period.")
        )
        self._show_busy(self._jobs.busy)

    def _years_changed(self) -> None:
        self.save_button.setEnabled(not self._jobs.busy and self.years.value() != self._stored_years)

    def save_retention(self) -> None:
        if not self._allowed() or self._jobs.busy:
            return
        service, actor, years = self._service, self._actor, self.years.value()
        show_error(self.error, "")
        self.status.setText(self.tr("Saving…"))

        def saved(_none: object) -> None:
            self.status.setText(self.tr("Retention period saved: {years} years.").format(years=years))
            self.refresh()

        self._run(lambda: service.set_retention_days(actor, years * DAYS_PER_YEAR), saved)  # type: ignore[union-attr, arg-type]

    def anonymise(self) -> None:
        """匿名化, after a confirmation that says what goes and what stays; the safety backup first, then the
        anonymisation, both on the worker. The outcome is said in the box when it comes back."""
        if not self._allowed() or not self._due or self._jobs.busy:
            return
        years = self._stored_years
        if not self._prompts.confirm(
            self.tr("Anonymise archived residents?"),
            self.tr(
                "{count} archived residents have been archived for more than the retention period ({years} years). "
                "Their name, ID number, phones, address, emergency contact, health data, notes and member card will "
                "be removed for good; this cannot be undone. Sex, birth year, community and their visits stay, so "
                "statistics and reports still count them."
            ).format(count=self._due, years=years),
            action=self.tr("Anonymise"),
        ):
            return
        show_error(self.error, "")
        self.status.setText(self.tr("Anonymising…"))
        self._safety_backup(lambda safety: self._anonymise(years, safety))

    def _anonymise(self, years: int, safety: str) -> None:
        service, actor = self._service, self._actor

        def done(count: object) -> None:
            text = self.tr(
                "{count} archived residents anonymised: their names and identifiers are removed, visits still count."
            ).format(count=count)
            self.status.setText(f"{text} {safety}" if safety else text)
            self.refresh()

        self._run(lambda: service.anonymise_expired(actor, retention_days=years * DAYS_PER_YEAR), done)  # type: ignore[union-attr, arg-type]

    def _safety_backup(self, then: Callable[[str], None]) -> None:
        """The 匿名化前 backup on the worker; ``then`` gets what to add to the result. When it cannot be made,
        nothing is anonymised and the box says why."""
        backups, actor = self._backups, self._actor
        if backups is None:
            then("")
            return

        def take() -> tuple[Path, bool]:
            from frontdesk.core.db.backups import SecondFolderUnavailable

            try:
                return backups.take_safety(actor, "before-anonymise").path, False  # type: ignore[arg-type]
            except SecondFolderUnavailable as partial:  # the backup stands on this computer: enough to go on
                return partial.backup.path, True

        def taken(made: tuple[Path, bool]) -> None:
            path, second_missing = made
            if second_missing:
                note = self.tr(
                    "The data as it was is kept in the backup {path} for 30 days (the second backup folder could "
                    "not be reached)."
                )
            else:
                note = self.tr("The data as it was is kept in the backup {path} for 30 days.")
            then(note.format(path=path))

        def not_made(reason: str) -> None:
            self.status.clear()
            show_error(
                self.error,
                self.tr("Nothing was anonymised: the backup taken first could not be made: {reason}").format(
                    reason=reason
                ),
            )

        self._jobs.run(
            take,
            taken,
            refused=lambda refusal: not_made(refusal_text(refusal)),
            trouble=lambda problem: not_made(problems.problem_text(problem.kind)),
        )
