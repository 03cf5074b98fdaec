"""居民 Residents: the register — a table over every resident with filters, and the resident form to add and edit.

The page forwards what staff do to the services and says the outcome on its status line. After a save, archive,
restore or merge the :class:`ChangeHub` is told (by the worker, right after the commit); the table (like every other
view of residents) refreshes from that signal, keeping the selected resident selected. It is built before the
database is open and waits, disabled, for :meth:`ResidentsPage.attach`.

Every read and write runs on the desk's database worker (:mod:`frontdesk.ui.common.worker`), so a server that does not
answer never freezes the window: an action starts its operation and returns; its outcome comes back as a call on
the GUI thread, where the page says it (and the worker tells the hub what changed). A newer read of the table makes
an older one stale; the table's rows arrive a page at a time as it scrolls (see
:mod:`frontdesk.ui.pages.residents.table_model`). The forms the page opens save the same way (:mod:`.residents.form`).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common import resident_words as words
from frontdesk.ui.common.changes import RESIDENTS, ChangeHub
from frontdesk.ui.common.clock import Clock
from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.jobs import Epoch
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.pages.residents.archive_dialog import ArchiveDialog
from frontdesk.ui.pages.residents.export_dialog import RegisterExport
from frontdesk.ui.pages.residents.filter_bar import FilterBar, TableQuery
from frontdesk.ui.pages.residents.form import ResidentForm
from frontdesk.ui.pages.residents.merge_dialog import MergeDialog
from frontdesk.ui.pages.residents.status_line import StatusLine, Tone
from frontdesk.ui.pages.residents.style import STYLE
from frontdesk.ui.pages.residents.table_model import Column, RegistryModel, Request
from frontdesk.ui.pages.specs import page_title
from frontdesk.ui.printing.document_print import DocumentPrint

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.registry import RegistryFilter, RegistryRow, Sort
    from frontdesk.ui.common.booking_entry import OpenBooking
    from frontdesk.ui.common.enroll_entry import OpenClasses, OpenEnroll
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker, Job
    from frontdesk.ui.failures.prompts import Prompts
    from frontdesk.ui.printing.desk_printer import DeskPrinter

log = logging.getLogger(__name__)
T = TypeVar("T")

# The page's reads on the database worker: a newer one of each makes the older one stale.
TABLE = "residents.table"  # the communities, the count and the first rows, for the filters chosen
MORE = "residents.more"  # the next rows, as the table scrolls
OPEN = "residents.open"  # a record for the form (a second double-click opens the second record, once)
READS = (TABLE, MORE, OPEN)
BUSY_AFTER_MS = 200  # "Reading…" shows only when the database takes this long: no flicker on every refresh


class ResidentsPage(QWidget):
    page_id = "residents"
    icon_name = "residents"

    def __init__(
        self,
        hub: ChangeHub,
        worker: DatabaseWorker,
        *,
        clock: Clock,
        prompts: Prompts,
        printer: DeskPrinter | None = None,
        booking: OpenBooking | None = None,
        enroll: OpenEnroll | None = None,
        classes: OpenClasses | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_residents")
        self._open_booking = booking  # 预约… (the composition root's; None: not offered)
        self.booking = None  # the booking dialog opened last
        self._classes_entries(enroll, classes)
        self.appointments_dialog: QWidget | None = None  # the resident's appointments, opened last
        self.setStyleSheet(STYLE)
        self._hub = hub
        self._worker = worker
        self._clock = clock
        self._prompts = prompts
        self._services: DeskServices | None = None
        self._stale = True  # the table needs re-reading before it is next seen
        self._select_next: int | None = None  # the resident to select after the next refresh
        self._select_pending: int | None = None  # …kept while that refresh is on its way (a newer one inherits it)
        self._applying = False  # a table read is being shown (a refill of the filters must not start another)
        self._epoch = Epoch()  # moves on when the person at the desk changes: what was read for them is dropped
        self._acting = 0  # actions (open, archive, merge, export…) on their way: never made stale
        self._busy_text = ""
        self.form: ResidentForm | None = None  # the form on screen
        self.draft: ResidentForm | None = None  # a form set aside to look at an existing record
        self._communities: list[str] = []
        self._actor: Actor | None = None
        # 服务卡, the consent form and the resident's own data: previewed, printed and saved (None: no printing)
        self.documents = (
            DocumentPrint(
                printer,
                prompts,
                lambda work, done, trouble=None: self._start(None, work, done, busy=words.reading(), trouble=trouble),
                lambda ok, text: self.status.say(text, Tone.OK if ok else Tone.REFUSAL),
            )
            if printer is not None
            else None
        )

        self.filters = FilterBar()
        self.model = RegistryModel(self)
        self.table = self._make_table()
        self.status = StatusLine()
        self.count = QLabel()
        self.count.setObjectName("residentsCount")
        self.busy = QLabel()  # the database is taking its time: what the page waits for
        self.busy.setObjectName("residentsBusy")
        self.busy.hide()
        self._busy_soon = QTimer(self)
        self._busy_soon.setSingleShot(True)
        self._busy_soon.setInterval(BUSY_AFTER_MS)
        self._busy_soon.timeout.connect(self._show_busy)
        self.new_button = QPushButton(self.tr("New resident"))
        self.new_button.setObjectName("residentsNew")
        self.new_button.setToolTip(self.tr("Register a new resident (Ctrl+N)"))
        self.cards_button = QPushButton(self.tr("Print cards…"))
        self.cards_button.setObjectName("residentsPrintCards")
        self.cards_button.setToolTip(self.tr("Member cards of the selected residents, to preview and print (Ctrl+P)"))
        self.cards_button.setVisible(self.documents is not None)
        self._build_draft_bar()
        self._build_actions()
        self._layout()
        self._connect()
        self.content.setEnabled(False)
        self.status.say(self.tr("Opening the database…"), Tone.HINT)

    def title(self) -> str:
        return page_title(self.page_id)

    def set_actor(self, actor: Actor | None) -> None:
        """Who is at the desk: the form shows health data and records consent as them. Nothing is read while
        nobody is signed in; signing in reads the table."""
        self._actor = actor
        self.vitals_action.setVisible(self._may_see_health())
        self._epoch.advance()
        for key in READS:
            self._worker.cancel(key)
        self._settle_busy()
        if actor is not None and self._services is not None:
            self._stale = True
            self.refresh()

    # -- building -----------------------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        view = as_list(row_table("residentsTable", self.model, several=True))  # two rows: merge
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Widths from samples, not rows: rows arrive a page at a time, and columns must not jump as they do. The
        # name never gives way; the ID number, phone and community shorten, then the ID number, phone, sex and
        # community hide, in that order.
        gender = max((words.gender_word("F"), words.gender_word("M")), key=len)
        columns = {
            Column.NAME: Fit(NAME_SAMPLE),
            Column.GENDER: Fit(gender, hides=True),
            Column.AGE: Fit("100"),
            Column.COMMUNITY: Fit("西马路社区居委会", least="西马路…", hides=True),
            Column.ID_NUMBER: Fit("1402**********2002", least="1402…", hides=True),
            Column.PHONE: Fit("0352-*****67", least="135…", hides=True),
            Column.FLAGS: Fit(words.t(words.FLAGS["lives_alone"]) + " · …", least="…"),
        }
        give_way = (Column.ID_NUMBER, Column.PHONE, Column.GENDER, Column.COMMUNITY)
        view.column_fit = ColumnFit(view, columns, stretch=Column.FLAGS, give_way=give_way)  # type: ignore[attr-defined]
        return view

    def _build_draft_bar(self) -> None:
        self.draft_bar = QFrame()
        self.draft_bar.setObjectName("residentsDraft")
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Back to the form"))
        self.resume_button.setObjectName("residentsDraftResume")
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("residentsDraftDiscard")
        row = QHBoxLayout(self.draft_bar)
        row.setContentsMargins(12, 4, 8, 4)
        row.addWidget(self.draft_text, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.discard_button)
        self.draft_bar.hide()

    def _classes_entries(self, enroll: OpenEnroll | None, classes: OpenClasses | None) -> None:
        """报名… and 课程… (the composition root's; None: not offered)."""
        self._open_enroll = enroll
        self._open_classes = classes
        self.enrolling: QWidget | None = None  # the enroll dialog opened last
        self.classes_dialog: QWidget | None = None  # the resident's courses, opened last

    def _build_export(self) -> None:
        """导出…: the filtered register to a spreadsheet."""
        self.register_export = RegisterExport(self, self._worker, self._clock)
        self._total = 0  # residents the current filter matches (as last read)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("residentsExport")
        self.export_button.setToolTip(
            self.tr("The residents the filter shows, to an Excel or CSV file (Ctrl+Shift+E; written to the audit log)")
        )

    def _build_actions(self) -> None:
        self._build_export()

        def action(text: str, name: str, slot: Callable[[], None], keys: str | None = None) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.new_action = action(self.tr("New resident"), "actionResidentNew", self.open_new, "Ctrl+N")
        self.open_action = action(self.tr("Open record"), "actionResidentOpen", self.open_current)
        self.open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.open_action.setShortcutVisibleInContextMenu(True)
        self.archive_action = action(self.tr("Archive…"), "actionResidentArchive", self.ask_archive)
        self.restore_action = action(self.tr("Restore"), "actionResidentRestore", self.restore_current)
        self.merge_action = action(self.tr("Merge the two selected…"), "actionResidentMerge", self.ask_merge)
        self.export_action = action(
            self.tr("Export the resident's own data…"), "actionResidentExport", self.export_current
        )
        self.register_action = action(
            self.tr("Export the residents shown…"), "actionResidentsExport", self.ask_export, "Ctrl+Shift+E"
        )
        self.register_action.setToolTip(self.export_button.toolTip())
        self.cards_action = action(self.tr("Print member cards…"), "actionResidentCards", self.print_cards, "Ctrl+P")
        self.issue_card_action = action(self.tr("New member card…"), "actionResidentIssueCard", self.ask_issue_card)
        self.vitals_action = action(self.tr("Health record…"), "actionResidentVitals", self.open_vitals, "Ctrl+H")
        self.vitals_action.setToolTip(
            self.tr(
                "Blood pressure, blood sugar and the other readings, with their trend (Ctrl+H; care staff and "
                "managers; written to the audit log)"
            )
        )
        self.vitals_action.setVisible(False)
        self.issue_card_action.setToolTip(
            self.tr("A new card number (a lost or broken card, or the first card); the old card stops working")
        )
        self.book_action = action(self.tr("Book…"), "actionResidentBook", self.book_current)
        self.book_action.setToolTip(self.tr("Book a care-station appointment for the selected resident"))
        self.appointments_action = action(
            self.tr("Appointments…"), "actionResidentAppointments", self.show_appointments
        )
        self.enroll_action = action(self.tr("Enroll…"), "actionResidentEnroll", self.enroll_current)
        self.enroll_action.setToolTip(self.tr("Enroll the selected resident in a course or event"))
        self.classes_action = action(self.tr("Courses…"), "actionResidentClasses", self.show_classes)
        self.classes_action.setToolTip(
            self.tr("The resident's courses: standing, attendance, coming sessions; withdraw, print the timetable")
        )
        self.export_action.setToolTip(
            self.tr("A PDF of everything held about this resident, for them (full ID number; written to the audit log)")
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)  # Enter opens the selected row (only while the table has focus)

    def _layout(self) -> None:
        community_label = QLabel(self.tr("Community"))
        community_label.setBuddy(self.filters.community)
        sort_label = QLabel(self.tr("Order"))
        sort_label.setBuddy(self.filters.sort)
        top = FlowLayout(spacing=12)  # one row on a wide screen, two on 1024×768 at 150 % with large text
        top.addWidget(self.new_button)
        top.addWidget(group(community_label, self.filters.community))
        top.addWidget(self.export_button)  # compact: on 1024×768 at 150 % with large text it fits beside the community
        top.addWidget(group(sort_label, self.filters.sort))
        top.addWidget(group(self.busy, self.count))
        top.addWidget(self.cards_button)  # last: on 1024×768 at 150 % with large text it fits beside the count

        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.filters)
        column.addWidget(self.status)
        column.addWidget(self.draft_bar)
        column.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.addWidget(self.content)
        self.setFocusProxy(self.table)

        chain = [self.new_button, self.filters.community, self.export_button, self.filters.sort, self.cards_button]
        chain += list(self.filters.flags.values())
        chain += [self.filters.archived, self.table]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.open_new)
        self.cards_button.clicked.connect(self.print_cards)
        self.export_button.clicked.connect(self.ask_export)
        self.filters.changed.connect(self._filters_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.resume_button.clicked.connect(self.resume_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        self._hub.residents_changed.connect(self._residents_changed)

    # -- the database -------------------------------------------------------------------------------------------
    def attach(self, services: DeskServices) -> None:
        """The database is open: enable the page; the table is read when it is first shown."""
        self._services = services
        self.content.setEnabled(True)
        self.status.say(
            self.tr("Double-click a resident, or select one and press Enter, to open the record."),
            Tone.HINT,
        )
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _start(
        self,
        key: str | None,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        busy: str,
        refused: Callable[[RuleViolation], None] | None = None,
        trouble: Callable[[EnvironmentProblem], None] | None = None,
        changes: tuple[str, ...] = (),
    ) -> Job[T] | None:
        """Run one operation on the worker; ``done`` gets its result here, unless the person at the desk changed
        since. A refusal and machine trouble (database locked, server gone) are said on the status line (or go to
        ``refused`` / ``trouble``); anything else is a bug and goes to the crash handler. ``busy``: what the page
        says it waits for, should the database take its time. Signed out: nothing runs (None). ``key`` None: an
        action, which no later operation makes stale."""
        if self._actor is None:
            return None
        if key is None:
            self._acting += 1
        guard = self._epoch.guard
        job = self._worker.run(
            work,
            guard(done),
            key=key,
            refused=guard(refused or self._refused),
            trouble=guard(trouble or self._trouble),
            settled=self._settle_busy if key is not None else self._acted,
            changes=changes,
        )
        self._busy_text = busy
        if not self.busy.isVisible():
            self._busy_soon.start()
        return job

    def _acted(self) -> None:
        self._acting -= 1
        self._settle_busy()

    def _refused(self, refusal: RuleViolation) -> None:
        self.status.say(words.refusal(refusal), Tone.REFUSAL)
        if refusal.code == "resident_not_found":  # gone meanwhile (merged at another desk): show what there is
            self._stale = True
            self.refresh()

    def _trouble(self, problem: EnvironmentProblem) -> None:
        log.warning("residents page: %s", problem)
        self.status.say(words.trouble(problem.kind), Tone.REFUSAL)

    def _trouble_reading(self, problem: EnvironmentProblem) -> None:
        log.warning("residents page: %s", problem)
        self.status.say(words.not_read(problem.kind), Tone.REFUSAL)

    def settled(self) -> bool:
        """Nothing the page or its forms started is still on its way (tests wait for this)."""
        forms = all(form.settled() for form in (self.form, self.draft) if form is not None)
        return self._own_settled() and forms

    def _own_settled(self) -> bool:
        return not self._acting and not any(self._worker.busy(key) for key in READS)

    def _show_busy(self) -> None:
        if not self._own_settled():
            self.busy.setText(self._busy_text)
            self.busy.show()

    def _settle_busy(self) -> None:
        """An outcome came back: once nothing of the page's is on its way, it no longer says it waits (a form
        says so itself)."""
        if self._own_settled():
            self._busy_soon.stop()
            self.busy.hide()

    # -- the table ----------------------------------------------------------------------------------------------
    def refresh(self, *, select: int | None = None) -> None:
        """Re-read the table for the current filters: as many rows as are loaded, the selection kept (or
        ``select``). Starts the read and returns; the table changes when it arrives."""
        if self._services is None or self._actor is None:
            return
        from frontdesk.core.services.registry import Flag, RegistryFilter, Sort

        query = self.filters.query()
        where = RegistryFilter(
            community=query.community, flags=frozenset(Flag(f) for f in query.flags), archived=query.archived
        )
        sort = Sort(query.sort)
        if select is None:
            select = self._select_pending  # a refresh made stale by this one was to select it
        self._select_pending = select
        registry, actor = self._services.registry, self._actor
        first = max(self.model.page_size, self.model.rowCount())

        def read() -> tuple[list[str], int, list[RegistryRow]]:
            communities = registry.communities(actor=actor)
            total = registry.count(where, actor=actor)
            rows = registry.page(where, actor=actor, offset=0, limit=min(first, total), sort=sort) if total else []
            return communities, total, rows

        self._worker.cancel(MORE)  # rows of the old query are not wanted
        self._start(
            TABLE,
            read,
            lambda found: self._table_read(found, query, where, sort, select),
            busy=words.reading(),
            trouble=self._trouble_reading,
        )

    def _table_read(
        self,
        found: tuple[list[str], int, list[RegistryRow]],
        query: TableQuery,
        where: RegistryFilter,
        sort: Sort,
        select: int | None,
    ) -> None:
        self._communities, total, rows = found
        self._select_pending = None
        keep = select if select is not None else self.current_id()
        keep_row = self.table.currentIndex().row()
        self._applying = True
        try:
            self.filters.set_communities(self._communities)
        finally:
            self._applying = False
        if self.filters.query() != query:  # the chosen community has nobody left: the filters changed meanwhile
            self.refresh(select=select)
            return
        self.model.set_source(self._requester(where, sort), total, rows)
        self._total = total
        self._show_count(total, query)
        self._reselect(keep, keep_row)
        self._stale = False
        self._update_actions()

    def _requester(self, where: RegistryFilter, sort: Sort) -> Request:
        """How the table asks for its next rows: read on the worker, inserted when they arrive."""
        registry, actor = self._services.registry, self._actor  # type: ignore[union-attr]

        def request(offset: int, limit: int, arrived: Callable[[list[RegistryRow] | None], None]) -> None:
            def failed(problem: EnvironmentProblem) -> None:
                self._trouble_reading(problem)
                arrived(None)

            def refused(refusal: RuleViolation) -> None:
                self._refused(refusal)
                arrived(None)

            job = self._start(
                MORE,
                lambda: registry.page(where, actor=actor, offset=offset, limit=limit, sort=sort),
                arrived,
                busy=words.reading(),
                refused=refused,
                trouble=failed,
            )
            if job is None:
                arrived(None)

        return request

    def _show_count(self, total: int, query: TableQuery) -> None:
        self.count.setText(words.count_text(total, archived=query.archived, locale_number=QLocale().toString(total)))

    def _reselect(self, resident_id: int | None, fallback_row: int) -> None:
        row = self.model.row_of(resident_id) if resident_id is not None else None
        if row is None and self.model.rowCount():
            row = min(max(fallback_row, 0), self.model.rowCount() - 1)  # gone from the list: its neighbour
        if row is None:
            return
        index = self.model.index(row, Column.NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _filters_changed(self) -> None:
        if not self._applying:
            self.refresh()

    def _residents_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            select, self._select_next = self._select_next, None
            self.refresh(select=select)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._services is not None:
            select, self._select_next = self._select_next, None
            self.refresh(select=select)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).resident_id if index.isValid() else None

    def selected_rows(self) -> list[RegistryRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row(row) for row in rows]

    def _current_row(self) -> RegistryRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        archived = self.filters.archived.isChecked()
        self.open_action.setEnabled(bool(rows))
        self.archive_action.setEnabled(len(rows) == 1 and not archived)
        self.restore_action.setEnabled(len(rows) == 1 and archived and rows[0].archived_reason != "merged")
        self.merge_action.setEnabled(len(rows) == 2 and not archived)
        self.export_action.setEnabled(len(rows) == 1)
        self.vitals_action.setEnabled(len(rows) == 1 and self._may_see_health())
        self.book_action.setEnabled(len(rows) == 1 and not archived and self._open_booking is not None)
        self.appointments_action.setEnabled(len(rows) == 1)
        self.enroll_action.setEnabled(len(rows) == 1 and not archived and self._open_enroll is not None)
        self.classes_action.setEnabled(len(rows) == 1 and self._open_classes is not None)

    def context_menu(self, position: QPoint) -> QMenu:
        """The table's menu for the row at ``position`` (selected first, unless it is part of the selection)."""
        index = self.table.indexAt(position)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("residentsMenu")
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.archive_action if not self.filters.archived.isChecked() else self.restore_action)
        menu.addAction(self.merge_action)
        menu.addSeparator()
        menu.addAction(self.book_action)
        menu.addAction(self.appointments_action)
        menu.addAction(self.enroll_action)
        menu.addAction(self.classes_action)
        menu.addSeparator()
        if self.documents is not None:
            menu.addAction(self.cards_action)
        menu.addAction(self.issue_card_action)
        menu.addAction(self.export_action)
        menu.addAction(self.register_action)
        if self._may_see_health():
            menu.addSeparator()
            menu.addAction(self.vitals_action)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _context_menu(self, position: QPoint) -> None:
        self.context_menu(position).popup(self.table.viewport().mapToGlobal(position))

    # -- the form -----------------------------------------------------------------------------------------------
    def _new_form(self) -> ResidentForm:
        assert self._services is not None
        services, prompts = self._services.residents, self._prompts
        form = ResidentForm(
            services, self._worker, clock=self._clock, prompts=prompts, communities=self._communities,
            privacy=self._services.privacy, actor=self._actor, documents=self.documents,
            document_service=self._services.documents, parent=self,
        )  # fmt: skip
        form.saved.connect(self._saved)
        form.unchanged.connect(lambda name: self.status.say(words.nothing_changed(name), Tone.HINT))
        form.open_existing.connect(lambda rid, f=form: self._open_existing(f, rid))
        form.archive_requested.connect(self.ask_archive_of)
        form.restore_requested.connect(self.restore)
        form.finished.connect(lambda _result, f=form: self._form_closed(f))
        form.fit_to_screen()
        return form

    def _form_closed(self, form: ResidentForm) -> None:
        if self.form is form:
            self.form = None
        if form is not self.draft:
            form.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _showing_form(self) -> bool:
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            self.form.activateWindow()
            return True
        return False

    def open_new(self) -> ResidentForm | None:
        """新增居民 (Ctrl+N): an empty form."""
        if self._services is None or self._showing_form():
            return None
        form = self._new_form()
        form.start_new()
        self.form = form
        form.open()
        form.fields.widgets["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        return form

    def open_current(self) -> None:
        row = self._current_row()
        if row is not None:
            self.open_resident(row.resident_id, archived_reason=row.archived_reason)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            self.open_resident(row.resident_id, archived_reason=row.archived_reason)

    def open_resident(self, resident_id: int, *, archived_reason: str | None = None) -> Job | None:
        """The form for this resident's record, ID and phone numbers masked: read on the worker, opened when it
        arrives."""
        if self._services is None or self._showing_form():
            return None
        residents, privacy, actor = self._services.residents, self._services.privacy, self._actor

        def read():
            return residents.form_data(resident_id, actor=actor), privacy.consent(actor, resident_id)  # type: ignore[arg-type]

        def opened(loaded) -> None:
            if self._showing_form():  # another form came up meanwhile (Ctrl+N): that one stays
                return
            stored, consent = loaded
            form = self._new_form()
            form.start_edit(resident_id, stored, archived_reason, consent)
            self.form = form
            form.open()
            form.fields.widgets["name"].setFocus(Qt.FocusReason.OtherFocusReason)

        return self._start(OPEN, read, opened, busy=words.reading(), trouble=self._trouble_reading)

    def _open_existing(self, form: ResidentForm, resident_id: int) -> None:
        """打开已有档案: the typed form is set aside (not lost) and the existing record opens instead."""
        match = next((m for m in form.duplicates.matches if m.resident_id == resident_id), None)
        self._park(form)
        self.open_resident(resident_id, archived_reason="" if match is not None and match.archived else None)

    def _park(self, form: ResidentForm) -> None:
        if self.draft is not None and self.draft is not form:
            self.draft.deleteLater()
        self.draft = form
        if self.form is form:
            self.form = None
        form.hide()
        name = form.draft_name()
        self.draft_text.setText(
            self.tr("A form you were filling in is set aside, not saved: {name}").format(name=name)
            if name
            else self.tr("A form you were filling in is set aside, not saved.")
        )
        self.draft_bar.show()

    def resume_draft(self) -> None:
        """返回填写: the form set aside comes back as it was left."""
        if self.draft is None or self._showing_form():
            return
        form, self.draft = self.draft, None
        self.draft_bar.hide()
        form.duplicates.hide()
        self.form = form
        form.open()

    def discard_draft(self) -> None:
        if self.draft is None:
            return
        if not self._prompts.confirm(
            self.tr("Discard the form?"),
            self.tr("The form set aside has not been saved. Discard what was typed in it?"),
            action=self.tr("Discard"),
        ):
            return
        form, self.draft = self.draft, None
        self.draft_bar.hide()
        form.deleteLater()

    def _saved(self, resident_id: int, name: str, new: bool) -> None:
        self.status.say(words.saved(name, new=new), Tone.OK)
        self._changed(select=resident_id)

    def _changed(self, *, select: int | None) -> None:
        """Every successful save, archive, restore or merge, just before the worker tells every view of residents
        (this table too): which resident the table selects when it is read again."""
        self._select_next = select

    # -- archive and restore ------------------------------------------------------------------------------------
    def ask_archive(self) -> None:
        row = self._current_row()
        if row is not None and row.archived_reason is None:
            self.ask_archive_of(row.resident_id, row.name)

    def ask_archive_of(self, resident_id: int, name: str) -> ArchiveDialog:
        """归档…: the reason and a note, then the record leaves the register (it is never deleted)."""
        dialog = ArchiveDialog(resident_id, name, self)
        dialog.chosen.connect(lambda rid, reason, note, n=name: self.archive(rid, reason, note, name=n))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def archive(self, resident_id: int, reason: str, note: str = "", *, name: str = "") -> Job | None:
        """归档 on the worker; the status line says the outcome when it comes back."""
        if self._services is None:
            return None
        from frontdesk.core.models import ArchiveReason

        residents, actor = self._services.residents, self._actor

        def done(_result: None) -> None:
            self.status.say(words.archived(name, reason), Tone.OK)
            self._changed(select=None)

        return self._start(
            None,
            lambda: residents.archive(resident_id, ArchiveReason(reason), note=note, actor=actor),  # type: ignore[arg-type]
            done,
            busy=words.saving(),
            changes=(RESIDENTS,),
        )

    def restore_current(self) -> None:
        row = self._current_row()
        if row is not None and row.archived_reason is not None:
            self.restore(row.resident_id, row.name)

    def restore(self, resident_id: int, name: str) -> Job | None:
        """恢复档案: back into the register (a merged record comes back by undoing its merge instead)."""
        if self._services is None:
            return None
        residents, actor = self._services.residents, self._actor

        def done(_result: None) -> None:
            self.status.say(words.restored(name), Tone.OK)
            self._changed(select=None)

        return self._start(
            None,
            lambda: residents.restore(resident_id, actor=actor),  # type: ignore[arg-type]
            done,
            busy=words.saving(),
            changes=(RESIDENTS,),
        )

    # -- right of access ----------------------------------------------------------------------------------------
    def book_current(self) -> None:
        """预约…: the booking dialog for the selected resident."""
        row = self._current_row()
        if row is None or self._services is None or self._actor is None or self._open_booking is None:
            return
        self.booking = self._open_booking(self._services, self._actor, row.resident_id, row.name, parent=self.window())

    def enroll_current(self) -> None:
        """报名…: the enroll dialog for the selected resident."""
        row = self._current_row()
        if row is None or self._services is None or self._actor is None or self._open_enroll is None:
            return
        self.enrolling = self._open_enroll(self._services, self._actor, row.resident_id, row.name, parent=self.window())

    def show_classes(self) -> None:
        """课程…: the selected resident's courses, to withdraw from one or print the timetable."""
        row = self._current_row()
        if row is None or self._services is None or self._actor is None or self._open_classes is None:
            return
        self.classes_dialog = self._open_classes(self._services, self._actor, row.resident_id, row.name,
                                                 parent=self.window())  # fmt: skip

    def show_appointments(self) -> None:
        """The selected resident's appointments, to look at or cancel one."""
        row = self._current_row()
        if row is None or self._services is None or self._actor is None:
            return
        from frontdesk.ui.pages.residents.appointments_dialog import ResidentAppointmentsDialog

        dialog = ResidentAppointmentsDialog(self._worker, row.resident_id, row.name, services=self._services,
                                            actor=self._actor, parent=self.window())  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.appointments_dialog = dialog
        dialog.open()

    def export_current(self) -> None:
        """导出本人信息: the selected resident's own data, to print or save as a PDF for them."""
        row = self._current_row()
        if row is None or self._services is None:
            return
        self.export_resident(row.resident_id, row.name)

    def export_resident(self, resident_id: int, name: str) -> None:
        """The resident's own data in a preview, to print or save as a PDF for them. It is read on the worker,
        which writes the audit entry (full ID number: staff who may reveal identifiers only)."""
        if self._services is None or self._actor is None or self.documents is None:
            return
        privacy, actor = self._services.privacy, self._actor
        title = self.tr("{name} - own data").format(name=name)
        self.documents.preview(None, actor, "own-data", lambda: privacy.export_resident(actor, resident_id),
                               title=title, file_name=f"{title}.pdf", parent=self.window())  # fmt: skip

    def ask_export(self) -> QDialog | None:
        """导出… (Ctrl+Shift+E): the residents the filter shows, to a spreadsheet; the dialog asks the format and,
        for a manager, whether full numbers go too (with the reason)."""
        if self._services is None or self._actor is None:
            return None
        return self.register_export.ask(self._services, self._actor, self.filters.query(), self._total)

    # -- health readings ----------------------------------------------------------------------------------------
    def _may_see_health(self) -> bool:
        from frontdesk.core.access import Permission  # plain: no SQLAlchemy behind it

        return self._actor is not None and self._actor.may(Permission.HEALTH)

    def open_vitals(self) -> QDialog | None:
        """健康记录: the selected resident's readings and trend (care staff and managers; each look is audited)."""
        row = self._current_row()
        if row is None or self._services is None or self._actor is None or not self._may_see_health():
            return None
        from frontdesk.ui.health.history_dialog import VitalsHistoryDialog

        dialog = VitalsHistoryDialog(self._worker, row.resident_id, row.name, service=self._services.vitals,
                                     actor=self._actor, parent=self.window())  # fmt: skip
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- member cards -------------------------------------------------------------------------------------------
    def ask_issue_card(self) -> None:
        """补办 / 发卡: after a confirmation, the selected resident gets the next card number (on the worker); the
        card they had stops working. The new card opens in the preview, to print at once."""
        row = self._current_row()
        if row is None or self._services is None or self._actor is None:
            return
        if not self._prompts.confirm(
            self.tr("New member card"),
            self.tr(
                "{name} gets a new card number. A card they have now stops working: scanned at the desk, it is "
                "refused as replaced."
            ).format(name=row.name),
            action=self.tr("Issue new card"),
        ):
            return
        residents, actor, resident_id = self._services.residents, self._actor, row.resident_id

        def issued(card) -> None:
            said = (
                self.tr("{name}'s new card number is {number}; card {old} no longer works.")
                if card.replaced
                else self.tr("{name}'s card number is {number}.")
            )
            self.status.say(said.format(name=card.name, number=card.card_number, old=card.replaced), Tone.OK)
            self._stale = True
            self.refresh()
            if self.documents is not None:
                self._preview_cards([resident_id], self.tr("{name} - member card").format(name=card.name))

        self._start(None, lambda: residents.issue_card(resident_id, actor=actor), issued, busy=words.saving(),
                    changes=(RESIDENTS,))  # fmt: skip

    def print_cards(self) -> None:
        """服务卡 of the selected residents in a preview: one card a page for a card printer, or ten to an A4 sheet
        (设置 → 打印 says which). Those without a card number get none, and the status line says so."""
        rows = self.selected_rows()
        if not rows or self._services is None or self._actor is None or self.documents is None:
            self.status.say(self.tr("Select the residents whose cards to print."), Tone.HINT)
            return
        title = (
            self.tr("{name} - member card").format(name=rows[0].name)
            if len(rows) == 1
            else self.tr("Member cards of {count} residents").format(count=len(rows))
        )
        self._preview_cards([row.resident_id for row in rows], title)

    def _preview_cards(self, ids: list[int], title: str) -> None:
        assert self._services is not None
        assert self.documents is not None
        documents, actor = self._services.documents, self._actor

        def built(document) -> bool:
            cards = document.record
            if not cards.cards:
                self.status.say(
                    self.tr("No member card to print: the selected residents have no card number yet."), Tone.REFUSAL
                )
                return False
            if cards.without_number:
                self.status.say(
                    self.tr("{count} of the selected have no card number: their cards are not in it.").format(
                        count=len(cards.without_number)
                    ),
                    Tone.HINT,
                )
            return True

        self.documents.preview(documents, actor, "cards", lambda: documents.member_cards(actor=actor, resident_ids=ids),
                               title=title, file_name=f"{title}.pdf", parent=self.window(), built=built)  # fmt: skip

    # -- merge --------------------------------------------------------------------------------------------------
    def ask_merge(self) -> Job | None:
        """合并: two selected records of one person; the dialog shows what each choice would move. The previews are
        read on the worker and the dialog opens when they arrive."""
        rows = self.selected_rows()
        if self._services is None or len(rows) != 2:
            self.status.say(self.tr("Select the two records of the same person (Ctrl+click), then merge."), Tone.HINT)
            return None
        first, second = rows
        residents, actor = self._services.residents, self._actor

        def previews():
            return {
                (a.resident_id, b.resident_id): residents.merge_preview(a.resident_id, b.resident_id, actor=actor)  # type: ignore[arg-type]
                for a, b in ((first, second), (second, first))
            }

        def read(found) -> None:
            dialog = MergeDialog(first, second, found, self)
            names = {first.resident_id: first.name, second.resident_id: second.name}
            dialog.chosen.connect(lambda keep, other: self.merge(keep, other, name=names[keep]))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        return self._start(None, previews, read, busy=words.reading(), trouble=self._trouble_reading)

    def merge(self, keep_id: int, merge_id: int, *, name: str = "") -> Job | None:
        if self._services is None:
            return None
        residents, actor = self._services.residents, self._actor

        def done(result) -> None:
            merge_ref = result.merge_id
            self.status.say(
                words.merged(name, result.visits_moved),
                Tone.OK,
                action=(self.tr("Undo merge"), lambda: self.undo_merge(merge_ref, name=name)),
            )
            self._changed(select=keep_id)

        return self._start(
            None,
            lambda: residents.merge(keep_id, merge_id, actor=actor),  # type: ignore[arg-type]
            done,
            busy=words.saving(),
            changes=(RESIDENTS,),
        )

    def undo_merge(self, merge_id: int, *, name: str = "") -> Job | None:
        """撤销合并: both records as they were, visits and all."""
        if self._services is None:
            return None
        residents, actor = self._services.residents, self._actor

        def done(_result: None) -> None:
            self.status.say(words.merge_undone(name), Tone.OK)
            self._changed(select=None)

        return self._start(
            None,
            lambda: residents.undo_merge(merge_id, actor=actor),  # type: ignore[arg-type]
            done,
            busy=words.saving(),
            changes=(RESIDENTS,),
        )
