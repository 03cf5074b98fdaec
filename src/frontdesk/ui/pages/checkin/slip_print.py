"""打印凭条: F9 prints the resident's slip for today's visit to this desk's slip printer, no dialog; a desk may print
one at every check-in. The slip is built on the database worker, sent on the print queue's own thread (a check-in
never waits for a printer), and recorded in the 操作日志 once the print system has it. A printer that fails is
said in words, and the slip can be saved as a PDF instead (:mod:`frontdesk.ui.printing.document_print`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from frontdesk.ui.pages.checkin.words import Outcome, Tone
from frontdesk.ui.printing.document_print import DocumentPrint

if TYPE_CHECKING:
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.printing.desk_printer import DeskPrinter

KIND = "visit-slip"  # as frontdesk.printing.documents.KINDS names it
Start = Callable[..., bool]  # CheckinPage._start: one operation on the database worker, its outcome here


class SlipPrint:
    def __init__(self, printer: DeskPrinter, start: Start, say: Callable[[Outcome], None], prompts: Any) -> None:
        self._printer = printer
        self._documents = DocumentPrint(
            printer,
            prompts,
            lambda work, done, trouble=None: start(None, work, done, trouble=trouble),
            lambda ok, text: say(Outcome(Tone.OK if ok else Tone.REFUSAL, text)),
        )
        self._printed: set[int] = set()  # the visits whose slip this desk has printed: another is 补打

    @property
    def on_check_in(self) -> bool:
        return self._printer.on_check_in

    @property
    def last_preview(self) -> QWidget | None:
        """The preview opened last (tests and the benchmark look at it; they set it back to None)."""
        return self._documents.last_preview

    @last_preview.setter
    def last_preview(self, preview: QWidget | None) -> None:
        self._documents.last_preview = preview

    def print_visit(self, services: DeskServices, actor: Any, visit_id: int, resident_id: int, name: str) -> None:
        """Build the slip of ``visit_id`` and send it to the slip printer (see the module)."""
        documents = services.documents
        self._documents.print_now(
            documents, actor, KIND, lambda: documents.visit_slip(visit_id, actor=actor),
            title=QCoreApplication.translate("SlipPrint", "{name}'s visit slip").format(name=name),
            file_name=f"{name}-{visit_id}.pdf", reprint=visit_id in self._printed,
            recorded=lambda: self._printed.add(visit_id), job=f"frontdesk-slip-{visit_id}",
        )  # fmt: skip

    def preview(
        self, services: DeskServices, actor: Any, kind: str, read: Callable[[], Any], *, title: str, parent: QWidget
    ) -> None:
        """打印预览 of document ``kind`` built from what ``read`` returns (on the database worker), to print on any
        printer or save as a PDF; each print or save is in the 操作日志."""
        self._documents.preview(services.documents, actor, kind, read, title=title, file_name=f"{title}.pdf",
                                parent=parent)  # fmt: skip
