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

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from frontdesk import __version__, paths
from frontdesk.core.errors import EnvironmentProblem, classify
from frontdesk.logsetup import configure_logging, redact
from frontdesk.ui.appearance import Appearance, register_fonts
from frontdesk.ui.changes import ChangeHub
from frontdesk.ui.checkin.scan import KeyClock
from frontdesk.ui.clock import Clock, system_clock
from frontdesk.ui.crash import CrashHandler, CrashReport, write_stderr
from frontdesk.ui.housekeeping import Housekeeping
from frontdesk.ui.i18n import Translations
from frontdesk.ui.info import DatabaseInfo, DeskInfo
from frontdesk.ui.lock import StaffGate
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.pages.appointments import AppointmentsPage
from frontdesk.ui.pages.checkin import CheckinPage
from frontdesk.ui.pages.classes import ClassesPage
from frontdesk.ui.pages.reports import ReportsPage
from frontdesk.ui.pages.residents import ResidentsPage
from frontdesk.ui.pages.settings import SettingsPage
from frontdesk.ui.prefs import DeskPrefs
from frontdesk.ui.privacy_settings import PrivacySection
from frontdesk.ui.prompts import Prompts
from frontdesk.ui.services import make_services
from frontdesk.ui.staff_admin import StaffSection
from frontdesk.ui.startup import DatabaseOpener

if TYPE_CHECKING:
    from frontdesk.bootstrap import OpenResult
    from frontdesk.core.access import Actor

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUG = 1
EXIT_ENVIRONMENT = 2


@dataclass
class Desk:
    """What one running desk is made of; kept together so nothing is garbage-collected under Qt."""

    window: MainWindow
    settings: SettingsPage
    checkin: CheckinPage
    residents: ResidentsPage
    hub: ChangeHub
    prefs: DeskPrefs
    appearance: Appearance
    clock: Clock
    demo: bool
    gate: StaffGate
    staff_admin: StaffSection
    housekeeping: Housekeeping
    opened: OpenResult | None = None
    services: object | None = None
    privacy: PrivacySection | None = None

    @property
    def actor(self) -> Actor | None:
        """Who is signed in at this desk (``None`` before anyone is)."""
        return self.gate.actor

    def attach(self, opened: OpenResult, *, actor: Actor | None = None, username: str = "") -> None:
        """The database is open: hand it to the window and the pages that show it, then ask who is at the desk.

        With ``actor`` nobody is asked: that actor is signed in at once (tests, and ``--smoke``, which must not wait
        for a password; see :func:`smoke_actor`).
        """
        self.opened = opened
        db = opened.db
        info = DatabaseInfo(
            location=db.describe(),
            path=db.path,
            backend=db.url.get_backend_name(),
            revision=opened.schema.after,
            demo=self.demo,
        )
        self.window.set_database(info)
        self.settings.set_database(info)
        services = make_services(db, self.clock)
        self.services = services
        self.checkin.attach(services)
        self.residents.attach(services)
        self.staff_admin.attach(services.staff)
        if self.privacy is not None:
            self.privacy.attach(services.privacy)
        self.housekeeping.attach(opened)  # the 30-minute backup; other desks' changes reach the views
        try:
            from frontdesk.core.services.center_settings import CenterSettings

            self.gate.set_center_name(CenterSettings(db, self.clock).center_name())
        except Exception:  # the name is a nicety on the lock screen, never a reason not to start
            log.warning("center name not read", exc_info=True)
        if actor is not None:
            self.gate.begin_with(services.staff)
            self.gate.become(actor, username)
        else:
            self.gate.begin(services.staff)

    def close(self) -> None:
        self.housekeeping.stop()
        self.gate.uninstall()
        self.window.close()
        self.window.deleteLater()
        if self.opened is not None:
            self.opened.db.dispose()


