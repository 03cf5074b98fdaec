"""居民 page: archive and restore (from the table and from the form), merge two records and undo it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from residents_driver import STANDARD_EXAMPLE, ResidentsDriver

from actors import TEST_ACTOR
from frontdesk.core.models import Resident, Visit
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.pages.residents.archive_dialog import ArchiveDialog
from frontdesk.ui.pages.residents.merge_dialog import MergeDialog


@pytest.fixture
def residents(qtbot, desk) -> ResidentsDriver:
    return ResidentsDriver(qtbot, desk)


@pytest.fixture
def service(residents: ResidentsDriver, clock) -> ResidentService:
    return ResidentService(residents.db, clock)


def people(residents: ResidentsDriver, service: ResidentService, *data: ResidentInput) -> list[int]:
    ids = [service.create(item, allow_duplicate=True, actor=TEST_ACTOR) for item in data]
    residents.desk.hub.residents_changed.emit()
    residents.settle()  # the table is read again on the worker
    return ids


def dialog_of(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_archive_from_the_context_menu_then_restore(qtbot, residents: ResidentsDriver, service) -> None:
    [wang, li] = people(residents, service, ResidentInput(name="王秀兰"), ResidentInput(name="李建国"))
    residents.select("王秀兰")
    page = residents.page
    menu = page.context_menu(page.table.visualRect(page.model.index(page.model.row_of(wang), 0)).center())
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "打开档案",
        "归档…",
        "合并所选的两份档案…",
        "预约…",
        "预约记录…",
        page.enroll_action.text(),  # 报名…
        page.classes_action.text(),  # 课程…
        "打印服务卡…",
        "补办服务卡…",
        "导出本人信息…",
        "导出所显示的居民…",
    ]  # fmt: skip  (健康记录… only for care staff and managers; 导入名单… for managers)
    assert not page.merge_action.isEnabled()  # one row selected
    menu.deleteLater()
    page.archive_action.trigger()
    dialog = dialog_of(ArchiveDialog)
    assert dialog.windowTitle() == "归档：王秀兰"
    dialog.buttons["deceased"].click()
    dialog.note.setText("家属告知")
    with qtbot.waitSignal(residents.desk.hub.residents_changed):
        dialog.archive_button.click()
    [row] = residents.residents(Resident.id == wang)
    assert (row.archive_reason, row.archive_note) == ("deceased", "家属告知")
    assert residents.names() == ["李建国"]  # gone from the register…
    assert residents.status() == "已归档：王秀兰（去世）。可在“已归档”中找到。"
    assert residents.selected_names() == ["李建国"]  # …and its neighbour is selected

    page.filters.archived.click()  # …and there under 已归档
    assert residents.names() == ["王秀兰"]
    assert page.count.text() == "已归档 1 人"
    assert "去世" in page.model.index(0, 6).data()
    residents.select("王秀兰")
    assert page.restore_action.isEnabled()
    with qtbot.waitSignal(residents.desk.hub.residents_changed):
        page.restore_action.trigger()
    assert residents.residents(Resident.id == wang)[0].archived_at is None
    assert residents.names() == []
    assert residents.status() == "已恢复档案：王秀兰"
    page.filters.archived.click()
    assert residents.names() == ["李建国", "王秀兰"]
    assert li


def test_archive_from_the_form(qtbot, residents: ResidentsDriver, service) -> None:
    [wang] = people(residents, service, ResidentInput(name="王秀兰"))
    residents.select("王秀兰")
    form = residents.open_selected()
    form.findChild(QPushButton, "residentArchive").click()
    assert residents.page.form is None
    dialog = dialog_of(ArchiveDialog)
    assert dialog.buttons["moved"].isChecked()  # the usual reason first
    dialog.accept()
    assert residents.residents(Resident.id == wang)[0].archive_reason == "moved"
    assert residents.names() == []


def test_archive_refused_while_checked_in(residents: ResidentsDriver, service, clock) -> None:
    [wang] = people(residents, service, ResidentInput(name="王秀兰"))
    VisitService(residents.db, clock).check_in(wang, actor=TEST_ACTOR)
    assert residents.page.archive(wang, "moved", name="王秀兰") is not None  # started, on the worker
    assert residents.status() == "王秀兰现在在馆（已签到），请先签退再归档。"
    assert residents.page.status.tone == "refusal"
    assert residents.residents(Resident.id == wang)[0].archived_at is None


def test_merge_two_records_and_undo(qtbot, residents: ResidentsDriver, service, clock) -> None:
    [keep, dup] = people(
        residents,
        service,
        ResidentInput(name="王秀兰", phone="13912341234", community="局前社区"),
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, allergies="青霉素"),
    )
    visits = VisitService(residents.db, clock)
    visits.check_in(dup, actor=TEST_ACTOR)
    visits.check_out(dup, actor=TEST_ACTOR)
    page = residents.page
    page.table.selectAll()
    assert page.merge_action.isEnabled()
    page.merge_action.trigger()
    residents.settle()  # the previews are read on the worker: the dialog opens when they arrive
    dialog = dialog_of(MergeDialog)
    first = dialog.findChild(QPushButton, "mergeConfirm")
    assert first.isEnabled()
    keep_first = dialog.keep_buttons[0].text()
    assert keep_first.startswith("保留：王秀兰 · ")
    kept_row, _ = dialog.kept_and_merged()
    if kept_row.resident_id != keep:
        dialog.keep_buttons[1].click()
    preview = dialog.findChild(QLabel, "mergePreview").text()
    assert preview == "王秀兰的档案将得到 1 次来访记录，并补上：出生日期、身份证号、过敏。另一份档案将归档。"
    with qtbot.waitSignal(residents.desk.hub.residents_changed):
        first.click()
    with residents.db.read() as session:
        assert session.get(Resident, dup).archive_reason == "merged"
        assert session.get(Resident, keep).id_number == STANDARD_EXAMPLE
        assert [v.resident_id for v in session.query(Visit)] == [keep]
    assert residents.names() == ["王秀兰"]
    assert residents.selected_names() == ["王秀兰"]
    assert page.current_id() == keep
    assert residents.status() == "已合并到王秀兰的档案：移来 1 次来访记录，另一份档案已归档。"

    undo = page.status.action
    assert undo.isVisible()
    assert undo.text() == "撤销合并"
    with qtbot.waitSignal(residents.desk.hub.residents_changed):
        undo.click()
    with residents.db.read() as session:
        assert session.get(Resident, dup).archived_at is None
        assert session.get(Resident, dup).id_number == STANDARD_EXAMPLE
        assert session.get(Resident, keep).id_number is None
        assert [v.resident_id for v in session.query(Visit)] == [dup]
    assert residents.names() == ["王秀兰", "王秀兰"]
    assert residents.status() == "已撤销合并：王秀兰的两份档案已恢复原样。"
    assert not undo.isVisible()


def test_merge_refused_when_the_id_numbers_differ(residents: ResidentsDriver, service) -> None:
    people(
        residents,
        service,
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE),
        ResidentInput(name="王秀兰", id_number="140213194503081028"),
    )
    residents.page.table.selectAll()
    assert residents.page.ask_merge() is not None  # the previews are read on the worker…
    residents.settle()
    dialog = dialog_of(MergeDialog)  # …and the dialog opens when they arrive
    assert dialog.findChild(QLabel, "mergePreview").text() == "两份档案的身份证号不同，不能合并。请先改正错的那份。"
    assert not dialog.findChild(QPushButton, "mergeConfirm").isEnabled()
    dialog.reject()


def test_merge_needs_two_rows(residents: ResidentsDriver, service) -> None:
    people(residents, service, ResidentInput(name="王秀兰"))
    residents.select("王秀兰")
    assert residents.page.ask_merge() is None
    assert residents.status() == "请选中同一个人的两份档案（按住 Ctrl 点击），再合并。"


def test_other_views_hear_of_every_change(qtbot, residents: ResidentsDriver, service) -> None:
    """The check-in page listens to the same signal: a name changed here is found there at once."""
    [wang] = people(residents, service, ResidentInput(name="王秀兰"))
    heard: list[datetime] = []
    residents.desk.hub.residents_changed.connect(lambda: heard.append(datetime.now()))
    residents.page.archive(wang, "other", "重复登记", name="王秀兰")
    residents.page.restore(wang, "王秀兰")
    residents.settle()
    assert len(heard) == 2
    assert residents.residents(Resident.id == wang)[0].archive_reason is None


def test_a_merged_record_comes_back_only_by_undo(residents: ResidentsDriver, service) -> None:
    [keep, dup] = people(residents, service, ResidentInput(name="王秀兰"), ResidentInput(name="王秀兰"))
    service.merge(keep, dup, actor=TEST_ACTOR)
    residents.desk.hub.residents_changed.emit()
    residents.page.filters.archived.click()
    residents.select("王秀兰")
    assert "已合并到另一份档案" in residents.page.model.index(0, 6).data()
    assert not residents.page.restore_action.isEnabled()
    residents.page.restore(dup, "王秀兰")
    assert residents.status() == "王秀兰的档案是合并时归档的，请用“撤销合并”恢复。"
    assert residents.page.status.tone == "refusal"
    assert residents.residents(Resident.id == dup)[0].archive_reason == "merged"  # still archived
