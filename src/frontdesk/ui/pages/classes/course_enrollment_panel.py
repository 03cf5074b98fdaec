"""报名名单 One course's list: the enrolled by name, then the waiting list in order (候补第 N 位); 报名… for a resident
found by typing their name (the enroll dialog opens on this course), 退出 with a reason (who moves up is said by
name), and for a vocational course the outcome of the chosen participant: 结业, or 已就业 with the employer.

A widget for the courses tab: :meth:`show_course` with the chosen course, :meth:`set_desk` once the database is
open and whenever the person at the desk changes. Reads and writes on the desk's worker; it re-reads on
``hub.classes_changed``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.table_export import PageExports
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.enrollment_words import refusal_text

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.search.query import SearchHit
    from frontdesk.core.services.enrollment_rows import EnrollmentRow
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

HITS_SHOWN = 12
OUTCOMES = ("completed", "employed")  # 结业, 已就业


class ListColumn(enum.IntEnum):
    NAME = 0
    STANDING = 1
    COMPANIONS = 2
    OUTCOME = 3


def outcome_text(outcome: str, employer: str | None) -> str:
    if outcome == "completed":
        return QCoreApplication.translate("Enrollment", "completed")
    if outcome == "employed":
        if employer:
            return QCoreApplication.translate("Enrollment", "employed at {employer}").format(employer=employer)
        return QCoreApplication.translate("Enrollment", "employed")
    return ""


class ListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[EnrollmentRow] = []

    def set_rows(self, rows: list[EnrollmentRow]) -> None:
        self.beginResetModel()
        self.rows = [row for row in rows if str(row.status) != "withdrawn"]
        self.endResetModel()

    def cells(self, row: EnrollmentRow) -> tuple[str, ...]:
        standing = words.standing_text(str(row.status), row.position)
        companions = str(row.companions) if row.companions else ""
        return row.resident_name, standing, companions, outcome_text(str(row.outcome), row.employer)

    def column(self, column: ListColumn) -> list[str]:
        return [self.cells(row)[column] for row in self.rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ListColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Enrollment", "Name"),
            QCoreApplication.translate("Enrollment", "Standing"),
            QCoreApplication.translate("Enrollment", "Companions"),
            QCoreApplication.translate("Enrollment", "Outcome"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(self.rows[index.row()])[index.column()]
        return None


class CourseEnrollmentPanel(QWidget):
    def __init__(
        self, hub: ChangeHub, worker: DatabaseWorker, *, printer: DeskPrinter | None = None, prompts: Any = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("courseEnrollmentPanel")
        self._worker = worker
        self._printer = printer
        self._prompts = prompts
        self._jobs = Jobs(worker)
        self._services: DeskServices | None = None
        self._actor: Actor | None = None
        self._course: tuple[int, str, bool] | None = None  # id, title, vocational
        self.enrolling: Any = None  # the enroll dialog opened last
        self._build()
        # 导出表格 (Ctrl+Shift+E in the list): who is enrolled, as shown
        self.exports = PageExports(worker, self, services=lambda: self._services, actor=lambda: self._actor)
        self.exports.add(self.table, lambda: self.heading.text() or self.tr("Enrolled"))
        hub.classes_changed.connect(self.refresh)

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("courseEnrollmentHeading")
        self.heading.setWordWrap(True)
        self.model = ListModel(self)
        self.table = as_list(row_table("courseEnrollments", self.model))
        self.table.setMinimumHeight(100)
        self.table.column_fit = ColumnFit(  # type: ignore[attr-defined]
            self.table,
            {ListColumn.NAME: Fit("欧阳秀兰"), ListColumn.STANDING: Fit(words.standing_text("waiting", 12)),
             ListColumn.COMPANIONS: Fit("00", hides=True), ListColumn.OUTCOME: Fit("employed at 颐康家政", hides=True)},
            stretch=ListColumn.NAME, give_way=(ListColumn.COMPANIONS, ListColumn.OUTCOME),
        )  # fmt: skip
        self.find = QLineEdit()
        self.find.setObjectName("courseEnrollFind")
        self.find.setPlaceholderText(self.tr("Resident: name, pinyin initials, phone or ID digits; Enter finds"))
        self.who = QComboBox()
        self.who.setObjectName("courseEnrollWho")
        self.enroll_button = QPushButton(self.tr("&Enroll…"))
        self.enroll_button.setObjectName("courseEnroll")
        self.reason = QLineEdit()
        self.reason.setObjectName("courseWithdrawReason")
        self.reason.setPlaceholderText(self.tr("Why they withdraw"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setObjectName("courseWithdraw")
        self.outcome = QComboBox()
        self.outcome.setObjectName("courseOutcome")
        self.outcome.addItem(outcome_text("completed", None), "completed")
        self.outcome.addItem(outcome_text("employed", None), "employed")
        self.employer = QLineEdit()
        self.employer.setObjectName("courseEmployer")
        self.employer.setPlaceholderText(self.tr("Employer"))
        self.outcome_button = QPushButton(self.tr("Record &outcome"))
        self.outcome_button.setObjectName("courseOutcomeSave")
        self.error = error_label("courseEnrollmentError")
        self.said = QLabel()
        self.said.setObjectName("courseEnrollmentResult")
        self.said.setWordWrap(True)
        self.said.setProperty("tone", "ok")
        for button in (self.enroll_button, self.withdraw_button, self.outcome_button):
            button.setAutoDefault(False)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        find_row = QHBoxLayout()
        find_row.addWidget(self.find, 2)
        find_row.addWidget(self.who, 1)
        find_row.addWidget(self.enroll_button)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.reason, 1)
        withdraw_row.addWidget(self.withdraw_button)
        self.outcome_row = QWidget()
        outcome_flow = FlowLayout(self.outcome_row, spacing=8)
        for widget in (self.outcome, self.employer, self.outcome_button):
            outcome_flow.addWidget(widget)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.table, 1)
        column.addLayout(find_row)
        column.addLayout(withdraw_row)
        column.addWidget(self.outcome_row)
        column.addWidget(self.error)
        column.addWidget(self.said)

    def _connect(self) -> None:
        self.find.returnPressed.connect(self.find_residents)
        self.enroll_button.clicked.connect(self.enroll_chosen)
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.reason.returnPressed.connect(self.withdraw_current)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.outcome.currentIndexChanged.connect(lambda _i: self._update())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._update()

    # -- the desk -----------------------------------------------------------------------------------------------
    def set_desk(self, services: DeskServices | None, actor: Actor | None) -> None:
        self._services, self._actor = services, actor
        self._jobs.forget()
        self.refresh()

    def show_course(self, course_id: int | None, title: str = "", *, vocational: bool = False) -> None:
        self._course = (course_id, title, vocational) if course_id is not None else None
        self.heading.setText(self.tr("Enrolled in {title}").format(title=title) if course_id is not None else "")
        show_error(self.error, "")
        self.said.clear()
        self.refresh()

    def busy(self) -> bool:
        return self._jobs.busy

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], *, changes: tuple[str, ...] = (),
             key: str | None = None) -> None:  # fmt: skip
        self._jobs.run(work, done, refused=self._refused, trouble=self._trouble, changes=changes, key=key)

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.error, refusal_text(refusal.code, refusal.params))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))

    def refresh(self) -> None:
        if self._services is None or self._actor is None or self._course is None:
            self.model.set_rows([])
            self._update()
            return
        enrollments, actor, course_id = self._services.enrollments, self._actor, self._course[0]
        self._run(lambda: enrollments.of_course(course_id, actor=actor), self._read, key="course.enrollments")

    def _read(self, rows: list[EnrollmentRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        at = next((i for i, r in enumerate(self.model.rows) if current and r.enrollment_id == current.enrollment_id), 0)
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(at, 0))
        self._update()

    def current(self) -> EnrollmentRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update(self) -> None:
        row = self.current()
        vocational = self._course is not None and self._course[2]
        self.outcome_row.setVisible(vocational)
        self.employer.setVisible(self.outcome.currentData() == "employed")
        self.withdraw_button.setEnabled(row is not None)
        self.outcome_button.setEnabled(row is not None and str(row.status) == "enrolled")
        self.enroll_button.setEnabled(self._course is not None and self.who.count() > 0)

    # -- acting -------------------------------------------------------------------------------------------------
    def find_residents(self) -> None:
        """Enter in the name box: the residents it finds, to choose from."""
        text = self.find.text().strip()
        if not text or self._services is None or self._actor is None:
            return
        lookup, actor = self._services.lookup, self._actor

        def found(hits: list[SearchHit]) -> None:
            self.who.clear()
            for hit in hits[:HITS_SHOWN]:
                label = hit.name if hit.age is None else f"{hit.name} · {hit.age}"
                self.who.addItem(f"{label} · {hit.community}" if hit.community else label, (hit.resident_id, hit.name))
            if not hits:
                show_error(self.error, self.tr("Nobody found for {text}.").format(text=text))
            else:
                show_error(self.error, "")
                self.enroll_button.setFocus()
            self._update()

        self._run(lambda: lookup.search(text, actor=actor), found)

    def enroll_chosen(self) -> None:
        """报名…: the enroll dialog for the chosen resident, on this course."""
        chosen = self.who.currentData()
        if chosen is None or self._course is None or self._services is None or self._actor is None:
            return
        from frontdesk.ui.pages.classes.enroll_dialog import EnrollOpener

        resident_id, name = chosen
        opener = EnrollOpener(self._worker, printer=self._printer, prompts=self._prompts)
        self.enrolling = opener(self._services, self._actor, resident_id, name, parent=self.window(),
                                course_id=self._course[0])  # fmt: skip

    def withdraw_current(self) -> None:
        row = self.current()
        if row is None or self._services is None or self._actor is None:
            return
        show_error(self.error, "")
        enrollments, actor, reason = self._services.enrollments, self._actor, self.reason.text()

        def withdrawn(result: Any) -> None:
            self.reason.clear()
            self.said.setText(words.withdrawn_text(row.course_title, [p.name for p in result.promoted]))

        self._run(lambda: enrollments.withdraw(row.enrollment_id, reason, actor=actor), withdrawn, changes=(CLASSES,))

    def record_outcome(self) -> None:
        """结业, or 已就业 with the employer, for the chosen participant of a vocational course."""
        row = self.current()
        if row is None or self._services is None or self._actor is None:
            return
        from frontdesk.core.models import TrainingOutcome

        show_error(self.error, "")
        outcome = TrainingOutcome(self.outcome.currentData())
        employer = self.employer.text() if outcome == TrainingOutcome.EMPLOYED else None
        enrollments, actor = self._services.enrollments, self._actor

        def recorded(saved: EnrollmentRow) -> None:
            self.said.setText(self.tr("{name}: {outcome}").format(
                name=saved.resident_name, outcome=outcome_text(str(saved.outcome), saved.employer)))  # fmt: skip

        self._run(lambda: enrollments.set_outcome(row.enrollment_id, outcome, employer=employer, actor=actor),
                  recorded, changes=(CLASSES,))  # fmt: skip
