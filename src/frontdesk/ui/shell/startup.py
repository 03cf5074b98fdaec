"""Opening the database off the GUI thread, with a progress window when it takes a while (first demo start).

The main window is shown first and the thread starts once it has been painted: importing SQLAlchemy and opening
the database take longer than all of Qt's start-up, and on one Python thread at a time (the GIL) running them
alongside would only delay the window. :attr:`DatabaseOpener.finished` tells the GUI thread when it is done.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from frontdesk.bootstrap import OpenResult

SHOW_AFTER_MS = 600  # an ordinary start is faster than this and shows no progress window at all


class DatabaseOpener(QObject):
    """Runs :func:`frontdesk.bootstrap.open_database` on a worker thread; :meth:`wait` keeps the GUI responsive."""

    progressed = Signal(str, float)
    finished = Signal()

    def __init__(self, db_arg: str | None, *, demo: bool, now: datetime) -> None:
        super().__init__()
        self._db_arg = db_arg
        self._demo = demo
        self._now = now  # where demo history ends: the desk's clock, not the wall clock
        self._done = threading.Event()
        self._result: OpenResult | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="open-database", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            from frontdesk.bootstrap import open_database  # SQLAlchemy is imported here, off the GUI thread

            self._result = open_database(self._db_arg, demo=self._demo, progress=self._progress, now=self._now)
        except BaseException as exc:  # handed to the GUI thread, which decides what to tell the user
            self._error = exc
        finally:
            self._done.set()
            self.finished.emit()

    def _progress(self, stage: str, fraction: float) -> None:
        self.progressed.emit(stage, fraction)

    def join(self) -> None:
        """Wait for the worker, if it was started (on exit: never leave it writing to a closing database)."""
        if self._thread.is_alive():
            self._thread.join()

    def result(self) -> OpenResult:
        """After :attr:`finished`: the open database, or what the worker raised, re-raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def show_progress(self, parent: QWidget, *, expect_slow: bool) -> None:
        """A progress window over ``parent`` if opening takes a while (at once when ``expect_slow``)."""
        window = StartupProgress(demo=self._demo, parent=parent)
        queued = QtCore.Qt.ConnectionType.QueuedConnection  # looked up after the first paint (see widgets.py)
        self.progressed.connect(window.set_progress, queued)
        self.finished.connect(window.close, queued)
        self.finished.connect(window.deleteLater, queued)

        def show_if_still_busy() -> None:
            if not self._done.is_set():
                window.show()

        QTimer.singleShot(0 if expect_slow else SHOW_AFTER_MS, window, show_if_still_busy)


class StartupProgress(QWidget):
    def __init__(self, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, QtCore.Qt.WindowType.Dialog)
        self.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.setObjectName("startupProgress")
        self.setWindowTitle(self.tr("Community Service Center Front Desk"))
        text = (
            self.tr("Preparing the demo database. The first time takes a few seconds…")
            if demo
            else self.tr("Opening the database…")
        )
        label = QLabel(text)
        label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label)
        layout.addWidget(self.bar)
        self.setMinimumWidth(420)

    def set_progress(self, _stage: str, fraction: float) -> None:
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * 100))
