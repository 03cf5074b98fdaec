"""点名 One session's roster (花名册): the enrolled with a present tick (Space or a click toggles it), the count
(已到 12 / 报名 20, companions apart), and the door: the scan field has the focus, a scanner's code ends with Enter,
and each card is a tick, a short sound, the count going up and the last scan said in words (王秀兰 已签到 / 已签到过 /
未报名此课 / 卡无效). At an event a guest not registered may be let in while places remain (仍然入场, with their
companions), and the guests who need a hand (80+, 独居, a mobility aid) are listed with a phone to call. F9 prints the
签到表.

Every read and write runs on the desk's database worker; scans are handled in the order they came.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.key_button import KeyButton
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.table_export import PageExports
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.enrollment_words import refusal_text
from frontdesk.ui.pages.classes.roster_models import HelpColumn, HelpModel, RosterColumn, RosterModel

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.enrollment_rows import HelpRow, Roster
    from frontdesk.core.services.enrollments import DoorScanResult
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

SHEET = "roster"  # as frontdesk.printing.kinds names the 签到表
ROSTER = "roster.read"


class _SpaceToggles(QObject):
    """Space on the roster ticks (or unticks) the row under the cursor."""

    def __init__(self, view: QWidget, toggle: Callable[[], None]) -> None:
        super().__init__(view)
        self._toggle = toggle
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space:
            self._toggle()
            return True
        return False


class RosterDialog(QDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        session_id: int,
        *,
        services: DeskServices,
        actor: Actor,
        printer: DeskPrinter | None = None,
        prompts: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterDialog")
        self.setWindowTitle(self.tr("Roster"))
        self._session_id = session_id
        self._services = services
        self._actor = actor
        self._jobs = Jobs(worker)
        self.roster: Roster | None = None
        self.last_scan: DoorScanResult | None = None  # the last card at the door (仍然入场 lets this one in)
        self._print = None
        if printer is not None:
            from frontdesk.ui.printing.document_print import DocumentPrint

            self._print = DocumentPrint(printer, prompts, self._start_print, self._said_print)
        self._build()
        self._connect()
        # 导出表格 (Ctrl+Shift+E in the list): the session's roster with its ticks, as shown
        self.exports = PageExports(worker, self, services=lambda: self._services, actor=lambda: self._actor)
        self.exports.add(self.table, self.windowTitle, heading=lambda: self.heading.text() or None)
        self.read_roster()

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("rosterHeading")
        self.heading.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("rosterCount")
        self.count.setWordWrap(True)
        self.scan = QLineEdit()
        self.scan.setObjectName("rosterScan")
        self.scan.setPlaceholderText(self.tr("Scan a card or slip at the door"))
        self.scan.setToolTip(self.tr("Each card scanned ticks its resident; a code typed by hand ends with Enter"))
        scan_label = QLabel(self.tr("&Door scan"))
        scan_label.setBuddy(self.scan)
        self.said = QLabel()
        self.said.setObjectName("rosterLastScan")
        self.said.setWordWrap(True)
        self.error = error_label("rosterError")
        self.admit_companions = QSpinBox()
        self.admit_companions.setObjectName("rosterAdmitCompanions")
        self.admit_companions.setRange(0, 0)
        self.admit_companions.setPrefix(self.tr("companions "))
        self.admit = QPushButton(self.tr("&Let in anyway"))
        self.admit.setObjectName("rosterAdmit")
        self.admit.setToolTip(self.tr("Places are left: register the guest and check them in"))
        self.admit.setAutoDefault(False)

        self.model = RosterModel(self)
        self.table = as_list(row_table("rosterTable", self.model))
        self.table.setMinimumHeight(120)
        self.table.setToolTip(self.tr("Space or a click on 'Present' ticks the resident"))
        self.table.column_fit = ColumnFit(  # type: ignore[attr-defined]
            self.table,
            {
                RosterColumn.NAME: Fit("欧阳秀兰（来宾）", "欧阳秀兰"),
                RosterColumn.COMPANIONS: Fit("2, came 1", "2"),
                RosterColumn.PRESENT: Fit("present 09:00 at check-in", "present 09:00"),
            },
            stretch=RosterColumn.NAME,
        )
        self.help_title = QLabel(self.tr("Guests who may need a hand"))
        self.help_title.setObjectName("rosterHelpTitle")
        self.help_model = HelpModel(self)
        self.help_list = as_list(row_table("rosterHelpList", self.help_model))
        self.help_list.setMinimumHeight(80)
        self.help_list.column_fit = ColumnFit(  # type: ignore[attr-defined]
            self.help_list,
            {
                HelpColumn.NAME: Fit("欧阳秀兰, 88"),
                HelpColumn.NEEDS: Fit("80+ · lives alone · wheelchair", "80+"),
                HelpColumn.PHONE: Fit("13900001234", hides=True),
                HelpColumn.EMERGENCY: Fit("王建国 (儿子) 13900001234", "王建国", hides=True),
            },
            stretch=HelpColumn.NAME,
            give_way=(HelpColumn.EMERGENCY, HelpColumn.PHONE),
        )
        self.print_button = KeyButton(self.tr("Print sign-in sheet"), "F9")
        self.print_button.setObjectName("rosterPrint")
        self.print_button.setToolTip(self.tr("Print the session's sign-in sheet (F9)"))
        self.print_button.setVisible(self._print is not None)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("rosterClose")
        for button in (self.print_button, self.close_button):
            button.setAutoDefault(False)
        self._lay_out(scan_label)

    def _lay_out(self, scan_label: QLabel) -> None:
        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        admit_row = FlowLayout(spacing=8)
        for widget in (self.admit_companions, self.admit):
            admit_row.addWidget(widget)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.print_button)
        foot.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.count)
        column.addLayout(scan_row)
        column.addWidget(self.said)
        column.addWidget(self.error)
        column.addLayout(admit_row)
        column.addWidget(self.table, 3)
        column.addWidget(self.help_title)
        column.addWidget(self.help_list, 1)
        column.addLayout(foot)
        self._show_admit(False)
        self.help_title.hide()
        self.help_list.hide()
        em = self.fontMetrics().horizontalAdvance("中")
        resize_within_screen(self, 40 * em, 32 * em)
        for first, second in ((self.scan, self.table), (self.table, self.admit_companions),
                              (self.admit_companions, self.admit), (self.admit, self.help_list),
                              (self.help_list, self.print_button), (self.print_button, self.close_button)):  # fmt: skip
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.scan.returnPressed.connect(self._scanned)
        self.table.clicked.connect(self._clicked)
        _SpaceToggles(self.table, self.toggle_current)
        self.admit.clicked.connect(self.admit_last)
        self.print_button.clicked.connect(self.print_sheet)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("F9"), self, activated=self.print_sheet)

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
        QApplication.beep()

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))

    def done(self, result: int) -> None:
        self._jobs.forget()  # closed: what comes back is not shown
        super().done(result)

    # -- the roster ---------------------------------------------------------------------------------------------
    def read_roster(self) -> None:
        enrollments, actor, session_id = self._services.enrollments, self._actor, self._session_id

        def read() -> tuple[Roster, list[HelpRow]]:
            roster = enrollments.roster(session_id, actor=actor)
            helped = enrollments.help_list(session_id, actor=actor) if str(roster.kind) == "event" else []
            return roster, helped

        self._run(read, self._roster_read, key=ROSTER)

    def _roster_read(self, read: tuple[Roster, list[HelpRow]]) -> None:
        roster, helped = read
        self._show_roster(roster)
        event = str(roster.kind) == "event"
        self.help_model.set_rows(helped)
        self.help_title.setVisible(event)
        self.help_list.setVisible(event)
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_roster(self, roster: Roster) -> None:
        current = self.model.line(self.table.currentIndex().row())
        self.roster = roster
        self.setWindowTitle(self.tr("Roster: {title}").format(title=roster.title))
        when = f"{words.day_text(roster.day)} {words.clock_text(roster.starts_at)}–{words.clock_text(roster.ends_at)}"
        parts = [roster.title, when, roster.room_name]
        if roster.instructor_name:
            parts.append(roster.instructor_name)
        heading = " · ".join(parts)
        if str(roster.status) == "cancelled":
            heading += "  " + self.tr("(cancelled: {reason})").format(reason=roster.cancel_reason or "")
        self.heading.setText(heading)
        self.model.set_roster(roster)
        row = self.model.row_of(current.resident_id if current else None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, RosterColumn.NAME))
        companions = roster.present_people - roster.present_residents
        self.count.setText(words.count_text(roster.present_residents, len(roster.enrolled), companions))

    # -- ticks --------------------------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == RosterColumn.PRESENT:
            self._toggle(index.row())

    def toggle_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._toggle(index.row())

    def _toggle(self, row: int) -> None:
        line = self.model.line(row)
        if line is None:
            return
        show_error(self.error, "")
        enrollments, actor, session_id = self._services.enrollments, self._actor, self._session_id
        present = line.present
        self._run(lambda: enrollments.mark(session_id, line.resident_id, not present, actor=actor),
                  self._show_roster, changes=(CLASSES,))  # fmt: skip

    # -- the door -----------------------------------------------------------------------------------------------
    def _scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()  # ready for the next card at once
        if code:
            self.door_scan(code)

    def door_scan(self, code: str, *, companions: int | None = None, admit: bool = False) -> None:
        """One code at the door: resolved to a resident (member card, visit slip, enrollment code), then ticked."""
        lookup, enrollments, actor, session_id = (self._services.lookup, self._services.enrollments, self._actor,
                                                  self._session_id)  # fmt: skip

        def work() -> DoorScanResult | None:
            found = lookup.resolve_scan(code, actor=actor)
            if found.resident_id is None:
                return None
            return enrollments.door_scan(session_id, found.resident_id, companions=companions, admit=admit,
                                         actor=actor)  # fmt: skip

        self._run(work, self._door_said, changes=(CLASSES,))

    def _door_said(self, result: DoorScanResult | None) -> None:
        show_error(self.error, "")
        self.last_scan = result
        if result is None:
            self._say(words.card_unknown_text(), "refusal")
            self._show_admit(False)
            QApplication.beep()
            return
        status = str(result.status)
        self._say(words.scan_text(status, result.name, companions=result.companions, waiting=result.waiting,
                                  may_admit=result.may_admit),
                  "ok" if status in ("present", "admitted") else "attention")  # fmt: skip
        QApplication.beep()
        self._show_admit(status == "not_enrolled" and result.may_admit)
        self.read_roster()

    def admit_last(self) -> None:
        """仍然入场: the event guest just scanned, not registered, let in with their companions (places permitting)."""
        last = self.last_scan
        if last is None or str(last.status) != "not_enrolled" or not last.may_admit:
            return
        enrollments, actor, session_id = self._services.enrollments, self._actor, self._session_id
        companions = self.admit_companions.value()
        self._run(lambda: enrollments.door_scan(session_id, last.resident_id, companions=companions, admit=True,
                                                actor=actor),
                  self._door_said, changes=(CLASSES,))  # fmt: skip

    def _show_admit(self, on: bool) -> None:
        most = self._max_companions() if on else 0
        self.admit_companions.setRange(0, most)
        self.admit_companions.setValue(0)
        self.admit.setVisible(on)
        self.admit_companions.setVisible(on and most > 0)

    def _max_companions(self) -> int:
        """As many companions as the event allows and its free places take beside the guest."""
        if self.roster is None:
            return 0
        return max(0, min(self.roster.max_companions, self.roster.capacity - self.roster.taken - 1))

    def _say(self, text: str, tone: str) -> None:
        self.said.setText(text)
        self.said.setProperty("tone", tone)
        self.said.style().unpolish(self.said)
        self.said.style().polish(self.said)

    # -- printing -----------------------------------------------------------------------------------------------
    def print_sheet(self) -> None:
        """F9: the 签到表 of this session, to the desk's printer for it (no dialog)."""
        if self._print is None:
            return
        documents, actor, session_id = self._services.documents, self._actor, self._session_id
        title = self.roster.title if self.roster else ""
        self._print.print_now(
            documents, actor, SHEET, lambda: documents.roster(session_id, actor=actor),
            title=self.tr("Sign-in sheet of {title}").format(title=title),
            file_name=f"roster-{session_id}.pdf", job=f"frontdesk-roster-{session_id}",
        )  # fmt: skip

    def _start_print(self, work: Callable[[], Any], done: Callable[[Any], None], trouble=None) -> None:
        self._jobs.run(work, done, refused=self._refused, trouble=trouble or self._trouble)

    def _said_print(self, ok: bool, text: str) -> None:
        if ok:
            self._say(text, "ok")
        else:
            show_error(self.error, text)


class RosterOpener:
    """What the composition root hands the week view and the courses tab: open a session's roster."""

    def __init__(self, worker: DatabaseWorker, *, printer: DeskPrinter | None = None, prompts: Any = None) -> None:
        self._worker = worker
        self._printer = printer
        self._prompts = prompts

    def __call__(self, services: DeskServices, actor: Actor, session_id: int, *, parent: QWidget) -> RosterDialog:
        dialog = RosterDialog(self._worker, session_id, services=services, actor=actor, printer=self._printer,
                              prompts=self._prompts, parent=parent)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
