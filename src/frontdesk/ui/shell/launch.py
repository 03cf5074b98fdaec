"""Starting the desk: the window is shown first, then the pages are built while the database opens.

The order is what makes start-up quick. Showing the window needs only Qt, the fonts, the translations and the
window's frame (navigation, menus, status bar, built from :data:`~frontdesk.ui.pages.specs.PAGE_SPECS`); a cover
says the database is opening. Once that first frame is painted, logging is set up, a worker thread opens the
database (importing SQLAlchemy, checking and upgrading the file) and the GUI thread meanwhile imports and builds
the pages (:func:`frontdesk.ui.shell.app.build_desk`); when the database is open it is attached and the sign-in screen
replaces the cover. Nothing here may import the pages or the core's models at module level, nor touch
``QtCore.Qt`` before the first frame (tests/ui/test_first_frame.py).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from frontdesk import __version__, paths
from frontdesk.logsetup import catch_native_crashes, configure_logging, log_file_path, redact
from frontdesk.ui.common.clock import Clock, system_clock
from frontdesk.ui.common.info import DeskInfo
from frontdesk.ui.common.prefs import DeskPrefs
from frontdesk.ui.failures.crash import CrashHandler, CrashReport, write_stderr
from frontdesk.ui.failures.prompts import Prompts
from frontdesk.ui.pages.specs import PAGE_SPECS
from frontdesk.ui.shell.appearance import Appearance, register_fonts
from frontdesk.ui.shell.collector import GuiThreadCollector
from frontdesk.ui.shell.i18n import Translations
from frontdesk.ui.shell.main_window import MainWindow
from frontdesk.ui.shell.startup import DatabaseOpener

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.ui.shell.app import Desk

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_ENVIRONMENT = 2
RETRYABLE = frozenset({"connection", "locked"})  # ProblemKind values worth trying again at start-up


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
    """Show the window at once; build the pages and open the database after its first paint (see the module)."""
    launch = _Launch(app, args, prompts=prompts or Prompts(), clock=clock or system_clock)
    try:
        return launch.run()
    finally:
        launch.close()


class _Launch:
    """One start of the desk, from the window's first frame to the event loop's end."""

    def __init__(self, app: QApplication, args: argparse.Namespace, *, prompts: Prompts, clock: Clock) -> None:
        self.app = app
        self.args = args
        self.prompts = prompts
        self.clock = clock
        catch_native_crashes()
        self.log_file = log_file_path()  # logging itself is set up once the window is painted
        self.prefs = DeskPrefs(paths.data_dir())
        args.db = paths.database_arg(args.db, demo=args.demo, saved_server=self.prefs.server_url)  # Settings' server
        self.opener = DatabaseOpener(args.db, demo=args.demo, now=clock())
        self.language = args.lang or self.prefs.language
        self.translations = Translations(app, self.language)
        self.crash = CrashHandler(prompts, self.log_file, smoke=args.smoke)
        self.crash.install()
        self.collector = GuiThreadCollector()  # garbage is collected between events, not inside the database worker
        self.collector.install()
        self.old_font = app.font()
        self.window: MainWindow | None = None
        self.desk: Desk | None = None
        self.code = EXIT_OK

    def run(self) -> int:
        self.app.setWindowIcon(QIcon(str(paths.resource("icons", "frontdesk.svg"))))
        appearance = Appearance(self.app, register_fonts())
        appearance.apply(large=self.prefs.large_text)
        desk_info = DeskInfo(version=__version__, data_folder=paths.data_dir(), log_file=self.log_file)
        self.window = window = MainWindow(PAGE_SPECS, prefs=self.prefs, clock=self.clock, desk=desk_info)
        window.set_cover(StartingCover())
        window.installEventFilter(_FirstPaint(window, lambda: self._after_first_paint(window, appearance)))
        window.show()
        code = self.app.exec()
        if self.code != EXIT_OK:
            code = self.code
        if self.args.smoke and self.crash.errors and code == EXIT_OK:
            code = EXIT_BUG
        return code

    def _after_first_paint(self, window: MainWindow, appearance: Appearance) -> None:
        if self.args.startup_probe:
            print(f"FRONTDESK_SHOWN {time.time()}", flush=True)
        configure_logging()
        self._start_opening(window, slow=self.args.demo and not (self.args.db or paths.demo_db_path().exists()))
        try:  # the pages are built while the worker opens the database
            from frontdesk.ui.shell.app import build_desk

            self.desk = build_desk(
                prefs=self.prefs,
                appearance=appearance,
                language=self.language,
                clock=self.clock,
                demo=self.args.demo,
                log_file=self.log_file,
                prompts=self.prompts,
                window=window,
            )
        except Exception as exc:  # a page that cannot be built is a bug: report it and end
            self._fail(exc)

    def _database_opened(self) -> None:
        if self.desk is None:  # building the pages failed, and was reported
            return
        from frontdesk.ui.shell.recovery import opened_or_restored

        args = self.args
        headless = args.smoke or args.startup_probe
        try:
            opened = opened_or_restored(self.opener, self.prompts, clock=self.clock, headless=headless)
            log.info("frontdesk %s on %s (schema %s)", __version__, opened.db.describe(), opened.schema.after)
            self.desk.attach(opened, actor=smoke_actor() if headless else None, username="smoke" if headless else "")
        except Exception as exc:  # opening or attaching failed: say why and end, never hang on a dead desk
            if not self._offer_retry(exc, self.desk.window):
                self._fail(exc)
            return
        if args.startup_probe:
            print(f"FRONTDESK_READY {time.time()}", flush=True)
            self.app.exit(EXIT_OK)
        elif args.smoke:
            window = self.desk.window
            QTimer.singleShot(0, lambda: _smoke(self.app, window, self.crash))

    def _offer_retry(self, exc: Exception, window: MainWindow) -> bool:
        """The server is off or the file is locked: ask whether to try again (a server may still be starting).
        True if that is handled: opening again, or the user chose to quit (the exit code says why)."""
        from frontdesk.core.errors import classify

        problem = classify(exc)
        args = self.args
        if problem is None or problem.kind.value not in RETRYABLE or args.smoke or args.startup_probe:
            return False
        location = describe_db_arg(args.db, demo=args.demo)
        log.warning("cannot open the database at start: %s", problem)
        if not self.prompts.retry_start(problem, location=location):
            problem.told = True  # ends like any start-up problem, without a second dialog (recovery.already_told)
            self._fail(problem)
            return True
        self.opener.join()
        self.opener = DatabaseOpener(args.db, demo=args.demo, now=self.clock())
        self._start_opening(window, slow=False)
        return True

    def _start_opening(self, window: MainWindow, *, slow: bool) -> None:
        """The worker opens the database; :meth:`_database_opened` runs on the GUI thread when it is done."""
        self.opener.finished.connect(self._database_opened, QtCore.Qt.ConnectionType.QueuedConnection)
        self.opener.start()
        self.opener.show_progress(window, expect_slow=slow)

    def _fail(self, exc: Exception) -> None:
        self.code = _startup_failed(exc, self.args, self.prompts, self.log_file)
        self.app.exit(self.code)

    def close(self) -> None:
        if self.desk is not None:
            self.desk.close()
        elif self.window is not None:
            self.window.close()
            self.window.deleteLater()
        self.opener.join()
        self.collector.uninstall()
        self.crash.uninstall()
        self.translations.remove()
        # The application style sheet is left as it is: clearing it here made a later re-styling crash in Qt
        # (several runs share one process in the tests).
        self.app.setFont(self.old_font)


def smoke_actor() -> Actor:
    """``--smoke`` signs in as this built-in front-desk actor (no account in the database, no password asked):
    smoke runs headless and exits by itself after visiting the pages, so nothing waits for a person."""
    from frontdesk.core.access import system_actor
    from frontdesk.core.models import Role

    return system_actor("smoke", Role.FRONT_DESK)


class StartingCover(QWidget):
    """What the window shows until the sign-in screen is ready: the program's name and that it is starting.

    Centred with stretches rather than alignment flags: it is part of the first frame (see
    :mod:`frontdesk.ui.common.widgets` on ``QtCore.Qt``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startingCover")
        logo = QLabel()
        logo.setPixmap(QIcon(str(paths.resource("icons", "frontdesk.svg"))).pixmap(64))  # the app icon, in colour
        name = QLabel(self.tr("Community Service Center Front Desk"))
        name.setObjectName("pageTitle")
        self.note = QLabel(self.tr("Opening the database…"))
        self.note.setObjectName("hint")
        column = QVBoxLayout(self)
        column.addStretch(1)
        for widget in (logo, name, self.note):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(2)


def _startup_failed(exc: Exception, args: argparse.Namespace, prompts: Prompts, log_file) -> int:
    from frontdesk.core.errors import EnvironmentProblem, classify

    problem = classify(exc)
    if isinstance(problem, EnvironmentProblem):
        log.warning("cannot start: %s", problem)
        location = describe_db_arg(args.db, demo=args.demo)
        from frontdesk.ui.failures import problems

        write_stderr(f"frontdesk: {problems.problem_text(problem.kind)}\n{problems.location_text(location)}\n")
        from frontdesk.ui.shell.recovery import already_told

        if not args.smoke and not args.startup_probe and not already_told(problem):
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


class _FirstPaint(QObject):
    """Calls ``then`` once, just after the window's first paint has finished."""

    def __init__(self, window: MainWindow, then) -> None:
        super().__init__(window)
        self._then = then
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._then)
        return False
