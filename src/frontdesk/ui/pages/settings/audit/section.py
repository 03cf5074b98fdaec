"""The 操作日志 box on the Settings page (managers only): what the log is, and the button that opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.clock import Clock, system_clock

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.audit_log import AuditLogService
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.pages.settings.audit.dialog import AuditLogDialog


class AuditSection(QGroupBox):
    """Hidden unless the signed-in actor may read the audit log; the log window closes when they sign out."""

    def __init__(self, worker: DatabaseWorker, clock: Clock = system_clock, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Audit log"), parent)
        self.setObjectName("auditSection")
        self._worker = worker
        self._clock = clock
        self._service: AuditLogService | None = None
        self._services: DeskServices | None = None  # the desk's, for exporting the log
        self._actor: Actor | None = None
        self.dialog: AuditLogDialog | None = None

        hint = QLabel(
            self.tr(
                "Who did what and when on every desk, with what changed. Each entry is sealed to the one before, "
                "so a check shows whether anything was edited or deleted."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Audit log…"))
        self.open_button.setObjectName("auditOpen")
        self.open_button.setToolTip(self.tr("Browse and check the audit log"))
        self.open_button.clicked.connect(self.open_log)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addLayout(row)
        self.setVisible(False)

    def attach(self, service: AuditLogService, services: DeskServices | None = None) -> None:
        """``services``: the desk's, so the log can be exported (None: it cannot)."""
        self._service = service
        self._services = services

    def set_actor(self, actor: Actor | None) -> None:
        from frontdesk.core.access import Permission

        self._actor = actor
        allowed = actor is not None and actor.may(Permission.AUDIT)
        self.setVisible(allowed)
        if self.dialog is not None and (not allowed or self.dialog.actor != actor):
            self.close_log()

    def open_log(self) -> AuditLogDialog | None:
        if self._service is None or self._actor is None:
            return None
        if self.dialog is None:
            from frontdesk.ui.pages.settings.audit.dialog import AuditLogDialog

            self.dialog = AuditLogDialog(
                self._service,
                self._worker,
                self._actor,
                today=self._clock().date(),
                services=self._services,
                parent=self.window(),
            )
            self.dialog.finished.connect(self.close_log)
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog

    def close_log(self, *_args) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self.close_log)
            dialog.stop()  # nothing read for it comes back after it is gone
            dialog.close()
            dialog.deleteLater()
