"""Rosters read from the files centers keep (.xlsx, .xls, .ods, .csv), as untrusted input.

Nothing here trusts the file. Before a parser sees it: its size is capped; a zip archive (.xlsx, .ods) is opened
with :mod:`zipfile` and refused when it would unpack too large, when a member is compressed suspiciously well (a zip
bomb), or has too many members; an XML member declaring a DTD or entities (billion laughs, external entities) is
refused outright. openpyxl then parses through defusedxml (installed, so ``openpyxl.xml.DEFUSEDXML`` is on) and reads
cached values only (``data_only``): no formula is ever evaluated. ``zipfile`` itself never inflates a member past
the size its directory declares, so the declared sizes checked here hold.

What the file *is* decides the reader, not its name: a zip with ``xl/workbook.xml`` is a workbook, one with the
OpenDocument mimetype an .ods; an OLE2 container is an old .xls or, named .xlsx, a password-protected workbook (Office
encrypts into an OLE2 container); anything else named like a workbook is not a spreadsheet. Every failure becomes an
:class:`~frontdesk.core.importing.plan.ImportFileError` with a code; an unexpected exception from a reader is logged
and said as ``broken``, never let through.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import math
import posixpath
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

from frontdesk.core.importing.plan import CellValue, ImportFileError, SheetTable

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024  # a roster of 100,000 people is a few MB
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # every member of an archive together, inflated
MAX_RATIO = 500  # inflated / compressed, per member (real sheets: 5–30; zeros or one repeated row: thousands)
RATIO_FLOOR = 1024 * 1024  # a member inflating to less than this is too small to be a bomb, whatever its ratio
MAX_MEMBERS = 2_000
MAX_ROWS = 100_000  # non-blank rows of the sheet read
MAX_COLUMNS = 256  # cells past this are not read (a roster has 20–40 columns), merges are clipped to it
XML_SNIFF_BYTES = 64 * 1024
SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")
CSV_DELIMITERS = (",", "\t", ";")

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_XML_MEMBER = (".xml", ".rels", ".vml")
_UNSAFE_XML = (b"<!doctype", b"<!entity")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3}\d+):([A-Za-z]{1,3}\d+)"')
_CELL = re.compile(r"([A-Za-z]{1,3})(\d+)")


def read_sheet(path: Path, *, sheet: str | None = None) -> SheetTable:
    """One sheet of ``path`` (the first, or the one named ``sheet``), every non-blank row with its line number.

    Raises :class:`ImportFileError` for anything that is not a readable spreadsheet; never any other exception."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFileError("unsupported_type", {"suffix": path.suffix})
    data = _read_bytes(path)
    try:
        with warnings.catch_warnings():  # a reader's remarks on odd files ("no default style") are not failures
            warnings.simplefilter("ignore")
            return _read(path.name, suffix, data, sheet)
    except ImportFileError:
        raise
    except Exception:  # a reader's own failure: a damaged file, said in words; the details go to the log
        log.exception("reading %s failed", path.name)
        raise ImportFileError("broken") from None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError("too_large", {"max_mb": MAX_FILE_BYTES // (1024 * 1024)})
        data = path.read_bytes()
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        raise ImportFileError("broken") from None
    if len(data) > MAX_FILE_BYTES:  # grew while it was read
        raise ImportFileError("too_large", {"max_mb": MAX_FILE_BYTES // (1024 * 1024)})
    if not data.strip():
        raise ImportFileError("empty")
    return data


def _read(name: str, suffix: str, data: bytes, sheet: str | None) -> SheetTable:
    fingerprint = hashlib.sha256(data).hexdigest()
    if data.startswith(_ZIP):
        archive = _open_archive(data)
        names = set(archive.namelist())
        if "xl/workbook.xml" in names:
            return _read_xlsx(name, archive, data, sheet, fingerprint)
        if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
            if _ods_encrypted(archive):
                raise ImportFileError("encrypted")
            return _read_calamine(name, data, sheet, fingerprint, ods=archive)
        raise ImportFileError("not_a_spreadsheet")
    if data.startswith(_OLE2):
        return _read_ole2(name, suffix, data, sheet, fingerprint)
    if data.startswith(b"PK"):  # a zip whose first member header is damaged
        raise ImportFileError("broken")
    if suffix == ".csv":
        return _read_csv(name, data, fingerprint)
    raise ImportFileError("not_a_spreadsheet")


# -- archives -------------------------------------------------------------------------------------------------------


def _open_archive(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise ImportFileError("broken") from None  # truncated: the central directory is gone
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ImportFileError("unpacks_too_large", {"max_mb": MAX_UNPACKED_BYTES // (1024 * 1024)})
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNPACKED_BYTES or (member.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise ImportFileError("unpacks_too_large", {"max_mb": MAX_UNPACKED_BYTES // (1024 * 1024)})
    for member in members:
        if member.filename.lower().endswith(_XML_MEMBER) and _declares_entities(archive, member):
            raise ImportFileError("unsafe_xml")
    return archive


def _declares_entities(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """A DTD or an entity declaration in the member's first bytes (they can only come before the root element)."""
    try:
        with archive.open(member) as handle:
            head = handle.read(XML_SNIFF_BYTES)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
        raise ImportFileError("broken") from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        head = head.replace(b"\x00", b"")  # UTF-16: the same markup with a zero byte between
    return any(marker in head.lower() for marker in _UNSAFE_XML)


def _ods_encrypted(archive: zipfile.ZipFile) -> bool:
    try:
        manifest = archive.read("META-INF/manifest.xml")
    except KeyError:
        return False
    return b"encryption-data" in manifest


# -- .xlsx ----------------------------------------------------------------------------------------------------------


def _read_xlsx(name: str, archive: zipfile.ZipFile, data: bytes, sheet: str | None, fingerprint: str) -> SheetTable:
    from openpyxl import load_workbook

    parts = _sheet_parts(archive)
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = tuple(book.sheetnames)
        chosen = _choose(sheets, sheet)
        worksheet = book[chosen]
        worksheet.reset_dimensions()  # files that under-declare their size would be cut short otherwise
        part = parts.get(chosen)
        merges = _merges(archive, part) if part is not None and part in archive.namelist() else []
        rows = _with_merges(worksheet.iter_rows(values_only=True), merges)
        cells, lines = _collect(rows)
    finally:
        book.close()
    return SheetTable(name, chosen, sheets, cells, lines, fingerprint=fingerprint)


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its part in the archive, from the workbook and its relationships (defusedxml: already checked
    for entities, parsed safely all the same)."""
    from defusedxml import ElementTree

    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    try:
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts: dict[str, str] = {}
    for element in book.iter():
        if element.tag.endswith("}sheet") or element.tag == "sheet":
            rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            target = targets.get(rid, "")
            if target:
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
                parts[element.get("name", "")] = path
    return parts


def _merges(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (first row, first column, last row, last column), 1-based, read from its
    ``<mergeCells>`` (read-only openpyxl does not keep them): a streaming scan, so a big sheet is not parsed twice."""
    found: list[tuple[int, int, int, int]] = []
    tail = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 20):
            text = tail + chunk
            end = 0
            for match in _MERGE.finditer(text):
                found.append(_range(match.group(1).decode(), match.group(2).decode()))
                end = match.end()
            tail = text[max(end, len(text) - 512) :]
    return found


def _range(first: str, last: str) -> tuple[int, int, int, int]:
    (r1, c1), (r2, c2) = _cell(first), _cell(last)
    return min(r1, r2), min(c1, c2), max(r1, r2), min(max(c1, c2), MAX_COLUMNS)


def _cell(ref: str) -> tuple[int, int]:
    match = _CELL.fullmatch(ref)
    assert match is not None
    column = 0
    for char in match.group(1).upper():
        column = column * 26 + ord(char) - 64
    return int(match.group(2)), column


def _with_merges(rows: Iterable[tuple], merges: list[tuple[int, int, int, int]]) -> Iterator[list[object]]:
    """The rows with each merged range's top-left value repeated across the range (as the user sees the sheet)."""
    if not merges:
        yield from (list(row[:MAX_COLUMNS]) for row in rows)
        return
    by_first_row: dict[int, list[tuple[int, int, int, int]]] = {}
    for merge in merges:
        by_first_row.setdefault(merge[0], []).append(merge)
    active: list[tuple[tuple[int, int, int, int], object]] = []  # (range, top-left value) still running
    for number, row in enumerate(rows, start=1):
        cells = list(row[:MAX_COLUMNS])
        for merge in by_first_row.get(number, ()):
            value = cells[merge[1] - 1] if merge[1] - 1 < len(cells) else None
            if value is not None:
                active.append((merge, value))
        active = [(m, v) for m, v in active if m[2] >= number]
        for (_, first_col, _, last_col), value in active:
            if len(cells) < last_col:
                cells.extend([None] * (last_col - len(cells)))
            cells[first_col - 1 : last_col] = [value] * (last_col - first_col + 1)
        yield cells


# -- .xls and .ods ----------------------------------------------------------------------------------------------------


def _read_ole2(name: str, suffix: str, data: bytes, sheet: str | None, fingerprint: str) -> SheetTable:
    """An OLE2 container: an old .xls, or a password-protected workbook (Office encrypts into one)."""
    encrypted = "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data
    if suffix == ".xlsx" and encrypted:
        raise ImportFileError("encrypted")
    if suffix == ".csv":
        raise ImportFileError("not_a_spreadsheet")
    try:
        return _read_calamine(name, data, sheet, fingerprint)
    except ImportFileError as error:
        if suffix == ".xlsx" and error.code == "broken":  # no workbook inside the container: an encrypted one
            raise ImportFileError("encrypted") from None
        raise


def _read_calamine(
    name: str, data: bytes, sheet: str | None, fingerprint: str, *, ods: zipfile.ZipFile | None = None
) -> SheetTable:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise ImportFileError("encrypted") from None
    except Exception as exc:
        log.warning("the spreadsheet reader refused %s: %s", name, exc)
        raise ImportFileError("encrypted" if "password" in str(exc).lower() else "broken") from None
    try:
        sheets = tuple(book.sheet_names)
        chosen = _choose(sheets, sheet)
        worksheet = book.get_sheet_by_name(chosen)
        rows = worksheet.to_python(skip_empty_area=False)  # from A1, so the line numbers are the sheet's
        merges = [
            (r1 + 1, c1 + 1, r2 + 1, min(c2 + 1, MAX_COLUMNS))
            for (r1, c1), (r2, c2) in (worksheet.merged_cell_ranges or ())
        ]
        if ods is not None and not merges:  # the reader gives an .ods no merged ranges: read from its content
            merges = _ods_merges(ods, chosen)
        cells, lines = _collect(_with_merges((tuple(None if v == "" else v for v in r) for r in rows), merges))
    finally:
        book.close()
    return SheetTable(name, chosen, sheets, cells, lines, fingerprint=fingerprint)


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _ods_merges(archive: zipfile.ZipFile, sheet: str) -> list[tuple[int, int, int, int]]:
    """An .ods sheet's merged ranges (cells spanning columns or rows), 1-based like :func:`_merges`, from a streaming
    parse of ``content.xml`` (defusedxml; its entities were refused before)."""
    from defusedxml.ElementTree import iterparse

    table, cell, covered = f"{_ODS_TABLE}table", f"{_ODS_TABLE}table-cell", f"{_ODS_TABLE}covered-table-cell"
    row_tag = f"{_ODS_TABLE}table-row"
    found: list[tuple[int, int, int, int]] = []
    inside, row, column = False, 0, 0
    with archive.open("content.xml") as handle:
        for event, element in iterparse(handle, events=("start", "end")):
            tag = element.tag
            if tag == table:
                inside = event == "start" and element.get(f"{_ODS_TABLE}name") == sheet
                if event == "end" and found:
                    break
            elif not inside:
                pass
            elif tag == row_tag and event == "start":
                column = 0
            elif tag == row_tag:
                row += int(element.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
            elif tag in (cell, covered) and event == "start":
                across = int(element.get(f"{_ODS_TABLE}number-columns-spanned", "1"))
                down = int(element.get(f"{_ODS_TABLE}number-rows-spanned", "1"))
                if tag == cell and (across > 1 or down > 1) and column < MAX_COLUMNS:
                    found.append((row + 1, column + 1, row + down, min(column + across, MAX_COLUMNS)))
                column += int(element.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
            if event == "end":
                element.clear()
    return found


# -- .csv -------------------------------------------------------------------------------------------------------------


def _read_csv(name: str, data: bytes, fingerprint: str) -> SheetTable:
    text, encoding = _decode(data)
    if "\x00" in text:
        raise ImportFileError("not_a_spreadsheet")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        cells, lines = _collect(reader)
    except csv.Error:
        raise ImportFileError("broken") from None
    return SheetTable(name, "", (), cells, lines, encoding=encoding, fingerprint=fingerprint)


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one (Excel's "Unicode text"), else GB18030 (which
    contains GBK and GB2312: what Excel and WPS on a Chinese Windows save as "CSV")."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ImportFileError("unknown_encoding") from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise ImportFileError("unknown_encoding") from None


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns most consistently."""
    sample = text[: 64 * 1024].splitlines()[:30]
    best, best_score = ",", (0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter) if any(c.strip() for c in row)]
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        common = max(set(wide), key=wide.count)
        score = (wide.count(common), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# -- shared -----------------------------------------------------------------------------------------------------------


def _choose(sheets: tuple[str, ...], sheet: str | None) -> str:
    if not sheets:
        raise ImportFileError("empty")
    if sheet is None:
        return sheets[0]
    if sheet not in sheets:
        raise ImportFileError("no_sheet", {"sheet": sheet})
    return sheet


def _collect(rows: Iterable[Iterable[object]]) -> tuple[tuple[tuple[CellValue, ...], ...], tuple[int, ...]]:
    """Non-blank rows (trailing empty cells dropped) and their line numbers; too many rows is refused."""
    cells: list[tuple[CellValue, ...]] = []
    lines: list[int] = []
    for number, row in enumerate(rows, start=1):
        values = [_value(v) for v in list(row)[:MAX_COLUMNS]]
        while values and values[-1] is None:
            values.pop()
        if not values:
            continue
        if len(cells) >= MAX_ROWS:
            raise ImportFileError("too_many_rows", {"max": MAX_ROWS})
        cells.append(tuple(values))
        lines.append(number)
    if not cells:
        raise ImportFileError("empty")
    return tuple(cells), tuple(lines)


def _value(value: object) -> CellValue:
    """A cell as the readers give it, in the plain types of :data:`CellValue`: blank text is no value."""
    if value is None or isinstance(value, bool | int | float | datetime | date):
        if isinstance(value, float) and math.isnan(value):
            return None
        return value  # type: ignore[return-value]
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
