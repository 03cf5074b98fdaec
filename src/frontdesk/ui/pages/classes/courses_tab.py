"""课程 tab of the 课程与教室 page: the courses of a term (picked at the top; managers add a term with 新学期…), the
course dialog for managers (检查 before 保存), the selected course's sessions with 调课…, 停课… (then the residents to
call, printable) and 加课…, and 新活动… for an event. Reads and changes run on the desk's worker; the tab re-reads
when the hub says the classes changed."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.form_parts import CellsModel, DeskTab
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.widgets import scroll_body
from frontdesk.ui.pages.classes import course_words as words
from frontdesk.ui.pages.classes.course_enrollment_panel import CourseEnrollmentPanel

if TYPE_CHECKING:
    from frontdesk.core.services.course_records import CallList, CourseChoices, CourseDetail, CourseRow, SessionRow
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.failures.prompts import Prompts
    from frontdesk.ui.printing.desk_printer import DeskPrinter

EVENTS = -1  # the term picker's entry for events (they have no term)
CALLS_KIND = "session-calls"


class CourseColumn(enum.IntEnum):
    TITLE = 0
    CATEGORY = 1
    INSTRUCTOR = 2
    ROOM = 3
    TIMES = 4
    PLACES = 5
    FEE = 6


class SessionColumn(enum.IntEnum):
    WHEN = 0
    ROOM = 1
    INSTRUCTOR = 2
    STATUS = 3
    ATTENDED = 4


class CoursesTab(DeskTab):
    def __init__(
        self, hub: ChangeHub, worker: DatabaseWorker, *, clock: Clock, printer: DeskPrinter, prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(worker, parent)
        self.setObjectName("coursesTab")
        self._clock, self._printer, self._prompts = clock, printer, prompts
        self.printing: Any = None
        self.dialog: QWidget | None = None  # the dialog open now (tests drive it)
        self.choices: CourseChoices | None = None
        self.terms: list[Any] = []
        self.detail: CourseDetail | None = None
        self._wanted_term: int | None = None

        self.term = QComboBox()
        self.term.setObjectName("coursesTerm")
        self.term.setMinimumContentsLength(12)
        self.new_term = self._button("coursesNewTerm", self.tr("New term…"), "")
        self.new_course = self._button("coursesNewCourse", self.tr("New course…"), "Ctrl+N")
        self.edit_course = self._button("coursesEdit", self.tr("Edit course…"), "Ctrl+E")
        self.new_event = self._button("coursesNewEvent", self.tr("New event…"), "")
        self.move = self._button("sessionMove", self.tr("Move…"), "")
        self.cancel = self._button("sessionCancel", self.tr("Cancel session…"), "")
        self.add = self._button("sessionAdd", self.tr("Add session…"), "")
        self.roster = self._button("sessionRoster", self.tr("Roster…"), "Ctrl+R")  # 点名 / 签到表
        self.enrollment = CourseEnrollmentPanel(hub, worker, printer=printer, prompts=prompts)
        self.status = QLabel()
        self.status.setObjectName("coursesStatus")
        self.status.setWordWrap(True)
        self._build_tables()
        self._build_layout()
        self.exports.add(self.table, lambda: self.tr("Courses {term}").format(term=self.term.currentText()))
        self.exports.add(self.sessions_table, self._sessions_title)
        self._connect(hub)
        self._enable()

    def _sessions_title(self) -> str:
        index = self.table.currentIndex()
        title = index.siblingAtColumn(CourseColumn.TITLE).data() if index.isValid() else None
        return self.tr("Sessions of {course}").format(course=title) if title else self.tr("Sessions")

    def _build_layout(self) -> None:
        # The buttons flow onto a second row where the window is narrow (1024×768 at 150 %, English).
        picker = QWidget()
        picker_layout = QHBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(QLabel(self.tr("Term")))
        picker_layout.addWidget(self.term, 1)
        top_box = QWidget()
        top = FlowLayout(top_box)
        top.addWidget(picker)
        for button in (self.new_term, self.new_course, self.edit_course, self.new_event):
            top.addWidget(button)
        session_box = QWidget()
        session_buttons = FlowLayout(session_box)
        session_buttons.addWidget(QLabel(self.tr("Sessions of the course")))
        for button in (self.roster, self.move, self.cancel, self.add):
            session_buttons.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(session_box)
        lower_layout.addWidget(self.sessions_table, 1)
        # The sessions, and who is enrolled (报名名单): a tab each, so a narrow window (1024×768 at 150 %) has room
        # for both, one at a time.
        beside = QTabWidget()
        beside.setObjectName("courseParts")
        beside.setDocumentMode(True)
        beside.addTab(lower, self.tr("Sessions"))
        beside.addTab(self.enrollment, self.tr("Enrolled"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(beside)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(top_box)
        inner.addWidget(split, 1)
        inner.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # a short screen (1024×768 at 150 %) scrolls the tab rather than growing the window
        layout.addWidget(scroll_body(body, "coursesScroll"))
        self._editors = [self.new_term, self.new_course, self.edit_course]
        for button in self._editors:
            button.setVisible(False)

    def _connect(self, hub: ChangeHub) -> None:
        self.term.currentIndexChanged.connect(lambda _i: self._read_courses())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._read_course())
        self.sessions_table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.table.doubleClicked.connect(lambda _i: self.open_course(edit=True))
        self.new_term.clicked.connect(self.open_term)
        self.new_course.clicked.connect(lambda: self.open_course(edit=False))
        self.edit_course.clicked.connect(lambda: self.open_course(edit=True))
        self.new_event.clicked.connect(self.open_event)
        self.move.clicked.connect(self.open_move)
        self.cancel.clicked.connect(self.open_cancel)
        self.add.clicked.connect(self.open_add)
        self.roster.clicked.connect(self.open_roster)
        hub.classes_changed.connect(self.refresh)

    def _button(self, name: str, text: str, keys: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if keys:
            button.setToolTip(self.tr("{what} ({keys})").format(what=text.rstrip("…"), keys=keys))
            QShortcut(QKeySequence(keys), self, button.click, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return button

    def _build_tables(self) -> None:
        self.model = CellsModel(
            [self.tr("Course"), self.tr("Category"), self.tr("Instructor"), self.tr("Room"), self.tr("Weekly"),
             self.tr("Enrolled"), self.tr("Fee")], self._course_cells, self,
        )  # fmt: skip
        self.table = as_list(row_table("coursesTable", self.model))
        self.table.setMinimumHeight(80)
        columns = {
            CourseColumn.TITLE: Fit("书法提高班（周末）"),
            CourseColumn.CATEGORY: Fit(words.t(words.CATEGORIES["vocational"]), hides=True),
            CourseColumn.INSTRUCTOR: Fit("陈秀芝", hides=True),
            CourseColumn.ROOM: Fit("多功能厅", "舞蹈室"),
            CourseColumn.TIMES: Fit("周二 09:00–10:30, 周四 09:00–10:30", "周二 09:00"),
            CourseColumn.PLACES: Fit("18/20 · 3 waiting", "18/20"),
            CourseColumn.FEE: Fit("¥120", hides=True),
        }
        give_way = (CourseColumn.CATEGORY, CourseColumn.FEE, CourseColumn.INSTRUCTOR)
        self.table.column_fit = ColumnFit(self.table, columns, stretch=CourseColumn.TIMES, give_way=give_way)  # type: ignore[attr-defined]
        self.sessions_model = CellsModel(
            [self.tr("Session"), self.tr("Room"), self.tr("Instructor"), self.tr("Status"), self.tr("Present")],
            self._session_cells, self,
        )  # fmt: skip
        self.sessions_table = as_list(row_table("courseSessions", self.sessions_model))
        self.sessions_table.setMinimumHeight(80)
        session_columns = {
            SessionColumn.WHEN: Fit("12月10日 周四 09:00–10:30"),
            SessionColumn.ROOM: Fit("多功能厅"),
            SessionColumn.INSTRUCTOR: Fit("陈秀芝", hides=True),
            SessionColumn.STATUS: Fit("cancelled: 老师生病", "cancelled"),
            SessionColumn.ATTENDED: Fit("18", hides=True),
        }
        self.sessions_table.column_fit = ColumnFit(  # type: ignore[attr-defined]
            self.sessions_table, session_columns, stretch=SessionColumn.STATUS,
            give_way=(SessionColumn.ATTENDED, SessionColumn.INSTRUCTOR),
        )  # fmt: skip

    # -- cells ----------------------------------------------------------------------------------------------------
    def _course_cells(self, row: CourseRow) -> tuple[str, ...]:
        times = words.pattern_text((p.weekday, p.starts, p.ends) for p in row.patterns)
        if not row.patterns and row.next_session is not None:
            times = words.session_text(row.next_session, row.next_session)
        return (row.title, words.category_text(str(row.category)), row.instructor_name or "—", row.room_name, times,
                words.places_text(row.enrolled, row.capacity, row.waiting), words.fee_text(row.fee_cents))  # fmt: skip

    def _session_cells(self, row: SessionRow) -> tuple[str, ...]:
        if str(row.status) == "cancelled":
            status = self.tr("cancelled: {reason}").format(reason=row.cancel_reason or "")
        elif row.moved_from is not None:
            status = self.tr("moved from {when}").format(when=words.session_text(row.moved_from, row.moved_from))
        elif row.added:
            status = self.tr("added")
        else:
            status = self.tr("scheduled")
        return (words.session_text(row.starts_at, row.ends_at), row.room_name, row.instructor_name or "—", status,
                str(row.attended) if row.attended else "")  # fmt: skip

    # -- reading --------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.may_read():
            return
        services, actor = self._services, self._actor
        assert services is not None
        assert actor is not None

        def read() -> tuple[list[Any], CourseChoices]:
            return services.courses.terms(actor=actor), services.courses.choices(actor=actor)

        self._jobs.run(read, self._show_terms, refused=self._refused, key="courses-terms")

    def _show_terms(self, read: tuple[list[Any], CourseChoices]) -> None:
        terms, self.choices = read
        wanted = self._wanted_term if self._wanted_term is not None else self.term.currentData()
        self._wanted_term = None
        self.terms = terms
        self.term.blockSignals(True)
        self.term.clear()
        for row in terms:
            self.term.addItem(row.name, row.term_id)
        self.term.addItem(self.tr("Events"), EVENTS)
        index = self.term.findData(wanted)
        self.term.setCurrentIndex(index if index >= 0 else 0)
        self.term.blockSignals(False)
        self._read_courses()

    def _read_courses(self) -> None:
        if not self.may_read():
            return
        services, actor, term_id = self._services, self._actor, self.term.currentData()
        assert services is not None
        assert actor is not None

        def read() -> list[CourseRow]:
            if term_id == EVENTS:
                return [r for r in services.courses.courses(actor=actor) if str(r.kind) == "event"]
            return services.courses.courses(actor=actor, term_id=term_id)

        self._jobs.run(read, self._show_courses, refused=self._refused, key="courses-list")

    def _show_courses(self, rows: list[CourseRow]) -> None:
        chosen = self.detail.row.course_id if self.detail is not None else None
        self.model.set_rows(rows)
        at = next((i for i, r in enumerate(rows) if r.course_id == chosen), 0 if rows else -1)
        if at >= 0:
            self.table.selectRow(at)
        else:
            self.detail = None
            self.sessions_model.set_rows([])
        self._read_course()
        self._enable()

    def attach(self, services: Any) -> None:
        super().attach(services)
        self.enrollment.set_desk(self._services, self._actor)

    def set_actor(self, actor: Any) -> None:
        super().set_actor(actor)
        self.enrollment.set_desk(self._services, actor)

    def _read_course(self) -> None:
        row = self.current_course
        if row is None:
            self.enrollment.show_course(None)
        else:
            self.enrollment.show_course(row.course_id, row.title, vocational=str(row.category) == "vocational")
        if row is None or not self.may_read():
            self.detail = None
            self.sessions_model.set_rows([])
            self._enable()
            return
        services, actor = self._services, self._actor
        assert services is not None
        assert actor is not None
        self._jobs.run(lambda: services.courses.course(row.course_id, actor=actor), self._show_course,
                       refused=self._refused, key="courses-detail")  # fmt: skip

    def _show_course(self, detail: CourseDetail) -> None:
        self.detail = detail
        chosen = self.current_session
        self.sessions_model.set_rows(detail.sessions)
        now = self._clock()
        ids = [s.session_id for s in detail.sessions]
        coming = next((i for i, s in enumerate(detail.sessions) if s.starts_at >= now), -1)
        at = ids.index(chosen.session_id) if chosen is not None and chosen.session_id in ids else coming
        if at >= 0:
            self.sessions_table.selectRow(at)
            self.sessions_table.scrollTo(self.sessions_model.index(at, 0))
        self._enable()

    @property
    def current_course(self) -> CourseRow | None:
        index = self.table.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    @property
    def current_session(self) -> SessionRow | None:
        index = self.sessions_table.currentIndex()
        rows = self.sessions_model.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    def _enable(self) -> None:
        session = self.current_session
        scheduled = session is not None and str(session.status) == "scheduled"
        self.move.setEnabled(scheduled)
        self.cancel.setEnabled(scheduled)
        self.add.setEnabled(self.detail is not None)
        self.roster.setEnabled(session is not None and self.may_read())
        is_course = self.current_course is not None and str(self.current_course.kind) == "course"
        self.edit_course.setEnabled(is_course)
        self.new_course.setEnabled(bool(self.terms))

    def clear(self) -> None:
        self.model.set_rows([])
        self.sessions_model.set_rows([])
        self.detail = None
        self.status.clear()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _refused(self, refusal: Any) -> None:
        self.status.setText(words.refusal_text(refusal))

    def say(self, text: str) -> None:
        self.status.setText(text)

    # -- dialogs --------------------------------------------------------------------------------------------------
    def _ready(self) -> tuple[Any, Any] | None:
        if not self.may_read() or self.choices is None:
            return None
        return self._services, self._actor

    def _show(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_a: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_roster(self) -> None:
        """点名…: the chosen session's roster, door scan and 签到表."""
        session = self.current_session
        if session is None or not self.may_read():
            return
        from frontdesk.ui.pages.classes.roster_dialog import RosterDialog

        self._show(RosterDialog(self._jobs.worker, session.session_id, services=self._services, actor=self._actor,
                                printer=self._printer, prompts=self._prompts, parent=self.window()))  # fmt: skip

    def open_term(self) -> None:
        ready = self._ready()
        if ready is None or not self.may_edit():
            return
        from frontdesk.ui.pages.classes.session_dialogs import TermDialog

        dialog = TermDialog(self._jobs, *ready, self._clock().date(), parent=self)
        dialog.done_with.connect(self._term_saved)
        self._show(dialog)

    def _term_saved(self, term_id: Any) -> None:
        self._wanted_term = int(term_id)
        self.say(self.tr("Term saved."))

    def open_course(self, *, edit: bool) -> None:
        ready = self._ready()
        if ready is None or not self.may_edit() or not self.terms:
            return
        if edit and (self.detail is None or str(self.detail.row.kind) != "course"):
            return
        from frontdesk.ui.pages.classes.course_dialog import CourseDialog

        term_id = self.term.currentData()
        dialog = CourseDialog(self._jobs, *ready, choices=self.choices, terms=self.terms,
                              term_id=term_id if term_id != EVENTS else None,
                              detail=self.detail if edit else None, parent=self)  # fmt: skip
        dialog.saved.connect(lambda _id: self.say(self.tr("Course saved with its sessions.")))
        self._show(dialog)

    def open_event(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        from frontdesk.ui.pages.classes.event_dialog import EventDialog

        dialog = EventDialog(self._jobs, *ready, choices=self.choices, today=self._clock().date(), parent=self)
        dialog.done_with.connect(lambda _id: self.say(self.tr("Event saved.")))
        self._show(dialog)

    def open_move(self) -> None:
        ready, row = self._ready(), self.current_session
        if ready is None or row is None or self.choices is None:
            return
        from frontdesk.ui.pages.classes.session_dialogs import MoveDialog

        dialog = MoveDialog(self._jobs, *ready, row=row, rooms=self.choices.rooms, parent=self)
        dialog.done_with.connect(lambda _r: self.say(self.tr("Session moved.")))
        self._show(dialog)

    def open_add(self) -> None:
        ready, detail = self._ready(), self.detail
        if ready is None or detail is None or self.choices is None:
            return
        from frontdesk.ui.pages.classes.session_dialogs import AddDialog

        dialog = AddDialog(self._jobs, *ready, course_id=detail.row.course_id, room_id=detail.row.room_id,
                           today=self._clock().date(), rooms=self.choices.rooms, parent=self)  # fmt: skip
        dialog.done_with.connect(lambda _r: self.say(self.tr("Session added.")))
        self._show(dialog)

    def open_cancel(self) -> None:
        ready, row, detail = self._ready(), self.current_session, self.detail
        if ready is None or row is None or detail is None:
            return
        from frontdesk.ui.pages.classes.session_dialogs import CancelDialog

        dialog = CancelDialog(self._jobs, *ready, row=row, title=detail.row.title, parent=self)
        dialog.done_with.connect(lambda _r: self.say(self.tr("Session cancelled.")))
        dialog.print_wanted.connect(self.print_calls)
        self._show(dialog)

    def print_calls(self, calls: CallList) -> None:
        """打印预览 of the 停课通知电话单."""
        ready = self._ready()
        if ready is None:
            return
        services, actor = ready
        documents = services.documents
        session_id = calls.session_id
        self._printing().preview(
            documents, actor, CALLS_KIND, lambda: documents.session_call_list(session_id, actor=actor),
            title=self.tr("Call list of a cancelled session"), file_name=f"session-calls-{session_id}.pdf",
            parent=self.dialog or self,
        )  # fmt: skip

    def _printing(self) -> Any:
        if self.printing is None:
            from frontdesk.ui.printing.document_print import DocumentPrint

            self.printing = DocumentPrint(
                self._printer, self._prompts,
                lambda work, done, trouble=None: self._jobs.run(work, done, refused=self._refused),
                lambda ok, text: self.say(text),
            )  # fmt: skip
        return self.printing
