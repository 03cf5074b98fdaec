"""A corpus of messy rosters, written into a test's folder when it runs (no binary files committed).

Each builder writes one file the way centers' files come: title rows, merged two-level headers, dates as text, ID
numbers saved as numbers, GBK CSV, note and total rows, repeated rows — and the hostile ones (a zip bomb, billion
laughs, a password-protected workbook, a PDF or random bytes named .xlsx, a truncated file). The people are made up;
their ID numbers are valid (made with the ID rules) unless a test says otherwise.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

from frontdesk.core import idnumber

REGION = "140202"  # 大同市城区


def id_for(born: date, sequence: int) -> str:
    """A valid ID number (odd sequence: a man, even: a woman)."""
    return idnumber.make(REGION, born, sequence)


# People of the corpus: name, sex, birth date, ID number, phone.
WANG = ("王秀兰", "女", date(1945, 3, 12), id_for(date(1945, 3, 12), 2), "13812345678")
LI = ("李建国", "男", date(1950, 7, 1), id_for(date(1950, 7, 1), 11), "13923456789")
ZHAO = ("赵桂英", "女", date(1938, 11, 30), id_for(date(1938, 11, 30), 22), "15034567890")
SUN = ("孙德明", "男", date(1942, 1, 5), id_for(date(1942, 1, 5), 33), "13645678901")
ZHOU = ("周淑珍", "女", date(1947, 10, 9), id_for(date(1947, 10, 9), 44), "18756789012")


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], *, merges: Sequence[str] = (), title: str = "Sheet1"
) -> Path:
    """A workbook written by openpyxl (as Excel would save it), with merged ranges."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for merge in merges:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def simple_roster(folder: Path, name: str = "simple.xlsx") -> Path:
    """Header on row 1, three people, the plainest roster there is."""
    rows = [
        ("姓名", "性别", "出生日期", "身份证号", "联系电话", "社区"),
        (WANG[0], WANG[1], WANG[2].isoformat(), WANG[3], WANG[4], "局前社区"),
        (LI[0], LI[1], LI[2].isoformat(), LI[3], LI[4], "局前社区"),
        (ZHAO[0], ZHAO[1], ZHAO[2].isoformat(), ZHAO[3], ZHAO[4], "西马路社区"),
    ]
    return write_xlsx(folder / name, rows)


def titled_roster(folder: Path) -> Path:
    """Two title rows (one merged across), the header on row 3 with line breaks and * marks, dates as text in every
    spelling, a blank row, a repeated row, a note row merged across and a total row.

    Lines: 4 王 (1945.03 + ID: the ID's day), 5 李 (1950年7月1日), 6 blank, 7 赵 (19381130), 8 王 again (REPEAT of 4),
    9 孙 (1942/1/5, no ID), 10 周 (1947年10月, no ID: month only), 11 合计, 12 注：… merged, 13 the header again (a
    roster printed in pages), 14 a 序号 alone: 11–14 SKIPPED."""
    rows = [
        ("局前社区老年人花名册",),
        ("填表日期：2026年11月", None, None, None, "填表人：李娜"),
        ("序号", "*姓名", "性别", "出生\n年月", "身份证号码", "手机", "家庭住址", "独居"),
        (1, WANG[0], "女", "1945.03", WANG[3], WANG[4], "局前街12号", "是"),
        (2, LI[0], "男", "1950年7月1日", LI[3], LI[4], "局前街14号", "否"),
        (),
        (3, ZHAO[0], "女", "19381130", ZHAO[3], ZHAO[4], "局前街16号", "√"),
        (4, WANG[0], "女", "1945.03", WANG[3], WANG[4], "局前街12号", "是"),
        (5, SUN[0], "男", "1942/1/5", None, SUN[4], "局前街18号", None),
        (6, ZHOU[0], "女", "1947年10月", None, ZHOU[4], "局前街20号", "否"),
        ("合计", "5人"),
        ("注：本表由社区居委会填写，身份证号请核对。",),
        ("序号", "*姓名", "性别", "出生\n年月", "身份证号码", "手机", "家庭住址", "独居"),
        (7,),
    ]
    return write_xlsx(folder / "titled.xlsx", rows, merges=("A1:H1", "A12:H12"))


