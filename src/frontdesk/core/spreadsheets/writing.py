"""Tables written as .xlsx and .csv that Excel and WPS open right, where no text is ever taken for a formula.

A cell whose text starts with ``= + - @``, a tab or a carriage return is what spreadsheet programs run as a formula
(CSV injection). In a workbook every text cell is typed as a string, so it stays exactly the text it was; a CSV
file has no types, so such a text gets a leading apostrophe, which Excel and WPS show as text and do not run.
CSV is UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads the file as GBK and shows 乱码.
Files are written whole or not at all (a temporary file beside the target, then renamed).
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

Cell = str | int | float | Decimal | date | datetime | time | bool | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_NAME_MAX = 31
_SHEET_NAME_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
SUFFIXES = (".xlsx", ".csv")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class SheetData:
    """One table: a sheet of a workbook, or a whole CSV file.

    ``heading`` is a line above the header (the report's name and period), ``notes`` lines below the rows (how a
    figure is counted); both are plain text rows in a CSV. ``widths`` are column widths in characters (a workbook
    only); ``None`` guesses them from the header and the first rows."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[Cell]]
    heading: str | None = None
    notes: tuple[str, ...] = ()
    widths: tuple[float, ...] | None = None


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet program would run this text as a formula if it were typed into a cell."""
    return text.startswith(FORMULA_STARTS)


def csv_text(value: Cell) -> str:
    """A cell as CSV text: dates in ISO form, booleans as 是/否, formula-like text behind an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date | time):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else value.isoformat()
    if isinstance(value, int | float | Decimal):
        return str(value)
    text = str(value)
    return "'" + text if is_formula_like(text) else text


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name for ``title``: at most 31 characters, none of ``[]:*?/\\``."""
    base = (title.translate(_SHEET_NAME_BAD).strip("' ") or "Sheet")[:SHEET_NAME_MAX]
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name, number = base[: SHEET_NAME_MAX - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name


def csv_bytes(sheet: SheetData) -> bytes:
    """The table as UTF-8-with-BOM CSV: the heading line, the header, the rows, the notes."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    if sheet.heading:
        writer.writerow([csv_text(sheet.heading)])
    writer.writerow([csv_text(h) for h in sheet.headers])
    for row in sheet.rows:
        writer.writerow([csv_text(v) for v in row])
    for note in sheet.notes:
        writer.writerow([csv_text(note)])
    return out.getvalue().encode("utf-8-sig")


def write_csv(sheet: SheetData, path: Path) -> Path:
    return _write_whole(path, lambda file: file.write(csv_bytes(sheet)))


def write_xlsx(sheets: Sequence[SheetData], path: Path) -> Path:
    """A workbook with one sheet per table, streamed (write-only), so a 100,000-row table needs little memory."""
    from openpyxl import Workbook

    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    book = Workbook(write_only=True)
    taken: set[str] = set()
    for data in sheets:
        _add_sheet(book, data, sheet_name(data.title, taken))
    return _write_whole(path, book.save)


def write_table(sheets: Sequence[SheetData], path: Path) -> Path:
    """By the file's suffix: every sheet into one .xlsx, or the first (and only) sheet as .csv."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(sheets, path)
    if suffix == ".csv":
        if len(sheets) != 1:
            raise ValueError("a CSV file holds one table")
        return write_csv(sheets[0], path)
    raise ValueError(f"not a spreadsheet suffix: {path.suffix!r}")


def _add_sheet(book, data: SheetData, name: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    for column, chars in enumerate(data.widths or _guess_widths(data), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = chars
    bold = Font(bold=True)

    def cell(value: Cell, *, font: Font | None = None):
        item = WriteOnlyCell(sheet, value=_xlsx_value(value))
        if isinstance(value, str):
            item.data_type = "s"  # openpyxl would take "=…" for a formula: typed as text it is only text
        elif isinstance(value, datetime):
            item.number_format = DATETIME_FORMAT
        elif isinstance(value, date):
            item.number_format = DATE_FORMAT
        elif isinstance(value, time):
            item.number_format = TIME_FORMAT
        if font is not None:
            item.font = font
        return item

    if data.heading:
        sheet.append([cell(data.heading, font=Font(bold=True, size=13))])
    header = [cell(h, font=bold) for h in data.headers]
    for item in header:
        item.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.append(header)
    for row in data.rows:
        sheet.append([_plain(v) if _is_plain(v) else cell(v) for v in row])
    for note in data.notes:
        sheet.append([cell(note)])
    if data.heading is None and data.rows:
        sheet.freeze_panes = "A2"


def _is_plain(value: Cell) -> bool:
    """A value openpyxl writes as it is, with nothing to type or format: a number, or a text that can be taken
    for neither a formula (``=``) nor an error value (``#N/A``). Most cells are, and skipping a cell object for
    them makes a large workbook several times quicker."""
    if isinstance(value, str):
        return not value.startswith(("=", "#"))
    return value is None or (isinstance(value, int | float | Decimal) and not isinstance(value, bool))


def _plain(value: Cell) -> Cell:
    return _printable(value) if isinstance(value, str) else value


def _xlsx_value(value: Cell) -> Cell:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        return _printable(value)
    return value


def _printable(text: str) -> str:
    """Control characters other than tab and line breaks are not allowed in a workbook's XML: dropped."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _guess_widths(data: SheetData) -> tuple[float, ...]:
    def chars(value: Cell) -> int:
        text = csv_text(value)
        return sum(2 if ord(c) > 0x2E7F else 1 for c in text)  # CJK characters take two columns

    widths = []
    for column, header in enumerate(data.headers):
        sample = [chars(row[column]) for row in data.rows[:200] if column < len(row)]
        widths.append(min(max([chars(header), *sample, 4]) + 2, 60))
    return tuple(widths)


def _write_whole(path: Path, write: Callable) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
