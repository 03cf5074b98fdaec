"""课程… A resident's courses: each enrollment with its standing (报名 / 候补第 N 位 / 已退出), the attendance rate, the
coming four weeks' sessions; 退出 with a reason (the places freed move the waiting list up, said by name), and 打印课表.
Opened from the residents page (actionResidentClasses) through :class:`~frontdesk.ui.common.enroll_entry.
OpenClasses`. Reads and writes on the desk's worker; a refusal is said beside the reason, which stays typed."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.enrollment_words import refusal_text

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.attendance_rates import ResidentRate
    from frontdesk.core.services.enrollment_rows import EnrollmentRow, TimetableRow
    from frontdesk.core.services.enrollments import WithdrawResult
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

TIMETABLE = "timetable"  # as frontdesk.printing.kinds names the resident's own 课表
COMING_DAYS = 28
REASON_MAX = 100  # as the enrollment service allows


class Column(enum.IntEnum):
    COURSE = 0
    STANDING = 1
    ATTENDANCE = 2


class ComingColumn(enum.IntEnum):
    WHEN = 0
    COURSE = 1
    ROOM = 2


class _Rows(QAbstractTableModel):
    """Whole rows with a function that says each row's cells."""

    def __init__(self, headers: Callable[[], tuple[str, ...]], cells: Callable[[Any], tuple[str, ...]],
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._headers = headers
        self._cells = cells
        self.rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def texts(self, column: int) -> list[str]:
        return [self._cells(row)[column] for row in self.rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(self.rows[index.row()])[index.column()]
        return None


def _enrollment_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Enrollment", "Course"),
        QCoreApplication.translate("Enrollment", "Standing"),
        QCoreApplication.translate("Enrollment", "Attendance"),
    )


def _coming_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Enrollment", "When"),
        QCoreApplication.translate("Enrollment", "Course"),
        QCoreApplication.translate("Enrollment", "Room"),
    )


def rate_text(rate: ResidentRate | None) -> str:
    """出勤 8/10 · 80%; nothing held yet: —."""
    if rate is None or not rate.held:
        return "—"
    return QCoreApplication.translate("Enrollment", "{attended}/{held} · {percent}%").format(
        attended=rate.attended, held=rate.held, percent=round(100 * (rate.rate or 0))
    )


def coming_when(row: TimetableRow) -> str:
    when = f"{words.day_text(row.day)} {words.clock_text(row.starts_at)}–{words.clock_text(row.ends_at)}"
    if row.cancelled:
        return QCoreApplication.translate("Enrollment", "{when} · cancelled").format(when=when)
    return when


