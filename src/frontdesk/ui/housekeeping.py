"""What the desk does in the background while staff work: a backup every 30 minutes when something changed, and a
look every few seconds at whether another desk changed something this desk shows.

The backup runs on a worker thread (a large database takes a moment to copy); the look is one indexed query and runs
on the GUI thread. Both report through the change hub and the log, never with a dialog in the way of the desk.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.ui.changes import ChangeHub

if TYPE_CHECKING:
    from frontdesk.bootstrap import OpenResult
    from frontdesk.core.services.changes import ChangeProbe, Fingerprint

log = logging.getLogger(__name__)

BACKUP_MINUTES = 30
POLL_SECONDS = 3


class Housekeeping(QObject):
    backup_failed = Signal(object)  # the EnvironmentProblem, for a status line
    backup_done = Signal(str)  # the backup's path

    def __init__(
        self,
        hub: ChangeHub,
        *,
        backup_ms: int = BACKUP_MINUTES * 60_000,
        poll_ms: int = POLL_SECONDS * 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._opened: OpenResult | None = None
        self._probe: ChangeProbe | None = None
        self._last: Fingerprint | None = None
        self._backing_up = threading.Lock()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(backup_ms)
        self._backup_timer.timeout.connect(self.backup_now)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self.poll)
        # This desk's own changes are refreshed where they happen: take them into the baseline, no second refresh.
        hub.visits_changed.connect(self._rebaseline)
        hub.residents_changed.connect(self._rebaseline)

    def attach(self, opened: OpenResult) -> None:
        from frontdesk.core.services.changes import ChangeProbe

        self._opened = opened
        self._probe = ChangeProbe(opened.db)
        self._rebaseline()
        self._poll_timer.start()
        if opened.backups is not None:
            self._backup_timer.start()
            if opened.schema.before is not None:  # a database just created has nothing worth keeping yet
                self.backup_now("start")

    def stop(self) -> None:
        self._poll_timer.stop()
        self._backup_timer.stop()

    def poll(self) -> None:
        """Another desk's changes: tell the views that show them."""
        if self._probe is None:
            return
        try:
            now = self._probe.fingerprint()
        except Exception as exc:  # the database went away for a moment: the next look will tell
            log.warning("change poll failed: %s", exc)
            return
        changed = now.changed_parts(self._last)
        self._last = now
        if "visits" in changed:
            self._emit(self._hub.visits_changed)
        if "residents" in changed:
            self._emit(self._hub.residents_changed)

    def _emit(self, signal) -> None:
        signal.disconnect(self._rebaseline)  # this is the refresh; the baseline is already current
        try:
            signal.emit()
        finally:
            signal.connect(self._rebaseline)

    def _rebaseline(self) -> None:
        if self._probe is not None:
            try:
                self._last = self._probe.fingerprint()
            except Exception as exc:
                log.warning("change baseline failed: %s", exc)

    def backup_now(self, label: str = "periodic") -> None:
        """A backup off the GUI thread: at start always, later only when something changed; never two at once."""
        if self._opened is None or self._opened.backups is None or not self._backing_up.acquire(blocking=False):
            return
        manager = self._opened.backups

        def work() -> None:
            from frontdesk.core.errors import classify

            try:
                info = manager.take(label) if label == "start" else manager.take_if_changed(label)
                if info is not None:
                    self.backup_done.emit(str(info.path))
            except Exception as exc:
                problem = classify(exc)
                if problem is None:
                    log.exception("periodic backup failed")
                else:
                    log.warning("periodic backup: %s", problem)
                    self.backup_failed.emit(problem)
            finally:
                self._backing_up.release()

        threading.Thread(target=work, name="periodic-backup", daemon=True).start()
