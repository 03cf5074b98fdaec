"""Any printed document from a page: built on the database worker (ReportLab never loads on the GUI thread), sent
on the print queue's own thread, previewed, saved as a PDF; each print or save written to the 操作日志.

A page hands over how to run work on the worker (``start``, with its own guard: an answer for the last person at
the desk never reaches the next) and how to say an outcome (``say``). The audit entry is
:meth:`DocumentService.record_print`, written once the print system has the document or the file is written —
except for the resident's own data, whose data function writes it as it reads (it holds the full ID number:
:meth:`~frontdesk.core.services.privacy.PrivacyService.export_resident` audits every one it hands out).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from frontdesk.ui.printing import words as print_words

if TYPE_CHECKING:
    from frontdesk.core.services.documents import DocumentService
    from frontdesk.ui.printing.desk_printer import DeskPrinter
    from frontdesk.ui.printing.send import PrintFailure, Sent

Start = Callable[..., Any]  # start(work, done, trouble=None): work on the database worker, done back here
Say = Callable[[bool, str], None]  # (it went well, what to say)


@dataclass(frozen=True)
class Built:
    """A document ready to go: its PDF, the residents it names (for the audit entry), the paper it is on."""

    pdf: bytes
    residents: list[int] | None  # None: its data function wrote the audit entry already
    size: str
    record: Any  # what it was built from (a page may say more of it: cards not printed for want of a number)


@dataclass(frozen=True)
class _Order:
    """One document asked for: whose service reads it, for whom, what it is called and how it is recorded."""

    documents: DocumentService | None  # None: a kind whose data function writes the audit entry
    actor: Any
    kind: str
    title: str
    file_name: str
    reprint: bool = False
    recorded: Callable[[], None] | None = None  # once it is in the 操作日志
    job: str = ""  # the print job's name (ASCII: a print system may make a file name of it)


class DocumentPrint:
    def __init__(self, printer: DeskPrinter, prompts: Any, start: Start, say: Say) -> None:
        self._printer = printer
        self._prompts = prompts
        self._start = start
        self._say = say
        self.last_preview: QWidget | None = None  # the preview opened last (tests look at it)

    def build(
        self, kind: str, read: Callable[[], Any], then: Callable[[Built], None], *, reprint: bool = False
    ) -> None:
        """``read()`` on the worker, laid out as ``kind`` on this desk's paper for it; ``then`` gets it here."""
        size = self._printer.size_for(kind)

        def build() -> Built:  # on the worker
            from frontdesk.printing.documents import KINDS, render

            record = read()
            named = KINDS[kind].residents
            return Built(render(kind, record, size, reprint=reprint), named(record) if named else None, size, record)

        self._start(build, then)

    def preview(
        self,
        documents: DocumentService | None,
        actor: Any,
        kind: str,
        read: Callable[[], Any],
        *,
        title: str,
        file_name: str,
        parent: QWidget,
        built: Callable[[Built], bool] | None = None,
    ) -> None:
        """打印预览 of ``kind`` built from ``read()``: printed on the desk's printer for it (or another, chosen in
        the system's print dialog), or saved as a PDF. ``built`` looks at the document first; False: no preview."""
        order = _Order(documents, actor, kind, title, file_name)

        def show(document: Built) -> None:
            if built is not None and not built(document):
                return
            from frontdesk.ui.printing.preview import PreviewActions, PreviewDialog

            actions = PreviewActions(
                lambda printer, copies: self._send(order, document, printer=printer, copies=copies),
                lambda path: self._save(order, document, path),
            )
            dialog = PreviewDialog(
                document.pdf, title, file_name=file_name, actions=actions, chooser=self._prompts,
                printer=self._printer.setup(kind).printer, parent=parent,
            )  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_preview = dialog
            dialog.open()

        self.build(kind, read, show)

    def print_now(
        self,
        documents: DocumentService,
        actor: Any,
        kind: str,
        read: Callable[[], Any],
        *,
        title: str,
        file_name: str,
        reprint: bool = False,
        recorded: Callable[[], None] | None = None,
        job: str = "",
    ) -> None:
        """Straight to the desk's printer for ``kind``, no dialog; a failure is said, and offers 另存为 PDF."""
        order = _Order(documents, actor, kind, title, file_name, reprint, recorded, job)

        def send(document: Built) -> None:
            self._say(True, QCoreApplication.translate("DocumentPrint", "Printing {document}…").format(document=title))
            self._send(order, document)

        self.build(kind, read, send, reprint=reprint)

    def save_pdf(
        self,
        documents: DocumentService | None,
        actor: Any,
        kind: str,
        read: Callable[[], Any],
        *,
        title: str,
        file_name: str,
    ) -> bool:
        """保存为PDF…: where to is asked first (``False``: the user cancelled), then ``kind`` is built from ``read()``
        on the worker and written there, and recorded as a print would be."""
        path = self._prompts.save_pdf_as(file_name)
        if path is None:
            return False
        order = _Order(documents, actor, kind, title, file_name)
        self.build(kind, read, lambda document: self._save(order, document, path))
        return True

    # -- the print queue, the file, the 操作日志 ------------------------------------------------------------------
    def _send(self, order: _Order, document: Built, *, printer: str | None = None, copies: int | None = None) -> None:
        def printed(sent: Sent) -> None:
            self._record(order, document, print_words.sent_text(order.title, sent))

        def failed(failure: PrintFailure) -> None:
            why = print_words.failure_text(failure)
            said = QCoreApplication.translate("DocumentPrint", "{document} was not printed: {why}")
            self._say(False, said.format(document=order.title, why=why))
            question = QCoreApplication.translate("DocumentPrint", "{why}\n\nSave {document} as a PDF instead?")
            title = QCoreApplication.translate("DocumentPrint", "Printing")
            action = QCoreApplication.translate("DocumentPrint", "Save as PDF…")
            if self._prompts.confirm(title, question.format(why=why, document=order.title), action=action):
                path = self._prompts.save_pdf_as(order.file_name)
                if path is not None:
                    self._save(order, document, path)

        self._printer.print_pdf(order.kind, document.pdf, order.job or f"frontdesk-{order.kind}", printed, failed,
                                printer=printer, copies=copies)  # fmt: skip

    def _save(self, order: _Order, document: Built, path: str) -> None:
        saved = QCoreApplication.translate("DocumentPrint", "{document} saved as {path}")
        saved = saved.format(document=order.title, path=path)
        unwritable = QCoreApplication.translate("DocumentPrint", "{path} could not be written.").format(path=path)

        def write() -> int | OSError:
            try:
                return Path(path).write_bytes(document.pdf)
            except OSError as exc:  # the folder, not the database: said in words
                return exc

        def written(outcome: int | OSError) -> None:
            if isinstance(outcome, OSError):
                self._say(False, unwritable)
            else:
                self._record(order, document, saved)

        # On the print queue's thread, not the database worker's: a network folder may keep it waiting, and a
        # file written says nothing about whether the database answers.
        self._printer.queue.ask(write, written)

    def _record(self, order: _Order, document: Built, how: str) -> None:
        from frontdesk.printing.kinds import FACTS

        def said(_none: object = None) -> None:
            if order.recorded is not None:
                order.recorded()
            self._say(True, how)

        if document.residents is None:  # its data function wrote the entry as it read
            said()
            return
        documents, actor, reprint = order.documents, order.actor, order.reprint
        assert documents is not None, f"{order.kind} names residents: record_print needs the DocumentService"
        audit_kind, residents, size = FACTS[order.kind].audit_kind, document.residents, document.size
        self._start(
            lambda: documents.record_print(audit_kind, residents, actor=actor, reprint=reprint, size=size), said
        )
