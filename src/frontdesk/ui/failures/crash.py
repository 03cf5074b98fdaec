"""Unhandled exceptions and Qt's own messages.

Every exception that reaches the top (``sys.excepthook``: PySide6 sends exceptions raised in slots and event
handlers there; ``threading.excepthook`` for worker threads) is sorted in two kinds. Environment trouble becomes the
plain message of :mod:`frontdesk.ui.failures.problems`; anything else is a bug: logged with its traceback and shown in
the crash dialog with copyable, redacted details. Never a silent exit, never a traceback on the console only.

In ``--smoke`` mode nothing is shown: each error is written to stderr and counted, and the run exits non-zero.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler

from frontdesk import __version__
from frontdesk.logsetup import redact

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.ui.failures.prompts import Prompts

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class CrashReport(NamedTuple):
    """What the crash dialog shows and lets staff copy: no personal data (ID and phone numbers are masked)."""

    summary: str
    details: str
    log_path: Path | None

    @classmethod
    def from_exception(
        cls, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log_path: Path | None
    ) -> CrashReport:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        header = f"frontdesk {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n\n"
        summary = redact("".join(traceback.format_exception_only(exc_type, exc)).strip())
        return cls(summary=summary, details=redact(header + text), log_path=log_path)


def write_stderr(text: str) -> None:
    """Write to stderr when there is one (a GUI build on Windows has no console)."""
    if sys.stderr is None:
        return
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


class _Bridge(QObject):
    """Carries an exception from a worker thread to the GUI thread (queued connection)."""

    raised = Signal(object)


class CrashHandler:
    """Installs the hooks; :meth:`uninstall` puts the previous ones back (tests run several apps in one process)."""

    def __init__(self, prompts: Prompts, log_path: Path | None, *, smoke: bool = False) -> None:
        self.prompts = prompts
        self.log_path = log_path
        self.smoke = smoke
        self.errors: list[str] = []  # one line per error seen, for --smoke's exit code
        self._bridge = _Bridge()
        self._bridge.raised.connect(self._handle_in_gui)
        self._old_excepthook: Callable[..., object] | None = None
        self._old_threading_hook: Callable[..., object] | None = None
        self._old_qt_handler: Callable[..., object] | None = None
        self._handling = False

    def install(self) -> None:
        self._old_excepthook = sys.excepthook
        self._old_threading_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._threading_hook
        self._old_qt_handler = qInstallMessageHandler(self._qt_message)

    def uninstall(self) -> None:
        if self._old_excepthook is not None:
            sys.excepthook = self._old_excepthook
            threading.excepthook = self._old_threading_hook  # type: ignore[assignment]
            qInstallMessageHandler(self._old_qt_handler)
            self._old_excepthook = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handle_in_gui((exc_type, exc, tb))

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self._bridge.raised.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def _handle_in_gui(self, info: ExcInfo) -> None:
        exc_type, exc, tb = info
        if self._handling:  # the error came from showing the previous one: do not loop
            log.error("error while reporting an error", exc_info=info)
            write_stderr(redact("".join(traceback.format_exception(exc_type, exc, tb))))
            return
        self._handling = True
        try:
            from frontdesk.core.errors import classify  # when something went wrong, not while the desk starts

            problem = classify(exc)
            if problem is not None:
                self._environment(problem)
            else:
                self._bug(info)
        finally:
            self._handling = False

    def _environment(self, problem: EnvironmentProblem) -> None:
        log.warning("environment problem reached the top: %s", problem)
        self.errors.append(str(problem))
        if self.smoke:
            write_stderr(f"frontdesk: database problem: {redact(str(problem))}\n")
        else:
            self.prompts.problem(problem)

    def _bug(self, info: ExcInfo) -> None:
        log.error("unhandled exception", exc_info=info)
        report = CrashReport.from_exception(*info, log_path=self.log_path)
        self.errors.append(report.summary)
        if self.smoke:
            write_stderr(f"frontdesk: unexpected error: {report.summary}\n{report.details}\n")
        else:
            self.prompts.crash(report)

    def _qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
        if self._old_qt_handler is not None:  # pytest-qt's capture, when running under tests
            self._old_qt_handler(mode, context, message)
