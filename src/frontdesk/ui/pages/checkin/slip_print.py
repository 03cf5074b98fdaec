"""打印凭条: F9 prints the resident's slip for today's visit to this desk's slip printer, no dialog; a desk may print
one at every check-in. The slip is built on the database worker, sent on the print queue's own thread (a check-in
never waits for a printer), and recorded in the 操作日志 once the print system has it. A printer that fails is
said in words, and the slip can be saved as a PDF instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

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

    @property
    def on_check_in(self) -> bool:
        return self._printer.on_check_in

    def print_visit(self, services: DeskServices, actor: Any, visit_id: int, resident_id: int, name: str) -> None:
        """Build the slip of ``visit_id`` and send it to the slip printer (see the module)."""
        from frontdesk.printing.documents import render  # with the services: not at start-up

        documents = services.documents
        size = self._printer.size_for(KIND)
        reprint = visit_id in self._printed
        document = QCoreApplication.translate("SlipPrint", "{name}'s visit slip").format(name=name)

        def build() -> bytes:
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
