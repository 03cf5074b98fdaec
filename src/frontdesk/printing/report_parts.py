"""What the monthly report and the partners' statements are made of: a table from a workbook sheet's rows (the same
rows the .xlsx holds, so paper and workbook agree), the counting notes, the signature lines.

Long tables break across pages with their header repeated; numbers are right-aligned, text wraps in its column.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from frontdesk.core.spreadsheets.writing import Cell, SheetData
from frontdesk.printing.layout import BLACK, RULE, Styles, escape, table_style

NUMBER_WEIGHT = 1.0  # a number column's share of the width against a text column's (the first text column: 2.6)
TEXT_WEIGHT = 1.8
FIRST_WEIGHT = 2.6


def cell_text(value: Cell) -> str:
    """A figure as printed, as a workbook shows it: a whole number as it is, a decimal with one place (none when
    it is whole), a day as 2026-11-08, nothing as —."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):  # 12.5; 12.0 as 12, as a workbook shows it
        return f"{value:.1f}".removesuffix(".0")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def sheet_table(sheet: SheetData, look: Styles, width: float, *, weights: Sequence[float] | None = None) -> Table:
    """The sheet's header and rows as a ruled table across ``width`` (header repeated on every page)."""
    texts = _text_columns(sheet)
    if weights is None:
        weights = [
            (FIRST_WEIGHT if i == min(texts, default=-1) else TEXT_WEIGHT) if i in texts else NUMBER_WEIGHT
            for i in range(len(sheet.headers))
        ]
    total = sum(weights)
    widths = [width * part / total for part in weights]
    head = [Paragraph(f"<b>{_header_text(h)}</b>", look.small_centered) for h in sheet.headers]
    rows: list[list[object]] = [head]
    for row in sheet.rows:
        rows.append([Paragraph(escape(cell_text(v)), look.small) if i in texts else cell_text(v)
                     for i, v in enumerate(row)])  # fmt: skip
    table = Table(rows, colWidths=widths, repeatRows=1)
    numbers = [i for i in range(len(sheet.headers)) if i not in texts]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), RULE, BLACK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (0, 1), (-1, -1), look.small.fontSize),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), RULE * 2, BLACK),
    ]  # fmt: skip
    commands += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numbers]
    table.setStyle(table_style(commands))
    return table


def notes(lines: Sequence[str], look: Styles) -> list[Flowable]:
    """How the figures above are counted, in small type under the table."""
    return [Paragraph("注：" + "；".join(escape(line) for line in lines) + "。", look.small)] if lines else []


def signature_lines(labels: Sequence[str], look: Styles, width: float, *, stamp: str | None = None) -> Flowable:
    """填报人 ______ 审核人 ______ 日期 ______ (and 单位（盖章） under them), kept together on one page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def label_width(label: str) -> float:
        return stringWidth(f"{label}：", look.body.fontName, look.body.fontSize) + 8  # the cell's padding

    blank = (width - sum(label_width(label) for label in labels)) / len(labels)
    row: list[object] = []
    widths: list[float] = []
    for label in labels:
        row += [Paragraph(f"{escape(label)}：", look.body), ""]
        widths += [label_width(label), blank]
    rows = [row]
    if stamp:
        rows.append([Paragraph(f"{escape(stamp)}：", look.body), *([""] * (len(row) - 1))])
    table = Table(rows, colWidths=widths, rowHeights=[12 * mm] * len(rows))
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    commands += [("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), RULE, BLACK) for i in range(len(labels))]
    if stamp:
        commands += [("SPAN", (0, 1), (1, 1))]
    table.setStyle(table_style(commands))
    return KeepTogether([Spacer(1, 8 * mm), table])


def _header_text(header: str) -> str:
    """出勤（人次） on two lines, the unit under the figure's name (a narrow column would break it anywhere)."""
    name, bracket, unit = escape(header).partition("（")
    return f"{name}<br/>{bracket}{unit}" if name and bracket else escape(header)


def _text_columns(sheet: SheetData) -> set[int]:
    """Columns holding text in any row (names, words); the others are figures."""
    return {i for row in sheet.rows for i, v in enumerate(row) if isinstance(v, str)} | (
        {0} if not sheet.rows else set()
    )
