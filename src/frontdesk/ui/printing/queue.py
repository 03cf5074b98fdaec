"""The desk's print queue: one thread of its own that sends documents to printers in the order asked, so neither
the GUI thread nor the database worker ever waits for a printer. The outcome comes back on the GUI thread."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from frontdesk.ui.printing.send import Destination, FailureKind, PrintFailure, Sent, send_pdf

log = logging.getLogger(__name__)
T = TypeVar("T")
STOP_WAIT_S = 2.0


@dataclass(eq=False)
class PrintJob:
    pdf: bytes
    destination: Destination
    title: str
    done: Callable[[Sent], None] | None = None
    failed: Callable[[PrintFailure], None] | None = None
    outcome: Any = None
    ask: Callable[[], Any] | None = None  # instead of printing: a question for the print system (its printers)


class PrintQueue(QObject):
    _finished = Signal(object)  # a PrintJob, from the print thread to the GUI thread

    def __init__(self, send: Callable[[bytes, Destination, str], Sent] = send_pdf) -> None:
        super().__init__()
        self.setObjectName("printQueue")
        self._send = send
        self._jobs: queue.Queue[PrintJob | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._outstanding = 0
        self._stopped = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def print_pdf(
        self,
        pdf: bytes,
        destination: Destination,
        title: str,
        done: Callable[[Sent], None] | None = None,
        failed: Callable[[PrintFailure], None] | None = None,
    ) -> None:
        """Send ``pdf`` when the jobs before it have gone; ``done`` or ``failed`` is called here afterwards."""
        if self._stopped:
            return
        self._outstanding += 1
        self._start()
        self._jobs.put(PrintJob(pdf, destination, title, done, failed))

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="print-queue", daemon=True)
            self._thread.start()

    def ask(self, question: Callable[[], T], answered: Callable[[T], None]) -> None:
        """Ask the print system something on this thread (listing printers can wait on the network), in turn."""
        if self._stopped:
            return
        self._outstanding += 1
        self._start()
        self._jobs.put(PrintJob(b"", Destination(), "", done=answered, ask=question))

    def idle(self) -> bool:
        return self._outstanding == 0

    def stop(self) -> None:
        self._stopped = True
        thread = self._thread
        self._jobs.put(None)
        if thread is not None and thread is not threading.current_thread():
            thread.join(STOP_WAIT_S)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job.outcome = job.ask() if job.ask is not None else self._send(job.pdf, job.destination, job.title)
            except PrintFailure as failure:
                job.outcome = failure
            except Exception as exc:  # a print system's surprise: said as a failed job, logged in full
                log.exception("printing %s failed", job.title)
                job.outcome = PrintFailure(FailureKind.FAILED, job.destination.printer, str(exc))
            self._finished.emit(job)

    def _deliver(self, job: PrintJob) -> None:
        self._outstanding -= 1
        if self._stopped:
            return
        if isinstance(job.outcome, PrintFailure):
            if job.failed is not None:
                job.failed(job.outcome)
        elif job.done is not None and job.outcome is not None:
            job.done(job.outcome)
