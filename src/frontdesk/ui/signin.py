"""Staff sign-in at the desk: the first-run dialog that creates the administrator, and the sign-in dialog.

Both are opened with ``open()`` (never ``exec()``) and report through ``signed_in(actor, username)``; while they
are up, the window's pages stay covered (:mod:`frontdesk.ui.lock`), so nothing personal shows before sign-in.
The service calls run on the desk's database worker (a server that does not answer never freezes the desk);
refusals of :class:`frontdesk.core.services.staff.StaffService`, and the machine in the way, are shown in words
beside the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.core.errors import RuleViolation, classify
from frontdesk.ui import problems
from frontdesk.ui.jobs import Jobs

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.staff import StaffService
    from frontdesk.ui.worker import DatabaseWorker

T = TypeVar("T")


def role_word(role: str) -> str:
    """前台 / 护理人员 / 管理员."""
    words = {
        "frontdesk": QCoreApplication.translate("Staff", "Front desk"),
        "care": QCoreApplication.translate("Staff", "Care staff"),
        "manager": QCoreApplication.translate("Staff", "Manager"),
    }
    return words.get(str(role), str(role))


# Staff refusals by code; ``{name}`` placeholders are filled from the refusal's params.
REFUSALS: dict[str, str] = {
    "sign_in_failed": QT_TRANSLATE_NOOP("Staff", "Wrong user name or password."),
    "account_locked": QT_TRANSLATE_NOOP("Staff", "Account locked: try again after {time}."),
    "password_too_short": QT_TRANSLATE_NOOP("Staff", "The password needs at least {minimum} characters."),
    "password_too_simple": QT_TRANSLATE_NOOP("Staff", "Use both letters and digits in the password."),
    "password_characters": QT_TRANSLATE_NOOP(
        "Staff", "The password holds an invisible or broken character: type it again with the keyboard."
    ),
    "name_too_long": QT_TRANSLATE_NOOP("Staff", "Too long: at most {maximum} characters."),
    "first_manager_exists": QT_TRANSLATE_NOOP("Staff", "The administrator has already been created: please sign in."),
    "username_invalid": QT_TRANSLATE_NOOP("Staff", "User names use Latin letters, digits, dots and underscores."),
    "display_name_required": QT_TRANSLATE_NOOP("Staff", "Please enter the name shown on screen."),
    "username_taken": QT_TRANSLATE_NOOP("Staff", "The user name {username} is taken."),
    "wrong_password": QT_TRANSLATE_NOOP("Staff", "The current password is wrong."),
    "not_allowed": QT_TRANSLATE_NOOP("Staff", "Your role may not do this."),
    "not_signed_in": QT_TRANSLATE_NOOP("Staff", "Please sign in first."),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("Staff", "You cannot deactivate your own account."),
    "staff_not_found": QT_TRANSLATE_NOOP("Staff", "That staff member no longer exists."),
}


def refusal_text(violation: RuleViolation) -> str:
    """What a staff refusal means, in the staff's words."""
    code, params = violation.code, violation.params
    if code not in REFUSALS:
        return QCoreApplication.translate("Staff", "That cannot be done: {code}.").format(code=code)
    until = params.get("until")
    values = {
        "time": until.strftime("%H:%M") if until is not None else "",
        "minimum": params.get("minimum", 8),
        "maximum": params.get("maximum", 40),
        "username": params.get("username", ""),
    }
    return QCoreApplication.translate("Staff", REFUSALS[code]).format(**values)


