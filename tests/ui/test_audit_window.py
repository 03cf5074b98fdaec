"""操作日志 on the Settings page: managers only; filters typed → rows shown; the check's verdict in words."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QGroupBox
from signin_support import commit
from sqlalchemy import select, text

from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.audit.dialog import AuditLogDialog
from frontdesk.ui.audit.section import AuditSection


@pytest.fixture
def worked(opened, clock, manager, staff) -> dict[str, int]:
    """李娜 (care staff) registers 王秀兰 and 李建国 this morning and then records 王秀兰's new phone and allergy."""
    staff.create_staff(manager, "lina", "李娜", Role.CARE, "lina2026pw")
    lina = staff.sign_in("lina", "lina2026pw")
    residents = ResidentService(opened.db, clock)
    wang = residents.create(ResidentInput(name="王秀兰", phone="13912341234"), actor=lina)
    li = residents.create(ResidentInput(name="李建国"), actor=lina)
    edited = ResidentInput(name="王秀兰", phone="13800005678", allergies="青霉素")
    residents.update(wang, edited, actor=lina)
    return {"wang": wang, "li": li}


def section_of(qtbot, desk) -> AuditSection:
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("settings")
    return desk.settings.findChild(QGroupBox, "auditSection")


def open_log(qtbot, desk) -> AuditLogDialog:
    section = section_of(qtbot, desk)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None
    assert dialog.isVisible()
    settle(qtbot, dialog)
    return dialog


def settle(qtbot, dialog: AuditLogDialog) -> None:
    """The choices and the entries are read on the database worker: wait for what was asked."""
    qtbot.waitUntil(dialog.settled, timeout=10_000)


def shown(dialog: AuditLogDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_front_desk_staff_do_not_see_the_audit_log(qtbot, make_desk, lina) -> None:
    section = section_of(qtbot, make_desk(actor=lina, username="lina"))
    assert section is not None
    assert not section.isVisible()
    assert section.dialog is None


def test_a_manager_types_a_filter_and_sees_the_matching_entries(qtbot, make_desk, manager, worked) -> None:
    dialog = open_log(qtbot, make_desk(actor=manager, username="zhang"))
    assert dialog.windowTitle() == "操作日志"
    rows = shown(dialog)
    assert [row[2] for row in rows[:3]] == ["修改居民信息", "登记居民", "登记居民"]
    assert rows[0] == ["2026-11-28 09:30:00", "李娜", "修改居民信息", f"居民 王秀兰 · #{worked['wang']}"]

    commit(dialog.text, "青霉素")  # in the details of the edit only
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert shown(dialog)[0][2] == "修改居民信息"
    assert dialog.detail_model.is_change
    assert dialog.detail_model.rows() == [
        ("手机", "139****1234", "138****5678"),  # masked, as recorded
        ("过敏", "—", "青霉素"),
    ]
    assert "李娜" in dialog.summary.text()

    dialog.text.clear()
    qtbot.keyClicks(dialog.resident, str(worked["li"]))
    qtbot.keyClick(dialog.resident, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert [row[3] for row in shown(dialog)] == [f"居民 李建国 · #{worked['li']}"]
    assert dialog.status.text() == "共 1 条。"

    dialog.resident.clear()
    dialog.action.setCurrentIndex(dialog.action.findData("staff.create"))
    settle(qtbot, dialog)
    assert shown(dialog) == [["2026-11-28 09:30:00", "张主任", "添加员工", "员工 李娜 · #2"]]
    assert dialog.detail_model.rows() == [("用户名", "lina"), ("角色", "care")]

    dialog.action.setCurrentIndex(0)
    dialog.staff.setCurrentIndex(dialog.staff.findData(manager.staff_id))
    settle(qtbot, dialog)
    assert {row[1] for row in shown(dialog)} == {"张主任"}
    dialog.since.setDate(QDate(2026, 11, 29))
    assert dialog.model.rowCount() == 0
    assert "日期" in dialog.status.text()  # the first day is after the last: said in words


def test_the_table_loads_older_entries_as_it_scrolls(qtbot, make_desk, opened, clock, manager) -> None:
    from frontdesk.core import audit

    with opened.db.write() as session:
        for number in range(250):
            audit.record(session, "test.bulk", at=datetime(2026, 11, 28, 8, 0), actor=manager, details={"n": number})
    dialog = open_log(qtbot, make_desk(actor=manager, username="zhang"))
    assert dialog.model.rowCount() == 100
    assert "滚动" in dialog.status.text()
    dialog.table.scrollToBottom()  # the view asks the model for the next page
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 200)
    while dialog.model.has_more:
        qtbot.waitUntil(dialog.model.canFetchMore)  # one page at a time: the last one has come back
        dialog.model.fetchMore()
        settle(qtbot, dialog)
    assert dialog.model.rowCount() == 251  # and the manager's account, made at 09:30
    assert shown(dialog)[0][2] == "创建首个管理员"
    assert [dialog.model.row(r).details["n"] for r in range(1, 251)] == list(range(249, -1, -1))
    assert shown(dialog)[1][2] == "test.bulk"  # no words for it: the code as it is
    assert "共 251 条" in dialog.status.text()


def test_the_check_says_in_words_that_the_log_is_intact(qtbot, make_desk, manager, worked) -> None:
    dialog = open_log(qtbot, make_desk(actor=manager, username="zhang"))
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.verifying and dialog.verify_button.isEnabled(), timeout=10_000)
    settle(qtbot, dialog)  # the entries are read again: the check is the newest
    assert dialog.verdict.text() == "日志完整：共 6 条，校验通过。"
    assert shown(dialog)[0][2] == "校验操作日志"  # the check is in the log too


