"""Fixtures for the GUI tests: a desk (main window and pages) on a fresh database, a fixed clock, fake prompts."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from signin_support import PASSWORD
from sqlalchemy import select

from frontdesk import paths
from frontdesk.bootstrap import OpenResult, open_database
from frontdesk.core.access import Actor
from frontdesk.core.errors import EnvironmentProblem
from frontdesk.core.models import Role, Visit
from frontdesk.core.services.staff import StaffService
from frontdesk.ui.common.prefs import DeskPrefs
from frontdesk.ui.failures.crash import CrashReport
from frontdesk.ui.printing.queue import PrintQueue
from frontdesk.ui.printing.send import Destination, PrintFailure, Sent
from frontdesk.ui.shell.app import Desk, build_desk
from frontdesk.ui.shell.appearance import Appearance, register_fonts
from frontdesk.ui.shell.collector import GuiThreadCollector
from frontdesk.ui.shell.i18n import Translations

SATURDAY = datetime(2026, 11, 28, 9, 30)

# Desks built by ``make_desk`` are signed in as this front-desk actor unless a test asks for the sign-in dialog.
TEST_ACTOR = Actor(0, "测试", Role.FRONT_DESK)
ASK = "ask"

# The offscreen platform warns whenever a shown window's minimum size changes; it means nothing on a real screen.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class FakeClock:
    def __init__(self, now: datetime = SATURDAY) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class KeyClock:
    """Milliseconds for the scan detector, moving on by ``step`` at every key: a person typing unless a test sets a
    scanner's pace (``step = 8``)."""

    HUMAN_MS = 150
    SCANNER_MS = 8

    def __init__(self) -> None:
        self.now = 0.0
        self.step: float = self.HUMAN_MS

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class RecordingPrompts:
    """Stands in for :class:`frontdesk.ui.failures.prompts.Prompts`: records instead of showing dialogs."""

    def __init__(self) -> None:
        self.crashes: list[CrashReport] = []
        self.problems: list[tuple[EnvironmentProblem, str, bool]] = []
        self.confirms: list[tuple[str, str, str]] = []
        self.answer = True  # what confirm() answers
        self.damaged: list = []  # the DamagedDatabase errors damaged_database() was asked about
        self.restore_damaged = True  # what damaged_database() answers
        self.retries: list = []  # the problems retry_start() was asked about
        self.retry_answers: list[bool] = []  # what retry_start() answers, in turn (then: quit)
        self.saved_as: list[str] = []  # the names save_pdf_as() suggested
        self.save_path: str | None = None  # what save_pdf_as() answers (None: cancelled)
        self.printer_asked: list[str] = []  # the documents choose_printer() was asked for
        self.printer_choice: tuple[str, int] | None = None  # what it answers (None: cancelled)
        self.printer_offered = ""  # the printer the print dialog was to start on
        self.pictures_asked: list[str] = []  # what choose_picture() was asked for
        self.picture: str | None = None  # what it answers (None: cancelled)

    def confirm(self, title: str, text: str, *, action: str) -> bool:
        self.confirms.append((title, text, action))
        return self.answer

    def crash(self, report: CrashReport, *, blocking: bool = False) -> None:
        self.crashes.append(report)

    def save_pdf_as(self, suggested: str) -> str | None:
        self.saved_as.append(suggested)
        return self.save_path

    def choose_picture(self, title: str) -> str | None:
        self.pictures_asked.append(title)
        return self.picture

    def choose_printer(self, title: str, printer: str = "") -> tuple[str, int] | None:
        self.printer_asked.append(title)
        self.printer_offered = printer  # the printer the dialog would start on
        return self.printer_choice

    def retry_start(self, problem: EnvironmentProblem, *, location: str = "") -> bool:
        self.retries.append((problem, location))
        return self.retry_answers.pop(0) if self.retry_answers else False

    def damaged_database(self, damage) -> bool:
        self.damaged.append(damage)
        return self.restore_damaged

    def problem(self, problem: EnvironmentProblem, *, location: str = "", blocking: bool = False) -> None:
        self.problems.append((problem, location, blocking))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


@pytest.fixture
def key_clock() -> KeyClock:
    return KeyClock()


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenResult]:
    result = open_database(str(tmp_path / "desk.sqlite3"))
    yield result
    result.db.dispose()


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    font = qapp.font()
    result = Appearance(qapp, register_fonts())
    result.apply(large=False)
    yield result
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the test's windows first: re-styling them is slow
    qapp.setFont(font)  # the style sheet stays (see frontdesk.ui.shell.app.run): clearing it crashed later tests


