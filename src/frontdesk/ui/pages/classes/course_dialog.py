"""The course dialog (managers): every field of a course, its weekly meetings (a row each: weekday, start, end), and
检查 — every session the pattern makes over the term with its problems — before 保存, which refuses while any
session has one (the list then says which). Work runs on the desk's worker; the dialog is opened, never exec'd."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.day_words import weekday_word
from frontdesk.ui.common.fields import error_label
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.form_parts import CellsModel, line, wrapping_form
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.pages.classes import course_words as words
from frontdesk.ui.pages.classes.course_form import (
    CourseMessages,
    choice_box,
    number_box,
    select_data,
    time_line,
)

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.services.course_records import (
        CourseChoices,
        CourseDetail,
        CourseDraft,
        CoursePlan,
        PatternInput,
        TermRow,
    )
    from frontdesk.ui.common.jobs import Jobs
    from frontdesk.ui.common.services import DeskServices


class PatternRows(QWidget):
    """The course's weekly meetings: a row each (weekday, start, end, remove), and 添加 for one more."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coursePatterns")
        self.rows: list[tuple[QWidget, QComboBox, QLineEdit, QLineEdit]] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a weekly meeting"))
        self.add_button.setObjectName("coursePatternAdd")
        self.add_button.clicked.connect(lambda: self.add_row())  # noqa: PLW0108 - clicked's bool is no weekday
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, weekday: int = 0, starts: time | None = None, ends: time | None = None) -> None:
        holder = QWidget()
        row = FlowLayout(holder, spacing=6)  # the times under the weekday where the dialog is narrow
        day = choice_box("", ((weekday_word(n), n) for n in range(7)))
        select_data(day, weekday)
        first = time_line("")
        last = time_line("", "10:30")
        if starts is not None:
            first.setText(f"{starts:%H:%M}")
        if ends is not None:
            last.setText(f"{ends:%H:%M}")
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("coursePatternRemove")
        remove.clicked.connect(lambda: self.remove_row(holder))
        times = QWidget()
        span = QHBoxLayout(times)
        span.setContentsMargins(0, 0, 0, 0)
        span.addWidget(first)
        span.addWidget(QLabel("–"))
        span.addWidget(last)
        row.addWidget(day)
        row.addWidget(times)
        row.addWidget(remove)
        self._list.addWidget(holder)
        self.rows.append((holder, day, first, last))
        self._name_rows()
        day.setFocus()

    def remove_row(self, holder: QWidget) -> None:
        self.rows = [r for r in self.rows if r[0] is not holder]
        holder.deleteLater()
        self._name_rows()

    def clear(self) -> None:
        for holder, *_ in self.rows:
            holder.deleteLater()
        self.rows = []

    def _name_rows(self) -> None:
        for index, (_holder, day, first, last) in enumerate(self.rows):
            day.setObjectName(f"coursePatternDay{index}")
            first.setObjectName(f"coursePatternStarts{index}")
            last.setObjectName(f"coursePatternEnds{index}")

    def patterns(self) -> tuple[PatternInput, ...] | int:
        """The meetings typed, or the index of the first row whose times cannot be read."""
        from frontdesk.core.services.course_records import PatternInput

        found: list[PatternInput] = []
        for index, (_holder, day, first, last) in enumerate(self.rows):
            starts, ends = words.parse_time(first.text()), words.parse_time(last.text())
            if starts is None or ends is None:
                return index
            found.append(PatternInput(int(day.currentData()), starts, ends))
        return tuple(found)