def attempt(work: Callable[[], T]) -> tuple[T | None, str]:
    """Run a staff action: its result and ``""``, or ``None`` and what went wrong in words (a refusal, or the
    machine in the way: database locked, disk full…). A bug is raised as it is, for the crash handler."""
    try:
        return work(), ""
    except RuleViolation as refusal:
        return None, refusal_text(refusal)
    except Exception as exc:
        problem = classify(exc)
        if problem is None:
            raise
        return None, problems.problem_text(problem.kind)


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("tone", "refusal")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _StaffDialog(QDialog):
    """What the three dialogs share: the form, the words beside it, and one staff action at a time on the worker.

    While the action is under way the OK button is off and the fields cannot change (what the answer is about stays
    what was typed), and the dialog says it is waiting; a refusal or the machine in the way is said in words."""

    signed_in = Signal(object, str)  # Actor, user name

    def __init__(self, service: StaffService, worker: DatabaseWorker, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._service = service
        self._jobs = Jobs(worker, self._show_busy)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        self.error = error_label("")
        column.addWidget(self.error)
        self.waiting = QLabel()
        self.waiting.setObjectName("staffDialogWaiting")
        self.waiting.hide()
        column.addWidget(self.waiting)
        column.addWidget(self.buttons)

    def busy(self) -> bool:
        """An action is under way (tests wait for this to end)."""
        return self._jobs.busy

    def _fields(self) -> list[QLineEdit]:
        return self.findChildren(QLineEdit)

    def _waiting_text(self) -> str:
        return QCoreApplication.translate("Staff", "Please wait…")

    def _show_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        for field in self._fields():
            field.setReadOnly(busy)
        self.waiting.setText(self._waiting_text() if busy else "")
        self.waiting.setVisible(busy)

    def _act(
        self, work: Callable[[], T], done: Callable[[T], None], failed: Callable[[str], None] | None = None
    ) -> None:
        """Run ``work`` on the worker unless an action is under way; ``failed`` gets what went wrong in words."""
        if self._jobs.busy:
            return
        say = failed or (lambda text: show_error(self.error, text))
        self._jobs.run(
            work,
            done,
            refused=lambda refusal: say(refusal_text(refusal)),
            trouble=lambda problem: say(problems.problem_text(problem.kind)),
        )

    def done(self, result: int) -> None:
        self._jobs.forget()  # closed while waiting: the answer has nowhere to go
        super().done(result)

    def _submit(self) -> None:
        raise NotImplementedError


class SignInDialog(_StaffDialog):
    """User name and password; Enter signs in; a refusal is said beside the fields and nothing else happens."""

    def __init__(
        self, service: StaffService, worker: DatabaseWorker, parent: QWidget | None = None, *, username: str = ""
    ) -> None:
        super().__init__(service, worker, parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.user = QLineEdit(username)
        self.user.setObjectName("signInUser")
        self.password = password_field("signInPassword")
        self.form.addRow(self.tr("User name"), self.user)
        self.form.addRow(self.tr("Password"), self.password)
        self.error.setObjectName("signInError")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("signInButton")
        ok.setDefault(True)
        (self.password if username else self.user).setFocus()

    def _waiting_text(self) -> str:
        return self.tr("Signing in…")

    def _submit(self) -> None:
        service, username, password = self._service, self.user.text().strip(), self.password.text()

        def signed_in(actor: Actor) -> None:
            show_error(self.error, "")
            self.password.clear()
            self.accept()
            self.signed_in.emit(actor, username.lower())

        self._act(lambda: service.sign_in(username, password), signed_in, self._refused)

    def _refused(self, text: str) -> None:
        self.password.clear()
        show_error(self.error, text)
        self.password.setFocus()


class FirstRunDialog(_StaffDialog):
    """First run: create the administrator (user name, display name, password twice) and sign in as them."""

    def __init__(self, service: StaffService, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(service, worker, parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Create the administrator"))
        intro = QLabel(self.tr("This is the first start: create the administrator's account."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.user = QLineEdit()
        self.user.setObjectName("firstRunUser")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("firstRunName")
        self.password = password_field("firstRunPassword")
        self.repeat = password_field("firstRunRepeat")
        self.form.addRow(self.tr("User name"), self.user)
        self.form.addRow(self.tr("Name shown"), self.display_name)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.error.setObjectName("firstRunError")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create and sign in"))
        ok.setObjectName("firstRunButton")
        ok.setDefault(True)
        self.user.setFocus()

    def _submit(self) -> None:
        if self._jobs.busy:
            return
        if self.password.text() != self.repeat.text():
            show_error(self.error, self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        service, username = self._service, self.user.text().strip()
        name, password = self.display_name.text(), self.password.text()

        def created(actor: Actor) -> None:
            self.accept()
            self.signed_in.emit(actor, username.lower())

        self._act(lambda: service.create_first_manager(username, name, password), created)


class ChangePasswordDialog(_StaffDialog):
    """修改密码: the current password, the new one twice."""

    changed = Signal()

    def __init__(self, service: StaffService, worker: DatabaseWorker, actor, parent: QWidget | None = None) -> None:
        super().__init__(service, worker, parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self._actor = actor
        self.old = password_field("oldPassword")
        self.new = password_field("newPassword")
        self.repeat = password_field("newPasswordRepeat")
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.repeat)
        self.error.setObjectName("changePasswordError")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        if self._jobs.busy:
            return
        if self.new.text() != self.repeat.text():
            show_error(self.error, self.tr("The two passwords differ."))
            return
        service, actor, old, new = self._service, self._actor, self.old.text(), self.new.text()

        def changed(_none: None) -> None:
            self.accept()
            self.changed.emit()

        self._act(lambda: service.change_password(actor, old, new), changed)
