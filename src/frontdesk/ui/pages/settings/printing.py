"""打印 on the Settings page: this desk's printers, for anyone signed in at it (they are this PC's, kept in desk.ini).

For each kind of document the printer (the system's default unless chosen), the paper it comes in, the copies and
an offset for a printer that prints off-centre (right and down, in mm; the print dialog's other printers get none);
whether a slip is printed at every check-in; and a test page to the slip printer. The printers are asked of the print
system on the print queue's thread (a network printer can take seconds to answer); a saved printer that is gone is
said in words, and stays chosen until someone chooses another.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.printing.kinds import FACTS  # the documents' facts alone: no ReportLab
from frontdesk.ui.common.clock import Clock
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.prefs import MAX_COPIES, MAX_OFFSET_MM, PrintSetup
from frontdesk.ui.printing import words as print_words
from frontdesk.ui.printing.send import printer_names

if TYPE_CHECKING:
    from frontdesk.ui.printing.desk_printer import DeskPrinter
    from frontdesk.ui.printing.send import PrintFailure, Sent

PAPER = {
    "80mm": QT_TRANSLATE_NOOP("PrintingSection", "80 mm roll"),
    "58mm": QT_TRANSLATE_NOOP("PrintingSection", "58 mm roll"),
    "a5": QT_TRANSLATE_NOOP("PrintingSection", "A5"),
    "a4": QT_TRANSLATE_NOOP("PrintingSection", "A4"),
    "card": QT_TRANSLATE_NOOP("PrintingSection", "Card 85.6 × 54 mm"),
}


PRINTER_CHARACTERS = 10
ASK_AGAIN_S = 30


class PrintingSection(QGroupBox):
    def __init__(self, printer: DeskPrinter, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Printing (this computer)"), parent)
        self.setObjectName("printingSection")
        self._printer = printer
        self._clock = clock
        self._center = ""
        self._names: list[str] | None = None  # the printers the print system has, once it has said
        self._default = ""
        self._asked_at: float | None = None  # when the print system was last asked for its printers
        self._rows: dict[str, tuple[QComboBox, QComboBox, QSpinBox, QDoubleSpinBox, QDoubleSpinBox]] = {}
        self._titles: list[QLabel] = []
        self.printers_note = QLabel()
        self.printers_note.setObjectName("printersNote")
        self.printers_note.setWordWrap(True)
        self.on_check_in = QCheckBox(self.tr("Print a visit slip at every check-in"))
        self.on_check_in.setObjectName("printSlipOnCheckIn")
        self.on_check_in.setChecked(printer.on_check_in)
        self.on_check_in.toggled.connect(self._on_check_in_toggled)
        self.test_button = QPushButton(self.tr("Print a test page"))
        self.test_button.setObjectName("printTestPage")
        self.test_button.setToolTip(self.tr("A test page to the visit-slip printer, on its paper"))
        self.test_button.clicked.connect(self.print_test_page)
        self.status = QLabel()
        self.status.setObjectName("printingStatus")
        self.status.setWordWrap(True)
        self._column = QVBoxLayout(self)
        self._rows_at = 0
        self._column.addWidget(self.printers_note)
        self._column.addWidget(self.on_check_in)
        self._column.addWidget(self.test_button)
        self._column.addWidget(self.status)
        self._build_rows()  # now, while nothing is shown: built into a shown page, they held the screen 130 ms

    def set_actor(self, actor: object | None) -> None:
        self.setVisible(actor is not None)

    def set_center(self, name: str) -> None:
        self._center = name

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._asked_at is None or time.monotonic() - self._asked_at > ASK_AGAIN_S:
            self.refresh_printers()  # a printer plugged in since is listed; not at every glance at the page

    # -- the rows -----------------------------------------------------------------------------------------------
    def _build_rows(self) -> None:

        for index, (kind, document) in enumerate(FACTS.items()):
            setup = self._printer.setup(kind)
            printer = QComboBox()
            printer.setObjectName(f"printer_{kind}")
            printer.setToolTip(self.tr("The printer for this document"))
            printer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            printer.setMinimumContentsLength(PRINTER_CHARACTERS)  # a long printer name shortens, not the page
            paper = QComboBox()
            paper.setObjectName(f"paper_{kind}")
            for size in document.sizes:
                paper.addItem(QCoreApplication.translate("PrintingSection", PAPER[size]), size)
            paper.setCurrentIndex(max(0, paper.findData(self._printer.size_for(kind))))
            copies = QSpinBox()
            copies.setObjectName(f"copies_{kind}")
            copies.setRange(1, MAX_COPIES)
            copies.setValue(setup.copies)
            copies.setSuffix(self.tr(" copies"))
            right = self._offset(f"offset_right_{kind}", self.tr("right "), setup.right_mm)
            down = self._offset(f"offset_down_{kind}", self.tr("down "), setup.down_mm)
            for spin in (right, down):
                spin.setToolTip(self.tr("For a printer that prints off-centre: move the page, in millimetres"))
            title = QLabel(document.title)
            row = FlowLayout(spacing=10, fill=True)
            row.addWidget(group(title, printer, grows=printer))
            row.addWidget(group(paper, copies, grows=paper))  # under the printer when the row is too narrow
            row.addWidget(group(right, down))
            self._titles.append(title)
            self._column.insertLayout(index, row)
            self._rows[kind] = (printer, paper, copies, right, down)
            self._fill_printer_choice(kind)
            for signal in (printer.activated, paper.activated, copies.valueChanged, right.valueChanged,
                           down.valueChanged):  # fmt: skip
                signal.connect(lambda _value, kind=kind: self._save(kind))
        self._line_up()

    def _line_up(self) -> None:
        """The documents' names one width, so their printers line up (again after large text)."""
        for title in self._titles:
            title.setMinimumWidth(0)
        width = max((title.sizeHint().width() for title in self._titles), default=0)
        for title in self._titles:
            title.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._titles:
            QTimer.singleShot(0, self, self._line_up)

    def _fill_printer_choice(self, kind: str) -> None:
        printer = self._rows[kind][0]
        saved = self._printer.setup(kind).printer
        printer.blockSignals(True)
        printer.clear()
        default = self._default or self.tr("none set")
        printer.addItem(self.tr("The system's default printer ({name})").format(name=default), "")
        for name in self._names or []:
            printer.addItem(name, name)
        if saved and saved not in (self._names or []):
            gone = self.tr("{name} (not on this computer)") if self._names is not None else "{name}"
            printer.addItem(gone.format(name=saved), saved)
        printer.setCurrentIndex(max(0, printer.findData(saved)))
        printer.blockSignals(False)

    @staticmethod
    def _offset(name: str, prefix: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setPrefix(prefix)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def _save(self, kind: str) -> None:
        printer, paper, copies, right, down = self._rows[kind]
        setup = PrintSetup(
            printer=printer.currentData() or "", size=paper.currentData() or "", copies=copies.value(),
            right_mm=right.value(), down_mm=down.value(),
        )  # fmt: skip
        self._printer.set_setup(kind, setup)
        self._say_missing()

    def _on_check_in_toggled(self, on: bool) -> None:
        self._printer.set_on_check_in(on)

    # -- the print system ---------------------------------------------------------------------------------------
    def refresh_printers(self) -> None:
        self._asked_at = time.monotonic()
        self._printer.queue.ask(printer_names, self._printers_read)

    def _printers_read(self, answer: tuple[list[str], str]) -> None:
        if answer == (self._names, self._default):
            return  # nothing new: the choices stay as they are (refilling them relays the page out)
        self._names, self._default = answer
        for kind in self._rows:
            self._fill_printer_choice(kind)
        self._say_missing()

    def _say_missing(self) -> None:
        if self._names is None:
            return
        gone = sorted({self._printer.setup(k).printer for k in self._rows} - set(self._names) - {""})
        if not self._names:
            self.printers_note.setText(
                self.tr("This computer has no printer installed: documents can be saved as PDF.")
            )
        elif gone:
            self.printers_note.setText(
                self.tr("Not on this computer (any more): {names}. Choose another printer for those documents.").format(
                    names="、".join(gone)
                )
            )
        else:
            self.printers_note.setText("")
        self.printers_note.setVisible(bool(self.printers_note.text()))

    # -- the test page ------------------------------------------------------------------------------------------
    def print_test_page(self) -> None:
        from frontdesk.printing.layout import SIZES
        from frontdesk.printing.test_page import test_page_pdf

        kind = "visit-slip"
        size = SIZES[self._printer.size_for(kind)]
        center, named, at = self._center, self._printer.setup(kind).printer or self._default, self._clock()
        self.status.setText(self.tr("Printing a test page…"))

        def built(pdf: bytes) -> None:
            self._printer.print_pdf(kind, pdf, "frontdesk-test-page", self._test_sent, self._test_failed)

        self._printer.queue.ask(lambda: test_page_pdf(center, named, size, at), built)  # a PDF is built off it too

    def _test_sent(self, sent: Sent) -> None:
        self.status.setText(print_words.sent_text(self.tr("The test page"), sent))

    def _test_failed(self, failure: PrintFailure) -> None:
        self.status.setText(print_words.failure_text(failure))