def test_the_check_names_the_edited_entry(qtbot, make_desk, opened, manager, worked) -> None:
    with opened.db.write() as session:
        third = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()[2]
        # who did it, as hashed (the staff id is only a link now, and may become NULL when a staff row goes)
        session.execute(text("UPDATE audit_entry SET actor = 'staff:99' WHERE id = :id"), {"id": third})
    dialog = open_log(qtbot, make_desk(actor=manager, username="zhang"))
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.verifying and dialog.verify_button.isEnabled(), timeout=10_000)
    assert dialog.verdict.text() == f"日志在第 {third} 条被改动：该条写入后被修改。此前的 2 条完好。"
    assert dialog.verdict.property("tone") == "refusal"


def test_the_log_closes_when_someone_else_signs_in(qtbot, make_desk, manager, lina) -> None:
    desk = make_desk(actor=manager, username="zhang")
    open_log(qtbot, desk)
    section = desk.audit_log
    desk.gate.become(lina, "lina")
    assert section.dialog is None
    assert not section.isVisible()


def test_every_action_the_core_records_has_words() -> None:
    """A new audit action without words would show as a bare code to managers; this finds it in the sources."""
    import re
    from pathlib import Path

    import frontdesk
    from frontdesk.ui.audit import words

    sources = Path(frontdesk.__file__).parent
    literal = re.compile(r"""audit\.record\(\s*session,\s*"([a-z_]+\.[a-z_.]+)\"""")
    recorded = {code for path in sources.rglob("*.py") for code in literal.findall(path.read_text(encoding="utf-8"))}
    assert len(recorded) >= 10  # the pattern still finds the calls
    assert sorted(recorded - set(words.ACTIONS)) == []


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_consent_and_print_details_are_shown_in_words(language) -> None:
    from frontdesk.ui.audit import words

    _known, rows = words.detail_rows({"before": {"scope": None}, "after": {"scope": ["basic", "health"]}})
    assert ("范围", "—", "基本信息、健康信息") in rows
    assert words.detail_rows({"document": "consent_form"}) == (False, [("文件", "", "知情同意书")])
    assert words.detail_rows({"withheld": ["allergies"]})[1][0][2] == words.field_word("allergies")


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_who_did_it_in_words_for_people_and_for_the_program(language) -> None:
    from frontdesk.core.services.audit_log import AuditRow
    from frontdesk.ui.audit import words

    def row(staff_id, staff_name, label) -> AuditRow:
        return AuditRow(1, datetime(2026, 11, 28, 9, 0), staff_id, staff_name, "x", None, None, None, None, label)

    assert words.staff_text(row(None, None, "system:sign-in")) == "系统（登录）"
    assert words.staff_text(row(None, None, "system:nightly-export")) == "系统 · nightly-export"
    assert words.staff_text(row(2, "李娜", "staff:2")) == "李娜"
    assert words.staff_text(row(None, None, "staff:9")) == "#9"  # the account row is gone; the log still says who
    assert words.staff_text(row(None, None, None)) == "（未登录）"  # an entry from before labels, with no one


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_erased_values_and_a_cut_off_log_are_said_in_words(language) -> None:
    from frontdesk.core.audit import REDACTED, ChainCheck
    from frontdesk.core.sealing import ERASED
    from frontdesk.ui.audit import words

    _change, rows = words.detail_rows({"before": {"address_detail": ERASED}, "after": {"address_detail": ERASED}})
    assert [r[1:] for r in rows] == [("（已删除）", "（已删除）")]
    assert words.detail_rows(REDACTED)[1] == [("详情", "", "居民匿名化时已删除")]
    cut = ChainCheck(False, 40, 45, "truncated", datetime(2026, 11, 28, 9, 30), 40, 3)
    assert words.check_text(cut) == (
        "日志被截短：2026-11-28 09:30 的备份记录的最新一条（第 45 条）及其后的所有条目都已不在。日志现在止于第 40 条。"
    )
    rewritten = ChainCheck(False, 40, 12, "anchor", datetime(2026, 11, 28, 9, 30), 40, 3)
    assert words.check_text(rewritten).startswith("日志与 2026-11-28 09:30 的备份不符：第 12 条")


def test_the_check_says_when_the_log_was_cut_short_after_a_backup(qtbot, make_desk, opened, clock, manager,
                                                                  worked) -> None:  # fmt: skip
    from frontdesk.core.db.backups import BackupManager

    assert opened.backups is not None
    backup = opened.backups.take("manual")
    with opened.db.write() as session:  # the newest entry (the edit) removed behind the program's back
        newest = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id.desc())).first()
        session.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": newest})
    assert isinstance(opened.backups, BackupManager)
    assert backup.audit_head[0] == newest
    dialog = open_log(qtbot, make_desk(actor=manager, username="zhang"))
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.verifying and dialog.verify_button.isEnabled(), timeout=10_000)
    assert dialog.verdict.text().startswith("日志被截短：")
    assert f"（第 {newest} 条）" in dialog.verdict.text()
    assert dialog.verdict.property("tone") == "refusal"
