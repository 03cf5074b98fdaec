"""导出: the residents' register as a spreadsheet — masked by default, full numbers only for a manager with a reason,
health data only when asked by someone who may see it, every export in the audit log; formula-like text stays text."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from actors import TEST_ACTOR
from frontdesk.core.access import Actor
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import ArchiveReason, AuditEntry, Role
from frontdesk.core.services.exports import ExportService
from frontdesk.core.services.registry import Flag, RegistryFilter
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.spreadsheets.writing import write_table
from frontdesk.core.validation import ResidentInput

NOW = datetime(2026, 11, 28, 9, 0)
LI_ID = "110105195501010019"  # born 1955-01-01, male (a valid check digit)
LI_PHONE = "13912345678"
FRONT_DESK = Actor(0, "李娜", Role.FRONT_DESK)
CARE = Actor(0, "赵护士", Role.CARE)
MANAGER = Actor(0, "张主任", Role.MANAGER)
EVERYONE = RegistryFilter()


@pytest.fixture
def exports(any_db: Database) -> ExportService:
    residents = ResidentService(any_db, lambda: NOW)
    people = [
        ResidentInput(name="王秀兰", gender="F", birth_date=date(1945, 3, 12), community="局前社区", lives_alone=True,
                      building="3", unit="2", room="401", notes="=HYPERLINK(\"http://evil\",\"点我\")",
                      allergies="青霉素", card_number="000123"),
        ResidentInput(name="李建国", gender="M", id_number=LI_ID, phone=LI_PHONE, community="局前社区",
                      low_income=True, emergency_name="李强", emergency_relation="儿子", emergency_phone="13800001111",
                      address_detail="+1 楼下小卖部旁", chronic_conditions="高血压"),
        ResidentInput(name="张桂英", birth_date=date(1946, 11, 28), community="西马路社区", disability="semi",
                      notes="@所有人 -记得复查"),
    ]  # fmt: skip
    for person in people:
        residents.create(person, actor=TEST_ACTOR)
    gone = residents.create(ResidentInput(name="周玉兰", community="局前社区"), actor=TEST_ACTOR)
    residents.archive(gone, ArchiveReason.MOVED, actor=TEST_ACTOR)
    return ExportService(any_db, lambda: NOW)


def column(sheet, header: str) -> list:
    where = sheet.headers.index(header)
    return [row[where] for row in sheet.rows]


def export_entries(db: Database, action: str = "export.residents") -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def test_masked_by_default_the_way_the_desk_shows_them(exports, any_db) -> None:
    sheet = exports.residents(EVERYONE, actor=FRONT_DESK)
    assert sheet.title == "居民档案"
    assert column(sheet, "姓名") == ["李建国", "王秀兰", "张桂英"]  # pinyin order, the archived one left out
    li = dict(zip(sheet.headers, sheet.rows[0], strict=True))
    assert li["身份证号"] == "1101**********0019"
    assert li["手机"] == "139****5678"
    assert li["紧急联系电话"] == "138****1111"
    assert LI_ID not in repr(sheet.rows)
    assert LI_PHONE not in repr(sheet.rows)
    assert (li["性别"], li["年龄"], li["低保"], li["紧急联系人"], li["关系"]) == ("男", 71, True, "李强", "儿子")
    wang = dict(zip(sheet.headers, sheet.rows[1], strict=True))
    assert (wang["出生日期"], wang["年龄"], wang["独居"], wang["楼"], wang["单元"], wang["室"]) == (
        date(1945, 3, 12), 81, True, "3", "2", "401"
    )  # fmt: skip
    assert wang["服务卡号"] == "000123"  # digits stay text: the leading zeros are the card's
    assert wang["建档日期"] == NOW.date()
    assert column(sheet, "失能情况") == ["", "", "半失能"]
    assert not {"慢性病", "过敏"} & set(sheet.headers)  # no health data unless asked
    [entry] = export_entries(any_db)
    assert entry.details == {
        "filter": {"community": None, "situations": [], "archived": False},
        "rows": 3,
        "full_ids": False,
        "health": False,
    }
    assert "李建国" not in str(entry.details)  # the filter and the count, never a person's values


def test_full_numbers_for_a_manager_who_says_why(exports, any_db) -> None:
    sheet = exports.residents(EVERYONE, actor=MANAGER, full_ids=True, reason="  民政局 高龄补贴  核对 ")
    li = dict(zip(sheet.headers, sheet.rows[0], strict=True))
    assert (li["身份证号"], li["手机"], li["紧急联系电话"]) == (LI_ID, LI_PHONE, "13800001111")
    [entry] = export_entries(any_db)
    assert entry.details["full_ids"] is True
    assert entry.details["reason"] == "民政局 高龄补贴 核对"


@pytest.mark.parametrize(
    ("actor", "reason", "code"),
    [
        (FRONT_DESK, "民政局核对", "full_export_not_allowed"),
        (CARE, "民政局核对", "full_export_not_allowed"),
        (MANAGER, "", "export_reason_required"),
        (MANAGER, " \t\n", "export_reason_required"),
        (MANAGER, "因" * 201, "export_reason_too_long"),
    ],
)
def test_full_numbers_refused_without_the_permission_or_a_reason(exports, any_db, actor, reason, code) -> None:
    with pytest.raises(RuleViolation) as refused:
        exports.residents(EVERYONE, actor=actor, full_ids=True, reason=reason)
    assert refused.value.code == code
    assert export_entries(any_db) == []  # refused before anything was read or recorded


def test_health_data_only_for_those_who_may_see_it(exports, any_db) -> None:
    with pytest.raises(RuleViolation) as refused:
        exports.residents(EVERYONE, actor=FRONT_DESK, health=True)
    assert refused.value.code == "health_not_allowed"
    sheet = exports.residents(EVERYONE, actor=CARE, health=True)
    assert column(sheet, "慢性病") == ["高血压", "", ""]
    assert column(sheet, "过敏") == ["", "青霉素", ""]
    assert export_entries(any_db)[-1].details["health"] is True


def test_the_filter_chooses_the_rows_and_is_recorded(exports, any_db) -> None:
    sheet = exports.residents(
        RegistryFilter(community="局前社区", flags=frozenset({Flag.LIVES_ALONE})), actor=FRONT_DESK
    )
    assert column(sheet, "姓名") == ["王秀兰"]
    archived = exports.residents(RegistryFilter(archived=True), actor=FRONT_DESK)
    assert column(archived, "姓名") == ["周玉兰"]
    assert column(archived, "归档原因") == ["迁出"]
    assert column(archived, "归档日期") == [NOW.date()]
    first, second = export_entries(any_db)
    assert first.details["filter"] == {"community": "局前社区", "situations": ["lives_alone"], "archived": False}
    assert (first.details["rows"], second.details["rows"], second.details["filter"]["archived"]) == (1, 1, True)


def test_formula_like_text_stays_text_in_a_workbook(exports, tmp_path: Path) -> None:
    path = write_table([exports.residents(EVERYONE, actor=FRONT_DESK)], tmp_path / "居民.xlsx")
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    notes = header.index("备注") + 1
    wang = sheet.cell(row=3, column=notes)
    assert wang.value == '=HYPERLINK("http://evil","点我")'
    assert wang.data_type == "s"
    assert sheet.cell(row=4, column=notes).value == "@所有人 -记得复查"
    assert sheet.cell(row=2, column=header.index("详细地址") + 1).value == "+1 楼下小卖部旁"
    assert sheet.cell(row=3, column=header.index("出生日期") + 1).value == datetime(1945, 3, 12)  # a real date
    assert sheet.cell(row=3, column=header.index("年龄") + 1).value == 81  # a real number
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    assert "<f " not in xml


def test_csv_has_the_bom_the_chinese_and_no_formula(exports, tmp_path: Path) -> None:
    path = write_table([exports.residents(EVERYONE, actor=FRONT_DESK)], tmp_path / "居民.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:5] == ["姓名", "性别", "出生日期", "年龄", "身份证号"]
    wang = dict(zip(header, rows[2], strict=True))
    assert wang["姓名"] == "王秀兰"
    assert wang["备注"] == '\'=HYPERLINK("http://evil","点我")'
    assert wang["独居"] == "是"
    assert wang["出生日期"] == "1945-03-12"
    assert dict(zip(header, rows[3], strict=True))["备注"] == "'@所有人 -记得复查"
    assert dict(zip(header, rows[1], strict=True))["详细地址"] == "'+1 楼下小卖部旁"


def test_a_table_from_the_screen_is_recorded(exports, any_db) -> None:
    exports.record_table("  在馆  名单 ", 42, actor=FRONT_DESK, columns=("姓名", "签到时间"))
    [entry] = export_entries(any_db, "export.table")
    assert entry.details == {"title": "在馆 名单", "rows": 42, "columns": ["姓名", "签到时间"]}
    assert entry.entity_type is None
    for title, rows, code in (("", 1, "export_title_required"), ("在馆", -1, "export_rows_invalid")):
        with pytest.raises(RuleViolation) as refused:
            exports.record_table(title, rows, actor=FRONT_DESK)
        assert refused.value.code == code
    assert len(export_entries(any_db, "export.table")) == 1
