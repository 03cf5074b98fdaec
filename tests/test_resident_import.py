"""Importing rosters into the registry: plan, run, rejects, duplicates, twice, cancel, concurrency — on both engines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

import rosters
from actors import TEST_ACTOR
from frontdesk.core.access import system_actor
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupManager
from frontdesk.core.errors import RuleViolation
from frontdesk.core.importing.plan import ColumnMapping, ImportPlan, RowStatus, SheetTable
from frontdesk.core.models import ArchiveReason, AuditEntry, Resident, ResidentSearchKey, Role
from frontdesk.core.services import resident_import
from frontdesk.core.services.resident_import import ResidentImportService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.spreadsheets.reading import read_sheet
from frontdesk.core.validation import ResidentInput


@pytest.fixture
def service(any_db: Database, clock) -> ResidentImportService:
    return ResidentImportService(any_db, clock)


def _plan(service: ResidentImportService, path: Path) -> ImportPlan:
    table = service.open(path, actor=TEST_ACTOR)
    return service.plan(table, service.detect(table), actor=TEST_ACTOR)


def _residents(db: Database) -> dict[str, Resident]:
    with db.read() as session:
        return {r.name: r for r in session.scalars(select(Resident))}


def _imports(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "resident.import")))


def _statuses(plan: ImportPlan) -> dict[int, RowStatus]:
    return {row.line: row.status for row in plan.rows}


def test_a_simple_roster_is_planned_new_and_imported_with_search_keys_and_one_audit_entry(
    service: ResidentImportService, any_db: Database, tmp_path: Path
) -> None:
    plan = _plan(service, rosters.simple_roster(tmp_path))
    assert _statuses(plan) == {2: RowStatus.NEW, 3: RowStatus.NEW, 4: RowStatus.NEW}
    assert len(plan.fingerprint) == 64

    result = service.run(plan, actor=TEST_ACTOR)

    assert (result.created, result.updated, result.unchanged, result.rejected, result.batches) == (3, 0, 0, 0, 1)
    assert not result.cancelled
    people = _residents(any_db)
    wang = people["王秀兰"]
    assert (wang.id_number, wang.phone, wang.birth_date, str(wang.gender)) == (
        rosters.WANG[3], "13812345678", date(1945, 3, 12), "F",
    )  # fmt: skip
    assert wang.community == "局前社区"
    assert wang.name_sort
    with any_db.read() as session:
        assert session.scalar(select(func.count()).where(ResidentSearchKey.resident_id == wang.id)) > 0
    [entry] = _imports(any_db)
    assert entry.details["created"] == 3
    assert entry.details["file"] == "simple.xlsx"
    assert entry.details["fingerprint"] == plan.fingerprint
    assert rosters.WANG[3] not in str(entry.details)
    assert "王秀兰" not in str(entry.details)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    service: ResidentImportService, any_db: Database, tmp_path: Path
) -> None:
    path = rosters.titled_roster(tmp_path)
    service.run(_plan(service, path), actor=TEST_ACTOR)
    with any_db.read() as session:
        residents = session.scalar(select(func.count(Resident.id)))
        entries = session.scalar(select(func.count(AuditEntry.id)))

    again = _plan(service, path)
    assert {s for s in _statuses(again).values()} == {RowStatus.SAME, RowStatus.REPEAT, RowStatus.SKIPPED}
    result = service.run(again, actor=TEST_ACTOR, accept_updates=frozenset(r.line for r in again.rows))

    assert (result.created, result.updated, result.batches, result.unchanged) == (0, 0, 0, 5)
    with any_db.read() as session:
        assert session.scalar(select(func.count(Resident.id))) == residents == 5
        assert session.scalar(select(func.count(AuditEntry.id))) == entries  # an empty run writes no entry


def test_title_rows_text_dates_repeats_and_note_rows(service: ResidentImportService, any_db: Database, tmp_path):
    plan = _plan(service, rosters.titled_roster(tmp_path))
    assert plan.mapping.header_rows == (2,)
    assert _statuses(plan) == {
        4: RowStatus.NEW, 5: RowStatus.NEW, 7: RowStatus.NEW, 8: RowStatus.REPEAT, 9: RowStatus.NEW,
        10: RowStatus.NEW, 11: RowStatus.SKIPPED, 12: RowStatus.SKIPPED, 13: RowStatus.SKIPPED, 14: RowStatus.SKIPPED,
    }  # fmt: skip
    assert next(r for r in plan.rows if r.line == 8).repeat_of == 4

    result = service.run(plan, actor=TEST_ACTOR)

    assert (result.created, result.skipped) == (5, 5)
    people = _residents(any_db)
    assert people["王秀兰"].birth_date == date(1945, 3, 12)  # 1945.03 and the ID number: the ID's day
    assert people["王秀兰"].lives_alone
    assert not people["李建国"].lives_alone
    assert people["赵桂英"].lives_alone
    assert people["孙德明"].birth_date == date(1942, 1, 5)
    assert people["周淑珍"].birth_date == date(1947, 10, 1)  # 1947年10月, no ID: the 1st, and the notes say so
    assert people["周淑珍"].notes == "出生日期只知年月"
    assert people["孙德明"].address_detail == "局前街18号"


def test_a_two_level_header_fills_the_emergency_contact(service: ResidentImportService, any_db, tmp_path) -> None:
    plan = _plan(service, rosters.two_level_roster(tmp_path))
    assert plan.mapping.header_rows == (0, 1)
    service.run(plan, actor=TEST_ACTOR)
    wang = _residents(any_db)["王秀兰"]
    assert (wang.emergency_name, wang.emergency_phone, wang.emergency_relation) == ("张伟", "13700001111", "儿子")
    assert wang.birth_date == date(1945, 3, 12)
    assert str(wang.gender) == "F"


def test_numeric_ids_whole_is_fine_rounded_is_bad(service: ResidentImportService, any_db, tmp_path) -> None:
    plan = _plan(service, rosters.numeric_ids_roster(tmp_path))
    rows = {row.line: row for row in plan.rows}
    assert rows[2].status is RowStatus.NEW
    assert rows[2].data.id_number == rosters.WANG[3]
    assert rows[2].data.phone == "13812345678"
    for line in (3, 4):
        assert rows[line].status is RowStatus.BAD
        assert [(p.field, p.code) for p in rows[line].problems] == [("id_number", "id_lost_digits")]
    assert rows[4].cells[3] == "3.40104E+17"  # as the file shows it: nobody takes it for the real digits
    assert rows[5].status is RowStatus.NEW
    assert rows[5].data.birth_date == date(1942, 1, 5)
    assert rows[5].data.phone == "13645678901"  # 13645678901.0


def test_bad_rows_carry_the_form_s_codes_and_the_rejects_file_reimports(
    service: ResidentImportService, any_db: Database, tmp_path: Path
) -> None:
    plan = _plan(service, rosters.bad_rows_roster(tmp_path))
    rows = {row.line: row for row in plan.rows}
    assert [(p.field, p.code) for p in rows[2].problems] == [("id_number", "id_checksum")]
    assert [(p.field, p.code) for p in rows[3].problems] == [("name", "required")]
    assert [(p.field, p.code) for p in rows[4].problems] == [("phone", "phone_format")]
    assert rows[5].status is RowStatus.NEW
    result = service.run(plan, actor=TEST_ACTOR)
    assert (result.created, result.rejected) == (1, 3)
    assert [r.line for r in result.rejects] == [2, 3, 4]

    out = service.save_rejects(result.rejects, plan.mapping, tmp_path / "rejects.xlsx", actor=TEST_ACTOR)

    table = read_sheet(out)
    assert table.rows[0] == ("姓名", "身份证号", "联系电话", "原因")
    assert table.rows[1][:3] == ("王秀兰", rows[2].cells[1], "13812345678")
    assert "校验位" in table.rows[1][3]
    assert table.rows[2][3].startswith("姓名")
    assert "不能为空" in table.rows[2][3]
    with any_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.import_rejects")).one()
        assert entry.details == {"file": "rejects.xlsx", "rows": 3}
    # fixed in the rejects file (the ID's check digit, the name, the phone), it imports as it is
    again = service.plan(table, service.detect(table), actor=TEST_ACTOR)
    assert again.mapping.fields == ("name", "id_number", "phone", None)
    assert [r.status for r in again.rows] == [RowStatus.BAD] * 3  # still as broken as before: nothing guessed


def test_a_duplicate_of_a_registered_resident_is_offered_as_an_update(
    service: ResidentImportService, any_db: Database, clock, tmp_path: Path
) -> None:
    residents = ResidentService(any_db, clock)
    wang_id = residents.create(
        ResidentInput(name="王秀兰", id_number=rosters.WANG[3], phone="13800000000"), actor=TEST_ACTOR
    )
    plan = _plan(service, rosters.simple_roster(tmp_path))
    row = next(r for r in plan.rows if r.line == 2)
    assert (row.status, row.resident_id, row.match_reason) == (RowStatus.UPDATE, wang_id, "id_number")
    assert [(u.field, u.old, u.new) for u in row.updates] == [
        ("phone", "138****0000", "138****5678"), ("community", "", "局前社区"),
    ]  # fmt: skip

    not_accepted = service.run(plan, actor=TEST_ACTOR)
    assert (not_accepted.created, not_accepted.updated, not_accepted.unchanged) == (2, 0, 1)
    assert _residents(any_db)["王秀兰"].phone == "13800000000"

    again = _plan(service, rosters.simple_roster(tmp_path))
    accepted = service.run(again, actor=TEST_ACTOR, accept_updates=frozenset({2}))
    assert (accepted.created, accepted.updated) == (0, 1)
    wang = _residents(any_db)["王秀兰"]
    assert (wang.phone, wang.community) == ("13812345678", "局前社区")
    with any_db.read() as session:
        assert session.scalar(select(func.count(Resident.id))) == 3


def test_an_id_number_of_someone_with_another_name_is_bad(service, any_db: Database, clock, tmp_path) -> None:
    ResidentService(any_db, clock).create(ResidentInput(name="王淑芬", id_number=rosters.WANG[3]), actor=TEST_ACTOR)
    plan = _plan(service, rosters.simple_roster(tmp_path))
    row = next(r for r in plan.rows if r.line == 2)
    assert row.status is RowStatus.BAD
    assert [(p.field, p.code, p.params) for p in row.problems] == [("", "id_other_name", {"name": "王淑芬"})]


def test_someone_registered_between_plan_and_run_is_rejected_not_doubled(
    service: ResidentImportService, any_db: Database, clock, tmp_path: Path
) -> None:
    plan = _plan(service, rosters.simple_roster(tmp_path))
    assert all(r.status is RowStatus.NEW for r in plan.rows)
    ResidentService(any_db, clock).create(  # another desk, meanwhile
        ResidentInput(name="李建国", id_number=rosters.LI[3]), actor=system_actor("other-desk")
    )

    result = service.run(plan, actor=TEST_ACTOR)

    assert (result.created, result.rejected) == (2, 1)
    [reject] = result.rejects
    assert reject.line == 3
    assert [p.code for p in reject.problems] == ["registered_meanwhile"]
    with any_db.read() as session:
        assert session.scalar(select(func.count()).where(Resident.name == "李建国")) == 1
    assert _imports(any_db)[0].details["rejected"] == 1


def test_a_cancel_after_the_first_batch_leaves_exactly_that_batch(
    service: ResidentImportService, any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resident_import, "BATCH_ROWS", 4)
    path = rosters.generated_roster(tmp_path, 10)
    plan = _plan(service, path)
    assert plan.count(RowStatus.NEW) == 10
    seen: list[tuple[int, int]] = []

    result = service.run(
        plan, actor=TEST_ACTOR, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: bool(seen)
    )

    assert result.cancelled
    assert (result.created, result.batches) == (4, 1)
    assert seen == [(4, 10)]
    with any_db.read() as session:
        names = set(session.scalars(select(Resident.name)))
    assert names == {row[1] for row in rosters.generated_rows(10)[:4]}
    assert len(_imports(any_db)) == 1


def test_batches_report_progress_and_write_one_entry_each(service, any_db: Database, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(resident_import, "BATCH_ROWS", 4)
    plan = _plan(service, rosters.generated_roster(tmp_path, 10))
    seen: list[tuple[int, int]] = []
    result = service.run(plan, actor=TEST_ACTOR, progress=lambda d, t: seen.append((d, t)))
    assert (result.created, result.batches, seen) == (10, 3, [(4, 10), (8, 10), (10, 10)])
    assert [(e.details["batch"], e.details["first_line"], e.details["last_line"]) for e in _imports(any_db)] == [
        (1, 2, 5), (2, 6, 9), (3, 10, 11),
    ]  # fmt: skip


def test_health_columns_need_the_health_permission(service: ResidentImportService) -> None:
    table = SheetTable("x.csv", "", (), (("姓名", "慢性病"), ("王秀兰", "高血压")), (1, 2))
    mapping = service.detect(table)
    assert mapping.fields == ("name", "chronic_conditions")
    assert service.plan(table, mapping, actor=TEST_ACTOR).rows[0].data.chronic_conditions == "高血压"
    # IMPORT without HEALTH: only a made-up role could have it, so the rule is checked on the guard's own terms
    with pytest.raises(RuleViolation) as refused:
        service.plan(table, mapping, actor=system_actor("desk", Role.FRONT_DESK))
    assert refused.value.code == "not_allowed"
    with pytest.raises(RuleViolation) as refused:
        resident_import._refuse_health(system_actor("desk", Role.FRONT_DESK), mapping)
    assert refused.value.code == "health_not_allowed"


def test_a_mapping_without_a_name_or_with_a_field_twice_is_refused(service: ResidentImportService) -> None:
    table = SheetTable("x.csv", "", (), (("电话", "手机"), ("13812345678", "13923456789")), (1, 2))
    with pytest.raises(RuleViolation) as refused:
        service.plan(table, ColumnMapping((0,), ("电话", "手机"), ("phone", None)), actor=TEST_ACTOR)
    assert refused.value.code == "mapping_needs_name"
    with pytest.raises(RuleViolation) as refused:
        service.plan(table, ColumnMapping((0,), ("电话", "手机"), ("name", "name")), actor=TEST_ACTOR)
    assert refused.value.code == "mapping_field_twice"


def test_a_safety_backup_is_taken_before_the_run_writes(db: Database, clock, tmp_path: Path) -> None:
    manager = BackupManager(db.path, tmp_path / "backups", clock)
    service = ResidentImportService(db, clock, manager)
    result = service.run(_plan(service, rosters.simple_roster(tmp_path)), actor=TEST_ACTOR)
    [backup] = manager.backups()
    assert result.backup == backup.path.name
    assert backup.label == "before-import"
    assert backup.counts.get("resident", 0) == 0  # taken before the first row was written


def test_no_backup_no_import(db: Database, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = BackupManager(db.path, tmp_path / "backups", clock)
    service = ResidentImportService(db, clock, manager)
    plan = _plan(service, rosters.simple_roster(tmp_path))

    def fail(label: str):
        raise OSError("disk full")

    monkeypatch.setattr(manager, "take", fail)
    with pytest.raises(OSError, match="disk full"):
        service.run(plan, actor=TEST_ACTOR)
    assert _residents(db) == {}


def _one_row_plan(service: ResidentImportService, header: tuple[str, ...], row: tuple[object, ...]) -> ImportPlan:
    table = SheetTable("x.csv", "", (), (header, row), (1, 2))
    return service.plan(table, service.detect(table), actor=TEST_ACTOR)


@pytest.mark.parametrize(
    ("registered", "header", "row", "reason"),
    [
        (
            ResidentInput(name="张秀兰", birth_date=date(1945, 3, 12)),
            ("姓名", "出生日期", "社区"),
            ("张秀兰", "1945年3月12日", "局前社区"),
            "name_birth",
        ),
        (
            ResidentInput(name="章秀兰", phone="13812345678"),
            ("姓名", "手机", "社区"),
            ("张秀兰", "13812345678", "局前社区"),
            "name_phone",
        ),
        (
            ResidentInput(name="张秀兰", phone="13800000000", phone2="13812345678"),
            ("姓名", "电话", "社区"),
            ("张秀兰", "13812345678", "局前社区"),
            "name_phone",
        ),
        (
            ResidentInput(name="张秀兰", card_number="10000017"),
            ("姓名", "卡号", "社区"),
            ("张秀兰", "10000017", "局前社区"),
            "card_number",
        ),
    ],
    ids=["name-and-birth", "phone-and-similar-name", "second-phone", "card"],
)
def test_every_duplicate_rule_of_the_registry_matches_a_row(
    service: ResidentImportService, any_db: Database, clock, registered, header, row, reason: str
) -> None:
    resident_id = ResidentService(any_db, clock).create(registered, actor=TEST_ACTOR)
    [planned] = _one_row_plan(service, header, row).rows
    assert (planned.status, planned.resident_id, planned.match_reason) == (RowStatus.UPDATE, resident_id, reason)
    assert "community" in {u.field for u in planned.updates}


def test_an_ambiguous_or_archived_match_is_bad(service: ResidentImportService, any_db: Database, clock) -> None:
    residents = ResidentService(any_db, clock)
    residents.create(ResidentInput(name="张秀兰", birth_date=date(1945, 3, 12)), actor=TEST_ACTOR)
    residents.create(ResidentInput(name="张秀兰", phone="13812345678"), actor=TEST_ACTOR, allow_duplicate=True)
    [row] = _one_row_plan(service, ("姓名", "出生日期", "手机"), ("张秀兰", "1945-03-12", "13812345678")).rows
    assert [(p.code, p.params) for p in row.problems] == [("duplicate_ambiguous", {"count": 2})]

    moved = residents.create(ResidentInput(name="李建国", id_number=rosters.LI[3]), actor=TEST_ACTOR)
    residents.archive(moved, ArchiveReason.MOVED, actor=TEST_ACTOR)
    [row] = _one_row_plan(service, ("姓名", "身份证号"), ("李建国", rosters.LI[3])).rows
    assert [(p.code, p.params) for p in row.problems] == [("archived_match", {"name": "李建国"})]


def test_an_update_never_clears_or_overwrites_an_identifier(service, any_db: Database, clock) -> None:
    residents = ResidentService(any_db, clock)
    residents.create(
        ResidentInput(name="王秀兰", birth_date=date(1945, 3, 12), id_number=rosters.WANG[3], lives_alone=True,
                      community="局前社区", notes="腿脚不便"),
        actor=TEST_ACTOR,
    )  # fmt: skip
    header = ("姓名", "身份证号", "独居", "社区", "备注")
    [same] = _one_row_plan(service, header, ("王秀兰", rosters.WANG[3], "否", "", "腿脚不便")).rows
    assert same.status is RowStatus.SAME  # 否 and an empty cell leave the record as it is
    [noted] = _one_row_plan(service, header, ("王秀兰", rosters.WANG[3], "", "", "独居，子女在外地")).rows
    assert [(u.field, u.new) for u in noted.updates] == [("notes", "腿脚不便\n独居，子女在外地")]
    other_id = rosters.id_for(date(1945, 3, 12), 4)
    [bad] = _one_row_plan(service, ("姓名", "出生日期", "身份证号"), ("王秀兰", "1945-03-12", other_id)).rows
    assert [p.code for p in bad.problems] == ["id_differs"]


def test_a_month_only_birth_date_does_not_replace_a_full_one(service, any_db: Database, clock) -> None:
    ResidentService(any_db, clock).create(
        ResidentInput(name="周淑珍", birth_date=date(1947, 10, 9), phone="18756789012"), actor=TEST_ACTOR
    )
    [row] = _one_row_plan(service, ("姓名", "出生年月", "手机"), ("周淑珍", "1947.10", "18756789012")).rows
    assert row.status is RowStatus.SAME


def test_an_accepted_update_of_a_record_changed_meanwhile_is_rejected(service, any_db: Database, clock) -> None:
    residents = ResidentService(any_db, clock)
    wang = residents.create(ResidentInput(name="王秀兰", id_number=rosters.WANG[3]), actor=TEST_ACTOR)
    plan = _one_row_plan(service, ("姓名", "身份证号", "手机"), ("王秀兰", rosters.WANG[3], "13812345678"))
    assert plan.rows[0].status is RowStatus.UPDATE
    residents.archive(wang, ArchiveReason.MOVED, actor=TEST_ACTOR)  # moved away meanwhile
    result = service.run(plan, actor=TEST_ACTOR, accept_updates=frozenset({2}))
    assert (result.updated, [p.code for p in result.rejects[0].problems]) == (0, ["changed_meanwhile"])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_rejects_file_of_a_two_level_header_maps_the_same_when_read_back(
    service: ResidentImportService, tmp_path: Path, suffix: str
) -> None:
    rows = (
        ("姓名", "身份证号", "紧急联系人", "紧急联系人"),
        ("姓名", "身份证号", "姓名", "电话"),
        ("王秀兰", rosters.WANG[3], "", "13700001111"),  # a contact's phone without their name
        ("=1+1", "3.40104E+17", "张伟", "13700002222"),  # formula-like text stays text
    )
    table = SheetTable("two.xlsx", "Sheet1", ("Sheet1",), rows, (1, 2, 3, 4))
    plan = service.plan(table, service.detect(table), actor=TEST_ACTOR)
    assert plan.mapping.fields == ("name", "id_number", "emergency_name", "emergency_phone")
    assert [r.status for r in plan.rows] == [RowStatus.BAD, RowStatus.BAD]

    out = service.save_rejects(plan.rows, plan.mapping, tmp_path / f"rejects{suffix}", actor=TEST_ACTOR)

    back = read_sheet(out)
    assert back.rows[0] == ("姓名", "身份证号", "紧急联系人 姓名", "紧急联系人 电话", "原因")
    assert service.detect(back).fields == ("name", "id_number", "emergency_name", "emergency_phone", None)
    formula_like = "=1+1" if suffix == ".xlsx" else "'=1+1"  # a text cell in a workbook; a CSV's apostrophe
    assert back.rows[2][:2] == (formula_like, "3.40104E+17")
    assert "紧急联系人" in back.rows[1][4]
