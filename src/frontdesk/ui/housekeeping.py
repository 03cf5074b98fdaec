"""What the desk does in the background while staff work: a backup every 30 minutes when something changed, and a
look every few seconds at whether another desk changed something this desk shows.

The backup runs on its own thread (a large database takes a moment to copy). The look runs on the desk's database
worker (:mod:`frontdesk.ui.worker`), one at a time: with the server gone a look may wait seconds for an answer, and
the GUI thread must not. Both report through the change hub and the log, never with a dialog in the way of the desk.

The look compares a fingerprint of the data with a baseline. This desk's own changes are refreshed where they
happen, so the baseline takes them in — only the parts this desk changed, and from a fingerprint read right after
its commit, before any view re-reads (see :meth:`ChangeHub.tell`): another desk's change made at the same moment is
then either already in what the views re-read, or still different from the baseline at the next look. Never both
missed.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.ui.changes import RESIDENTS, VISITS, ChangeHub

if TYPE_CHECKING:
    from frontdesk.bootstrap import OpenResult
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.core.services.changes import ChangeProbe, Fingerprint
    from frontdesk.ui.worker import DatabaseWorker

log = logging.getLogger(__name__)

BACKUP_MINUTES = 30
POLL_SECONDS = 3


class Housekeeping(QObject):
    backup_failed = Signal(object)  # the EnvironmentProblem, for a status line
    backup_done = Signal(str)  # the backup's path

    def __init__(
        self,
        hub: ChangeHub,
        worker: DatabaseWorker,
        *,
        backup_ms: int = BACKUP_MINUTES * 60_000,
        poll_ms: int = POLL_SECONDS * 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._worker = worker
        self._opened: OpenResult | None = None
        self._probe: ChangeProbe | None = None
        self._last: Fingerprint | None = None  # what the views are known to show at least
        self._quiet = False  # the next look only takes the baseline (the views were just read)
        self._polling = False  # one look at a time: a server that does not answer must not pile them up
        self._backing_up = threading.Lock()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(backup_ms)
        self._backup_timer.timeout.connect(self.backup_now)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self.poll)
        hub.changed_here.connect(self._changed_here)
        worker.reachability_changed.connect(self._reachability_changed)

    def attach(self, opened: OpenResult) -> None:
        """Before the pages read anything (the baseline must not be newer than what they show)."""
        from frontdesk.core.services.changes import ChangeProbe

        self._opened = opened
        self._probe = ChangeProbe(opened.db)
        self._worker.set_probe(self._probe)
        self._last, self._quiet, self._polling = None, True, False
        self.poll()
        self._poll_timer.start()
        if opened.backups is not None:
            self._backup_timer.start()
            if opened.schema.before is not None:  # a database just created has nothing worth keeping yet
                self.backup_now("start")

    def stop(self) -> None:
        self._poll_timer.stop()
        self._backup_timer.stop()

    def resume(self) -> None:
        """After :meth:`stop` for a while (a restore that did not go through): look and back up again."""
        if self._probe is not None:
            self._poll_timer.start()
        if self._opened is not None and self._opened.backups is not None:
            self._backup_timer.start()

    @property
    def polling(self) -> bool:
        """A look is under way (at most one is)."""
        return self._polling

    def poll(self) -> None:
        """Another desk's changes: tell the views that show them (the answer comes back from the worker)."""
        if self._probe is None or self._polling:
            return
        self._polling = True
        self._worker.run(self._probe.fingerprint, self._looked, trouble=self._look_failed, settled=self._settled)

    def _settled(self) -> None:
        self._polling = False

    def _look_failed(self, problem: EnvironmentProblem) -> None:
        log.warning("change poll failed: %s", problem)  # the status bar says it once (see DatabaseWorker)

    def _looked(self, now: Fingerprint) -> None:
        changed = set() if self._quiet else now.changed_parts(self._last)
        self._last, self._quiet = now, False
        if VISITS in changed:
            self._hub.visits_changed.emit()
        if RESIDENTS in changed:
            self._hub.residents_changed.emit()

    def _changed_here(self, parts: frozenset[str], fingerprint: Fingerprint | None) -> None:
        """This desk changed ``parts`` and its views of them refresh now: take just those into the baseline."""
        if fingerprint is not None and self._last is not None:
            self._last = self._last.taking(parts, fingerprint)

    def _reachability_changed(self, kind: object) -> None:
        """The database answers again: what the views missed meanwhile is unknown, so the next look refreshes all."""
        if kind is None and self._probe is not None:
            self._last, self._quiet = None, False
            QTimer.singleShot(0, self, self.poll)

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
