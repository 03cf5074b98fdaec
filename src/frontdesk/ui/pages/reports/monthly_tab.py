"""月报 tab of the 统计 page: a month (and a community, or all), its key figures on screen, and the report for the
sub-district and 民政 — 打印… (the print preview), 保存为PDF…, 导出Excel… (the same figures as a workbook).

The figures are read on the worker when the month or community changes; the documents are built there too (ReportLab
and openpyxl never load on the GUI thread), and every one printed, saved or exported is in the 操作日志.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.form_parts import DeskTab, wrapping_form
from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.reports import periods, words
from frontdesk.ui.pages.reports.files import choose_xlsx

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.reports.figures import MonthlyReport
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

READ = "reports.monthly"
KIND = "monthly-report"  # the printing module's document kind (frontdesk.printing.kinds)


class MonthlyTab(DeskTab):
    def __init__(self, hub: ChangeHub, worker: DatabaseWorker, *, clock: Clock, printer: DeskPrinter, prompts: Any,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(worker, parent)
        self.setObjectName("reportsMonthly")
        self._clock = clock
        self._prompts = prompts
        self._stale = True
        self.report: MonthlyReport | None = None
        self.choose_path: Callable[[str], str | None] = lambda suggested: choose_xlsx(self, suggested)  # tests swap
        from frontdesk.ui.printing.document_print import DocumentPrint

        self.printing = DocumentPrint(printer, prompts, self._start, self._said)
        self._build()
        for signal in (hub.visits_changed, hub.appointments_changed, hub.classes_changed, hub.residents_changed,
                       hub.catalogue_changed):  # fmt: skip
            signal.connect(self._changed)

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.month = QDateEdit()
        self.month.setObjectName("monthlyMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.community = QComboBox()
        self.community.setObjectName("monthlyCommunity")
        self.community.addItem(self.tr("All communities"), None)
        self.community.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        month_label, community_label = QLabel(self.tr("&Month")), QLabel(self.tr("&Community"))
        month_label.setBuddy(self.month)
        community_label.setBuddy(self.community)
        filters = QWidget()
        flow = FlowLayout(filters)
        flow.addWidget(group(month_label, self.month))
        flow.addWidget(group(community_label, self.community))
        self.heading = WrappedLabel()
        self.heading.setObjectName("monthlyHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self._build_figures()
        self._build_buttons()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(filters)
        inner.addWidget(self.heading)
        inner.addWidget(self.figures_box)
        inner.addWidget(self.buttons)
        inner.addWidget(self.error)
        inner.addWidget(self.status)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("monthlyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect()

    def _build_figures(self) -> None:
        self.figures_box = QGroupBox(self.tr("Key figures"))
        self.figures_box.setObjectName("monthlyFigures")
        self.form = wrapping_form(self.figures_box)
        self.values: dict[str, QLabel] = {}
        for key, text in self._rows().items():
            value = QLabel("–")
            value.setObjectName(f"monthly_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # a long line of figures wraps on a narrow screen
            self.values[key] = value
            self.form.addRow(text, value)

    def _build_buttons(self) -> None:
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("monthlyPrint")
        self.print_button.setToolTip(self.tr("The month's report in the print preview (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("monthlyPdf")
        self.excel_button = QPushButton(self.tr("Export Excel…"))
        self.excel_button.setObjectName("monthlyExcel")
        self.excel_button.setToolTip(self.tr("The month's figures as an Excel workbook (.xlsx)"))
        self.status = WrappedLabel()
        self.status.setObjectName("monthlyStatus")
        self.error = error_label("monthlyError")
        self.buttons = QWidget()
        row = FlowLayout(self.buttons)
        for button in (self.print_button, self.pdf_button, self.excel_button):
            row.addWidget(button)

    def _connect(self) -> None:
        self.setTabOrder(self.month, self.community)
        self.setTabOrder(self.community, self.print_button)
        self.setTabOrder(self.print_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.excel_button)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.community.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.excel_button.clicked.connect(self.export_excel)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_report, context=within)
        self._enable()

    def _rows(self) -> dict[str, str]:
        return {
            "visits": self.tr("Visits (each check-in counted)"),
            "people": self.tr("People (different residents)"),
            "new": self.tr("Newly registered (people)"),
            "archived": self.tr("Archived (people)"),
            "on_file": self.tr("On file at the month's end (people)"),
            "classes": self.tr("Classes: courses · sessions held · attendances (visits)"),
            "rate": self.tr("Attendance rate"),
            "events": self.tr("Events: held · attendances (visits)"),
            "care": self.tr("Care services completed (visits) · no-shows"),
            "partners": self.tr("Partners taking part · their visits · hours"),
            "training": self.tr("Vocational training: enrolled · finished · employed (people)"),
            "welfare": self.tr("On the welfare watch (people)"),
        }

    # -- the month ----------------------------------------------------------------------------------------------
    def attach(self, services: Any) -> None:
        last_month = periods.period_days(periods.LAST_MONTH, self._clock().date())[0]
        self.month.blockSignals(True)
        self.month.setDate(QDate(last_month.year, last_month.month, 1))
        self.month.blockSignals(False)
        super().attach(services)

    def chosen_month(self) -> date:
        return periods.month_start(self.month.date().toPython())

    def set_actor(self, actor: Any) -> None:
        super().set_actor(actor)
        self._read_communities()

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
        self._stale = False
        month, community = self.chosen_month(), self.community.currentData()
        service, actor = self._services.reports, self._actor  # type: ignore[union-attr]
        if not self._shows(month, community):  # another month chosen: nothing printed or exported until it is read
            self.report = None
            self._enable()
        self._jobs.run(lambda: service.monthly(month, actor=actor, community=community), self.show_report, key=READ,
                       refused=self._refused, trouble=self._trouble)  # fmt: skip

    def _shows(self, month: date, community: str | None) -> bool:
        """The report held is of ``month`` and ``community`` (a re-read after a change keeps it meanwhile)."""
        report = self.report
        return report is not None and report.period.first_day == month and report.period.community == community

    def _read_communities(self) -> None:
        if not self.may_read():
            return
        service, actor = self._services.reports, self._actor  # type: ignore[union-attr]
        self._jobs.run(lambda: list(service.communities(actor=actor)), self._show_communities,
                       key="reports.monthly.communities")  # fmt: skip

    def _show_communities(self, names: list[str]) -> None:
        chosen = self.community.currentData()
        self.community.blockSignals(True)
        self.community.clear()
        self.community.addItem(self.tr("All communities"), None)
        for name in names:
            if name:
                self.community.addItem(name, name)
        self.community.setCurrentIndex(max(0, self.community.findData(chosen)) if chosen is not None else 0)
        self.community.blockSignals(False)

    def show_report(self, report: MonthlyReport) -> None:
        self.report = report
        show_error(self.error, "")
        month = report.period.first_day
        where = report.period.community or self.tr("all communities")
        heading = self.tr("Monthly report {year}-{month:02d} · {where}").format(
            year=month.year, month=month.month, where=where)  # fmt: skip
        self.heading.setText(f"{report.center_name} · {heading}" if report.center_name else heading)
        sessions = sum(c.sessions_held for c in report.classes)
        attendances = sum(c.attendances for c in report.classes)
        expected = sum(c.expected for c in report.classes)
        care_done = sum(c.completed for c in report.care)
        care_missed = sum(c.no_shows for c in report.care)
        partner_visits = sum(p.visits for p in report.partners)
        partner_hours = sum(p.hours for p in report.partners)
        texts = {
            "visits": words.visits_text(report.total.visits),
            "people": words.people_text(report.total.people),
            "new": words.people_text(report.new_residents),
            "archived": words.people_text(report.archived_residents),
            "on_file": words.people_text(report.residents_on_file),
            "classes": f"{len(report.classes)} · {sessions} · {words.visits_text(attendances)}",
            "rate": words.rate_text(attendances / expected if expected else None),
            "events": f"{len(report.events)} · {words.visits_text(sum(e.attendances for e in report.events))}",
            "care": f"{words.visits_text(care_done)} · {care_missed}",
            "partners": f"{len(report.partners)} · {words.visits_text(partner_visits)} · "
            f"{words.hours_text(partner_hours)}",
            "training": " · ".join(
                str(sum(getattr(t, f) for t in report.training)) for f in ("enrolled", "completed", "employed")
            ),
            "welfare": words.people_text(report.welfare_open),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self._enable()

    def clear(self) -> None:
        self.report = None
        self.heading.setText("")
        for value in self.values.values():
            value.setText("–")
        self.status.setText("")
        show_error(self.error, "")
        self._stale = True
        self._enable()

    def _enable(self) -> None:
        ready = self.report is not None and self.may_read()
        for button in (self.print_button, self.pdf_button, self.excel_button):
            button.setEnabled(ready)

    # -- the documents ------------------------------------------------------------------------------------------
    def _file_stem(self) -> str:
        month = self.chosen_month()
        community = self.community.currentData()
        return f"月报-{month:%Y-%m}" + (f"-{community}" if community else "")

    def _document(self) -> tuple[Any, Any, Callable[[], Any]]:
        documents, actor = self._services.documents, self._actor  # type: ignore[union-attr]
        month, community = self.chosen_month(), self.community.currentData()
        return documents, actor, lambda: documents.monthly_report(month, actor=actor, community=community)

    def print_report(self) -> None:
        """打印… (Ctrl+P): the report in the print preview, printed from there or saved as a PDF."""
        if self.report is None or not self.may_read():
            return
        documents, actor, read = self._document()
        self.printing.preview(documents, actor, KIND, read, title=self.tr("Monthly report"),
                              file_name=f"{self._file_stem()}.pdf", parent=self)  # fmt: skip

    def save_pdf(self) -> None:
        """保存为PDF…: the report written to a file chosen."""
        if self.report is None or not self.may_read():
            return
        documents, actor, read = self._document()
        self.printing.save_pdf(documents, actor, KIND, read, title=self.tr("Monthly report"),
                               file_name=f"{self._file_stem()}.pdf")  # fmt: skip

    def export_excel(self) -> None:
        """导出Excel…: the figures as a workbook, written on the worker and recorded in the 操作日志 (report.export)."""
        report = self.report
        if report is None or not self.may_read():
            return
        path = self.choose_path(f"{self._file_stem()}.xlsx")
        if path is None:
            return
        documents, actor = self._services.documents, self._actor  # type: ignore[union-attr]
        title = self.tr("Monthly report")

        def work() -> int | OSError:
            from pathlib import Path

            from frontdesk.core.reports.workbooks import monthly_sheets
            from frontdesk.core.spreadsheets.writing import write_xlsx

            sheets = monthly_sheets(report)
            rows = sum(len(sheet.rows) for sheet in sheets)
            # recorded before the file is written: nothing leaves the program unrecorded
            documents.record_workbook("monthly_report", report.period, actor=actor)
            try:
                write_xlsx(sheets, Path(path))
            except OSError as exc:  # the folder, not the database: said in words
                return exc
            return rows

        def done(outcome: int | OSError) -> None:
            if isinstance(outcome, OSError):
                show_error(self.error, self.tr("{path} could not be written.").format(path=path))
            else:
                self._said(True, self.tr("{document} saved as {path}").format(document=title, path=path))

        self._start(work, done)

    # -- the worker ---------------------------------------------------------------------------------------------
    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], trouble: Any = None) -> None:
        self._jobs.run(work, done, refused=self._refused, trouble=trouble or self._trouble)

    def _said(self, ok: bool, text: str) -> None:
        if ok:
            show_error(self.error, "")
            self.status.setText(text)
        else:
            show_error(self.error, text)

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.error, words.refusal_text(refusal.code))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))
