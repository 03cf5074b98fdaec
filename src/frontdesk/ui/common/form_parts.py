"""What the partners' and the catalogue's tabs share: a tab that follows the desk (services, actor, a worker's
jobs), a form that wraps on a narrow screen, an optional date box, and the words of a refusal shown at its field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.table_export import PageExports
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker

NO_DATE = QDate(2000, 1, 1)  # the date boxes' minimum, shown as "—": no date


class FieldMessages:
    """The words beside each field: a refusal naming a field is said there, any other on the general line, in the
    words of the page's ``refusal_words``."""

    def __init__(self, general: QLabel, refusal_words: Callable[[RuleViolation], str]) -> None:
        self.general = general
        self._words = refusal_words
        self._labels: dict[str, QLabel] = {}

    def label(self, field: str, name: str) -> QLabel:
        label = error_label(name)
        self._labels[field] = label
        return label

    def add_rows(self, form: QFormLayout, rows: Iterable[tuple[str, QWidget, str]]) -> None:
        """Each ``(label text, widget, field)`` as a row of ``form``, its message row under it."""
        for text, widget, field in rows:
            form.addRow(text, widget)
            form.addRow("", self.label(field, f"{widget.objectName()}Error"))

    def clear(self) -> None:
        for label in (*self._labels.values(), self.general):
            show_error(label, "")

    def show(self, refusal: RuleViolation) -> None:
        self.clear()
        field = refusal.params.get("field")
        show_error(self._labels.get(str(field), self.general), self._words(refusal))

    def say(self, field: str, text: str) -> None:
        """``text`` beside ``field`` (the general line for a field without one), the others cleared."""
        self.clear()
        show_error(self._labels.get(field, self.general), text)

    def trouble(self, problem: EnvironmentProblem) -> None:
        self.clear()
        show_error(self.general, problems.problem_text(problem.kind))


def wrapping_form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields on a narrow screen
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def line(name: str, most: int, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(most)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(0)
    return field


def date_box(name: str, *, optional: bool) -> QDateEdit:
    """A date with its calendar popup; ``optional``: the minimum shows as "—" and reads as no date."""
    box = QDateEdit()
    box.setObjectName(name)
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    if optional:
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText("—")
        box.setDate(NO_DATE)
    return box


def date_of(box: QDateEdit) -> date | None:
    value = box.date()
    if box.specialValueText() and value == box.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())


def set_date(box: QDateEdit, value: date | None) -> None:
    box.setDate(QDate(value.year, value.month, value.day) if value is not None else box.minimumDate())


class DeskTab(QWidget):
    """A tab of the 预约 page that reads with FRONT_DESK and edits with SETTINGS: ``_editors`` are hidden from a
    role that may not edit. Subclasses read in :meth:`refresh`."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = Jobs(worker, self._show_busy)
        self._services: DeskServices | None = None
        self._actor: Actor | None = None
        self._editors: list[QWidget] = []
        # 导出表格 of the tab's lists (Ctrl+Shift+E in a list): a subclass adds its tables
        self.exports = PageExports(worker, self, services=lambda: self._services, actor=lambda: self._actor)

    def attach(self, services: DeskServices) -> None:
        self._services = services
        self.refresh()

    def set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        self._jobs.forget()  # what was read for the last person is not shown to the next
        for editor in self._editors:
            editor.setVisible(self.may_edit())
        self.clear()
        self.refresh()

    def may_read(self) -> bool:
        from frontdesk.core.access import Permission

        return self._services is not None and self._actor is not None and self._actor.may(Permission.FRONT_DESK)

    def may_edit(self) -> bool:
        from frontdesk.core.access import Permission

        return self._actor is not None and self._actor.may(Permission.SETTINGS)

    def busy(self) -> bool:
        """A read or a change is under way (tests wait for this to end)."""
        return self._jobs.busy

    def refresh(self) -> None:
        """Read what the tab shows (on the worker)."""

    def clear(self) -> None:
        """Nobody (or somebody else) at the desk: nothing read for the last one stays on screen."""

    def _show_busy(self, busy: bool) -> None:
        """Waiting for the worker."""

    def _write(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        messages: FieldMessages,
        changes: Iterable[str],
    ) -> None:
        messages.clear()
        self._jobs.run(work, done, refused=messages.show, trouble=messages.trouble, changes=tuple(changes))


class CellsModel(QAbstractTableModel):
    """A read-only table of whole rows: ``cells(row)`` says what each column shows; no I/O."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self.rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(self.rows[index.row()])[index.column()]
        return None
