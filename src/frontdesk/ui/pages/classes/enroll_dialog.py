"""报名 in a few keys: type the course's first characters (or its pinyin initials: sfb → 书法班), companions if the
course takes them, Enter — enrolled, said in words, with 打印回执 (F9) beside it. A full course offers 加入候补 and
says the place on the waiting list the resident would take.

Every read and write runs on the desk's database worker; a refusal (the last place taken at another desk a moment
ago) is said beside the list, which is read again; what was typed and chosen stays. Opened with :meth:`QDialog.open`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.key_button import KeyButton
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.enroll_models import OfferColumn, OfferModel
from frontdesk.ui.pages.classes.enrollment_words import refusal_text

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.enrollment_offer import OpenCourse
    from frontdesk.core.services.enrollments import EnrollResult
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

COURSES = "enroll.courses"
SLIP = "enrollment-slip"  # as frontdesk.printing.documents.KINDS names it


class _SearchKeys(QObject):
    """In the search box: Up/Down move the course list, Enter enrolls in the course under the cursor."""

    def __init__(self, box: QLineEdit, move: Callable[[int], None], enter: Callable[[], None]) -> None:
        super().__init__(box)
        self._move = move
        self._enter = enter
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.modifiers():
            return False
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            return True
        return False


class EnrollDialog(QDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        resident_id: int,
        name: str,
        *,
        services: DeskServices,
        actor: Actor,
        printer: DeskPrinter | None = None,
        prompts: Any = None,
        course_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Enroll {name}").format(name=name))
        self._resident_id = resident_id
        self._name = name
        self._services = services
        self._actor = actor
        self._keep = course_id  # the course to stay on when the list is read again
        self._shown: int | None = None  # the course the buttons were last set for
        self._jobs = Jobs(worker)
        self.enrolled: EnrollResult | None = None  # the last enrollment made here (打印回执 prints it)
        self._print = None
        if printer is not None:
            from frontdesk.ui.printing.document_print import DocumentPrint

            self._print = DocumentPrint(printer, prompts, self._start_print, self._said_print)
        self._build()
        self._connect()
        self.read_courses()

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Enroll {name} in a course or event").format(name=self._name))
        self.heading.setObjectName("enrollHeading")
        self.heading.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("enrollSearch")
        self.search.setPlaceholderText(self.tr("Course: first characters or pinyin initials"))
        self.search.setClearButtonEnabled(True)

        self.model = OfferModel(self)
        self.table = as_list(row_table("enrollCourses", self.model))
        self.table.setMinimumHeight(120)
        self.table.setToolTip(self.tr("Arrows choose a course; Enter enrolls"))
        self.table.column_fit = ColumnFit(  # type: ignore[attr-defined]
            self.table,
            {
                OfferColumn.TITLE: Fit("书法提高班（周末）", "书法提高"),
                OfferColumn.WHEN: Fit("周二 09:00–10:30, 周四 09:00–10:30", "周二 09:00"),
                OfferColumn.ROOM: Fit("多功能厅", hides=True),
                OfferColumn.INSTRUCTOR: Fit("陈秀芝", hides=True),
                OfferColumn.PLACES: Fit(words.places_text(0, 12), words.places_text(12, 0)),
                OfferColumn.FEE: Fit("¥120", hides=True),
                OfferColumn.MINE: Fit(words.standing_text("waiting", 12), hides=True),
            },
            stretch=OfferColumn.TITLE,
            give_way=(OfferColumn.INSTRUCTOR, OfferColumn.FEE, OfferColumn.ROOM, OfferColumn.MINE),
        )

        self._build_actions()
        self._lay_out()

    def _build_actions(self) -> None:
        self.companions = QSpinBox()
        self.companions.setObjectName("enrollCompanions")
        self.companions.setToolTip(self.tr("Companions who come with the resident and take a place each"))
        self.companions_label = QLabel(self.tr("&Companions"))
        self.companions_label.setBuddy(self.companions)
        self.error = error_label("enrollError")

        self.confirm = KeyButton(self.tr("Enroll"), "Enter")
        self.confirm.setObjectName("enrollConfirm")
        self.confirm.setToolTip(self.tr("Enroll the resident in the chosen course (Enter)"))
        self.waitlist = QPushButton(words.waitlist_button_text(1))
        self.waitlist.setObjectName("enrollWaitlist")
        self.waitlist.setToolTip(self.tr("The course is full: put the resident on its waiting list (Alt+W)"))
        self.result = QLabel()
        self.result.setObjectName("enrollResult")
        self.result.setWordWrap(True)
        self.result.setProperty("tone", "ok")
        self.print_button = KeyButton(self.tr("Print slip"), "F9")
        self.print_button.setObjectName("enrollPrint")
        self.print_button.setToolTip(self.tr("Print the enrollment slip of what was just done (F9)"))
        self.print_button.setEnabled(False)
        self.print_button.setVisible(self._print is not None)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("enrollClose")
        for button in (self.confirm, self.waitlist, self.print_button, self.close_button):
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        actions = FlowLayout(spacing=8)
        for widget in (self.companions_label, self.companions, self.confirm, self.waitlist):
            actions.addWidget(widget)
        foot = QHBoxLayout()
        foot.addWidget(self.result, 1)
        foot.addWidget(self.print_button)
        foot.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(search_row)
        column.addWidget(self.table, 1)
        column.addWidget(self.error)
        column.addLayout(actions)
        column.addLayout(foot)

        em = self.fontMetrics().horizontalAdvance("中")
        resize_within_screen(self, 46 * em, 28 * em)
        chain = [self.search, self.table, self.companions, self.confirm, self.waitlist, self.print_button,
                 self.close_button]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._typed)
        _SearchKeys(self.search, self._move, self.enroll_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._course_changed())
        self.table.activated.connect(lambda _index: self.enroll_current())
        self.confirm.clicked.connect(self.enroll_current)
        self.waitlist.clicked.connect(self.join_waitlist)
        self.print_button.clicked.connect(self.print_slip)
        self.close_button.clicked.connect(self.reject)
        self.companions.valueChanged.connect(lambda _v: self._update_buttons())
        QShortcut(QKeySequence("F9"), self, activated=self.print_slip)
        self._course_changed()

    # -- the worker ---------------------------------------------------------------------------------------------
    def busy(self) -> bool:
        """A read or a write is under way (tests wait for this to end)."""
        return self._jobs.busy

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], *,
             refused: Callable[[RuleViolation], None] | None = None, key: str | None = None,
             changes: tuple[str, ...] = ()) -> None:  # fmt: skip
        self._jobs.run(work, done, refused=refused or self._refused, trouble=self._trouble, key=key,
                       changes=changes)  # fmt: skip

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.error, refusal_text(refusal.code, refusal.params))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))

    def done(self, result: int) -> None:
        self._jobs.forget()  # closed: what comes back is not shown
        super().done(result)

    # -- the courses --------------------------------------------------------------------------------------------
    def read_courses(self) -> None:
        enrollments, actor, resident_id = self._services.enrollments, self._actor, self._resident_id
        self._run(lambda: enrollments.open_courses(resident_id, actor=actor), self._courses_read, key=COURSES)

    def _courses_read(self, courses: list[OpenCourse]) -> None:
        current = self.course()
        keep = self._keep if self._keep is not None else (current.course_id if current else None)
        self._keep = None
        self.model.set_courses(courses)
        self._choose(keep)
        if not courses:
            show_error(self.error, self.tr("No course or event is open to enroll."))
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, course_id: int | None) -> None:
        row = self.model.row_of(course_id)
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._course_changed()

    def _typed(self, text: str) -> None:
        current = self.course()
        self.model.set_filter(text)
        self._choose(current.course_id if current else None)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.table.currentIndex().row()
        row = min(rows - 1, max(0, row + step)) if row >= 0 else 0
        self.table.setCurrentIndex(self.model.index(row, 0))

    def course(self) -> OpenCourse | None:
        index = self.table.currentIndex()
        return self.model.course(index.row()) if index.isValid() else None

    def _course_changed(self) -> None:
        course = self.course()
        chosen = course.course_id if course is not None else None
        if chosen != self._shown:  # another course: the last one's refusal no longer applies
            show_error(self.error, "")
        self._shown = chosen
        most = course.max_companions if course is not None else 0
        self.companions.setRange(0, most)
        self.companions.setVisible(most > 0)
        self.companions_label.setVisible(most > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        course = self.course()
        full = course is not None and course.free < 1 + self.companions.value()
        self.confirm.setEnabled(course is not None)
        self.waitlist.setVisible(full)
        self.waitlist.setEnabled(full and course is not None and course.mine is None)
        if course is not None:
            self.waitlist.setText(words.waitlist_button_text(course.waiting + 1))

    # -- enrolling ----------------------------------------------------------------------------------------------
    def enroll_current(self) -> None:
        """Enter: enroll in the course under the cursor (a full one is said, offering 候补)."""
        self._enroll(waitlist=False)

    def join_waitlist(self) -> None:
        """加入候补: the course is full; the resident joins the end of its waiting list."""
        course = self.course()
        if course is not None and self.waitlist.isVisible():
            self._enroll(waitlist=True)

    def _enroll(self, *, waitlist: bool) -> None:
        course = self.course()
        if course is None:
            return
        show_error(self.error, "")
        enrollments, actor, resident_id = self._services.enrollments, self._actor, self._resident_id
        companions = self.companions.value() if course.max_companions else 0
        self._keep = course.course_id

        def refused(refusal: RuleViolation) -> None:
            self._refused(refusal)
            if refusal.code == "course_full":
                self.waitlist.setVisible(True)
                self.waitlist.setEnabled(True)
            self._keep = course.course_id
            self.read_courses()  # another desk took the place: show what is left

        self._run(lambda: enrollments.enroll(course.course_id, resident_id, companions=companions, waitlist=waitlist,
                                             actor=actor),
                  self._enrolled, refused=refused, changes=(CLASSES,))  # fmt: skip

    def _enrolled(self, result: EnrollResult) -> None:
        self.enrolled = result
        if result.position is not None:
            self.result.setText(words.waiting_text(result.name, result.title, result.position))
        else:
            self.result.setText(words.enrolled_text(result.name, result.title, result.companions))
        self.print_button.setEnabled(self._print is not None)
        self.read_courses()

    # -- printing -----------------------------------------------------------------------------------------------
    def print_slip(self) -> None:
        """F9: the 报名回执 of what was just done, to the desk's printer for it (no dialog)."""
        if self._print is None or self.enrolled is None:
            return
        documents, actor, enrolled = self._services.documents, self._actor, self.enrolled
        self._print.print_now(
            documents, actor, SLIP, lambda: documents.enrollment_slip(enrolled.enrollment_id, actor=actor),
            title=self.tr("{name}'s enrollment slip").format(name=self._name),
            file_name=f"{self._name}-{enrolled.enrollment_id}.pdf",
            job=f"frontdesk-enrollment-{enrolled.enrollment_id}",
        )  # fmt: skip

    def _start_print(self, work: Callable[[], Any], done: Callable[[Any], None], trouble=None) -> None:
        self._jobs.run(work, done, refused=self._refused, trouble=trouble or self._trouble)

    def _said_print(self, ok: bool, text: str) -> None:
        if ok:
            self.result.setText(text)
        else:
            show_error(self.error, text)


class EnrollOpener:
    """What the composition root hands the pages that offer 报名… (:class:`~frontdesk.ui.common.enroll_entry.
    OpenEnroll`): the desk's worker, printer and prompts, given once."""

    def __init__(self, worker: DatabaseWorker, *, printer: DeskPrinter | None = None, prompts: Any = None) -> None:
        self._worker = worker
        self._printer = printer
        self._prompts = prompts

    def __call__(self, services: DeskServices, actor: Actor, resident_id: int, name: str, *,
                 parent: QWidget, course_id: int | None = None) -> EnrollDialog:  # fmt: skip
        dialog = EnrollDialog(self._worker, resident_id, name, services=services, actor=actor, printer=self._printer,
                              prompts=self._prompts, course_id=course_id, parent=parent)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
