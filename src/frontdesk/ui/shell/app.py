"""The composition root: builds the desk's object graph once and connects its signals in one place.

Nothing else creates long-lived objects or wires pages together; pages and the main window get what they need
through their constructors. :mod:`frontdesk.ui.shell.launch` shows the window first and calls :func:`build_desk` after
its first paint, so the page modules imported here cost nothing before the window is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from frontdesk import __version__, paths
from frontdesk.ui.access.lock import StaffGate
from frontdesk.ui.common.changes import ChangeHub
from frontdesk.ui.common.clock import Clock
from frontdesk.ui.common.info import DatabaseInfo, DeskInfo
from frontdesk.ui.common.prefs import DeskPrefs
from frontdesk.ui.common.services import make_services
from frontdesk.ui.common.worker import DatabaseWorker
from frontdesk.ui.failures.prompts import Prompts
from frontdesk.ui.pages.appointments.agenda_tab import AgendaTab
from frontdesk.ui.pages.appointments.booking_dialog import BookingOpener
from frontdesk.ui.pages.appointments.catalogue_tab import CatalogueTab
from frontdesk.ui.pages.appointments.page import AppointmentsPage
from frontdesk.ui.pages.appointments.partners_tab import PartnersTab
from frontdesk.ui.pages.checkin.page import CheckinPage
from frontdesk.ui.pages.checkin.scan import KeyClock
from frontdesk.ui.pages.classes.courses_tab import CoursesTab
from frontdesk.ui.pages.classes.enroll_dialog import EnrollOpener
from frontdesk.ui.pages.classes.page import ClassesPage
from frontdesk.ui.pages.classes.resident_classes_dialog import ClassesOpener
from frontdesk.ui.pages.classes.rooms_tab import RoomsTab
from frontdesk.ui.pages.classes.week_tab import RoomsWeekTab
from frontdesk.ui.pages.reports.dashboard_tab import DashboardTab
from frontdesk.ui.pages.reports.monthly_tab import MonthlyTab
from frontdesk.ui.pages.reports.page import ReportsPage
from frontdesk.ui.pages.reports.partners_tab import PartnersRecordTab
from frontdesk.ui.pages.residents.page import ResidentsPage
from frontdesk.ui.pages.settings.audit.section import AuditSection
from frontdesk.ui.pages.settings.backups import BackupsSection
from frontdesk.ui.pages.settings.center import CenterSection
from frontdesk.ui.pages.settings.page import SettingsPage
from frontdesk.ui.pages.settings.printing import PrintingSection
from frontdesk.ui.pages.settings.privacy import PrivacySection
from frontdesk.ui.pages.settings.server import ServerPart
from frontdesk.ui.pages.settings.staff import StaffSection
from frontdesk.ui.pages.specs import PAGE_SPECS
from frontdesk.ui.printing.desk_printer import DeskPrinter
from frontdesk.ui.printing.queue import PrintQueue
from frontdesk.ui.shell.appearance import Appearance
from frontdesk.ui.shell.backup_notice import BackupNotice
from frontdesk.ui.shell.housekeeping import Housekeeping
from frontdesk.ui.shell.main_window import MainWindow
from frontdesk.ui.shell.reach_notice import ReachNotice

if TYPE_CHECKING:
    from frontdesk.bootstrap import OpenResult
    from frontdesk.core.access import Actor
    from frontdesk.core.desk_settings import DeskSettings

log = logging.getLogger(__name__)


@dataclass
class Desk:
    """What one running desk is made of; kept together so nothing is garbage-collected under Qt."""

    window: MainWindow
    settings: SettingsPage
    checkin: CheckinPage
    residents: ResidentsPage
    appointments: AppointmentsPage
    classes: ClassesPage
    reports: ReportsPage
    hub: ChangeHub
    prefs: DeskPrefs
    appearance: Appearance
    clock: Clock
    demo: bool
    gate: StaffGate
    staff_admin: StaffSection
    housekeeping: Housekeeping
    worker: DatabaseWorker
    backups: BackupsSection
    audit_log: AuditSection
    privacy: PrivacySection
    desk_settings: DeskSettings  # this PC's own settings (its second backup folder), kept by the core
    printer: DeskPrinter  # the desk's documents to its printers, on the print queue's own thread
    printing: PrintingSection  # 设置 → 打印: this desk's printers
    center: CenterSection  # 设置 → 本中心: the center's name, address, phone, footer and logo (managers)
    opened: OpenResult | None = None
    services: object | None = None

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
        # Before the housekeeping starts the periodic backups: the backup service gives the manager this desk's
        # second folder.
        services = make_services(db, self.clock, backups=opened.backups, desk=self.desk_settings)
        self.services = services
        self.housekeeping.attach(opened)  # first: the change baseline is read before any view reads (housekeeping)
        self.checkin.attach(services)
        self.residents.attach(services)
        self.appointments.attach(services)
        self.classes.attach(services)
        self.reports.attach(services)
        self.staff_admin.attach(services.staff)
        self.backups.attach(opened, services.backups, on_restored=self.reopen, hold=self._hold)
        self.privacy.attach(services.privacy, services.backups)
        self.center.attach(services.settings)
        self.audit_log.attach(services.audit_log, services)
        self._read_center_name(services.settings)
        self.printer.read_fonts_ahead()  # the first slip then takes ~40 ms, not ~300 (docs/benchmarks.md)
        if actor is not None:
            self.gate.begin_with(services.staff)
            self.gate.become(actor, username)
        else:
            self.gate.begin(services.staff)

    def _read_center_name(self, settings) -> None:
        """The center's name for the lock screen, read on the worker. It is a nicety, never a reason not to start:
        whatever goes wrong reading it is only logged."""

        def read() -> str:
            from frontdesk.core.errors import classify

            try:
                return settings.center_name()
            except Exception as exc:
                if classify(exc) is not None:
                    raise  # the worker notes that the database does not answer
                log.warning("center name not read", exc_info=True)
                return ""

        def known(name: str) -> None:
            self.gate.set_center_name(name)
            self.printing.set_center(name)  # the test page's heading

        self.worker.run(read, known, trouble=lambda problem: log.warning("center name not read: %s", problem))

    def _hold(self, on: bool) -> None:
        """A restore is under way (see frontdesk.ui.pages.settings.backups): no periodic backup or change poll starts
        and the pages take no input until it is over."""
        self.window.stack.setEnabled(not on)
        if on:
            self.housekeeping.stop()
        else:
            self.housekeeping.resume()

    def reopen(self, opened: OpenResult) -> None:
        """A backup was restored: the pages read the database again and staff sign in again (the restored staff
        list decides who may work now; see frontdesk.ui.pages.settings.backups). The database as it was is let go on the
        worker, after whatever was still queued there for it."""
        old = self.opened
        self.gate.sign_out()
        self.attach(opened)
        if old is not None and old.db is not opened.db:
            self.worker.run(old.db.dispose)

    def close(self) -> None:
        self.housekeeping.stop()
        self.worker.stop()  # no outcome reaches a closing window; the database is disposed after the worker
        self.printer.queue.stop()
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
    window: MainWindow | None = None,
    print_queue: PrintQueue | None = None,
) -> Desk:
    """Create the pages and the main window and connect them; the database is attached when it is open.

    ``key_clock`` times keystrokes for telling a scanner from typing (tests pass one; the app uses the key events'
    own timestamps). ``idle_ms`` overrides the idle time before the screen locks (tests pass a short one).
    ``window``: one already shown (start-up); otherwise one is made here. ``print_queue``: where documents go
    (tests pass one that records; the app's sends to the printers).
    """
    desk_info = DeskInfo(version=__version__, data_folder=paths.data_dir(), log_file=log_file)
    hub = ChangeHub()
    worker = DatabaseWorker(hub)  # the desk's one database worker: pages and the change poll start their work there
    settings = SettingsPage(
        desk_info,
        worker,
        language=language,
        saved_language=prefs.language,
        large_text=prefs.large_text,
        lock_minutes=prefs.lock_minutes,
    )
    printer = DeskPrinter(prefs, print_queue or PrintQueue())
    booking = BookingOpener(worker, clock, printer=printer, prompts=prompts or Prompts())  # 预约… on other pages
    enroll, courses_of = _class_openers(worker, clock, printer, prompts or Prompts())  # 报名…, 课程… on other pages
    checkin = CheckinPage(hub, worker, clock=clock, prompts=prompts or Prompts(), key_clock=key_clock, printer=printer,
                          booking=booking, enroll=enroll)  # fmt: skip
    residents = ResidentsPage(hub, worker, clock=clock, prompts=prompts or Prompts(), printer=printer,
                              booking=booking, enroll=enroll, classes=courses_of)  # fmt: skip
    appointments = _appointments_page(hub, worker, clock, printer, prompts or Prompts())
    classes = _classes_page(hub, worker, clock, printer, prompts or Prompts())
    reports = _reports_page(hub, worker, clock, printer, prompts or Prompts(),
                            on_welfare=lambda: _show_welfare_watch(window, checkin))  # fmt: skip
    pages = [checkin, residents, appointments, classes, reports, settings]
    if window is None:
        window = MainWindow(PAGE_SPECS, prefs=prefs, clock=clock, desk=desk_info)
    window.install_pages(pages)
    gate = StaffGate(window, worker, lock_minutes=prefs.lock_minutes, idle_ms=idle_ms)
    staff_admin = StaffSection(worker)
    settings.add_section(staff_admin)
    audit_log = AuditSection(worker, clock)
    settings.add_section(audit_log)
    server = ServerPart(prefs)
    settings.add_database_part(server)
    backups = BackupsSection(worker, clock=clock)
    settings.add_section(backups)
    privacy = PrivacySection(prompts or Prompts(), worker)
    settings.add_section(privacy)
    center = CenterSection(worker, (prompts or Prompts()).choose_picture)
    settings.add_section(center)
    printing = PrintingSection(printer, clock)
    settings.add_section(printing)
    followers = (
        settings,
        staff_admin,
        audit_log,
        server,
        checkin,
        backups,
        residents,
        privacy,
        center,
        printing,
        appointments,
        classes,
        reports,
    )
    for follower in followers:
        gate.signed_in.connect(follower.set_actor)  # who is at the desk: what each may show and read
    # the cover shows the new name, and the test page
    center.saved.connect(lambda info: (gate.set_center_name(info.name), printing.set_center(info.name)))

    def set_language(code: str) -> None:
        prefs.language = code

    def set_large_text(on: bool) -> None:
        prefs.large_text = on
        appearance.apply(large=on)

    def set_lock_minutes(minutes: int) -> None:
        prefs.lock_minutes = minutes
        gate.set_lock_minutes(minutes)

    desk_settings = _desk_settings(prefs)
    housekeeping = Housekeeping(hub, worker, parent=window)
    _add_notices(window, worker, housekeeping)

    settings.language_chosen.connect(set_language)
    settings.lock_minutes_changed.connect(set_lock_minutes)
    settings.large_text_toggled.connect(set_large_text)
    settings.about_requested.connect(window.show_about)
    return Desk(
        window=window,
        settings=settings,
        checkin=checkin,
        residents=residents,
        appointments=appointments,
        classes=classes,
        reports=reports,
        hub=hub,
        prefs=prefs,
        appearance=appearance,
        clock=clock,
        demo=demo,
        gate=gate,
        staff_admin=staff_admin,
        housekeeping=housekeeping,
        worker=worker,
        backups=backups,
        privacy=privacy,
        center=center,
        audit_log=audit_log,
        desk_settings=desk_settings,
        printer=printer,
        printing=printing,
    )


def _class_openers(
    worker: DatabaseWorker, clock: Clock, printer: DeskPrinter, prompts: Prompts
) -> tuple[EnrollOpener, ClassesOpener]:
    """报名… (the check-in card, the residents page) and a resident's 课程… (the residents page)."""
    enroll = EnrollOpener(worker, printer=printer, prompts=prompts)
    return enroll, ClassesOpener(worker, clock, printer=printer, prompts=prompts)


def _appointments_page(
    hub: ChangeHub, worker: DatabaseWorker, clock: Clock, printer: DeskPrinter, prompts: Prompts
) -> AppointmentsPage:
    """预约: the station's day first (what the desk opens it for), then the catalogue and the partners."""
    page = AppointmentsPage()
    page.add_tab(
        AgendaTab(hub, worker, clock, printer, prompts), QCoreApplication.translate("Appointments", "Station day")
    )
    page.add_tab(
        CatalogueTab(hub, worker, clock=clock), QCoreApplication.translate("Appointments", "Services and hours")
    )
    page.add_tab(PartnersTab(hub, worker), QCoreApplication.translate("Appointments", "Community partners"))
    return page


def _classes_page(
    hub: ChangeHub, worker: DatabaseWorker, clock: Clock, printer: DeskPrinter, prompts: Prompts
) -> ClassesPage:
    """课程与教室: the rooms' week first (what is on, where), then the courses, the rooms and their bookings."""
    page = ClassesPage()
    page.add_tab(RoomsWeekTab(hub, worker, clock, printer, prompts), QCoreApplication.translate("Classes", "Week"))
    page.add_tab(
        CoursesTab(hub, worker, clock=clock, printer=printer, prompts=prompts),
        QCoreApplication.translate("Classes", "Courses"),
    )
    page.add_tab(RoomsTab(hub, worker, clock=clock), QCoreApplication.translate("Classes", "Rooms and bookings"))
    return page


def _reports_page(
    hub: ChangeHub,
    worker: DatabaseWorker,
    clock: Clock,
    printer: DeskPrinter,
    prompts: Prompts,
    *,
    on_welfare: Callable[[], None],
) -> ReportsPage:
    """统计: the dashboard first (today at a glance), then the monthly report and the partners' record.
    ``on_welfare``: the dashboard's 关怀提醒 button (the check-in page's call list)."""
    page = ReportsPage()
    page.dashboard = DashboardTab(hub, worker, clock=clock)
    page.dashboard.welfare_requested.connect(on_welfare)
    page.add_tab(page.dashboard, QCoreApplication.translate("Reports", "Overview"))
    page.add_tab(
        MonthlyTab(hub, worker, clock=clock, printer=printer, prompts=prompts),
        QCoreApplication.translate("Reports", "Monthly report"),
    )
    page.add_tab(
        PartnersRecordTab(hub, worker, clock=clock, printer=printer, prompts=prompts),
        QCoreApplication.translate("Reports", "Community partners"),
    )
    return page


def _show_welfare_watch(window: MainWindow, checkin: CheckinPage) -> None:
    """The dashboard's 关怀提醒 figure opens the check-in page's call list."""
    window.show_page(checkin.page_id)
    checkin.show_welfare_watch()


def _add_notices(window: MainWindow, worker: DatabaseWorker, housekeeping: Housekeeping) -> None:
    """The status bar's notices of trouble."""
    reach_notice = ReachNotice()  # the server gone or the file locked: said once, until it answers again
    window.statusBar().insertPermanentWidget(1, reach_notice)
    worker.reachability_changed.connect(reach_notice.set_unreachable)
    backup_notice = BackupNotice()  # an automatic backup that failed is seen, by anyone at the desk
    window.statusBar().insertPermanentWidget(1, backup_notice)
    housekeeping.backup_failed.connect(backup_notice.failed)
    housekeeping.backup_done.connect(backup_notice.cleared)


def _desk_settings(prefs: DeskPrefs) -> DeskSettings:
    """This desk's settings file; a second backup folder an earlier version kept in ``desk.ini`` is carried over
    once (written to the new file first, then forgotten in the old one)."""
    from frontdesk.core.desk_settings import FILE_NAME, DeskSettings

    desk = DeskSettings(paths.data_dir() / FILE_NAME)
    old = prefs.old_second_backup_folder
    if old:
        try:
            desk.adopt_second_backup_folder(old)
        except OSError:
            log.warning("second backup folder not carried over from desk.ini", exc_info=True)
            return desk
    prefs.forget_old_second_backup_folder()
    return desk
