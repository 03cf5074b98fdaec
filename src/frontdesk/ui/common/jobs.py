"""One widget's share of the desk's database worker (:mod:`frontdesk.ui.common.worker`): what it has under way, and what
to drop when the person at the desk changes.

A dialog or a Settings section starts its service calls through :class:`Jobs`; the outcome comes back on the GUI
thread as the worker sorts it. ``on_busy`` hears when the widget starts waiting and when it stops, so it can say it
is busy (a button disabled, "Saving…"); :meth:`Jobs.forget` drops the outcomes of everything started before it (the
actor changed: what was read for the last one is not shown to the next).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.ui.common.worker import DatabaseWorker

T = TypeVar("T")


class Epoch:
    """Moves on when the person at the desk changes: an answer asked for under an older one is dropped, so what was
    read for the last person is never shown to the next. Shared by :class:`Jobs` and the pages' own starts."""

    def __init__(self) -> None:
        self._value = 0

    def advance(self) -> None:
        self._value += 1

    def token(self) -> int:
        """The epoch now, to hold against :meth:`still` when the answer comes back."""
        return self._value

    def still(self, token: int) -> bool:
        return self._value == token

    def guard(self, then: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
        """``then``, called only if the epoch has not moved on since this call (``None`` stays ``None``)."""
        if then is None:
            return None
        token = self._value

        def call(value: Any) -> None:
            if self._value == token:
                then(value)

        return call


class Jobs:
    def __init__(self, worker: DatabaseWorker, on_busy: Callable[[bool], None] | None = None) -> None:
        self._worker = worker
        self._on_busy = on_busy
        self._epoch = Epoch()
        self._running = 0  # started without a key and not yet come back
        self._keys: set[str] = set()
        self._busy = False

    @property
    def worker(self) -> DatabaseWorker:
        return self._worker

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None] | None = None,
        *,
        refused: Callable[[RuleViolation], None] | None = None,
        trouble: Callable[[EnvironmentProblem], None] | None = None,
        key: str | None = None,
        changes: Iterable[str] = (),
        settled: Callable[[], None] | None = None,
        asks_database: bool = True,
    ) -> None:
        """Start ``work`` on the worker. With ``key`` a newer one makes the older stale (a filter typed on).
        ``settled`` runs after its outcome is sorted, whatever it was (a bug too), unless it was dropped.
        ``asks_database``: see :meth:`DatabaseWorker.run`."""
        token = self._epoch.token()
        if key is None:
            self._running += 1
        else:
            self._keys.add(key)

        def came_back() -> None:
            if key is None:
                self._running -= 1
            try:
                if settled is not None and self._epoch.still(token):
                    settled()
            finally:
                self._update()

        self._worker.run(
            work,
            self._epoch.guard(done),
            key=key,
            refused=self._epoch.guard(refused),
            trouble=self._epoch.guard(trouble),
            settled=came_back,
            changes=changes,
            asks_database=asks_database,
        )
        self._update()

    def forget(self) -> None:
        """Outcomes of what was started until now are dropped (keyed reads are not even run if still waiting)."""
        self._epoch.advance()
        for key in self._keys:
            self._worker.cancel(key)
        self._update()

    @property
    def busy(self) -> bool:
        """Something started has not come back yet."""
        return self._running > 0 or any(self._worker.busy(key) for key in self._keys)

    def _update(self) -> None:
        busy = self.busy
        if busy != self._busy:
            self._busy = busy
            if self._on_busy is not None:
                self._on_busy(busy)
