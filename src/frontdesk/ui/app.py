"""The composition root: builds the object graph once, connects signals in one place, runs the event loop.

Nothing else creates long-lived objects or wires pages together; pages and the main window get what they need
through their constructors.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from frontdesk import __version__, paths
from frontdesk.core.errors import EnvironmentProblem, classify
from frontdesk.logsetup import configure_logging, redact
from frontdesk.ui.appearance import Appearance, register_fonts
from frontdesk.ui.clock import Clock, system_clock
from frontdesk.ui.crash import CrashHandler, CrashReport, write_stderr
from frontdesk.ui.i18n import Translations
from frontdesk.ui.info import DatabaseInfo, DeskInfo
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.pages.appointments import AppointmentsPage
from frontdesk.ui.pages.checkin import CheckinPage
from frontdesk.ui.pages.classes import ClassesPage
from frontdesk.ui.pages.reports import ReportsPage
from frontdesk.ui.pages.residents import ResidentsPage
from frontdesk.ui.pages.settings import SettingsPage
from frontdesk.ui.prefs import DeskPrefs
from frontdesk.ui.prompts import Prompts
from frontdesk.ui.startup import DatabaseOpener

if TYPE_CHECKING:
    from frontdesk.bootstrap import OpenResult

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_ENVIRONMENT = 2


@dataclass
class Desk:
    """What one running desk is made of; kept together so nothing is garbage-collected under Qt."""

    window: MainWindow
    prefs: DeskPrefs
    appearance: Appearance
    opened: OpenResult


def build_desk(
    opened: OpenResult, *, prefs: DeskPrefs, appearance: Appearance, language: str, clock: Clock, demo: bool, log_file
) -> Desk:
    """Create the pages and the main window for an open database, and connect them."""
    db = opened.db
    database = DatabaseInfo(
        location=db.describe(),
        path=db.path,
        backend=db.url.get_backend_name(),
        revision=opened.schema.after,
        demo=demo,
    )
    desk_info = DeskInfo(version=__version__, data_folder=paths.data_dir(), log_file=log_file)
    settings = SettingsPage(
        database, desk_info, language=language, saved_language=prefs.language, large_text=prefs.large_text
    )
    pages = [CheckinPage(), ResidentsPage(), AppointmentsPage(), ClassesPage(), ReportsPage(), settings]
    window = MainWindow(pages, prefs=prefs, clock=clock, database=database, desk=desk_info)

    def set_language(code: str) -> None:
        prefs.language = code

    def set_large_text(on: bool) -> None:
        prefs.large_text = on
        appearance.apply(large=on)

    settings.language_chosen.connect(set_language)
    settings.large_text_toggled.connect(set_large_text)
    settings.about_requested.connect(window.show_about)
    return Desk(window=window, prefs=prefs, appearance=appearance, opened=opened)


def describe_db_arg(db_arg: str | None, *, demo: bool) -> str:
    """Where we tried to open, for the start-up error message (never a password)."""
    from frontdesk.bootstrap import database_url_text
    from frontdesk.core.db import make_url_from_arg

    text = database_url_text(db_arg, demo=demo)
    try:
        url = make_url_from_arg(text)
    except Exception:  # a malformed URL: show what was typed, minus anything that looks personal
        return redact(text)
    return url.database or text if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True)


def run(
    app: QApplication, args: argparse.Namespace, *, prompts: Prompts | None = None, clock: Clock | None = None
) -> int:
    clock = clock or system_clock
    log_file = configure_logging()
    prefs = DeskPrefs(paths.data_dir())
    opener = DatabaseOpener(args.db, demo=args.demo, now=clock())
    opener.start()
    expect_slow = args.demo and not (args.db or paths.demo_db_path().exists())

    language = args.lang or prefs.language
    translations = Translations(app, language)
    prompts = prompts or Prompts()
    crash = CrashHandler(prompts, log_file, smoke=args.smoke)
    crash.install()
    old_font = app.font()
    desk: Desk | None = None
    try:
        app.setWindowIcon(QIcon(str(paths.resource("icons", "frontdesk.svg"))))
        appearance = Appearance(app, register_fonts())
        appearance.apply(large=prefs.large_text)
        try:
            opened = opener.wait(expect_slow=expect_slow)
        except Exception as exc:
            return _startup_failed(exc, args, prompts, log_file)
        log.info("frontdesk %s started on %s (schema %s)", __version__, opened.db.describe(), opened.schema.after)
        try:
            desk = build_desk(
                opened,
                prefs=prefs,
                appearance=appearance,
                language=language,
                clock=clock,
                demo=args.demo,
                log_file=log_file,
            )
        except Exception as exc:
            opened.db.dispose()
            return _startup_failed(exc, args, prompts, log_file)
        window = desk.window
        if args.startup_probe:
            probe = _FirstPaintProbe(app, window)
            window.installEventFilter(probe)
        window.show()
        if args.smoke:
            QTimer.singleShot(0, lambda: _smoke(app, window, crash))
        code = app.exec()
        if args.smoke and crash.errors and code == EXIT_OK:
            code = EXIT_BUG
        return code
    finally:
        if desk is not None:
            desk.window.close()
            desk.window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone now, not at some later loop
            desk.opened.db.dispose()
        crash.uninstall()
        translations.remove()
        app.setFont(old_font)
        # The style sheet stays: clearing it deletes Qt's style-sheet style, and with several runs in one process
        # (the tests) that crashed later re-styling (Qt 6.11, offscreen). The next run sets its own anyway.


def _startup_failed(exc: Exception, args: argparse.Namespace, prompts: Prompts, log_file) -> int:
    problem = classify(exc)
    if isinstance(problem, EnvironmentProblem):
        log.warning("cannot start: %s", problem)
        location = describe_db_arg(args.db, demo=args.demo)
        from frontdesk.ui import problems

        write_stderr(f"frontdesk: {problems.problem_text(problem.kind)}\n{problems.location_text(location)}\n")
        if not args.smoke and not args.startup_probe:
            prompts.problem(problem, location=location, blocking=True)
        return EXIT_ENVIRONMENT
    log.error("start-up failed", exc_info=exc)
    report = CrashReport.from_exception(type(exc), exc, exc.__traceback__, log_file)
    write_stderr(f"frontdesk: unexpected error at start-up: {report.summary}\n")
    if not args.smoke and not args.startup_probe:
        prompts.crash(report, blocking=True)
    return EXIT_BUG


def _smoke(app: QApplication, window: MainWindow, crash: CrashHandler) -> None:
    """Visit every page once and open the About box; any error makes the exit code non-zero."""
    try:
        for index in range(len(window.pages)):
            window.show_page(index)
            app.processEvents()
        about = window.show_about()
        app.processEvents()
        about.close()
        app.processEvents()
    except Exception:
        crash.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    if crash.errors:
        write_stderr(f"frontdesk --smoke: {len(crash.errors)} error(s)\n")
        app.exit(EXIT_BUG)
    else:
        print(f"frontdesk --smoke: ok, {len(window.pages)} pages", flush=True)
        app.exit(EXIT_OK)


class _FirstPaintProbe(QObject):
    """For the start-up benchmark: print the time once the main window has been painted, then quit."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._app = app
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        print(f"FRONTDESK_SHOWN {time.time()}", flush=True)
        self._app.exit(EXIT_OK)
