"""打印预览: a document's pages as they will print, with zoom and pages, 打印… (the system's print dialog, for
another printer) and 另存为 PDF. What printing and saving do — the print queue, the file, the 操作日志 — is the
opener's (:class:`PreviewActions`); this window only shows and asks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.printing.send import page_count, page_image

if TYPE_CHECKING:
    from collections.abc import Callable

SCREEN_DPI = 96
ZOOMS = (0.5, 0.75, 1.0, 1.5, 2.0)
DEFAULT_ZOOM = 1.0


class PrinterChooser(Protocol):
    def choose_printer(self, title: str, printer: str = "") -> tuple[str, int] | None: ...
    def save_pdf_as(self, suggested: str) -> str | None: ...


@dataclass(frozen=True)
class PreviewActions:
    """What the opener does when staff print or save from the preview: ``print_to(printer, copies)``,
    ``save_to(path)``. Each says its outcome itself (the status line, the 操作日志)."""

    print_to: Callable[[str, int], None]
    save_to: Callable[[str], None]


class PreviewDialog(QDialog):
    def __init__(
        self,
        pdf: bytes,
        title: str,
        *,
        file_name: str,
        actions: PreviewActions,
        chooser: PrinterChooser,
        printer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``printer``: the one the print dialog starts on (this desk's for the document; "" the system's default)."""
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self._pdf = pdf
        self._title = title
        self._file_name = file_name
        self._actions = actions
        self._chooser = chooser
        self._printer = printer
        self._pages: dict[tuple[int, float], QPixmap] = {}
        self._count = page_count(pdf)

        scroll = self._build_picture()
        bar = self._build_bar()
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(scroll, 1)
        self._shortcuts()
        resize_within_screen(self, 760, 900)
        self._show()

    def _build_picture(self) -> QScrollArea:
        self.picture = QLabel()
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setStyleSheet("background: #FFFFFF;")
        scroll = QScrollArea()
        scroll.setObjectName("previewScroll")
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setProperty("pans", True)  # a zoomed page is panned, both ways (the layout test knows)
        return scroll

    def _build_bar(self) -> FlowLayout:
        self.page = QSpinBox()
        self.page.setObjectName("previewPage")
        self.page.setRange(1, max(1, self._count))
        self.page.setPrefix(self.tr("Page "))
        self.page.setSuffix(self.tr(" of {count}").format(count=self._count))
        self.page.valueChanged.connect(self._show)
        self.zoom = QComboBox()
        self.zoom.setObjectName("previewZoom")
        for zoom in ZOOMS:
            self.zoom.addItem(f"{round(zoom * 100)} %", zoom)
        self.zoom.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self.zoom.currentIndexChanged.connect(self._show)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("previewSave")
        self.save_button.clicked.connect(self.save_document)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        bar = FlowLayout(spacing=8)  # two rows on a narrow screen
        bar.addWidget(group(self.page, self.zoom))
        bar.addWidget(group(self.print_button, self.save_button, close))
        return bar

    def _shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self._step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self._step_zoom(-1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.page.setValue(self.page.value() + 1)),
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.page.setValue(self.page.value() - 1)),
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_document),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    def shown_page(self) -> int:
        return self.page.value()

    def _step_zoom(self, step: int) -> None:
        self.zoom.setCurrentIndex(min(max(self.zoom.currentIndex() + step, 0), self.zoom.count() - 1))

    def _show(self) -> None:
        """The page at the zoom chosen, rendered once for each (a long list is not rendered all at once)."""
        if not self._count:
            return
        index, zoom = self.page.value() - 1, float(self.zoom.currentData())
        key = (index, zoom)
        if key not in self._pages:
            ratio = self.devicePixelRatioF()
            image, _size = page_image(self._pdf, index, SCREEN_DPI * zoom * ratio)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._pages[key] = pixmap
        self.picture.setPixmap(self._pages[key])

    def print_document(self) -> None:
        chosen = self._chooser.choose_printer(self._title, self._printer)
        if chosen is not None:
            self._actions.print_to(*chosen)
            self.accept()

    def save_document(self) -> None:
        path = self._chooser.save_pdf_as(self._file_name)
        if path is not None:
            self._actions.save_to(path)
