"""Tables written for Excel and WPS: values read back, and no text ever stored as a formula."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from frontdesk.core.spreadsheets.writing import (
    FORMULA_STARTS,
    SheetData,
    csv_text,
    sheet_name,
    write_csv,
    write_table,
    write_xlsx,
)

DANGEROUS = ["=1+1", "+SUM(A1:A3)", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x")']


def _sheet() -> SheetData:
    rows = [(text, i, date(2026, 11, i + 1)) for i, text in enumerate(DANGEROUS)]
    rows.append(("王秀兰", -2, datetime(2026, 11, 30, 9, 30)))
    return SheetData("访客/明细", ("姓名", "次数", "日期"), rows, heading="2026年11月 月报", notes=("人次：签到次数",))


def test_workbook_keeps_formula_like_text_as_text(tmp_path) -> None:
    path = write_xlsx([_sheet()], tmp_path / "out.xlsx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    assert "<f " not in xml
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "访客_明细"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "2026年11月 月报"
    assert values[1] == ["姓名", "次数", "日期"]
    # XML reads a lone carriage return as a line feed; the text is otherwise exactly what was written
    assert [row[0] for row in values[2:9]] == [t.replace("\r", "\n") for t in DANGEROUS]
    assert all(sheet.cell(row=r, column=1).data_type == "s" for r in range(3, 10))
    assert values[9] == ["王秀兰", -2, datetime(2026, 11, 30, 9, 30)]
    assert values[10][0] == "人次：签到次数"


def test_csv_is_utf8_with_bom_and_formula_like_text_is_quoted(tmp_path) -> None:
    path = write_csv(_sheet(), tmp_path / "out.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "姓名,次数,日期" in text
    assert "'=1+1,0,2026-11-01" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[-2] == ["王秀兰", "-2", "2026-11-30 09:30"]
    assert [row[0] for row in rows[2:9]] == ["'" + t for t in DANGEROUS]
    assert all(not row[0].startswith(FORMULA_STARTS) for row in rows)  # numbers stay numbers: -2


@pytest.mark.parametrize("text", DANGEROUS)
def test_every_formula_start_is_neutralised_in_csv(text) -> None:
    assert csv_text(text) == "'" + text
    assert csv_text("王" + text) == "王" + text


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_name("访客:明细?", taken) == "访客_明细_"
    assert sheet_name("访客:明细?", taken) == "访客_明细_ (2)"
    assert len(sheet_name("x" * 40, taken)) == 31


def test_write_table_picks_by_suffix_and_refuses_others(tmp_path) -> None:
    assert write_table([_sheet()], tmp_path / "a.CSV").read_bytes().startswith(b"\xef\xbb\xbf")
    assert zipfile.is_zipfile(write_table([_sheet(), _sheet()], tmp_path / "a.xlsx"))
    with pytest.raises(ValueError, match="one table"):
        write_table([_sheet(), _sheet()], tmp_path / "b.csv")
    with pytest.raises(ValueError, match="suffix"):
        write_table([_sheet()], tmp_path / "b.xls")
    assert not list(tmp_path.glob(".writing-*"))


def test_error_value_text_stays_text_and_control_characters_are_dropped(tmp_path) -> None:
    sheet = SheetData("t", ("备注",), [("#N/A",), ("#DIV/0!",), ("王\x07秀兰",)])
    book = openpyxl.load_workbook(write_xlsx([sheet], tmp_path / "e.xlsx"))
    cells = [row[0] for row in book.active.iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["#N/A", "#DIV/0!", "王秀兰"]
    assert [c.data_type for c in cells[:3]] == ["s", "s", "s"]
