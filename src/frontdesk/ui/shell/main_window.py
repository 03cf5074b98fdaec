"""The main window: assembles the pages, the navigation, menus and the status bar. No page logic lives here.

It is built from the pages' :class:`~frontdesk.ui.pages.specs.PageSpec` alone, so it can be shown before any page
exists (start-up shows it first); :meth:`MainWindow.install_pages` puts the pages in their places.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from frontdesk.ui.common.clock import Clock, day_text, ms_until_next_day
from frontdesk.ui.common.info import DatabaseInfo, DeskInfo
from frontdesk.ui.common.prefs import DeskPrefs
from frontdesk.ui.common.widgets import ElidedLabel
from frontdesk.ui.pages import Page, as_widget
from frontdesk.ui.pages.specs import PageSpec

if TYPE_CHECKING:
    from frontdesk.ui.shell.about import AboutDialog
    from frontdesk.ui.shell.nav import NavBar

DEFAULT_SIZE = (1280, 760)
GEOMETRY_KEY = "main_window"


def page_keys(index: int) -> list[QKeySequence]:
    """F2, F3, … and Ctrl+1, Ctrl+2, … for the page at ``index`` (F1 is Help)."""
    return [QKeySequence(f"F{index + 2}"), QKeySequence(f"Ctrl+{index + 1}")]


class MainWindow(QMainWindow):
    def __init__(
        self,
        specs: Sequence[PageSpec],
        *,
        prefs: DeskPrefs,
        clock: Clock,
        desk: DeskInfo,
        database: DatabaseInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._prefs = prefs
        self._clock = clock
        self._desk = desk
        self._about: AboutDialog | None = None
        self.specs = list(specs)
        self.pages: list[Page] = []  # install_pages() puts them in

        title = self.tr("Community Service Center Front Desk")
        self._title = title
        self.setWindowTitle(title)

        # The page actions exist from the start (menu, shortcuts); the navigation bar and the page stack are built
        # with the pages. Until then, and whenever a cover is up (sign-in, locked), the pages are not shown.
        self.page_actions = QActionGroup(self)
        self.page_actions.setExclusive(True)
        self.page_actions.setEnabled(False)
        for index, spec in enumerate(self.specs):
            self._add_page_action(index, spec)
        self.nav: NavBar | None = None
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.content = QWidget()
        self.content.setObjectName("windowContent")
        self.screens = QStackedWidget()
        self.screens.setObjectName("windowScreens")
        self.screens.addWidget(self.content)
        self._cover: QWidget | None = None
        self.setCentralWidget(self.screens)

        self._build_menus()
        self._build_status_bar()
        if database is not None:
            self.set_database(database)

        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh_date)
        self.refresh_date()

        self._fitted_shown = False
        self._restore_geometry()

    # -- navigation ---------------------------------------------------------------------------------------------
    def install_pages(self, pages: Sequence[Page]) -> None:
        """Build the navigation bar and the page stack around ``pages`` (in the order of the window's specs)."""
        if self.pages:
            raise RuntimeError("the pages are already installed")
        if [page.page_id for page in pages] != [spec.page_id for spec in self.specs]:
            raise ValueError("pages do not match the window's page specs")
        from frontdesk.ui.shell.nav import NavBar  # with the pages: the window's first frame does not show it

        self.pages = list(pages)
        self.nav = NavBar(self._title)
        for action, spec in zip(self.page_actions.actions(), self.specs, strict=True):
            self.nav.add(action, spec.icon_name, action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText))
        for page in self.pages:
            self.stack.addWidget(as_widget(page))
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.nav)
        column.addWidget(self.stack, 1)
        self.page_actions.setEnabled(not self.covered())
        self.show_page(0)

    def _add_page_action(self, index: int, spec: PageSpec) -> None:
        keys = page_keys(index)
        action = QAction(spec.title(), self)
        action.setData(spec.page_id)
        action.setCheckable(True)
        action.setShortcuts(keys)  # in the window (Qt's default context)
        shown = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
        action.setToolTip(self.tr("{page} ({keys})").format(page=spec.title(), keys=shown))
        action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
        self.page_actions.addAction(action)
        self.addAction(action)  # shortcuts work even with the menu bar hidden

    def show_page(self, target: int | str) -> None:
        index = target if isinstance(target, int) else [p.page_id for p in self.pages].index(target)
        self.stack.setCurrentIndex(index)
        self.page_actions.actions()[index].setChecked(True)
        as_widget(self.pages[index]).setFocus()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    # -- menus --------------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = file_menu.addAction(self.tr("&Lock screen"))
        self.lock_action.setObjectName("actionLock")
        # setShortcuts([...]), not setShortcut(...): the latter's overloads make PySide build all of Qt's enums
        # (~30 ms) before the first frame (see frontdesk.ui.common.widgets).
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.lock_action.setToolTip(self.tr("Lock screen (Ctrl+L)"))
        self.addAction(self.lock_action)
        self.switch_staff_action = file_menu.addAction(self.tr("&Switch staff…"))
        self.switch_staff_action.setObjectName("actionSwitchStaff")
        self.change_password_action = file_menu.addAction(self.tr("Change &password…"))
        self.change_password_action.setObjectName("actionChangePassword")
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("E&xit"))
        quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        quit_action.setObjectName("actionQuit")
        quit_action.triggered.connect(self.close)

        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions(self.page_actions.actions())

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About frontdesk"))
        self.about_action.setObjectName("actionAbout")
        self.about_action.setShortcuts([QKeySequence("F1")])
        self.about_action.setToolTip(self.tr("About frontdesk (F1)"))
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)

    def show_about(self) -> AboutDialog:
        if self._about is None:
            from frontdesk.ui.shell.about import AboutDialog  # reads package metadata: not worth doing at start-up

            self._about = AboutDialog(self._desk, self)
        self._about.open()
        return self._about

    # -- status bar ---------------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setSizeGripEnabled(False)
        # The window shows before the database is open (start-up stays quick); set_database() fills this in.
        self.status_database = ElidedLabel(self.tr("Opening the database…"))
        self.status_database.setObjectName("statusDatabase")
        self.status_staff = QLabel()
        self.status_staff.setObjectName("statusStaff")
        self.status_date = QLabel()
        self.status_date.setObjectName("statusDate")
        bar.addPermanentWidget(self.status_database, 1)
        bar.addPermanentWidget(self.status_staff)
        bar.addPermanentWidget(self.status_date)
        self.set_staff(None)

    def set_database(self, database: DatabaseInfo) -> None:
        """The database is open: say which one in the title and the status bar."""
        self.setWindowTitle(self._title + (" — " + self.tr("Demo") if database.demo else ""))
        prefix = self.tr("Demo database: {location}") if database.demo else self.tr("Database: {location}")
        self.status_database.set_full_text(prefix.format(location=database.location))

    def set_cover(self, cover: QWidget | None) -> None:
        """Show ``cover`` instead of the pages (``None``: the pages again); page shortcuts wait meanwhile."""
        if cover is None:
            self.screens.setCurrentWidget(self.content)
            self.page_actions.setEnabled(bool(self.pages))
            return
        if self._cover is not cover:
            if self._cover is not None:
                self.screens.removeWidget(self._cover)
            self._cover = cover
            self.screens.addWidget(cover)
        self.page_actions.setEnabled(False)
        self.screens.setCurrentWidget(cover)

    def covered(self) -> bool:
        return self.screens.currentWidget() is not self.content

    def set_staff(self, name: str | None, *, role: str | None = None) -> None:
        """Who is signed in at this desk (``role``: 前台 / 护理人员 / 管理员); ``None`` when nobody is."""
        if name and role:
            self.status_staff.setText(self.tr("{role}: {name}").format(role=role, name=name))
        elif name:
            self.status_staff.setText(self.tr("Staff: {name}").format(name=name))
        else:
            self.status_staff.setText(self.tr("Not signed in"))

    def refresh_date(self) -> None:
        """Show today's date and schedule the next refresh just after midnight."""
        now = self._clock()
        self.status_date.setText(day_text(now.date(), QLocale()))
        self._midnight.start(ms_until_next_day(now))

    # -- geometry -----------------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """Where the window was, fitted to this screen (it may have been saved on a bigger monitor); at a first start
        the desk size, or the screen's when the screen is smaller, in the middle of the screen. No ``Qt.`` enum here:
        this runs before the first frame (tests/ui/test_first_frame.py)."""
        saved = self._prefs.geometry(GEOMETRY_KEY)
        if saved is not None and self.restoreGeometry(saved):
            self.fit_to_screen()
            return
        available = self.screen().availableGeometry()
        self.resize(QSize(*DEFAULT_SIZE).boundedTo(available.size()))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Bring the whole window, its frame too, inside the available area of the screen it is on."""
        if self.isMaximized() or self.isFullScreen():
            return
        available = self.screen().availableGeometry()
        frame = self.frameGeometry()
        extra = frame.size() - self.geometry().size()  # the title bar and borders, once the window has them
        size = self.size().boundedTo(available.size() - extra).expandedTo(self.minimumSize())
        if size != self.size():
            self.resize(size)
            frame = self.frameGeometry()
        x = min(max(frame.x(), available.x()), available.right() + 1 - frame.width())
        y = min(max(frame.y(), available.y()), available.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, available.x()), max(y, available.y()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_shown:  # the frame's size is known once the window manager has framed it
            self._fitted_shown = True
            QTimer.singleShot(0, self, self.fit_to_screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._prefs.set_geometry(GEOMETRY_KEY, self.saveGeometry())
        self._prefs.sync()
        super().closeEvent(event)
