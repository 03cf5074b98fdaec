"""Reading rosters as untrusted files, finding their header and columns, and reading their cells (no database)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl.xml
import pytest

import rosters
from frontdesk.core.importing import values
from frontdesk.core.importing.columns import FIELD_SPELLINGS, detect_mapping, field_for
from frontdesk.core.importing.plan import IMPORT_FIELDS, ImportFileError, SheetTable
from frontdesk.core.spreadsheets import reading
from frontdesk.core.spreadsheets.reading import read_sheet

FIXTURES = Path(__file__).parent / "fixtures" / "rosters"


def _refused(path: Path, **kwargs) -> ImportFileError:
    with pytest.raises(ImportFileError) as refused:
        read_sheet(path, **kwargs)
    return refused.value


# -- hostile and broken files -------------------------------------------------------------------------------------


def test_openpyxl_parses_through_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


@pytest.mark.parametrize(
    ("builder", "code"),
    [
        (rosters.zip_bomb, "unpacks_too_large"),
        (rosters.billion_laughs, "unsafe_xml"),
        (rosters.encrypted_xlsx, "encrypted"),
        (rosters.pdf_as_xlsx, "not_a_spreadsheet"),
        (rosters.png_as_xlsx, "not_a_spreadsheet"),
        (rosters.random_bytes, "not_a_spreadsheet"),
        (lambda folder: rosters.random_bytes(folder, "noise.xls"), "not_a_spreadsheet"),
        (lambda folder: rosters.random_bytes(folder, "noise.ods"), "not_a_spreadsheet"),
        (rosters.truncated_xlsx, "broken"),
        (rosters.empty_file, "empty"),
        (lambda folder: rosters.empty_file(folder, "empty.csv"), "empty"),
    ],
    ids=[
        "zip-bomb",
        "billion-laughs",
        "password",
        "pdf",
        "png",
        "random",
        "random-xls",
        "random-ods",
        "truncated",
        "empty",
        "empty-csv",
    ],
)
def test_files_that_are_no_roster_get_a_code_never_an_exception(tmp_path: Path, builder, code: str) -> None:
    assert _refused(builder(tmp_path)).code == code


def test_a_bomb_by_total_size_and_by_member_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = rosters.simple_roster(tmp_path)
    monkeypatch.setattr(reading, "MAX_UNPACKED_BYTES", 2_000)
    assert _refused(path).code == "unpacks_too_large"
    monkeypatch.setattr(reading, "MAX_UNPACKED_BYTES", 400 * 1024 * 1024)
    monkeypatch.setattr(reading, "MAX_MEMBERS", 3)
    assert _refused(path).code == "unpacks_too_large"


def test_external_entities_are_refused_too(tmp_path: Path) -> None:
    doctype = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    sheet = rosters.sheet_xml([("姓名",), ("王秀兰",)], before=doctype)
    assert _refused(rosters.raw_xlsx(tmp_path / "xxe.xlsx", sheet)).code == "unsafe_xml"


def test_size_and_row_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = rosters.simple_roster(tmp_path)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1_000)
    assert (_refused(path).code, _refused(path).params) == ("too_large", {"max_mb": 0})
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 50 * 1024 * 1024)
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    assert (_refused(path).code, _refused(path).params) == ("too_many_rows", {"max": 3})


def test_other_refusals(tmp_path: Path) -> None:
    text = tmp_path / "roster.txt"
    text.write_text("姓名\n王秀兰\n", encoding="utf-8")
    assert _refused(text).code == "unsupported_type"
    assert _refused(rosters.simple_roster(tmp_path), sheet="二月").code == "no_sheet"
    undecodable = tmp_path / "bytes.csv"
    undecodable.write_bytes(b"\xff\xfa\xfb,\x80\n")
    assert _refused(undecodable).code == "unknown_encoding"
    other_zip = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo1.jpg", b"\xff\xd8\xff" + b"0" * 100)
    assert _refused(other_zip).code == "not_a_spreadsheet"


def test_an_encrypted_ods_is_said_so(tmp_path: Path) -> None:
    path = tmp_path / "locked.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
            "</manifest:file-entry></manifest:manifest>",
        )
        archive.writestr("content.xml", b"\x8f\x12encrypted")
    assert _refused(path).code == "encrypted"


def test_formulas_are_never_evaluated_only_their_saved_values_read(tmp_path: Path) -> None:
    sheet = rosters.sheet_xml([("姓名", "备注"), ("王秀兰", '=HYPERLINK("http://x")')]).replace(
        '<c r="A2" t="inlineStr"><is><t>王秀兰</t></is></c>',
        '<c r="A2" t="str"><f>CONCATENATE("王","秀兰")</f><v>王秀兰</v></c><c r="C2"><f>1+1</f></c>',
    )
    table = read_sheet(rosters.raw_xlsx(tmp_path / "formulas.xlsx", sheet))
    assert table.rows[1] == ("王秀兰", '=HYPERLINK("http://x")')  # the cached value; an uncached formula is nothing


# -- what is read --------------------------------------------------------------------------------------------------


def test_blank_rows_are_dropped_and_the_line_numbers_stay_true(tmp_path: Path) -> None:
    table = read_sheet(rosters.titled_roster(tmp_path))
    assert table.lines == (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14)
    assert table.rows[5][1] == "赵桂英"
    assert (table.sheet, table.sheets, table.encoding) == ("Sheet1", ("Sheet1",), None)
    assert len(table.fingerprint) == 64


def test_merged_cells_repeat_their_value_across_the_merge(tmp_path: Path) -> None:
    table = read_sheet(rosters.two_level_roster(tmp_path))
    assert table.rows[0] == ("姓名", "性别", "身份证号", "紧急联系人", "紧急联系人", "紧急联系人", "住址")
    assert table.rows[1] == ("姓名", "性别", "身份证号", "姓名", "电话", "关系", "住址")


def test_numbers_stay_numbers_and_date_cells_are_dates(tmp_path: Path) -> None:
    table = read_sheet(rosters.numeric_ids_roster(tmp_path))
    assert table.rows[1][3] == int(rosters.WANG[3])  # exactly, all 18 digits
    assert isinstance(table.rows[2][3], float)
    assert table.rows[4][2].date() == date(1942, 1, 5)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "said"),
    [
        ("gbk", ",", "gb18030"),
        ("gb18030", ";", "gb18030"),
        ("utf-8-sig", ",", "utf-8"),
        ("utf-8", "\t", "utf-8"),
        ("utf-16", "\t", "utf-16"),
    ],
)
def test_csv_in_the_encodings_and_delimiters_centers_save(tmp_path: Path, encoding, delimiter, said) -> None:
    table = read_sheet(rosters.csv_roster(tmp_path, encoding=encoding, delimiter=delimiter))
    assert table.encoding == said
    assert table.rows[0] == ("姓名", "性别", "出生日期", "身份证号", "联系电话", "社区")
    assert table.rows[1] == ("王秀兰", "女", "1945-03-12", rosters.WANG[3], "13812345678", "局前社区")
    assert (table.sheet, table.lines) == ("", (1, 2, 3, 4))


def test_xls_and_ods_through_calamine() -> None:
    for name in ("roster.xls", "roster.ods"):
        table = read_sheet(FIXTURES / name)
        assert table.sheet == "花名册", name
        assert table.rows[2][1:5] == ("王秀兰", "女", date(1945, 3, 12), rosters.WANG[3]), name
        assert table.rows[2][5] == 13812345678, name
        assert table.rows[3][3] == "1950.07", name
        assert detect_mapping(table).header_rows == (1,), name
        assert table.rows[0] == ("局前社区老年人花名册",) * 6, name  # merged across
    xls = read_sheet(FIXTURES / "roster.xls")
    assert xls.sheets == ("花名册", "说明")
    assert read_sheet(FIXTURES / "roster.xls", sheet="说明").rows == (("本表由社区填写",),)


def test_the_fixtures_stay_small() -> None:
    for name in ("roster.xls", "roster.ods"):
        assert (FIXTURES / name).stat().st_size < 20_000


# -- the header and the columns --------------------------------------------------------------------------------------


def test_every_spelling_names_its_field() -> None:
    assert set(FIELD_SPELLINGS) == set(IMPORT_FIELDS)
    for field, spellings in FIELD_SPELLINGS.items():
        for spelling in spellings:
            assert field_for(spelling) == field, spelling


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("＊姓名", "name"),
        ("姓 名", "name"),
        ("*姓名*", "name"),
        ("出生\n年月", "birth_date"),
        ("出生日期（年月日）", "birth_date"),
        ("身份证号码(18位)", "id_number"),
        ("公民身份号码", "id_number"),
        ("联系电话：", "phone"),
        ("Name", "name"),
        ("Date of birth", "birth_date"),
        ("紧急联系人 电话", "emergency_phone"),
        ("基本信息 性别", "gender"),
        ("家庭住址", "address_detail"),
        ("小区", "community"),
        ("楼栋", "building"),
        ("门牌号", "room"),
        ("与本人关系", "emergency_relation"),
        ("自理能力", "disability"),
        ("过敏史", "allergies"),
        ("服务卡号", "card_number"),
        ("照片", None),
        ("", None),
    ],
)
def test_header_spellings(header: str, field: str | None) -> None:
    assert field_for(header) == field


def test_serial_numbers_and_unknown_columns_map_to_nothing() -> None:
    table = SheetTable("x.csv", "", (), (("序号", "姓名", "照片", "手机", "座机"), (1, "王秀兰", "", "1", "2")), (1, 2))
    mapping = detect_mapping(table)
    assert mapping.fields == (None, "name", None, "phone", "phone2")


def test_a_second_phone_column_and_a_phone_after_the_contact() -> None:
    header = ("姓名", "电话", "手机", "联系人", "联系电话")
    table = SheetTable("x.csv", "", (), (header,), (1,))
    assert detect_mapping(table).fields == ("name", "phone", "phone2", "emergency_name", "emergency_phone")


def test_the_header_is_found_below_title_rows_within_the_first_rows() -> None:
    title = [("某某社区居民花名册",), ("填表日期：2026年11月",)]
    header = ("序号", "姓名", "性别", "身份证号")
    data = [(1, "王秀兰", "女", rosters.WANG[3])]
    rows = (*title, header, *data)
    mapping = detect_mapping(SheetTable("x.csv", "", (), rows, tuple(range(1, len(rows) + 1))))
    assert (mapping.header_rows, mapping.first_data_row) == ((2,), 3)
    assert mapping.headers == header


# -- cells as values ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "expected"), rosters.TEXT_DATES, ids=[repr(c) for c, _ in rosters.TEXT_DATES])
def test_birth_dates_in_every_spelling(cell: object, expected: date | str) -> None:
    if isinstance(expected, str):
        with pytest.raises(ValueError, match=expected):
            values.birth_date(cell)
        return
    birth = values.birth_date(cell)
    assert birth is not None
    assert birth.value == expected
    assert birth.month_only == (expected.day == 1)


def test_excel_serials_as_plain_numbers() -> None:
    assert values.birth_date(16_508).value == date(1945, 3, 12)  # a serial in a cell that lost its date format
    assert values.birth_date(16_508.0).value == date(1945, 3, 12)
    with pytest.raises(ValueError, match="date_format"):
        values.birth_date(1945)  # a year alone is no date


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (140202194503120024, "140202194503120024"),
        ("140202194503120024", "140202194503120024"),
        ("140202194503120024.0", "140202194503120024"),
        (140202450312002.0, "140202450312002"),
        ("'140202194503120024", "140202194503120024"),
        (None, ""),
    ],
)
def test_id_numbers_kept_whole(cell: object, expected: str) -> None:
    assert values.id_number_text(cell) == expected


@pytest.mark.parametrize("cell", [1.4020219450312003e17, "3.40104E+17", "1.40202E17", 3.5e17])
def test_id_numbers_that_lost_their_digits(cell: object) -> None:
    with pytest.raises(ValueError, match="id_lost_digits"):
        values.id_number_text(cell)


def test_phones_yes_no_gender_disability_and_aids() -> None:
    assert values.phone_text(13812345678.0) == values.phone_text("13812345678.0") == "13812345678"
    assert [values.yes_no(v, "lives_alone") for v in ("是", "√", "✓", "有", "Y", 1, "独居", True)] == [True] * 8
    assert [values.yes_no(v, "lives_alone") for v in ("否", "无", "N", 0, "", None, "×")] == [False] * 7
    with pytest.raises(ValueError, match="invalid_choice"):
        values.yes_no("也许", "low_income")
    assert [values.gender(v) for v in ("男", "女", "M", "f", None)] == ["M", "F", "M", "F", "U"]
    assert [values.disability(v) for v in ("失能", "半失能", "自理", "是", "", None)] == [
        "full", "semi", "none", "full", "none", "none",
    ]  # fmt: skip
    assert [values.mobility_aid(v) for v in ("拐杖", "助行器", "轮椅", "无", None)] == [
        "cane", "walker", "wheelchair", "none", "none",
    ]  # fmt: skip
    assert values.cell_text(1.4020219450312003e17) == "1.4020219450312E+17"
    assert values.cell_text(3.0) == "3"
