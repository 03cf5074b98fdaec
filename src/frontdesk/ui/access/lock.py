"""Who is at the desk, and the cover that hides the pages when nobody is (before sign-in, or locked).

:class:`StaffGate` owns the signed-in :class:`~frontdesk.core.access.Actor`. Until someone signs in, and whenever
the screen is locked (after an idle time, or on Ctrl+L), the window's pages are swapped for :class:`LockScreen`,
which shows the center's name and no personal data: the pages are hidden, not merely painted over.

Idle time is measured on the program's windows: every key press, click or wheel turn that reaches one restarts a
timer. The filter sits on the windows (QWindow), not on the application: an application filter written in Python
is a Python call for every event of every widget — paints, layouts, timers — thousands for one page switch.

Whether the first administrator is still to be created, and the password that unlocks, are asked of the database on
the desk's worker (:mod:`frontdesk.ui.common.worker`): while a server does not answer, the cover says so and stays
usable.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.access.signin import ChangePasswordDialog, FirstRunDialog, SignInDialog
from frontdesk.ui.common.fields import error_label, password_field, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.staff_words import refusal_text, role_word
from frontdesk.ui.common.widgets import FRAME_ROOM
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.staff import StaffService
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_LOCK_MINUTES = 5
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
    }
)


GAP_BELOW_HEADING = 16
TOP_STRETCH, BOTTOM_STRETCH = 2, 3  # the name and the message a little above the middle


class LockScreen(QWidget):
    """The cover: the center's name and what to do; when locked, the password of whoever is signed in."""

    unlock_requested = Signal(str)
    switch_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.center = QLabel()
        self.center.setObjectName("lockCenter")
        self.center.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.center.setProperty("keepUncovered", True)  # a dialog on the cover opens below it (layout test)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setObjectName("lockWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = password_field("lockPassword")
        self.password.setMaximumWidth(320)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button = QPushButton(self.tr("Sign in as someone else"))
        self.switch_button.setObjectName("lockSwitchUser")
        self.switch_button.clicked.connect(self.switch_requested)
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        self.sign_in_button.setObjectName("lockSignIn")
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.error = error_label("lockError")
        self._said = ""  # what the message says when nothing is being waited for

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(TOP_STRETCH)
        column.addWidget(self.center)
        column.addWidget(self.message)
        column.addWidget(self.who)
        column.addLayout(row)
        column.addWidget(self.error, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addLayout(buttons)
        column.addStretch(BOTTOM_STRETCH)
        self.show_signed_out()

    def set_center(self, name: str) -> None:
        self.center.setText(name)

    def open_below_heading(self, dialog: QDialog) -> None:
        """Open ``dialog`` under the centre's name and the message (Qt would centre it over them), or as low as
        the screen allows; the name stays in view."""
        dialog.adjustSize()
        if self.isVisible():
            available = self.screen().availableGeometry()
            lowest = available.bottom() + 1 - dialog.height() - FRAME_ROOM[1]
            if self._floor() > lowest:  # a short screen (720 px at 150 %, large text): the heading moves up for it
                self._heading_up(True)
                dialog.finished.connect(lambda _result: self._heading_up(False))
            heading = self.message if self.message.isVisible() else self.center
            below = heading.mapToGlobal(QPoint(0, heading.height())).y() + GAP_BELOW_HEADING
            middle = self.mapToGlobal(self.rect().center()).x()
            x = min(max(middle - dialog.width() // 2, available.x()), available.right() + 1 - dialog.width())
            y = min(max(min(below, lowest), self._floor()), lowest)  # the dialog on the screen before all
            dialog.move(x, max(y, available.y()))
        dialog.open()

    def _floor(self) -> int:
        """The highest a dialog may open: just under the centre's name."""
        return self.center.mapToGlobal(QPoint(0, self.center.height())).y() + 4

    def _heading_up(self, up: bool) -> None:
        layout = self.layout()
        layout.setStretch(0, 0 if up else TOP_STRETCH)
        layout.activate()  # placed now: the dialog is positioned from where the heading is

    def show_signed_out(self) -> None:
        self._said = self.tr("Please sign in")
        self.message.setText(self._said)
        self.who.clear()
        for widget in (self.password, self.unlock_button, self.switch_button):
            widget.hide()
        self.sign_in_button.show()
        show_error(self.error, "")

    def show_locked(self, who: str) -> None:
        self._said = self.tr("Locked — please enter the password")
        self.message.setText(self._said)
        self.who.setText(who)
        for widget in (self.password, self.unlock_button, self.switch_button):
            widget.show()
        self.sign_in_button.hide()
        self.password.clear()
        show_error(self.error, "")
        self.password.setFocus()

    def refuse(self, text: str) -> None:
        self.password.clear()
        show_error(self.error, text)
        self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        """Waiting for the database: no second unlock or sign-in starts, and the cover says it is waiting."""
        self.password.setReadOnly(busy)
        for button in (self.unlock_button, self.sign_in_button):
            button.setEnabled(not busy)
        if busy:
            show_error(self.error, "")
        self.message.setText(self.tr("Please wait…") if busy else self._said)

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())


class IdleWatch(QObject):
    """Restarts ``timer`` at every key press, click or wheel turn in any of the program's windows.

    Input from the keyboard, a mouse or a scanner reaches the window (``QWindow``) before its widgets; each window
    is watched from the moment it is shown focused (a dialog, a menu), the ones already open when :meth:`watch`
    is called included.
    """

    def __init__(self, timer: QTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = timer
        self._app: QGuiApplication | None = None

    def watch(self, app: QGuiApplication) -> None:
        self._app = app
        for window in app.topLevelWindows():
            window.installEventFilter(self)
        app.focusWindowChanged.connect(self._focus_moved)

    def unwatch(self) -> None:
        if self._app is None:
            return
        self._app.focusWindowChanged.disconnect(self._focus_moved)
        for window in self._app.topLevelWindows():
            window.removeEventFilter(self)
        self._app = None

    def _focus_moved(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: Qt moves a filter installed again to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class StaffGate(QObject):
    """Signs staff in, locks and unlocks the screen; ``actor`` is whoever is signed in (``None`` before)."""

    signed_in = Signal(object)  # Actor: pages show what their role may do
    locked_changed = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        worker: DatabaseWorker,
        *,
        lock_minutes: int = DEFAULT_LOCK_MINUTES,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._worker = worker
        self._service: StaffService | None = None
        self._dialog: SignInDialog | FirstRunDialog | None = None
        self.actor: Actor | None = None
        self.username = ""
        self.locked = False
        self._hidden_dialogs: list[QDialog] = []
        self.cover = LockScreen()
        self.cover.set_center(window.windowTitle())
        self._jobs = Jobs(worker, self.cover.set_busy)
        self.cover.unlock_requested.connect(self.unlock)
        self.cover.switch_requested.connect(self.switch_staff)
        self.cover.sign_in_requested.connect(self.ask)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._fixed_ms = idle_ms
        self.set_lock_minutes(lock_minutes)
        self._watch = IdleWatch(self.idle, self)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            self._watch.watch(app)
        window.lock_action.triggered.connect(self.lock)
        window.change_password_action.triggered.connect(self.change_password)
        window.switch_staff_action.triggered.connect(self.switch_staff)
        self._set_actions()

    def uninstall(self) -> None:
        self._watch.unwatch()
        self.idle.stop()

    def set_lock_minutes(self, minutes: int) -> None:
        self.idle.setInterval(self._fixed_ms if self._fixed_ms is not None else max(1, minutes) * 60_000)

    def set_center_name(self, name: str) -> None:
        if name:
            self.cover.set_center(name)

    # -- signing in ---------------------------------------------------------------------------------------------
    def begin_with(self, service: StaffService) -> None:
        """Use ``service`` without asking anyone (the caller signs someone in with :meth:`become`)."""
        self._service = service

    def begin(self, service: StaffService) -> None:
        """The database is open: cover the pages and ask who is at the desk."""
        self._service = service
        self._window.set_cover(self.cover)
        self.cover.show_signed_out()
        self.ask()

    def settled(self) -> bool:
        """Nothing asked of the database is on its way: no dialog is being chosen, no unlock checked (tests)."""
        return not self._jobs.busy and (self._dialog is None or not self._dialog.busy())

    def ask(self) -> None:
        """Open the first-run dialog (no administrator yet) or the sign-in dialog, once the database has said
        which; a database that does not answer is said on the cover, whose button asks again."""
        service = self._service
        if service is None or self._jobs.busy:
            return
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.raise_()
            return

        def open_dialog(first_run: bool) -> None:
            if self._service is not service or (self._dialog is not None and self._dialog.isVisible()):
                return
            if first_run:
                dialog: SignInDialog | FirstRunDialog = FirstRunDialog(service, self._worker, self._window)
            else:
                dialog = SignInDialog(service, self._worker, self._window)
            dialog.signed_in.connect(self.become)
            self._dialog = dialog
            self.cover.open_below_heading(dialog)

        self._jobs.run(service.needs_first_manager, open_dialog, trouble=self._trouble)

    def _trouble(self, problem) -> None:
        log.warning("sign-in: %s", problem)
        show_error(self.cover.error, problems.problem_text(problem.kind))

    def become(self, actor: Actor, username: str) -> None:
        """``actor`` is at the desk now: uncover the pages and tell whoever listens."""
        self.actor = actor
        self.username = username
        self.locked = False
        self._window.set_staff(actor.display_name, role=role_word(actor.role))
        self._window.set_cover(None)
        self._window.show_page(self._window.stack.currentIndex())  # focus back where work goes on
        for dialog in self._hidden_dialogs:  # the work left open when the screen locked
            dialog.show()
        self._hidden_dialogs.clear()
        self._set_actions()
        self.idle.start()
        log.info("staff %s at the desk", actor.staff_id)
        self.locked_changed.emit(False)
        self.signed_in.emit(actor)

    def sign_out(self) -> None:
        """Nobody is at the desk any more (the database was restored: its staff list decides who may sign in)."""
        self._jobs.forget()
        self.actor = None
        self.username = ""
        self.locked = False
        self.idle.stop()
        self._set_actions()
        self._window.set_staff(None)  # the status bar no longer names who was signed in
        self.signed_in.emit(None)

    # -- locking ------------------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.actor is None or self.locked:
            return
        self.locked = True
        self.idle.stop()
        self.cover.show_locked(
            self.tr("Signed in: {role} {name}").format(role=role_word(self.actor.role), name=self.actor.display_name)
        )
        self._window.set_cover(self.cover)
        # A form left open (a resident's record…) is a window of its own: hide it too until someone signs in.
        self._hidden_dialogs = [
            dialog
            for dialog in self._window.findChildren(QDialog)
            if dialog.isVisible() and not isinstance(dialog, SignInDialog | FirstRunDialog)
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.cover.password.setFocus()
        self._set_actions()
        self.locked_changed.emit(True)

    def unlock(self, password: str) -> None:
        """The password of whoever is signed in, checked on the worker; one check at a time."""
        if self._service is None or self.actor is None or not self.locked or self._jobs.busy:
            return
        service, username = self._service, self.username

        def unlocked(actor: Actor) -> None:
            if self.locked and username == self.username:  # nobody else signed in meanwhile (换人登录)
                self.become(actor, username)

        self._jobs.run(
            lambda: service.sign_in(username, password),
            unlocked,
            refused=lambda refusal: self.cover.refuse(refusal_text(refusal)),
            trouble=lambda problem: self.cover.refuse(problems.problem_text(problem.kind)),
        )

    def switch_staff(self) -> None:
        """换人登录: anyone may sign in instead; until then the pages stay covered."""
        if self._service is None:
            return
        if not self.locked and self.actor is not None:
            self.lock()
        dialog = SignInDialog(self._service, self._worker, self._window)
        dialog.signed_in.connect(self.become)
        self._dialog = dialog
        self.cover.open_below_heading(dialog)

    def change_password(self) -> ChangePasswordDialog | None:
        if self._service is None or self.actor is None or self.locked:
            return None
        dialog = ChangePasswordDialog(self._service, self._worker, self.actor, self._window)
        dialog.changed.connect(lambda: self._window.statusBar().showMessage(self.tr("Password changed."), 5000))
        dialog.open()
        return dialog

    def _set_actions(self) -> None:
        present = self.actor is not None and not self.locked
        self._window.lock_action.setEnabled(present)
        self._window.change_password_action.setEnabled(present)
        self._window.switch_staff_action.setEnabled(self._service is not None)