class ResidentClassesDialog(QDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        clock: Clock,
        resident_id: int,
        name: str,
        *,
        services: DeskServices,
        actor: Actor,
        printer: DeskPrinter | None = None,
        prompts: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("residentClassesDialog")
        self.setWindowTitle(self.tr("{name}'s courses").format(name=name))
        self._clock = clock
        self._resident_id = resident_id
        self._name = name
        self._services = services
        self._actor = actor
        self._jobs = Jobs(worker)
        self._rates: dict[int, ResidentRate] = {}
        self._print = None
        if printer is not None:
            from frontdesk.ui.printing.document_print import DocumentPrint

            self._print = DocumentPrint(printer, prompts, self._start_print, self._said_print)
        self._build()
        self.read()

    def _build(self) -> None:
        self._build_tables()
        self._build_controls()
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.reason.returnPressed.connect(self.withdraw_current)
        self.print_button.clicked.connect(self.print_timetable)
        self.close_button.clicked.connect(self.reject)
        self._update_buttons()

    def _build_tables(self) -> None:
        self.heading = QLabel(self.tr("Courses and events of {name}").format(name=self._name))
        self.heading.setObjectName("classesHeading")
        self.heading.setWordWrap(True)
        self.model = _Rows(_enrollment_headers, self._cells, self)
        self.table = as_list(row_table("classesEnrollments", self.model))
        self.table.setMinimumHeight(100)
        self.table.column_fit = ColumnFit(  # type: ignore[attr-defined]
            self.table,
            {Column.COURSE: Fit("书法提高班（周末）", "书法提高班"),
             Column.STANDING: Fit(words.standing_text("waiting", 12)),
             Column.ATTENDANCE: Fit("10/12 · 83%", "83%")},
            stretch=Column.COURSE,
        )  # fmt: skip
        self.coming_title = QLabel(self.tr("Coming sessions"))
        self.coming_model = _Rows(_coming_headers, self._coming_cells, self)
        self.coming = as_list(row_table("classesComing", self.coming_model))
        self.coming.setMinimumHeight(100)
        self.coming.column_fit = ColumnFit(  # type: ignore[attr-defined]
            self.coming,
            {ComingColumn.WHEN: Fit("Tue 12/10 09:00–10:30 · cancelled", "Tue 12/10 09:00"),
             ComingColumn.COURSE: Fit("书法提高班"), ComingColumn.ROOM: Fit("多功能厅", hides=True)},
            stretch=ComingColumn.COURSE, give_way=(ComingColumn.ROOM,),
        )  # fmt: skip

    def _build_controls(self) -> None:
        self.reason = QLineEdit()
        self.reason.setObjectName("classesWithdrawReason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("Why they withdraw (moved away, unwell…)"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setObjectName("classesWithdraw")
        self.withdraw_button.setToolTip(self.tr("Withdraw from the chosen course (or leave its waiting list)"))
        self.error = error_label("classesError")
        self.result = QLabel()
        self.result.setObjectName("classesResult")
        self.result.setWordWrap(True)
        self.result.setProperty("tone", "ok")
        self.print_button = QPushButton(self.tr("&Print timetable"))
        self.print_button.setObjectName("classesPrintTimetable")
        self.print_button.setVisible(self._print is not None)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("classesClose")
        for button in (self.withdraw_button, self.print_button, self.close_button):
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(reason_label)
        withdraw_row.addWidget(self.reason, 1)
        withdraw_row.addWidget(self.withdraw_button)
        foot = QHBoxLayout()
        foot.addWidget(self.result, 1)
        foot.addWidget(self.print_button)
        foot.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.table, 2)
        column.addLayout(withdraw_row)
        column.addWidget(self.error)
        column.addWidget(self.coming_title)
        column.addWidget(self.coming, 2)
        column.addLayout(foot)
        em = self.fontMetrics().horizontalAdvance("中")
        resize_within_screen(self, 40 * em, 30 * em)

    def _cells(self, row: EnrollmentRow) -> tuple[str, ...]:
        standing = words.standing_text(str(row.status), row.position)
        if row.companions:
            standing = QCoreApplication.translate("Enrollment", "{standing}, +{count}").format(
                standing=standing, count=row.companions
            )
        return row.course_title, standing, rate_text(self._rates.get(row.course_id))

    @staticmethod
    def _coming_cells(row: TimetableRow) -> tuple[str, ...]:
        return coming_when(row), row.title, row.room_name

    # -- the worker ---------------------------------------------------------------------------------------------
    def busy(self) -> bool:
        return self._jobs.busy

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.error, refusal_text(refusal.code, refusal.params))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))

    def done(self, result: int) -> None:
        self._jobs.forget()
        super().done(result)

    def read(self) -> None:
        enrollments, actor, resident_id = self._services.enrollments, self._actor, self._resident_id
        first = self._clock().date()
        last = first + timedelta(days=COMING_DAYS - 1)

        def work() -> tuple[list[EnrollmentRow], list[ResidentRate], list[TimetableRow]]:
            rows = enrollments.of_resident(resident_id, actor=actor)
            rates = enrollments.resident_rates(resident_id, actor=actor)
            return rows, rates, enrollments.timetable(resident_id, first, last, actor=actor)

        self._jobs.run(work, self._read, refused=self._refused, trouble=self._trouble, key="classes.resident")

    def _read(self, read: tuple[list[EnrollmentRow], list[ResidentRate], list[TimetableRow]]) -> None:
        rows, rates, coming = read
        current = self.current()
        self._rates = {rate.course_id: rate for rate in rates}
        self.model.set_rows(rows)
        self.coming_model.set_rows(coming)
        at = next((i for i, r in enumerate(rows) if current and r.enrollment_id == current.enrollment_id), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(at, 0))
        self._update_buttons()

    def current(self) -> EnrollmentRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.withdraw_button.setEnabled(row is not None and str(row.status) != "withdrawn")

    # -- withdrawing --------------------------------------------------------------------------------------------
    def withdraw_current(self) -> None:
        """退出 the chosen course with the reason typed; whoever moves up from the waiting list is said by name."""
        row = self.current()
        if row is None or str(row.status) == "withdrawn":
            return
        show_error(self.error, "")
        enrollments, actor, reason = self._services.enrollments, self._actor, self.reason.text()

        def withdrawn(result: WithdrawResult) -> None:
            self.reason.clear()
            self.result.setText(words.withdrawn_text(row.course_title, [p.name for p in result.promoted]))
            self.read()

        self._jobs.run(lambda: enrollments.withdraw(row.enrollment_id, reason, actor=actor), withdrawn,
                       refused=self._refused, trouble=self._trouble, changes=(CLASSES,))  # fmt: skip

    # -- printing -----------------------------------------------------------------------------------------------
    def print_timetable(self) -> None:
        """打印课表: the resident's own timetable, to the desk's printer for it."""
        if self._print is None:
            return
        documents, actor, resident_id = self._services.documents, self._actor, self._resident_id
        self._print.print_now(
            documents, actor, TIMETABLE, lambda: documents.timetable(resident_id, actor=actor),
            title=self.tr("{name}'s timetable").format(name=self._name),
            file_name=f"{self._name}-timetable.pdf", job=f"frontdesk-timetable-{resident_id}",
        )  # fmt: skip

    def _start_print(self, work: Callable[[], Any], done: Callable[[Any], None], trouble=None) -> None:
        self._jobs.run(work, done, refused=self._refused, trouble=trouble or self._trouble)

    def _said_print(self, ok: bool, text: str) -> None:
        if ok:
            self.result.setText(text)
        else:
            show_error(self.error, text)


class ClassesOpener:
    """What the composition root hands the residents page for 课程… (:class:`~frontdesk.ui.common.enroll_entry.
    OpenClasses`)."""

    def __init__(self, worker: DatabaseWorker, clock: Clock, *, printer: DeskPrinter | None = None,
                 prompts: Any = None) -> None:  # fmt: skip
        self._worker = worker
        self._clock = clock
        self._printer = printer
        self._prompts = prompts

    def __call__(self, services: DeskServices, actor: Actor, resident_id: int, name: str, *,
                 parent: QWidget) -> ResidentClassesDialog:  # fmt: skip
        dialog = ResidentClassesDialog(self._worker, self._clock, resident_id, name, services=services, actor=actor,
                                       printer=self._printer, prompts=self._prompts, parent=parent)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