class CourseDialog(QDialog):
    saved = Signal(int)  # the course's id

    def __init__(
        self, jobs: Jobs, services: DeskServices, actor: Actor, *, choices: CourseChoices, terms: list[TermRow],
        term_id: int | None, detail: CourseDetail | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("courseDialog")
        self.setWindowTitle(self.tr("Edit course") if detail is not None else self.tr("New course"))
        self._jobs, self._services, self._actor = jobs, services, actor
        self._course_id = detail.row.course_id if detail is not None else None
        self.plan: CoursePlan | None = None
        self.messages = CourseMessages(error_label("courseError"))
        self._build_fields(choices, terms)
        self._build_layout()
        select_data(self.term, term_id)
        if detail is not None:
            self._fill(detail.draft)
        else:
            self.patterns.add_row()
        self.title_field.setFocus()

    def _build_fields(self, choices: CourseChoices, terms: list[TermRow]) -> None:
        self.title_field = line("courseTitle", 60, self.tr("e.g. 书法班"))
        self.category = choice_box("courseCategory", ((words.t(w), v) for v, w in words.CATEGORIES.items()))
        self.term = choice_box("courseTermBox", ((row.name, row.term_id) for row in terms))
        self.room = choice_box("courseRoom", ((f"{c.name} ({c.detail})", c.item_id) for c in choices.rooms))
        self.instructor = choice_box("courseInstructor", [(self.tr("(none)"), None)])
        for c in choices.instructors:
            self.instructor.addItem(f"{c.name} · {c.detail}", c.item_id)
        self.capacity = number_box("courseCapacity", 1, 999, 20)
        self.fee = line("courseFee", 10, self.tr("0 = free"))
        self.companions = number_box("courseCompanions", 0, 9, 0)
        self.target = line("courseTarget", 60, self.tr("e.g. 60岁以上、零基础"))
        self.setup = number_box("courseSetup", 0, 240, 0)
        self.cleanup = number_box("courseCleanup", 0, 240, 0)
        self.makeup = QCheckBox(self.tr("Meet on make-up working days too"))
        self.makeup.setObjectName("courseMakeup")
        self.description = QPlainTextEdit()
        self.description.setObjectName("courseDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(56)
        self.patterns = PatternRows()

    def _build_layout(self) -> None:
        m = self.messages
        body = QWidget()
        form = wrapping_form(body)
        m.add_rows(
            form,
            (
                (self.tr("Title"), self.title_field, "title"),
                (self.tr("Category"), self.category, "category"),
                (self.tr("Term"), self.term, "term"),
                (self.tr("Weekly meetings"), self.patterns, "patterns"),
                (self.tr("Room"), self.room, "room"),
                (self.tr("Instructor"), self.instructor, "instructor"),
                (self.tr("Places"), self.capacity, "capacity"),
                (self.tr("Fee (yuan)"), self.fee, "fee"),
                (self.tr("Companions per resident"), self.companions, "max_companions"),
                (self.tr("For whom"), self.target, "target_group"),
                (self.tr("Set-up minutes"), self.setup, "setup_min"),
                (self.tr("Clean-up minutes"), self.cleanup, "cleanup_min"),
                (self.tr("Description"), self.description, "description"),
            ),
        )
        form.addRow("", self.makeup)
        scroll = QScrollArea()
        scroll.setObjectName("courseFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("courseCheck")
        self.check_button.setToolTip(self.tr("List every session and its problems (Ctrl+K)"))
        self.summary = QLabel()
        self.summary.setObjectName("coursePlanSummary")
        self.summary.setWordWrap(True)
        self.plan_model = CellsModel([self.tr("Session"), self.tr("Problem")], lambda row: row, self)
        self.plan_list = as_list(row_table("coursePlanList", self.plan_model))
        self.plan_list.horizontalHeader().setStretchLastSection(True)
        self.plan_list.setWordWrap(True)
        self.plan_list.setMinimumHeight(120)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("courseSave")
        self.save_button.setToolTip(self.tr("Save the course and its sessions (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setObjectName("courseClose")

        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(m.general, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addLayout(check_row)
        layout.addWidget(self.plan_list, 2)
        layout.addLayout(buttons)
        m.general.setWordWrap(True)

        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+K"), self, self.check)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    def _fill(self, draft: CourseDraft) -> None:
        self.title_field.setText(draft.title)
        select_data(self.category, draft.category)
        select_data(self.term, draft.term_id)
        select_data(self.room, draft.room_id)
        select_data(self.instructor, draft.instructor_id)
        self.capacity.setValue(draft.capacity)
        self.fee.setText(f"{draft.fee_cents / 100:.2f}".rstrip("0").rstrip(".") if draft.fee_cents else "")
        self.companions.setValue(draft.max_companions)
        self.target.setText(draft.target_group)
        self.setup.setValue(draft.setup_min)
        self.cleanup.setValue(draft.cleanup_min)
        self.makeup.setChecked(draft.on_makeup_days)
        self.description.setPlainText(draft.description)
        for p in draft.patterns:
            self.patterns.add_row(p.weekday, p.starts, p.ends)

    def draft(self) -> CourseDraft | None:
        """The form as a draft; a time or fee that cannot be read is said at its field (None)."""
        from frontdesk.core.services.course_records import CourseDraft

        patterns = self.patterns.patterns()
        if isinstance(patterns, int):
            self.messages.say("patterns", words.t(words.REFUSALS["time_format"]))
            return None
        fee = self._fee_cents()
        if fee is None:
            self.messages.say("fee", words.t(words.REFUSALS["out_of_range"]).format(min=0, max=100000))
            return None
        return CourseDraft(
            title=self.title_field.text(), category=str(self.category.currentData()), term_id=self.term.currentData(),
            room_id=self.room.currentData(), instructor_id=self.instructor.currentData(),
            capacity=self.capacity.value(), patterns=patterns, fee_cents=fee, max_companions=self.companions.value(),
            target_group=self.target.text(), description=self.description.toPlainText(),
            setup_min=self.setup.value(), cleanup_min=self.cleanup.value(), on_makeup_days=self.makeup.isChecked(),
            course_id=self._course_id,
        )  # fmt: skip

    def _fee_cents(self) -> int | None:
        text = self.fee.text().strip().replace("¥", "").replace("元", "")
        if not text:
            return 0
        try:
            value = round(float(text) * 100)
        except ValueError:
            return None
        return value if 0 <= value <= 10_000_000 else None

    def busy(self) -> bool:
        return self._jobs.busy

    # -- 检查 and 保存 -------------------------------------------------------------------------------------------
    def check(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        services, actor = self._services, self._actor
        self.messages.clear()
        self._jobs.run(lambda: services.courses.plan(draft, actor=actor), self._show_plan,
                       refused=self.messages.show, trouble=self.messages.trouble)  # fmt: skip

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        services, actor = self._services, self._actor
        self.messages.clear()
        self._jobs.run(lambda: services.courses.save_course(draft, actor=actor), self._saved, refused=self._refused,
                       trouble=self.messages.trouble, changes=(CLASSES,))  # fmt: skip

    def _refused(self, refusal: RuleViolation) -> None:
        """Said beside its field; a plan with problems is checked again so the list shows which sessions."""
        self.messages.show(refusal)
        if refusal.code == "plan_has_clashes":
            draft = self.draft()
            if draft is not None:
                services, actor = self._services, self._actor
                self._jobs.run(lambda: services.courses.plan(draft, actor=actor), self._show_plan)

    def _saved(self, course_id: Any) -> None:
        self.saved.emit(int(course_id))
        self.accept()

    def _show_plan(self, plan: CoursePlan) -> None:
        self.plan = plan
        rows: list[tuple[str, str]] = []
        for s in plan.sessions:
            when = words.session_text(s.starts_at, s.ends_at)
            if s.makeup:
                when = self.tr("{when} (make-up day)").format(when=when)
            problems = [words.clash_line(c.code, c.params, c.planned is not None) for c in s.clashes]
            rows.append((when, self.tr("; ").join(problems) if problems else self.tr("OK")))
        for k in plan.skipped:
            rows.append((words.session_text(k.starts_at, k.starts_at),
                         self.tr("no class: {why}").format(why=words.skipped_text(k.reason, k.holiday))))  # fmt: skip
        self.plan_model.set_rows(rows)
        self.plan_list.resizeRowsToContents()
        said = self.tr("{count} sessions; {bad} with a problem").format(count=len(plan.sessions),
                                                                        bad=plan.clash_count)  # fmt: skip
        if plan.clean:
            said = self.tr("{count} sessions, no problems").format(count=len(plan.sessions))
        if plan.skipped:
            said += self.tr(" · {n} days without class").format(n=len(plan.skipped))
        if plan.unpublished_years:
            years = ", ".join(str(y) for y in plan.unpublished_years)
            said += self.tr(" · the holidays of {years} are not known yet").format(years=years)
        if plan.kept:
            said += self.tr(" · {n} past or attended sessions kept").format(n=len(plan.kept))
        self.summary.setText(said)
        self.summary.setProperty("tone", "ok" if plan.clean else "refusal")
