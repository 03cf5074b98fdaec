"""打印凭条: F9 prints the resident's slip for today's visit to this desk's slip printer, no dialog; a desk may print
one at every check-in. The slip is built on the database worker, sent on the print queue's own thread (a check-in
never waits for a printer), and recorded in the 操作日志 once the print system has it. A printer that fails is
said in words, and the slip can be saved as a PDF instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from frontdesk.ui.pages.checkin.words import Outcome, Tone
from frontdesk.ui.printing import words as print_words

if TYPE_CHECKING:
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.printing.desk_printer import DeskPrinter
    from frontdesk.ui.printing.send import PrintFailure, Sent

KIND = "visit-slip"  # as frontdesk.printing.documents.KINDS names it
AUDIT_KIND = "visit_slip"  # as the 操作日志 does (DocumentKind.audit_kind)
Start = Callable[..., bool]  # CheckinPage._start: one operation on the database worker, its outcome here


class SlipPrint:
    def __init__(self, printer: DeskPrinter, start: Start, say: Callable[[Outcome], None], prompts: Any) -> None:
        self._printer = printer
        self._start = start
        self._say = say
        self._prompts = prompts
        self._printed: set[int] = set()  # the visits whose slip this desk has printed: another is 补打
        self.last_preview: QWidget | None = None  # the preview opened last (tests look at it)

    @property
    def on_check_in(self) -> bool:
        return self._printer.on_check_in

    def print_visit(self, services: DeskServices, actor: Any, visit_id: int, resident_id: int, name: str) -> None:
        """Build the slip of ``visit_id`` and send it to the slip printer (see the module)."""
        documents = services.documents
        size = self._printer.size_for(KIND)
        reprint = visit_id in self._printed
        document = QCoreApplication.translate("SlipPrint", "{name}'s visit slip").format(name=name)

        def build() -> bytes:  # on the worker: ReportLab is loaded there, not on the GUI thread
            from frontdesk.printing.documents import render

            return render(KIND, documents.visit_slip(visit_id, actor=actor), size, reprint=reprint)

        def built(pdf: bytes) -> None:
            printing = QCoreApplication.translate("SlipPrint", "Printing {document}…")
            self._say(Outcome(Tone.HINT, printing.format(document=document)))
            self._printer.print_pdf(KIND, pdf, f"frontdesk-slip-{visit_id}", printed, lambda f: failed(pdf, f))

        def record(how: str) -> None:
            self._printed.add(visit_id)
            self._start(
                None,
                lambda: documents.record_print(AUDIT_KIND, [resident_id], actor=actor, reprint=reprint, size=size),
                lambda _none: self._say(Outcome(Tone.OK, how)),
            )

        def printed(sent: Sent) -> None:
            record(print_words.sent_text(document, sent))

        def failed(pdf: bytes, failure: PrintFailure) -> None:
            why = print_words.failure_text(failure)
            said = QCoreApplication.translate("SlipPrint", "{document} was not printed: {why}")
            self._say(Outcome(Tone.REFUSAL, said.format(document=document, why=why)))
            question = QCoreApplication.translate("SlipPrint", "{why}\n\nSave {document} as a PDF instead?")
            title = QCoreApplication.translate("SlipPrint", "Printing")
            action = QCoreApplication.translate("SlipPrint", "Save as PDF…")
            if self._prompts.confirm(title, question.format(why=why, document=document), action=action):
                save(pdf)

        def save(pdf: bytes) -> None:
            path = self._prompts.save_pdf_as(f"{name}-{visit_id}.pdf")
            if path is None:
                return
            saved = QCoreApplication.translate("SlipPrint", "{document} saved as {path}")
            unwritable = QCoreApplication.translate("SlipPrint", "{path} could not be written.")
            self._start(
                None,
                lambda: Path(path).write_bytes(pdf),
                lambda _size: record(saved.format(document=document, path=path)),
                trouble=lambda _problem: self._say(Outcome(Tone.REFUSAL, unwritable.format(path=path))),
            )

        self._start(None, build, built)

    def preview(
        self,
        services: DeskServices,
        actor: Any,
        kind: str,
        read: Callable[[], Any],
        *,
        title: str,
        parent: QWidget,
    ) -> None:
        """打印预览 of document ``kind`` built from what ``read`` returns (on the database worker), to print on any
        printer or save as a PDF; each print or save is in the 操作日志."""
        from frontdesk.printing.kinds import FACTS
        from frontdesk.ui.printing.desk_printer import ROLLS
        from frontdesk.ui.printing.preview import PreviewActions, PreviewDialog
        from frontdesk.ui.printing.send import Destination

        facts = FACTS[kind]
        documents = services.documents
        size = self._printer.size_for(kind)

        def build() -> tuple[bytes, list[int]]:  # on the worker: ReportLab is loaded there, not on the GUI thread
            from frontdesk.printing.documents import KINDS, render

            record = read()
            named = KINDS[kind].residents
            return render(kind, record, size), named(record) if named is not None else []

        def built(answer: tuple[bytes, list[int]]) -> None:
            pdf, residents = answer

            def record(how: str) -> None:
                self._start(
                    None,
                    lambda: documents.record_print(facts.audit_kind, residents, actor=actor, reprint=False, size=size),
                    lambda _none: self._say(Outcome(Tone.OK, how)),
                )

            def print_to(printer: str, copies: int) -> None:
                destination = Destination(printer, copies, thermal=size in ROLLS)
                self._printer.queue.print_pdf(
                    pdf,
                    destination,
                    f"frontdesk-{kind}",
                    lambda sent: record(print_words.sent_text(title, sent)),
                    lambda failure: self._say(Outcome(Tone.REFUSAL, print_words.failure_text(failure))),
                )

            def save_to(path: str) -> None:
                saved = QCoreApplication.translate("SlipPrint", "{document} saved as {path}")
                self._start(
                    None,
                    lambda: Path(path).write_bytes(pdf),
                    lambda _size: record(saved.format(document=title, path=path)),
                )

            dialog = PreviewDialog(
                pdf, title, file_name=f"{title}.pdf", actions=PreviewActions(print_to, save_to),
                chooser=self._prompts, parent=parent,
            )  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_preview = dialog
            dialog.open()

        self._start(None, build, built)
