"""合伙人 tab of the 统计 page: what each 社区合伙人 delivered over a period — sessions run, residents served (人数 and
人次), service hours, the agreement and whether its renewal is due — with the selected partner's detail, their
printable statement (打印服务记录…, one partner or all) and the table as an Excel workbook (导出…)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.form_parts import CellsModel, DeskTab, date_box
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.reports import periods, words
from frontdesk.ui.pages.reports.files import choose_xlsx

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.reports.figures import PartnerRecord, Period
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

READ = "reports.partners"
KIND = "partner-statement"  # the printing module's document kind
NAME, KIND_COLUMN, SESSIONS, PEOPLE, VISITS, HOURS, AGREEMENT, RENEWAL = range(8)


class PartnersRecordTab(DeskTab):
    def __init__(self, hub: ChangeHub, worker: DatabaseWorker, *, clock: Clock, printer: DeskPrinter, prompts: Any,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(worker, parent)
        self.setObjectName("reportsPartners")
        self._clock = clock
        self._stale = True
        self.choose_path: Callable[[str], str | None] = lambda suggested: choose_xlsx(self, suggested)  # tests swap
        from frontdesk.ui.printing.document_print import DocumentPrint

        self.printing = DocumentPrint(printer, prompts, self._start, self._said)
        self._build()
        for signal in (hub.classes_changed, hub.appointments_changed, hub.catalogue_changed):
            signal.connect(self._changed)

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.first = date_box("partnersFrom", optional=False)
        self.last = date_box("partnersTo", optional=False)
        self.idle = QCheckBox(self.tr("Include partners with nothing in the period"))
        self.idle.setObjectName("partnersIdle")
        from_label, to_label = QLabel(self.tr("&From")), QLabel(self.tr("to"))
        from_label.setBuddy(self.first)
        to_label.setBuddy(self.last)
        filters = QWidget()
        flow = FlowLayout(filters)
        flow.addWidget(group(from_label, self.first, to_label, self.last))
        flow.addWidget(self.idle)
        self.message = error_label("partnersError")
        self._build_table()
        self._build_buttons()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(filters)
        inner.addWidget(self.message)
        inner.addWidget(self.split, 1)
        inner.addWidget(self.buttons)
        inner.addWidget(self.status)
        scroll = QScrollArea()  # a short screen (1024×768 at 150 %, large text) scrolls the tab, never grows the window
        scroll.setObjectName("partnersScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect()

    def _build_table(self) -> None:
        self.model = CellsModel(
            [self.tr("Partner"), self.tr("Kind"), self.tr("Sessions"), self.tr("People"), self.tr("Visits"),
             self.tr("Hours"), self.tr("Agreement ends"), self.tr("Renewal")],
            self._cells, self,
        )  # fmt: skip
        self.table = as_list(row_table("partnersRecordTable", self.model))
        self.table.setMinimumHeight(140)
        fits = {
            NAME: Fit("颐康养老院康养服务站", "颐康养老院"),
            KIND_COLUMN: Fit(words.partner_kind_text("social_org"), hides=True),
            SESSIONS: Fit("888"),
            PEOPLE: Fit("8888"),
            VISITS: Fit("88888"),
            HOURS: Fit("888.5 h", hides=True),
            AGREEMENT: Fit("2026-12-31", hides=True),
            RENEWAL: Fit(self.tr("⚠ Renewal due"), "⚠"),
        }
        self.table.column_fit = ColumnFit(self.table, fits, stretch=NAME,  # type: ignore[attr-defined]
                                          give_way=(KIND_COLUMN, AGREEMENT, HOURS))  # fmt: skip
        self.detail = WrappedLabel()
        self.detail.setObjectName("partnersDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_scroll = QScrollArea()  # a partner running many courses scrolls its detail
        detail_scroll.setObjectName("partnersDetailScroll")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setMinimumHeight(self.detail.fontMetrics().height() * 4)
        detail_box = QGroupBox(self.tr("The selected partner"))
        QVBoxLayout(detail_box).addWidget(detail_scroll)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("partnersSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

    def _build_buttons(self) -> None:
        self.print_button = QPushButton(self.tr("Print service record…"))
        self.print_button.setObjectName("partnerStatementPrint")
        self.print_button.setToolTip(self.tr("The selected partner's statement for the period, in the print preview"))
        self.all_partners = QCheckBox(self.tr("All partners"))
        self.all_partners.setObjectName("partnerStatementAll")
        self.excel_button = QPushButton(self.tr("Export…"))
        self.excel_button.setObjectName("partnersExcel")
        self.excel_button.setToolTip(self.tr("The partners' records as an Excel workbook (.xlsx)"))
        self.status = WrappedLabel()
        self.status.setObjectName("partnersStatus")
        self.buttons = QWidget()
        row = FlowLayout(self.buttons)
        row.addWidget(group(self.print_button, self.all_partners))
        row.addWidget(self.excel_button)

    def _connect(self) -> None:
        self.setTabOrder(self.first, self.last)
        self.setTabOrder(self.last, self.idle)
        self.setTabOrder(self.idle, self.table)
        self.setTabOrder(self.table, self.print_button)
        self.setTabOrder(self.print_button, self.all_partners)
        self.setTabOrder(self.all_partners, self.excel_button)
        self.first.dateChanged.connect(lambda _d: self.refresh())
        self.last.dateChanged.connect(lambda _d: self.refresh())
        self.idle.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.all_partners.toggled.connect(lambda _on: self._enable())
        self.print_button.clicked.connect(self.print_statement)
        self.excel_button.clicked.connect(self.export_excel)
        self._enable()

    # -- the period ---------------------------------------------------------------------------------------------
    def attach(self, services: Any) -> None:
        first, last = periods.period_days(periods.MONTH, self._clock().date())
        for box, day in ((self.first, first), (self.last, last)):
            box.blockSignals(True)
            box.setDate(QDate(day.year, day.month, day.day))
            box.blockSignals(False)
        super().attach(services)

    def chosen_period(self) -> Period | None:
        first: date = self.first.date().toPython()
        last: date = self.last.date().toPython()
        if last < first:
            show_error(self.message, self.tr("The last day is before the first: choose the days again."))
            return None
        show_error(self.message, "")
        from frontdesk.core.reports.figures import Period

        return Period(first, last)

    # -- reading ------------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.may_read():
            return
        if not self.isVisible():
            self._stale = True
            return
        period = self.chosen_period()
        if period is None:
            return
        self._stale = False
        service, actor, idle = self._services.reports, self._actor, self.idle.isChecked()  # type: ignore[union-attr]
        self._jobs.run(lambda: list(service.partner_records(period, actor=actor, include_idle=idle)), self.show_records,
                       key=READ, refused=self._refused, trouble=self._trouble)  # fmt: skip

    def show_records(self, records: list[PartnerRecord]) -> None:
        kept = self.current()
        self.model.set_rows(records)
        for number, record in enumerate(records):
            if kept is not None and record.partner_id == kept.partner_id:
                self.table.selectRow(number)
                break
        else:
            if records:
                self.table.selectRow(0)
        self._show_detail(self.current())
        self._enable()

    def clear(self) -> None:
        self.model.set_rows([])
        self._show_detail(None)
        self.status.setText("")
        self._stale = True
        self._enable()

    def current(self) -> PartnerRecord | None:
        index = self.table.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    def _selected(self, *_args: QModelIndex) -> None:
        self._show_detail(self.current())
        self._enable()

    def _enable(self) -> None:
        has_rows = bool(self.model.rows) and self.may_read()
        self.print_button.setEnabled(has_rows and (self.all_partners.isChecked() or self.current() is not None))
        self.excel_button.setEnabled(has_rows)

    # -- the cells and the detail -------------------------------------------------------------------------------
    def _cells(self, record: PartnerRecord) -> list[str]:
        sessions = sum(c.sessions for c in record.courses)
        end = words.day_text(record.agreement_end) if record.agreement_end else "—"
        name = record.name if record.active else self.tr("{partner} (no longer active)").format(partner=record.name)
        renewal = self.tr("⚠ Renewal due") if record.renewal_due else ""
        return [name, words.partner_kind_text(record.kind), str(sessions), str(record.people), str(record.visits),
                words.hours_text(record.hours), end, renewal]  # fmt: skip

    def _show_detail(self, record: PartnerRecord | None) -> None:
        if record is None:
            self.detail.setText(self.tr("Choose a partner in the table to see what they delivered."))
            return
        lines = [f"<b>{escape(record.name)}</b> · {escape(words.partner_kind_text(record.kind))}"]
        if record.services:
            lines.append(escape(record.services))
        contact = " ".join(part for part in (record.contact_name, record.contact_phone) if part)
        if contact:
            lines.append(self.tr("Contact: {contact}").format(contact=escape(contact)))
        start = words.day_text(record.agreement_start) if record.agreement_start else "—"
        end = words.day_text(record.agreement_end) if record.agreement_end else "—"
        agreement = self.tr("Agreement: {start} to {end}").format(start=start, end=end)
        if record.renewal_due:
            agreement += " · <b>" + self.tr("⚠ Renewal due") + "</b>"
        lines.append(agreement)
        lines.append(self.tr("{people} · {visits} · {hours} of service").format(
            people=words.people_text(record.people), visits=words.visits_text(record.visits),
            hours=words.hours_text(record.hours)))  # fmt: skip
        for course in record.courses:
            lines.append("• " + self.tr("{title}: {sessions} sessions · {people} · {visits}").format(
                title=escape(course.title), sessions=course.sessions, people=words.people_text(course.people),
                visits=words.visits_text(course.attendances)))  # fmt: skip
        for care in record.care:
            lines.append("• " + self.tr("{name}: {visits} completed · {people}").format(
                name=escape(care.name), visits=words.visits_text(care.completed),
                people=words.people_text(care.people)))  # fmt: skip
        if not record.courses and not record.care:
            lines.append(self.tr("Nothing delivered in the period."))
        self.detail.setText("<br>".join(lines))

    # -- the documents ------------------------------------------------------------------------------------------
    def print_statement(self) -> None:
        """打印服务记录…: the selected partner's statement (or every partner's) in the print preview."""
        period = self.chosen_period()
        record = self.current()
        every = self.all_partners.isChecked()
        if period is None or not self.may_read() or (record is None and not every):
            return
        documents, actor = self._services.documents, self._actor  # type: ignore[union-attr]
        partner_id = None if every else record.partner_id  # type: ignore[union-attr]
        name = self.tr("all partners") if every else record.name  # type: ignore[union-attr]
        title = self.tr("Service record: {partner}").format(partner=name)
        stem = f"合伙人服务记录-{period.first_day:%Y%m%d}-{period.last_day:%Y%m%d}"
        self.printing.preview(documents, actor, KIND,
                              lambda: documents.partner_statements(period, actor=actor, partner_id=partner_id),
                              title=title, file_name=f"{stem}.pdf", parent=self)  # fmt: skip

    def export_excel(self) -> None:
        """导出…: the records shown, as a workbook written on the worker; the 操作日志 records it (report.export)."""
        records = list(self.model.rows)
        period = self.chosen_period()
        if not records or period is None or not self.may_read():
            return
        path = self.choose_path(f"合伙人服务记录-{period.first_day:%Y%m%d}-{period.last_day:%Y%m%d}.xlsx")
        if path is None:
            return
        documents, actor = self._services.documents, self._actor  # type: ignore[union-attr]
        title = self.tr("Community partners' record")

        def work() -> int | OSError:
            from pathlib import Path

            from frontdesk.core.reports.workbooks import partner_sheets
            from frontdesk.core.spreadsheets.writing import write_xlsx

            sheets = partner_sheets(records)
            # recorded before the file is written: nothing leaves the program unrecorded
            documents.record_workbook("partner_statement", period, actor=actor)
            try:
                write_xlsx(sheets, Path(path))
            except OSError as exc:  # the folder, not the database: said in words
                return exc
            return len(records)

        def done(outcome: int | OSError) -> None:
            if isinstance(outcome, OSError):
                show_error(self.message, self.tr("{path} could not be written.").format(path=path))
            else:
                self._said(True, self.tr("{document} saved as {path}").format(document=title, path=path))

        self._start(work, done)

    # -- the worker ---------------------------------------------------------------------------------------------
    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], trouble: Any = None) -> None:
        self._jobs.run(work, done, refused=self._refused, trouble=trouble or self._trouble)

    def _said(self, ok: bool, text: str) -> None:
        if ok:
            show_error(self.message, "")
            self.status.setText(text)
        else:
            show_error(self.message, text)

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.message, words.refusal_text(refusal.code))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.message, problems.problem_text(problem.kind))
