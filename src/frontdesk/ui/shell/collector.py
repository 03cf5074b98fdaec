"""Python's cyclic garbage collector, run from the GUI thread's event loop instead of wherever it happens to trigger.

Left to itself the collector runs in whichever thread allocates at the wrong moment — often the database worker,
which makes garbage quickly while the server is gone (every failed attempt leaves an exception and its traceback).
A full collection holds the interpreter lock for as long as it takes (a tenth of a second in a large process), so
the GUI thread stood still while the worker collected. It would also destroy unreachable Qt wrappers on the
worker's thread. So the desk turns automatic collection off and collects on a timer on the GUI thread: the young
generation every second (a millisecond or so), the middle one every ten seconds, everything every few minutes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

TICK_MS = 1000
MIDDLE_EVERY = 10  # ticks
FULL_EVERY = 300  # ticks: five minutes


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.collect)
        self._ticks = 0
        self._was_enabled: bool | None = None

    def install(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def uninstall(self) -> None:
        """Automatic collection as it was (tests run several desks in one process)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def collect(self) -> None:
        self._ticks += 1
        generation = 2 if self._ticks % FULL_EVERY == 0 else 1 if self._ticks % MIDDLE_EVERY == 0 else 0
        gc.collect(generation)
