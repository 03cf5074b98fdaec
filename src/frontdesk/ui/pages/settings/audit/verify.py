"""Running the chain check on a worker thread: half a million entries take about half a minute, and the desk must
stay usable meanwhile. The result (or what went wrong) comes back to the GUI thread through a queued signal."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.audit_log import AuditLogService


class VerifyRunner(QObject):
    """One check. Not parented: it lives as long as its thread needs it, even if the dialog closes first (the
    connections to a closed dialog simply end)."""

    progressed = Signal(int, int)  # entries checked so far, entries in the log
    finished = Signal(object)  # ChainCheck, or the exception the check raised

    def __init__(self, service: AuditLogService, actor: Actor) -> None:
        super().__init__()
        self._service = service
        self._actor = actor
        self._thread = threading.Thread(target=self._run, name="verify-audit-log", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            total = self._service.count(self._actor)
            self.progressed.emit(0, total)
            outcome: object = self._service.verify(self._actor, lambda done: self.progressed.emit(done, total))
        except Exception as exc:  # handed to the GUI thread, which says what went wrong (or reports the bug)
            outcome = exc
        self.finished.emit(outcome)
