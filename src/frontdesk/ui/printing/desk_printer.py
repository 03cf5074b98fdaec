"""The desk's documents sent where 设置 → 打印 says: per kind of document its printer, paper and copies."""

from __future__ import annotations

from collections.abc import Callable

from frontdesk.ui.common.prefs import DeskPrefs, PrintSetup
from frontdesk.ui.printing.queue import PrintQueue
from frontdesk.ui.printing.send import Destination, PrintFailure, Sent

ROLLS = ("80mm", "58mm")  # thermal rolls: rendered 1-bit at 203 dpi where the desk rasterises


class DeskPrinter:
    def __init__(self, prefs: DeskPrefs, queue: PrintQueue) -> None:
        self._prefs = prefs
        self.queue = queue

    def read_fonts_ahead(self) -> None:
        """ReportLab reads the bundled font's two 10 MB files on the first document (~0.2 s): read them now, on the
        print queue's thread, so the first F9 of the day is as quick as the others."""
        from frontdesk.printing.fonts import register_fonts

        self.queue.ask(register_fonts, lambda _fonts: None)

    @property
    def on_check_in(self) -> bool:
        """This desk prints a visit slip at every check-in (设置 → 打印)."""
        return self._prefs.slip_on_check_in

    def set_on_check_in(self, on: bool) -> None:
        self._prefs.slip_on_check_in = on

    def setup(self, kind: str) -> PrintSetup:
        """What 设置 → 打印 says for ``kind``; a kind that follows another's printer (预约单: the visit slip's) has
        that one's until this desk chooses its own."""
        from frontdesk.printing.kinds import FACTS  # (no ReportLab: the facts alone)

        facts = FACTS.get(kind)
        if facts is not None and facts.printer_of is not None and not self._prefs.has_print_setup(kind):
            return self._prefs.print_setup(facts.printer_of)
        return self._prefs.print_setup(kind)

    def set_setup(self, kind: str, setup: PrintSetup) -> None:
        self._prefs.set_print_setup(kind, setup)

    def size_for(self, kind: str) -> str:
        """The paper this desk prints ``kind`` on: the chosen one if the kind comes in it, else the kind's first."""
        from frontdesk.printing.kinds import paper_for  # (no ReportLab: the facts alone)

        return paper_for(kind, self.setup(kind).size)

    def print_pdf(
        self,
        kind: str,
        pdf: bytes,
        title: str,
        done: Callable[[Sent], None],
        failed: Callable[[PrintFailure], None],
        *,
        printer: str | None = None,
        copies: int | None = None,
    ) -> None:
        """To the desk's printer for ``kind`` (or ``printer``, chosen in the print dialog), on its paper."""
        setup = self.setup(kind)
        thermal = self.size_for(kind) in ROLLS
        destination = Destination(
            setup.printer if printer is None else printer,
            copies or setup.copies,
            thermal,
            offset_mm=(setup.right_mm, setup.down_mm) if printer is None else (0.0, 0.0),  # this desk's printer's
        )
        self.queue.print_pdf(pdf, destination, title, done, failed)
