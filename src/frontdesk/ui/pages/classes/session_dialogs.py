"""The 课程 tab's small dialogs: 新学期 (a term), 调课 (a session moved), 停课 (cancelled with a reason, then the
residents to call, printable) and 加课 (a session added). Each runs its change on the desk's worker, says a refusal
beside its field, keeps what was typed, and is opened (never exec'd)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.fields import error_label
from frontdesk.ui.common.form_parts import CellsModel, date_box, date_of, line, set_date, wrapping_form
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.pages.classes import course_words as words
from frontdesk.ui.pages.classes.course_form import CourseMessages, choice_box, run_change, select_data, time_line

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.course_records import CallList, Choice, SessionRow
    from frontdesk.ui.common.jobs import Jobs
    from frontdesk.ui.common.services import DeskServices


class SmallDialog(QDialog):
    """A form, its general message line and a row of buttons; ``done_with`` is emitted with the change's result."""

    done_with = Signal(object)

    def __init__(self, name: str, title: str, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._jobs = jobs
        self.messages = CourseMessages(error_label(f"{name}Error"))
        self.messages.general.setWordWrap(True)
        self.form_holder = QWidget()
        self.form: QFormLayout = wrapping_form(self.form_holder)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName(f"{name}Close")
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_holder)
        layout.addWidget(self.messages.general)
        layout.addLayout(self.buttons)

    def primary(self, name: str, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setDefault(True)
        button.clicked.connect(action)
        self.buttons.addWidget(button)
        self.buttons.addWidget(self.close_button)
        return button

    def busy(self) -> bool:
        return self._jobs.busy

    def change(self, work: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        def done(result: Any) -> None:
            self.done_with.emit(result)
            if then is not None:
                then(result)
            else:
                self.accept()

        run_change(self._jobs, work, done, self.messages, (CLASSES,))


class TermDialog(SmallDialog):
    """新学期 (managers): a name such as 2026 春季班, its first and last day."""

    def __init__(self, jobs: Jobs, services: DeskServices, actor: Actor, today: date, parent: QWidget | None = None):
        super().__init__("termDialog", "", jobs, parent)
        self.setWindowTitle(self.tr("New term"))
        self.name = line("termName", 40, self.tr("e.g. 2026 春季班"))
        self.first = date_box("termFirst", optional=False)
        self.last = date_box("termLast", optional=False)
        set_date(self.first, today)
        set_date(self.last, today)
        self.messages.add_rows(self.form, ((self.tr("Name"), self.name, "name"),
                                           (self.tr("First day"), self.first, "first_day"),
                                           (self.tr("Last day"), self.last, "last_day")))  # fmt: skip
        self.primary("termSave", self.tr("Save term"), self.save)
        self._services, self._actor = services, actor
        self.name.setFocus()

    def save(self) -> None:
        from frontdesk.core.services.course_records import TermInput

        data = TermInput(self.name.text(), date_of(self.first), date_of(self.last))
        services, actor = self._services, self._actor
        self.change(lambda: services.courses.save_term(data, actor=actor))


class MoveDialog(SmallDialog):
    """调课: the session to another day and time (as long as before), and room."""

    def __init__(
        self, jobs: Jobs, services: DeskServices, actor: Actor, *, row: SessionRow, rooms: tuple[Choice, ...],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__("sessionMoveDialog", "", jobs, parent)
        self.setWindowTitle(self.tr("Move a session"))
        self._services, self._actor, self._row = services, actor, row
        self.form.addRow(self.tr("Now"), QLabel(words.session_text(row.starts_at, row.ends_at)))
        self.day = date_box("sessionMoveDay", optional=False)
        set_date(self.day, row.day)
        self.starts = time_line("sessionMoveStarts")
        self.starts.setText(words.clock_text(row.starts_at))
        self.room = choice_box("sessionMoveRoom", ((c.name, c.item_id) for c in rooms))
        select_data(self.room, row.room_id)
        self.messages.add_rows(self.form, ((self.tr("New day"), self.day, "day"),
                                           (self.tr("Starts"), self.starts, "starts"),
                                           (self.tr("Room"), self.room, "room")))  # fmt: skip
        self.primary("sessionMoveSave", self.tr("Move"), self.save)
        self.day.setFocus()

    def save(self) -> None:
        starts, day = words.parse_time(self.starts.text()), date_of(self.day)
        if starts is None or day is None:
            self.messages.say("starts", words.t(words.REFUSALS["time_format"]))
            return
        services, actor, row = self._services, self._actor, self._row
        room_id = self.room.currentData()
        when = datetime.combine(day, starts)
        self.change(lambda: services.courses.move_session(row.session_id, starts_at=when, room_id=room_id, actor=actor))


class AddDialog(SmallDialog):
    """加课: one more session of the course."""

    def __init__(
        self, jobs: Jobs, services: DeskServices, actor: Actor, *, course_id: int, room_id: int, today: date,
        rooms: tuple[Choice, ...], parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__("sessionAddDialog", "", jobs, parent)
        self.setWindowTitle(self.tr("Add a session"))
        self._services, self._actor, self._course_id = services, actor, course_id
        self.day = date_box("sessionAddDay", optional=False)
        set_date(self.day, today)
        self.starts = time_line("sessionAddStarts")
        self.ends = time_line("sessionAddEnds", "10:30")
        self.room = choice_box("sessionAddRoom", ((c.name, c.item_id) for c in rooms))
        select_data(self.room, room_id)
        self.messages.add_rows(self.form, ((self.tr("Day"), self.day, "day"),
                                           (self.tr("Starts"), self.starts, "starts"),
                                           (self.tr("Ends"), self.ends, "ends"),
                                           (self.tr("Room"), self.room, "room")))  # fmt: skip
        self.primary("sessionAddSave", self.tr("Add session"), self.save)
        self.day.setFocus()

    def save(self) -> None:
        starts, ends, day = words.parse_time(self.starts.text()), words.parse_time(self.ends.text()), date_of(self.day)
        if starts is None or day is None:
            self.messages.say("starts", words.t(words.REFUSALS["time_format"]))
            return
        if ends is None:
            self.messages.say("ends", words.t(words.REFUSALS["time_format"]))
            return
        services, actor, course_id, room_id = self._services, self._actor, self._course_id, self.room.currentData()
        self.change(lambda: services.courses.add_session(course_id, day, starts, ends, room_id=room_id, actor=actor))


class CancelDialog(SmallDialog):
    """停课: a reason; then the enrolled residents to call (full numbers: the desk calls them), printable as the
    停课通知电话单."""

    print_wanted = Signal(object)  # the CallList

    def __init__(
        self, jobs: Jobs, services: DeskServices, actor: Actor, *, row: SessionRow, title: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__("sessionCancelDialog", "", jobs, parent)
        self.setWindowTitle(self.tr("Cancel a session"))
        self._services, self._actor, self._row = services, actor, row
        self.calls: CallList | None = None
        self.form.addRow(self.tr("Session"), QLabel(f"{title} · {words.session_text(row.starts_at, row.ends_at)}"))
        self.reason = line("sessionCancelReason", 100, self.tr("e.g. 老师生病"))
        self.messages.add_rows(self.form, ((self.tr("Reason"), self.reason, "reason"),))
        self.reason.returnPressed.connect(self.save)
        self.cancel_button = self.primary("sessionCancelSave", self.tr("Cancel the session"), self.save)
        self.said = QLabel()
        self.said.setObjectName("callListSaid")
        self.said.setWordWrap(True)
        self.call_model = CellsModel([self.tr("Name"), self.tr("Phone"), self.tr("Second phone"),
                                      self.tr("Companions")], self._call_cells, self)  # fmt: skip
        self.call_table = as_list(row_table("callList", self.call_model))
        self.call_table.horizontalHeader().setStretchLastSection(True)
        self.print_button = QPushButton(self.tr("Print the call list"))
        self.print_button.setObjectName("callListPrint")
        self.print_button.setToolTip(self.tr("Print the call list (Ctrl+P)"))
        self.print_button.clicked.connect(self._print)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for widget in (self.said, self.call_table, self.print_button):
            layout.insertWidget(layout.count() - 1, widget)
            widget.hide()
        self.reason.setFocus()

    @staticmethod
    def _call_cells(row: Any) -> tuple[str, str, str, str]:
        return (row.name, row.phone or "—", row.phone2, str(row.companions) if row.companions else "")

    def save(self) -> None:
        if self.calls is not None:
            return
        services, actor, row, reason = self._services, self._actor, self._row, self.reason.text()
        self.change(lambda: services.courses.cancel_session(row.session_id, reason, actor=actor), self.show_calls)

    def show_calls(self, calls: CallList) -> None:
        self.calls = calls
        self.reason.setReadOnly(True)
        self.cancel_button.setEnabled(False)
        self.said.setText(self.tr("Cancelled. Call these {n} residents:").format(n=len(calls.rows)) if calls.rows
                          else self.tr("Cancelled. Nobody is enrolled: nobody to call."))  # fmt: skip
        self.call_model.set_rows(calls.rows)
        for widget in (self.said, self.call_table, self.print_button):
            widget.show()
        self.print_button.setEnabled(bool(calls.rows))
        self.print_button.setFocus()

    def _print(self) -> None:
        if self.calls is not None:
            self.print_wanted.emit(self.calls)
