"""员工 Staff management on the Settings page (managers only): the list, add, reset password, deactivate.

Shown only to a signed-in actor who ``may(Permission.MANAGE_STAFF)``; every action goes through
:class:`~frontdesk.core.services.staff.StaffService` with that actor, which refuses anyone else as well. The calls run
on the desk's database worker; while one is under way the buttons wait, and its outcome is said when it comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, password_field, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.row_table import row_table
from frontdesk.ui.common.staff_words import refusal_text, role_word
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from collections.abc import Callable

    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.core.services.staff import StaffRow, StaffService
    from frontdesk.ui.common.worker import DatabaseWorker

ROLES = ("frontdesk", "care", "manager")
LIST = "staff.list"  # the list read on the worker: a newer read makes the older stale
AnyIndex = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    """用户名 · 姓名 · 角色 · 状态."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> StaffRow:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Status"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.username
        if column == 1:
            return row.display_name
        if column == 2:
            return role_word(row.role)
        return self.status_text(active=row.active, locked=row.locked)

    def status_text(self, *, active: bool = True, locked: bool = False) -> str:
        if not active:
            return self.tr("Deactivated")
        return self.tr("Locked out") if locked else self.tr("Active")


class StaffSection(QGroupBox):
    """The 员工 box: hidden unless the signed-in actor may manage staff."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Staff"), parent)
        self.setObjectName("staffSection")
        self._jobs = Jobs(worker, self._show_busy)
        self._service: StaffService | None = None
        self._actor: Actor | None = None
        self._built = False
        self.setVisible(False)

    def _build(self) -> None:
        """The box's contents, made the first time a manager signs in: most desks never show them, and building
        them up front cost ~100 ms of start-up (Qt creates its Python enum types on first use)."""
        if self._built:
            return
        self._built = True
        self._build_table()
        selected_row = self._build_selected_row()
        add_form = self._build_add_form()

        self.error = error_label("staffError")
        self.status = QLabel()
        self.status.setObjectName("staffStatus")
        self.status.setWordWrap(True)

        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(selected_row)
        column.addWidget(QLabel(self.tr("New staff member")))
        column.addLayout(add_form)
        column.addWidget(self.error)
        column.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _build_table(self) -> None:
        self.model = StaffTableModel(self)
        self.table = row_table("staffTable", self.model)
        # 用户名, 姓名, 角色, 状态: the name takes the rest; the user name shortens when there is no room.
        columns = {
            0: Fit("wangxiulan01", least="wangx…"),
            1: Fit(NAME_SAMPLE),
            2: Fit(max((role_word(role) for role in ("frontdesk", "care", "manager")), key=len)),
            3: Fit(max(self.model.status_text(active=False), self.model.status_text(locked=True), key=len)),
        }
        self.table.column_fit = ColumnFit(self.table, columns, stretch=1, give_way=(0,))  # type: ignore[attr-defined]
        self.table.setMinimumHeight(160)

    def _build_selected_row(self) -> QHBoxLayout:
        self.reset_field = password_field("staffResetField")
        self.reset_field.setPlaceholderText(self.tr("New password"))
        self.reset_button = QPushButton(self.tr("Reset password"))
        self.reset_button.setObjectName("staffReset")
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        self.toggle_button.setObjectName("staffToggleActive")
        self.toggle_button.clicked.connect(self.toggle_active)
        selected_row = QHBoxLayout()
        selected_row.addWidget(self.reset_field)
        selected_row.addWidget(self.reset_button)
        selected_row.addWidget(self.toggle_button)
        selected_row.addStretch(1)
        return selected_row

    def _build_add_form(self) -> QFormLayout:
        self.new_user = QLineEdit()
        self.new_user.setObjectName("staffNewUser")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("staffNewName")
        self.new_role = QComboBox()
        self.new_role.setObjectName("staffNewRole")
        for code in ROLES:
            self.new_role.addItem(role_word(code), code)
        self.new_password = password_field("staffNewPassword")
        self.add_button = QPushButton(self.tr("Add staff member"))
        self.add_button.setObjectName("staffAdd")
        self.add_button.clicked.connect(self.add_staff)
        add_form = QFormLayout()
        add_form.addRow(self.tr("User name"), self.new_user)
        add_form.addRow(self.tr("Name shown"), self.new_name)
        add_form.addRow(self.tr("Role"), self.new_role)
        add_form.addRow(self.tr("Initial password"), self.new_password)
        for field in (self.new_user, self.new_name, self.new_role, self.new_password):
            field.setMaximumWidth(320)
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        add_form.addRow("", button_row)
        return add_form

    def attach(self, service: StaffService) -> None:
        self._service = service
        self.refresh()

    def set_actor(self, actor: Actor | None) -> None:
        """Who is signed in: the box shows only for those who may manage staff."""
        from frontdesk.core.access import Permission

        self._actor = actor
        self._jobs.forget()  # the list read for the last person is not shown to the next
        allowed = actor is not None and actor.may(Permission.MANAGE_STAFF)
        if allowed:
            self._build()
        self.setVisible(allowed)
        if not allowed and self._built:
            self.model.set_rows([])
        self.refresh()

    def busy(self) -> bool:
        """A read or a change is under way (tests wait for this to end)."""
        return self._jobs.busy

    def _allowed(self) -> bool:
        from frontdesk.core.access import Permission

        return (
            self._built and self._service is not None and self._actor is not None
            and self._actor.may(Permission.MANAGE_STAFF)
        )  # fmt: skip

    def refresh(self, *, select: str | None = None) -> None:
        """Read the list again (on the worker); then select ``select``'s row, if given."""
        if not self._allowed():
            return
        service, actor = self._service, self._actor

        def read(rows: list[StaffRow]) -> None:
            self.model.set_rows(rows)
            if select is not None:
                self.select_username(select)
            self._selection_changed()

        self._jobs.run(lambda: service.list_staff(actor), read, trouble=self._trouble, key=LIST)  # type: ignore[union-attr, arg-type]

    def selected(self) -> StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for index in range(self.model.rowCount()):
            if self.model.row(index).username == username:
                self.table.selectRow(index)
                return

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        free = not self._jobs.busy
        self.reset_button.setEnabled(free and row is not None)
        self.reset_field.setEnabled(row is not None)
        self.toggle_button.setEnabled(free and row is not None)
        self.add_button.setEnabled(free)
        inactive = row is not None and not row.active
        self.toggle_button.setText(self.tr("Reactivate") if inactive else self.tr("Deactivate"))

    def _show_busy(self, busy: bool) -> None:
        if self._built:
            self._selection_changed()
            self.setProperty("busy", busy)

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))
        self.status.clear()

    def _change(self, work: Callable[[], object], said: str, then: Callable[[], None]) -> None:
        """One change on the worker, unless another is under way: its outcome in words, then ``then``."""
        if not self._allowed() or self._jobs.busy:
            return
        show_error(self.error, "")
        self.status.setText(self.tr("Saving…"))

        def done(_result: object) -> None:
            self.status.setText(said)
            then()

        def refused(refusal) -> None:
            show_error(self.error, refusal_text(refusal))
            self.status.clear()

        self._jobs.run(work, done, refused=refused, trouble=self._trouble)

    def add_staff(self) -> None:
        username = self.new_user.text().strip().lower()
        name = self.new_name.text().strip()
        service, actor, role, password = self._service, self._actor, self._role(), self.new_password.text()

        def added() -> None:
            for field in (self.new_user, self.new_name, self.new_password):
                field.clear()
            self.refresh(select=username)

        self._change(
            lambda: service.create_staff(actor, username, name, role, password),  # type: ignore[union-attr, arg-type]
            self.tr("{name} ({username}) added.").format(name=name, username=username),
            added,
        )

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        service, actor, password = self._service, self._actor, self.reset_field.text()

        def reset() -> None:
            self.reset_field.clear()
            self.refresh(select=row.username)

        self._change(
            lambda: service.reset_password(actor, row.staff_id, password),  # type: ignore[union-attr, arg-type]
            self.tr("New password set for {name}.").format(name=row.display_name),
            reset,
        )

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        service, actor = self._service, self._actor
        done = self.tr("{name} reactivated.") if not row.active else self.tr("{name} deactivated.")
        self._change(
            lambda: service.set_active(actor, row.staff_id, not row.active),  # type: ignore[union-attr, arg-type]
            done.format(name=row.display_name),
            lambda: self.refresh(select=row.username),
        )

    def _role(self):
        from frontdesk.core.models import Role

        return Role(self.new_role.currentData())
