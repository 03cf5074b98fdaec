"""隐私 on the Settings page (managers only): how long archived residents are kept, and anonymising those past it.

PIPL keeps personal information no longer than needed. Archived residents (moved away, deceased) past the retention
period lose their name and identifiers; what statistics need (sex, birth year, community, visits) stays. Every action
goes through :class:`~frontdesk.core.services.privacy.PrivacyService` with the signed-in actor, which refuses anyone
without Permission.SETTINGS too.

Anonymisation cannot be undone, so a safety backup (匿名化前, kept 30 days) is taken first; when it cannot be made,
nothing is anonymised. A desk on a database server takes no backups of its own (the server's administrator does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from frontdesk.ui.signin import attempt, error_label, show_error

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.backups import BackupService
    from frontdesk.core.services.privacy import PrivacyService
    from frontdesk.ui.residents.form import Confirm

DAYS_PER_YEAR = 365
MIN_YEARS, MAX_YEARS = 1, 30  # within the core's RETENTION_DAYS range (30 days to 30 years)


class PrivacySection(QGroupBox):
    """The 隐私 box: hidden unless the signed-in actor may change settings."""

    def __init__(self, prompts: Confirm, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self.setObjectName("privacySection")
        self._prompts = prompts
        self._service: PrivacyService | None = None
        self._backups: BackupService | None = None
        self._actor: Actor | None = None
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
        self.error = error_label("privacyError")
        self.status = QLabel()
        self.status.setObjectName("privacyStatus")
        self.status.setWordWrap(True)

        label = QLabel(self.tr("Keep archived residents for"))
        label.setBuddy(self.years)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.years)
        row.addWidget(self.save_button)
        row.addStretch(1)
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

    def set_actor(self, actor: Actor | None) -> None:
        from frontdesk.core.access import Permission

        self._actor = actor
        allowed = actor is not None and actor.may(Permission.SETTINGS)
        self.setVisible(allowed)
        self.status.clear()
        show_error(self.error, "")
        self.refresh()

    def _allowed(self) -> bool:
        from frontdesk.core.access import Permission

        return self._service is not None and self._actor is not None and self._actor.may(Permission.SETTINGS)

    def refresh(self) -> None:
        if not self._allowed():
            return
        service = self._service
        assert service is not None
        actor = self._actor
        days, _ = attempt(lambda: service.retention_days(actor))
        if days is not None:
            self.years.blockSignals(True)
            self.years.setValue(max(MIN_YEARS, min(MAX_YEARS, round(days / DAYS_PER_YEAR))))
            self.years.blockSignals(False)
        self._stored_years = self.years.value()
        self.save_button.setEnabled(False)
        self._count_due()

    def _years_changed(self) -> None:
        self.save_button.setEnabled(self.years.value() != self._stored_years)

    def _count_due(self) -> None:
        service, actor = self._service, self._actor
        assert service is not None
        assert actor is not None
        count, trouble = attempt(
            lambda: service.count_expired(actor, retention_days=self._stored_years * DAYS_PER_YEAR)
        )
        if count is None:
            show_error(self.error, trouble)
            return
        self._due = count
        self.due.setText(
            self.tr("Archived residents past the retention period: {count}").format(count=count)
            if count
            else self.tr("No archived resident is past the retention period.")
        )
        self.anonymise_button.setEnabled(count > 0)

    def save_retention(self) -> None:
        if not self._allowed():
            return
        service, actor, years = self._service, self._actor, self.years.value()
        _done, trouble = attempt(lambda: service.set_retention_days(actor, years * DAYS_PER_YEAR) or True)  # type: ignore[union-attr, arg-type]
        show_error(self.error, trouble)
        if not trouble:
            self.status.setText(self.tr("Retention period saved: {years} years.").format(years=years))
            self.refresh()

    def anonymise(self) -> int | None:
        """匿名化, after a confirmation that says what goes and what stays."""
        if not self._allowed() or not self._due:
            return None
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
            return None
        safety, trouble = self._safety_backup()
        if trouble:
            self.status.clear()
            show_error(self.error, trouble)
            return None
        service, actor = self._service, self._actor
        count, trouble = attempt(lambda: service.anonymise_expired(actor, retention_days=years * DAYS_PER_YEAR))  # type: ignore[union-attr, arg-type]
        show_error(self.error, trouble)
        if count is None:
            return None
        done = self.tr(
            "{count} archived residents anonymised: their names and identifiers are removed, visits still count."
        ).format(count=count)
        self.status.setText(f"{done} {safety}" if safety else done)
        self.refresh()
        return count

    def _safety_backup(self) -> tuple[str, str]:
        """The 匿名化前 backup: (what to add to the result, why nothing may be anonymised — ``""`` when it may)."""
        backups, actor = self._backups, self._actor
        if backups is None:
            return "", ""

        def take() -> str:
            from frontdesk.core.db.backups import SecondFolderUnavailable

            try:
                info = backups.take_safety(actor, "before-anonymise")  # type: ignore[arg-type]
            except SecondFolderUnavailable as partial:  # the backup stands on this computer: enough to go on
                return self.tr(
                    "The data as it was is kept in the backup {path} for 30 days (the second backup folder could "
                    "not be reached)."
                ).format(path=partial.backup.path)
            return self.tr("The data as it was is kept in the backup {path} for 30 days.").format(path=info.path)

        note, trouble = attempt(take)
        if note is None:
            return "", self.tr("Nothing was anonymised: the backup taken first could not be made: {reason}").format(
                reason=trouble
            )
        return note, ""
