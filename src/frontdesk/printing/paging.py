"""Pages numbered 第 N 页 共 M 页 at their foot, with a line of who made the document when: a report of several
pages handed to the sub-district must show that none is missing.

The total is known only once the story is laid out, so the canvas keeps each page's drawing and writes the feet
when it is saved (ReportLab's two-pass canvas recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.fonts import register_fonts

FOOT_SIZE = 9  # points
FOOT_DROP = 10 * mm  # the foot's baseline above the paper's edge (inside A4's 20 mm margin)


def page_text(number: int, total: int) -> str:
    """第 2 页 共 5 页"""
    return f"第 {number} 页 共 {total} 页"


def numbered(foot: str = "") -> Callable[..., Canvas]:
    """A canvas maker for :func:`frontdesk.printing.layout.build_pdf`: each page's number and the total centred at
    its foot, ``foot`` (the made-at line) at its left."""
    regular, _ = register_fonts()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = regular  # as layout.canvas_maker: never an unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                self._foot(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _foot(self, number: int, total: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setFont(regular, FOOT_SIZE)
            self.drawCentredString(width / 2, FOOT_DROP, page_text(number, total))
            if foot:
                self.drawString(20 * mm, FOOT_DROP, foot)
            self.restoreState()

    return NumberedCanvas