def build_desk(
    *,
    prefs: DeskPrefs,
    appearance: Appearance,
    language: str,
    clock: Clock,
    demo: bool,
    log_file,
    prompts: Prompts | None = None,
    key_clock: KeyClock | None = None,
    idle_ms: int | None = None,
) -> Desk:
    """Create the pages and the main window and connect them; the database is attached when it is open.

    ``key_clock`` times keystrokes for telling a scanner from typing (tests pass one; the app uses the key events'
    own timestamps). ``idle_ms`` overrides the idle time before the screen locks (tests pass a short one).
    """
    desk_info = DeskInfo(version=__version__, data_folder=paths.data_dir(), log_file=log_file)
    settings = SettingsPage(
        desk_info,
        language=language,
        saved_language=prefs.language,
        large_text=prefs.large_text,
        lock_minutes=prefs.lock_minutes,
    )
    hub = ChangeHub()
    checkin = CheckinPage(hub, clock=clock, prompts=prompts or Prompts(), key_clock=key_clock)
    residents = ResidentsPage(hub, clock=clock, prompts=prompts or Prompts())
    pages = [checkin, residents, AppointmentsPage(), ClassesPage(), ReportsPage(), settings]
    window = MainWindow(pages, prefs=prefs, clock=clock, desk=desk_info)
    gate = StaffGate(window, lock_minutes=prefs.lock_minutes, idle_ms=idle_ms)
    staff_admin = StaffSection()
    settings.add_section(staff_admin)
    gate.signed_in.connect(staff_admin.set_actor)
    gate.signed_in.connect(checkin.set_actor)
    gate.signed_in.connect(residents.set_actor)
    privacy = PrivacySection(prompts or Prompts())
    settings.add_section(privacy)
    gate.signed_in.connect(privacy.set_actor)

    def set_language(code: str) -> None:
        prefs.language = code

    def set_large_text(on: bool) -> None:
        prefs.large_text = on
        appearance.apply(large=on)

    def set_lock_minutes(minutes: int) -> None:
        prefs.lock_minutes = minutes
        gate.set_lock_minutes(minutes)

    settings.language_chosen.connect(set_language)
    settings.lock_minutes_changed.connect(set_lock_minutes)
    settings.large_text_toggled.connect(set_large_text)
    settings.about_requested.connect(window.show_about)
    return Desk(
        window=window,
        settings=settings,
        checkin=checkin,
        residents=residents,
        hub=hub,
        prefs=prefs,
        appearance=appearance,
        clock=clock,
        demo=demo,
        gate=gate,
        staff_admin=staff_admin,
        housekeeping=Housekeeping(hub, parent=window),
        privacy=privacy,
    )


def smoke_actor() -> Actor:
    """``--smoke`` signs in as this built-in front-desk actor (no account in the database, no password asked):
    smoke runs headless and exits by itself after visiting the pages, so nothing waits for a person."""
    from frontdesk.core.access import Actor
    from frontdesk.core.models import Role

    return Actor(0, "smoke", Role.FRONT_DESK)


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
    """Show the main window at once, then open the database on a worker thread and attach it.

    Importing SQLAlchemy and opening (or creating, or upgrading) the database is slower than all of Qt's start-up,
    so the window does not wait for it: it says "opening the database…" for the moment that takes.
    """
    clock = clock or system_clock
    log_file = configure_logging()
    prefs = DeskPrefs(paths.data_dir())
    opener = DatabaseOpener(args.db, demo=args.demo, now=clock())
    expect_slow = args.demo and not (args.db or paths.demo_db_path().exists())

    language = args.lang or prefs.language
    translations = Translations(app, language)
    prompts = prompts or Prompts()
    crash = CrashHandler(prompts, log_file, smoke=args.smoke)
    crash.install()
    old_font = app.font()
    desk: Desk | None = None
    outcome = {"code": EXIT_OK}
    try:
        app.setWindowIcon(QIcon(str(paths.resource("icons", "frontdesk.svg"))))
        appearance = Appearance(app, register_fonts())
        appearance.apply(large=prefs.large_text)
        desk = build_desk(
            prefs=prefs,
            appearance=appearance,
            language=language,
            clock=clock,
            demo=args.demo,
            log_file=log_file,
            prompts=prompts,
        )
        window = desk.window

        def database_opened() -> None:
            try:
                opened = opener.result()
                log.info("frontdesk %s on %s (schema %s)", __version__, opened.db.describe(), opened.schema.after)
                headless = args.smoke or args.startup_probe
                desk.attach(opened, actor=smoke_actor() if headless else None, username="smoke" if headless else "")
            except Exception as exc:  # opening or attaching failed: say why and end, never hang on a dead desk
                outcome["code"] = _startup_failed(exc, args, prompts, log_file)
                app.exit(outcome["code"])
                return
            if args.startup_probe:
                print(f"FRONTDESK_READY {time.time()}", flush=True)
                app.exit(EXIT_OK)
            elif args.smoke:
                QTimer.singleShot(0, lambda: _smoke(app, window, crash))

        opener.finished.connect(database_opened, Qt.ConnectionType.QueuedConnection)
        window.installEventFilter(_FirstPaint(window, lambda: _after_first_paint(opener, window, args, expect_slow)))
        window.show()
        code = app.exec()
        if outcome["code"] != EXIT_OK:
            code = outcome["code"]
        if args.smoke and crash.errors and code == EXIT_OK:
            code = EXIT_BUG
        return code
    finally:
        if desk is not None:
            desk.close()
        opener.join()
        crash.uninstall()
        translations.remove()
        # The application style sheet is left as it is: clearing it here made a later re-styling crash in Qt
        # (several runs share one process in the tests).
        app.setFont(old_font)


def _after_first_paint(opener: DatabaseOpener, window: MainWindow, args: argparse.Namespace, slow: bool) -> None:
    if args.startup_probe:
        print(f"FRONTDESK_SHOWN {time.time()}", flush=True)
    opener.start()
    opener.show_progress(window, expect_slow=slow)


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