def two_level_roster(folder: Path) -> Path:
    """A header over two rows: 姓名…住址 merged down both, "紧急联系人" merged across 姓名 | 电话 | 关系."""
    rows = [
        ("姓名", "性别", "身份证号", "紧急联系人", None, None, "住址"),
        (None, None, None, "姓名", "电话", "关系", None),
        (WANG[0], "女", WANG[3], "张伟", "13700001111", "儿子", "局前街12号"),
        (LI[0], "男", LI[3], "李娜", "13700002222", "女儿", "局前街14号"),
    ]
    merges = ("A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2")
    return write_xlsx(folder / "two_level.xlsx", rows, merges=merges)


# -- workbooks written by hand, for cells openpyxl would not write as rosters have them ----------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
# Style 1 is a date format (14: m/d/yyyy): a number in such a cell is an Excel serial date.
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
)


class Serial(float):
    """A number in a date-formatted cell (an Excel serial date) in :func:`raw_xlsx`."""


class Raw(str):
    """A number exactly as a file's XML holds it (``3.40104E+17``) in :func:`raw_xlsx`."""


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_xml(rows: Sequence[Sequence[object]], *, before: str = "", merges: Sequence[str] = ()) -> str:
    """A worksheet's XML: text as inline strings, numbers as numbers (ints exactly), Serial in a date style."""
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        before,
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ]
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            ref = f"{_column(c)}{r}"
            if value is None:
                continue
            if isinstance(value, Serial):
                out.append(f'<c r="{ref}" s="1"><v>{float(value):g}</v></c>')
            elif isinstance(value, Raw):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif isinstance(value, int | float):
                out.append(f'<c r="{ref}"><v>{value!r}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">')
        out.extend(f'<mergeCell ref="{m}"/>' for m in merges)
        out.append("</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def raw_xlsx(path: Path, sheet: str, *, extra: dict[str, bytes] | None = None, deflate: bool = True) -> Path:
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def numeric_ids_roster(folder: Path) -> Path:
    """ID numbers saved as numbers: line 2 an exact 18-digit whole number (fine), line 3 a float that lost its last
    digits, line 4 scientific notation as Excel writes it, line 5 a serial birth date in a date cell and a phone
    saved as 13812345678.0."""
    rows = [
        ("姓名", "性别", "出生日期", "身份证号", "联系电话"),
        (WANG[0], "女", None, int(WANG[3]), int(WANG[4])),
        (LI[0], "男", None, float(int(LI[3])), LI[4]),
        (ZHAO[0], "女", None, Raw("3.40104E+17"), ZHAO[4]),
        (SUN[0], "男", Serial((SUN[2] - date(1899, 12, 30)).days), None, 13645678901.0),
    ]
    return raw_xlsx(folder / "numeric_ids.xlsx", sheet_xml(rows))


def text_dates_roster(folder: Path) -> Path:
    """出生年月 as text in every spelling, no ID numbers: which date each line gives is in TEXT_DATES."""
    rows = [("姓名", "出生年月")] + [(f"测试{chr(0x4E00 + i)}", text) for i, (text, _) in enumerate(TEXT_DATES)]
    return write_xlsx(folder / "text_dates.xlsx", rows)


TEXT_DATES: tuple[tuple[object, date | str], ...] = (
    ("1945.03.12", date(1945, 3, 12)),
    ("1945-03-12", date(1945, 3, 12)),
    ("1945/3/12", date(1945, 3, 12)),
    ("1945年3月12日", date(1945, 3, 12)),
    ("19450312", date(1945, 3, 12)),
    (19450312, date(1945, 3, 12)),
    ("1945-03-12 00:00:00", date(1945, 3, 12)),
    ("1945.03", date(1945, 3, 1)),  # month only: the 1st, and the notes say so
    ("1945年3月", date(1945, 3, 1)),
    (1945.03, date(1945, 3, 1)),
    ("194503", date(1945, 3, 1)),
    (1945.1, "date_unclear"),
    ("1945年13月", "date_format"),
    ("不详", "date_format"),
)


def bad_rows_roster(folder: Path) -> Path:
    """Line 2 a wrong check digit, line 3 no name, line 4 a bad phone, line 5 good."""
    broken_id = WANG[3][:-1] + ("0" if WANG[3][-1] != "0" else "1")
    rows = [
        ("姓名", "身份证号", "联系电话"),
        (WANG[0], broken_id, WANG[4]),
        (None, LI[3], LI[4]),
        (ZHAO[0], ZHAO[3], "1381234"),
        (SUN[0], SUN[3], SUN[4]),
    ]
    return write_xlsx(folder / "bad_rows.xlsx", rows)


def csv_roster(folder: Path, *, encoding: str, delimiter: str = ",", name: str | None = None) -> Path:
    """The simple roster as a CSV in ``encoding`` ("gbk", "utf-8-sig", "utf-8")."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["姓名", "性别", "出生日期", "身份证号", "联系电话", "社区"])
    for person in (WANG, LI, ZHAO):
        writer.writerow([person[0], person[1], person[2].isoformat(), person[3], person[4], "局前社区"])
    path = folder / (name or f"roster-{encoding}.csv")
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def generated_rows(count: int) -> list[tuple[object, ...]]:
    """``count`` distinct made-up people (up to 400,000) with valid ID numbers: the benchmark's and the batch tests'
    roster. Birth dates repeat every 840 rows; the ID's sequence and the name's second character tell them apart."""
    surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
    given = "秀兰建国桂英德明淑珍玉梅志强丽华文静海涛春生秋菊冬梅永福长青"
    rows = []
    for n in range(count):
        born = date(1930 + n % 40, 1 + n % 12, 1 + n % 28)
        block, male = n // 840, n % 2 == 1
        name = surnames[n % len(surnames)] + given[block % len(given)] + given[(block // len(given)) % len(given)]
        sequence = 2 * block + (1 if male else 2)
        phone = f"13{n % 10}{n:08d}"
        rows.append((n + 1, name, "男" if male else "女", born.isoformat(), id_for(born, sequence), phone, "局前社区"))
    return rows


def generated_roster(folder: Path, count: int, *, name: str = "generated.xlsx") -> Path:
    """A big roster written in streaming mode (the benchmark's 20,000 rows)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["序号", "姓名", "性别", "出生日期", "身份证号", "联系电话", "社区"])
    for row in generated_rows(count):
        sheet.append(list(row))
    path = folder / name
    book.save(path)
    return path


# -- hostile and broken files -------------------------------------------------------------------------------------


def zip_bomb(folder: Path, inflated_mb: int = 64) -> Path:
    """A workbook whose sheet inflates ``inflated_mb`` MB of one repeated byte from a few dozen KB."""
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(inflated_mb):
                member.write(block)
    return path


def billion_laughs(folder: Path) -> Path:
    """A workbook whose sheet declares nested entities (billion laughs)."""
    entities = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    entities += "]>"
    sheet = sheet_xml([("姓名",), ("&lol9;",)], before=entities).replace("&amp;lol9;", "&lol9;")
    return raw_xlsx(folder / "laughs.xlsx", sheet)


def encrypted_xlsx(folder: Path) -> Path:
    """What Excel saves for a workbook with a password: an OLE2 compound file holding EncryptionInfo and
    EncryptedPackage streams (a minimal one: the header, and the streams' names in the directory)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    directory = "Root Entry".encode("utf-16-le") + b"\x00" * 54
    directory += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
    directory += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 48
    data = header.ljust(512, b"\xff") + directory.ljust(512, b"\x00") + random.Random(1).randbytes(4096)
    path = folder / "password.xlsx"
    path.write_bytes(data)
    return path


def pdf_as_xlsx(folder: Path) -> Path:
    path = folder / "scan.xlsx"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return path


def png_as_xlsx(folder: Path) -> Path:
    path = folder / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(2000))
    return path


def random_bytes(folder: Path, name: str = "noise.xlsx") -> Path:
    path = folder / name
    path.write_bytes(random.Random(3).randbytes(8192))
    return path


def truncated_xlsx(folder: Path) -> Path:
    """A real workbook cut off half-way (a download that stopped)."""
    whole = simple_roster(folder, "whole.xlsx").read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def empty_file(folder: Path, name: str = "empty.xlsx") -> Path:
    path = folder / name
    path.write_bytes(b"")
    return path


def today_moment() -> datetime:
    return datetime(2026, 11, 28, 9, 0)
