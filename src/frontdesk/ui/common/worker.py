"""The desk's one database worker: everything that can wait on a server, a lock or a disk runs here, off the GUI thread.

A page starts an *operation* — a plain callable of service calls, the actor already in it — with what to do with its
result. The operation runs on one background thread, one at a time and in the order started; its outcome comes back
to the GUI thread, where it is sorted exactly as a service call on the GUI thread used to be:

- a result goes to ``done``; then, for an operation that changed something, the :class:`ChangeHub` says what changed
  (with what else changed since the change poll last looked, read on the worker right after the commit: other
  desks' changes made meanwhile refresh their views now, and the poll does not tell this desk's own change again;
  see :mod:`frontdesk.ui.shell.housekeeping`);
- a refusal (:class:`RuleViolation`) goes to ``refused``;
- machine trouble (:func:`classify` knows it) goes to ``trouble``;
- anything else, and a refusal or trouble nobody asked for, goes to ``sys.excepthook``: the crash handler.

An operation started with a ``key`` makes any earlier one with the same key stale: not run at all if it is still
waiting, its result dropped if it is running (the search text changed since). That coalesces keystrokes.

The worker also tells whether the database answers: the first operation that finds the server gone (or the file
locked) makes it *unreachable*, the first that gets an answer makes it reachable again; :attr:`reachability_changed`
fires on each change only, so the status bar says it once, not once per failed poll.

Built once in the composition root (:mod:`frontdesk.ui.shell.app`) and passed to whoever needs it. Nothing in
:mod:`frontdesk.core` knows it exists.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.changes import ChangeProbe
    from frontdesk.ui.common.changes import ChangeHub

log = logging.getLogger(__name__)
T = TypeVar("T")

IDLE_EXIT_S = 5.0  # the thread ends after this long with nothing to do, and starts again with the next operation
STOP_WAIT_S = 2.0  # closing the desk waits this long for an operation under way (a dead server may hold it longer)
UNREACHABLE = frozenset({"connection", "locked"})  # ProblemKind values that mean "the database does not answer"


@dataclass(eq=False)
class Job(Generic[T]):
    """One operation and what to do with its outcome. ``cancelled``: its outcome is not wanted any more."""

    work: Callable[[], T]
    done: Callable[[T], None] | None = None
    refused: Callable[[RuleViolation], None] | None = None
    trouble: Callable[[EnvironmentProblem], None] | None = None
    settled: Callable[[], None] | None = None  # after any outcome that is delivered (not after a stale one)
    key: str | None = None
    changes: frozenset[str] = frozenset()
    cancelled: bool = False
    ran: bool = False
    result: Any = None
    error: BaseException | None = None
    seen: frozenset[str] = frozenset()  # parts the change feed showed changed, read just after a change committed
    asks_database: bool = True  # False: work that never touches the database (a file): no news of whether it answers


class DatabaseWorker(QObject):
    reachability_changed = Signal(object)  # the ProblemKind that stops the desk, or None: it answers again
    _finished = Signal(object)  # a Job, from the worker thread to the GUI thread

    def __init__(self, hub: ChangeHub | None = None, *, idle_exit_s: float = IDLE_EXIT_S) -> None:
        super().__init__()  # no parent: the thread holds this object while an operation runs
        self.setObjectName("databaseWorker")
        self._hub = hub
        self._probe: ChangeProbe | None = None
        self._idle_exit_s = idle_exit_s
        self._lock = threading.Condition()
        self._queue: deque[Job] = deque()
        self._thread: threading.Thread | None = None
        self._latest: dict[str, Job] = {}
        self._outstanding = 0  # started and not yet delivered or dropped (GUI thread only)
        self._stopped = False
        self.unreachable: Any = None  # the ProblemKind while the database does not answer
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- the GUI side -------------------------------------------------------------------------------------------
    def set_probe(self, probe: ChangeProbe | None) -> None:
        """What tells this desk's changes apart from other desks' (see the module); set when the database opens."""
        self._probe = probe

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None] | None = None,
        *,
        key: str | None = None,
        refused: Callable[[RuleViolation], None] | None = None,
        trouble: Callable[[EnvironmentProblem], None] | None = None,
        settled: Callable[[], None] | None = None,
        changes: Iterable[str] = (),
        asks_database: bool = True,
    ) -> Job[T]:
        """Start ``work`` on the worker; its outcome comes back on the GUI thread (see the module). Work that
        never asks the database (``asks_database=False``: a file's size, a picture read) says nothing about
        whether the server answers, so it neither clears nor raises the desk's 数据库没有响应 notice."""
        job: Job[T] = Job(work, done, refused, trouble, settled, key, frozenset(changes), asks_database=asks_database)
        if self._stopped:
            job.cancelled = True
            return job
        if key is not None:
            self.cancel(key)
            self._latest[key] = job
        self._outstanding += 1
        with self._lock:
            self._queue.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="database-worker", daemon=True)
                self._thread.start()
            else:
                self._lock.notify()
        return job

    def cancel(self, key: str) -> None:
        """The outcome of the operation started with ``key`` is not wanted any more (it may still run)."""
        job = self._latest.pop(key, None)
        if job is not None:
            job.cancelled = True

    def busy(self, key: str) -> bool:
        """An operation started with ``key`` has not come back yet."""
        return key in self._latest

    @property
    def outstanding(self) -> int:
        """Operations started and not yet come back: a server that does not answer must not make this grow."""
        return self._outstanding

    def idle(self) -> bool:
        """Nothing started has yet to come back (tests wait for this; the page for its own keys)."""
        return self._outstanding == 0

    def stop(self) -> None:
        """The desk closes: nothing new runs, no outcome is delivered; wait a little for an operation under way."""
        self._stopped = True
        with self._lock:
            for job in self._queue:
                job.cancelled = True
            thread = self._thread
            self._lock.notify()
        for job in self._latest.values():
            job.cancelled = True
        self._latest.clear()
        if thread is not None and thread is not threading.current_thread():
            thread.join(STOP_WAIT_S)

    def _deliver(self, job: Job) -> None:
        self._outstanding -= 1
        if job.key is not None and self._latest.get(job.key) is job:
            del self._latest[job.key]
        if not job.ran:  # stale before it started: it never ran, so it says nothing about the database
            return
        if job.asks_database:
            self._note_reachability(job.error)
        if job.cancelled or self._stopped:
            return
        try:
            self._sort(job)
        finally:
            if job.settled is not None:
                job.settled()

    def _sort(self, job: Job) -> None:
        from frontdesk.core.errors import RuleViolation, classify

        error = job.error
        if error is None:
            if job.done is not None:
                job.done(job.result)
            if job.changes and self._hub is not None:
                self._hub.tell(job.changes | job.seen)
            return
        if isinstance(error, RuleViolation) and job.refused is not None:
            job.refused(error)
            return
        problem = None if isinstance(error, RuleViolation) else classify(error)
        if problem is not None and job.trouble is not None:
            job.trouble(problem)
            return
        sys.excepthook(type(error), error, error.__traceback__)  # a bug, or trouble nobody expected: the crash handler

    def _note_reachability(self, error: BaseException | None) -> None:
        from frontdesk.core.errors import RuleViolation, classify

        if error is None or isinstance(error, RuleViolation):  # the database answered
            kind = None
        else:
            problem = classify(error)
            if problem is None or problem.kind.value not in UNREACHABLE:
                return  # a bug or other trouble (disk full…): no news about whether the database answers
            kind = problem.kind
        if kind != self.unreachable:
            self.unreachable = kind
            if kind is None:
                log.info("the database answers again")
            else:
                log.warning("the database does not answer (%s)", kind.value)
            self.reachability_changed.emit(kind)

    # -- the worker thread --------------------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._lock:
                if not self._queue and not self._stopped:
                    self._lock.wait(self._idle_exit_s)
                if not self._queue or self._stopped:
                    self._thread = None
                    leftovers = list(self._queue)
                    self._queue.clear()
                    break
                job = self._queue.popleft()
            self._execute(job)
            self._finished.emit(job)
        for job in leftovers:  # stopped: still accounted for on the GUI side
            self._finished.emit(job)

    def _execute(self, job: Job) -> None:
        if job.cancelled:
            return
        job.ran = True
        try:
            job.result = job.work()
        except BaseException as exc:  # sorted on the GUI thread (see _sort)
            job.error = exc
            return
        if job.changes and self._probe is not None:
            try:
                job.seen = self._probe.look()
            except Exception as exc:  # the change is made; the next poll will tell the views again
                log.warning("the look after a change failed: %s", exc)