@pytest.fixture(params=["zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = Translations(qapp, request.param)
    yield request.param
    translations.remove()


@pytest.fixture
def collector(qtbot) -> Iterator[GuiThreadCollector]:
    """As the app runs (frontdesk.ui.shell.launch): garbage collected on the GUI thread, never inside the database
    worker, where it would destroy Qt objects on the wrong thread ("Timers cannot be stopped from another thread")."""
    made = GuiThreadCollector()
    made.install()
    yield made
    gc.collect(0)  # here, on the GUI thread, while automatic collection is still off
    made.uninstall()


class RecordingPrinters:
    """Stands in for the print system (tests print nothing for real unless they ask): records every document sent,
    or fails it as :attr:`failure` says."""

    def __init__(self) -> None:
        self.sent: list[tuple[bytes, Destination, str]] = []
        self.failure: PrintFailure | None = None

    def __call__(self, pdf: bytes, destination: Destination, title: str) -> Sent:
        if self.failure is not None:
            raise self.failure
        self.sent.append((pdf, destination, title))
        return Sent(destination.printer, f"job-{len(self.sent)}", 1)


@pytest.fixture
def printers() -> RecordingPrinters:
    return RecordingPrinters()


@pytest.fixture
def make_desk(
    qtbot,
    collector: GuiThreadCollector,
    opened: OpenResult,
    appearance: Appearance,
    language: str,
    clock: FakeClock,
    prompts: RecordingPrompts,
    key_clock: KeyClock,
    printers: RecordingPrinters,
):
    """Build a desk like the app does (a new one per call, sharing the database and desk.ini).

    Signed in as ``actor`` (default :data:`TEST_ACTOR`); ``actor=ASK`` leaves the sign-in to the dialogs.
    ``idle_ms`` is the idle time before the screen locks. ``attach=False``: as at start-up, before the database is
    open (the test attaches it).
    """

    made: list[Desk] = []

    def make(
        *,
        actor=TEST_ACTOR,
        username: str = "test",
        idle_ms: int | None = None,
        attach: bool = True,
        print_queue: PrintQueue | None = None,
    ) -> Desk:
        desk = build_desk(
            prefs=DeskPrefs(paths.data_dir()),
            appearance=appearance,
            language=language,
            clock=clock,
            demo=False,
            log_file=paths.log_dir() / "frontdesk.log",
            prompts=prompts,  # type: ignore[arg-type]
            key_clock=key_clock,
            idle_ms=idle_ms,
            print_queue=print_queue or PrintQueue(printers),
        )
        qtbot.addWidget(desk.window)
        made.append(desk)
        if not attach:
            return desk
        if actor == ASK:
            desk.attach(opened)
        else:
            desk.attach(opened, actor=actor, username=username)
        return desk

    yield make
    for desk in made:  # the database is disposed after this: nothing may still be reading it
        desk.housekeeping.stop()
        desk.worker.stop()
        desk.printer.queue.stop()  # nor answer a window that is gone


@pytest.fixture
def desk(make_desk) -> Desk:
    return make_desk()


# -- the check-in page: a demo center with a few residents the tests know by name ----------------------------------

CHECKIN_TODAY = SATURDAY.date()


@dataclass(frozen=True)
class Known:
    """Residents added to the demo center, with what the tests type to find them."""

    sima: int  # 司马秀兰: card 1000000001, phone …7391, ID …31002X, allergic, no emergency contact
    zhao: int  # 赵桂芳: lives alone, came ten times, not seen for ten days (关怀提醒)
    qian: int  # 钱老伯: archived; his old slip is slip_payload(qian_slip)
    qian_slip: int


@pytest.fixture(scope="session")
def checkin_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Known]:
    """A seeded database built once per run; each test opens its own copy (seeding is the slow part)."""
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.demo import seed_database
    from frontdesk.core.models import Resident
    from frontdesk.core.search.index import reindex
    from frontdesk.core.services.visits import VisitService

    path = tmp_path_factory.mktemp("checkin") / "desk.sqlite3"
    db = Database(path)
    ensure_schema(db)
    seed_database(db, residents=300, days=20, today=CHECKIN_TODAY, now=SATURDAY)
    with db.write() as session:
        sima = Resident(
            name="司马秀兰",
            gender="F",
            birth_date=date(1949, 12, 31),
            id_number="11010519491231002X",
            phone="13900007391",
            card_number="1000000001",
            community="局前社区",
            allergies="青霉素",
        )
        zhao = Resident(
            name="赵桂芳",
            gender="F",
            birth_date=date(1942, 3, 8),
            phone="13700001111",
            community="西马路社区",
            lives_alone=True,
            emergency_name="赵明",
            emergency_phone="13800002222",
        )
        qian = Resident(name="钱老伯", gender="M", community="南关社区")
        session.add_all([sima, zhao, qian])
        session.flush()
        known_ids = (sima.id, zhao.id, qian.id)
        reindex(session, known_ids)
    moment = FakeClock()
    visits = VisitService(db, moment)
    for days_ago in range(19, 9, -1):  # a regular until ten days ago
        moment.now = datetime.combine(CHECKIN_TODAY - timedelta(days=days_ago), time(9, 0))
        visits.check_in(known_ids[1], actor=TEST_ACTOR)
        visits.check_out(known_ids[1], actor=TEST_ACTOR)
    moment.now = datetime.combine(CHECKIN_TODAY - timedelta(days=1), time(10, 0))
    slip = visits.check_in(known_ids[2], actor=TEST_ACTOR).visit_id
    visits.check_out(known_ids[2], actor=TEST_ACTOR)
    with db.write() as session:
        session.get(Resident, known_ids[2]).archived_at = datetime(2026, 11, 27, 16, 0)
    db.dispose()
    return path, Known(*known_ids, qian_slip=slip)


@pytest.fixture
def known(checkin_template: tuple[Path, Known]) -> Known:
    return checkin_template[1]


@pytest.fixture
def seeded_opened(tmp_path: Path, checkin_template: tuple[Path, Known]) -> Iterator[OpenResult]:
    copy = tmp_path / "desk.sqlite3"
    shutil.copyfile(checkin_template[0], copy)
    result = open_database(str(copy))
    yield result
    result.db.dispose()


class CheckinDriver:
    """Drives the check-in page like a person at the desk: keys go to whatever has the focus."""

    def __init__(self, qtbot, desk: Desk, key_clock: KeyClock) -> None:
        self.qtbot = qtbot
        self.desk = desk
        self.page = desk.checkin
        self.key_clock = key_clock
        self.db = desk.opened.db  # type: ignore[union-attr]
        window = desk.window
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.show_page("checkin")
        self.settle()

    # -- the keyboard ---------------------------------------------------------------------------------------------
    @property
    def focus(self):
        return QApplication.focusWidget()

    def key(self, key, modifier=None) -> None:
        self.qtbot.keyClick(self.focus, key, modifier or Qt.KeyboardModifier.NoModifier)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)

    def type(self, text: str) -> None:
        """ASCII at a person's pace."""
        self.key_clock.step = KeyClock.HUMAN_MS
        self.qtbot.keyClicks(self.focus, text)

    def commit(self, text: str) -> None:
        """Chinese, as the input method delivers it: a commit string, not key presses."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.focus, event)

    def scan(self, code: str) -> None:
        """A keyboard-wedge scanner: every key a few ms after the last, then Enter."""
        self.key_clock.step = KeyClock.SCANNER_MS
        self.qtbot.keyClicks(self.focus, code)
        self.enter()
        self.key_clock.step = KeyClock.HUMAN_MS

    # -- what the screen shows ------------------------------------------------------------------------------------
    def status(self) -> str:
        self.settle()
        return self.page.status.text()

    def tone(self) -> str:
        self.settle()
        return str(self.page.status.tone)

    def results(self) -> list[str]:
        self.settle()
        model = self.page.results_model
        return [model.hit(row).name for row in range(model.rowCount())]

    def settle(self) -> None:
        """Let the page finish what it does once typing pauses: the database worker's answers arrive, what staff did
        meanwhile runs in turn, the card follows the selected result."""
        self.qtbot.waitUntil(self.page.settled, timeout=10_000)

    def card_name(self) -> str | None:
        self.settle()
        return self.page.card.card.name if self.page.card.card else None

    def focus_in_search(self) -> bool:
        self.settle()
        return self.focus is self.page.search

    # -- the database ---------------------------------------------------------------------------------------------
    def visits(self, resident_id: int, day: date = CHECKIN_TODAY) -> list:
        self.settle()
        with self.db.read() as session:
            rows = session.scalars(
                select(Visit).where(Visit.resident_id == resident_id, Visit.visit_date == day).order_by(Visit.id)
            ).all()
            session.expunge_all()
            return list(rows)


@pytest.fixture
def checkin(qtbot, make_desk, key_clock: KeyClock) -> CheckinDriver:
    """The check-in page of a desk on the seeded database (tests using it define ``opened = seeded_opened``)."""
    return CheckinDriver(qtbot, make_desk(), key_clock)


@pytest.fixture
def staff(opened: OpenResult, clock) -> StaffService:
    return StaffService(opened.db, clock)


@pytest.fixture
def manager(staff: StaffService) -> Actor:
    """The first manager, 张主任 (user name zhang), password signin_support.PASSWORD."""
    return staff.create_first_manager("zhang", "张主任", PASSWORD)


@pytest.fixture
def lina(staff: StaffService, manager: Actor) -> Actor:
    """A front-desk member of staff, 李娜 (lina), signed in."""
    staff.create_staff(manager, "lina", "李娜", Role.FRONT_DESK, "lina2026pw")
    return staff.sign_in("lina", "lina2026pw")
