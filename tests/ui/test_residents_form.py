"""居民 form, from keystroke to database row: registering, field messages, duplicates, the masked ID and its reveal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from residents_driver import STANDARD_EXAMPLE, WRONG_CHECK_DIGIT, ResidentsDriver

from actors import TEST_ACTOR
from frontdesk.core.errors import EnvironmentProblem, ProblemKind
from frontdesk.core.models import Resident
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput


@pytest.fixture
def residents(qtbot, desk) -> ResidentsDriver:
    return ResidentsDriver(qtbot, desk)


def register(driver: ResidentsDriver, clock, data: ResidentInput, **kw) -> int:
    """Someone registered earlier (at another desk): straight through the service."""
    resident_id = ResidentService(driver.db, clock).create(data, **kw, actor=TEST_ACTOR)
    driver.desk.hub.residents_changed.emit()
    driver.settle()  # the table is read again on the worker
    return resident_id


def test_register_a_resident_from_the_keyboard(qtbot, residents: ResidentsDriver) -> None:
    form = residents.new()
    assert form.objectName() == "residentForm"
    assert residents.focus is residents.field("name")  # the form opens where typing starts
    residents.commit("王秀兰")
    residents.leave()
    assert residents.focus is residents.field("gender")  # reading order: name, sex, date of birth, ID number
    residents.leave()
    residents.type("1949-12-31")
    residents.leave()
    assert residents.focus is residents.field("id_number")
    residents.fill("phone", "139 1234 1234")
    residents.fill("community", "局前社区")
    residents.fill("emergency_name", "李强")
    residents.fill("emergency_phone", "13800001111")
    residents.field("lives_alone").setFocus()
    residents.key(Qt.Key.Key_Space)
    with qtbot.waitSignal(residents.desk.hub.residents_changed):
        residents.save()
    [row] = residents.residents()
    assert (row.name, row.birth_date, row.phone, row.community) == (
        "王秀兰",
        date(1949, 12, 31),
        "13912341234",
        "局前社区",
    )
    assert (row.emergency_name, row.emergency_phone, row.lives_alone) == ("李强", "13800001111", True)
    assert residents.page.form is None
    assert residents.status() == "已登记：王秀兰"
    assert residents.names() == ["王秀兰"]
    assert residents.selected_names() == ["王秀兰"]
    assert residents.page.count.text() == "共 1 人"


def test_enter_in_a_field_saves(residents: ResidentsDriver) -> None:
    residents.new()
    residents.commit("李建国")
    residents.enter()
    assert [r.name for r in residents.residents()] == ["李建国"]


def test_the_standards_example_fills_date_of_birth_and_sex(residents: ResidentsDriver) -> None:
    residents.new()
    residents.fill("id_number", STANDARD_EXAMPLE.lower())  # lower-case x is accepted
    assert residents.field("birth_date").text() == "1949-12-31"
    assert residents.field("gender").currentText() == "女"
    feedback = residents.form.findChild(QLabel, "idFeedback")
    assert feedback.isVisible()
    assert feedback.text() == "身份证号有效：1949-12-31 出生，女。已填入出生日期和性别。"
    assert residents.error("id_number") == ""


def test_wrong_check_digit_is_said_beside_the_field_and_nothing_is_written(residents: ResidentsDriver) -> None:
    residents.new()
    residents.commit("王秀兰")
    residents.fill("phone", "13912341234")
    residents.fill("id_number", WRONG_CHECK_DIGIT)
    assert residents.error("id_number") == "身份证号校验位不对，请核对最后一位。"  # at once, while typing
    residents.save()
    assert residents.residents() == []
    assert residents.error("id_number") == "身份证号校验位不对，请核对最后一位。"
    id_field = residents.field("id_number")
    assert id_field.text() == WRONG_CHECK_DIGIT  # nothing typed is lost
    assert residents.field("name").text() == "王秀兰"
    assert residents.field("phone").text() == "13912341234"
    assert id_field.property("invalid") is True
    assert residents.focus is id_field  # focus on the field to fix
    residents.key(Qt.Key.Key_Backspace)
    assert residents.error("id_number") == ""  # editing the field clears its message
    residents.type("X")
    residents.save()
    assert [r.id_number for r in residents.residents()] == [STANDARD_EXAMPLE]


def test_half_typed_id_is_not_an_error_until_the_field_is_left(residents: ResidentsDriver) -> None:
    residents.new()
    residents.fill("id_number", "110105194912")
    assert residents.error("id_number") == ""
    residents.leave()
    assert residents.error("id_number") == "身份证号应为 18 位（老身份证 15 位），现在是 12 位。"
    residents.fill("id_number", "A")
    assert residents.error("id_number") == "身份证号只能是数字，只有最后一位可以是 X。"


def test_phone_format_error(residents: ResidentsDriver) -> None:
    residents.new()
    residents.commit("王秀兰")
    residents.fill("phone", "12345")
    residents.leave()
    expected = "电话号码格式不对：手机是 1 开头的 11 位数字，座机要带区号。"
    assert residents.error("phone") == expected  # checked as the field is left
    residents.save()
    assert residents.error("phone") == expected
    assert residents.residents() == []
    assert residents.field("phone").text() == "12345"


def test_every_message_after_save_and_the_first_bad_field_focused(residents: ResidentsDriver) -> None:
    residents.new()
    residents.fill("birth_date", "1950-01-01")
    residents.fill("id_number", STANDARD_EXAMPLE)
    residents.fill("emergency_phone", "13800001111")
    residents.fill("consent_date", "2027-01-01")
    residents.fill("card_number", "A-1")
    residents.save()
    assert residents.error("name") == "请填写姓名。"
    assert residents.error("birth_date") == "出生日期与身份证号不一致（身份证上是 1949-12-31）。"
    assert residents.error("emergency_name") == "填了紧急联系人电话，请同时填写联系人姓名。"
    assert residents.error("consent_date") == "日期不能晚于今天。"
    assert residents.error("card_number") == "服务卡号应为 4–32 位数字。"
    assert residents.focus is residents.field("name")
    assert residents.residents() == []


def test_a_date_that_is_not_a_date(residents: ResidentsDriver) -> None:
    residents.new()
    residents.commit("王秀兰")
    residents.fill("birth_date", "1949-13-01")
    residents.save()
    assert residents.error("birth_date") == "不是有效日期，请按 1949-12-31 的格式填写。"
    assert residents.field("birth_date").text() == "1949-13-01"
    assert residents.residents() == []


def test_same_id_number_shows_the_duplicate_and_opens_it(residents: ResidentsDriver, clock) -> None:
    existing = register(residents, clock, ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE))
    form = residents.new()
    residents.commit("王秀岚")
    residents.fill("phone", "13912341234")
    residents.fill("id_number", STANDARD_EXAMPLE)
    residents.save()
    panel = form.duplicates
    assert panel.isVisible()
    assert [label.text() for label in panel.findChildren(QLabel, "duplicateMatch")] == [
        "可能已登记：王秀兰（同一身份证号）"
    ]
    assert len(residents.residents()) == 1  # nothing written

    [open_button] = panel.findChildren(QPushButton, "duplicateOpen")
    open_button.click()
    residents.settle()  # the existing record is read on the worker, and opens when it arrives
    opened = residents.page.form
    assert opened is not None
    assert opened is not form
    assert opened.resident_id == existing
    assert residents.field("name").text() == "王秀兰"
    assert residents.page.draft_bar.isVisible()  # the typed form is set aside, not lost
    assert "王秀岚" in residents.page.draft_text.text()

    opened.reject()  # nothing changed: closes without asking
    residents.back_to_window()
    residents.page.resume_button.click()
    assert residents.wait_form() is form
    assert residents.field("name").text() == "王秀岚"
    assert residents.field("phone").text() == "13912341234"

    residents.save()
    form.findChild(QPushButton, "duplicateSaveAnyway").click()  # 仍然保存: the database still refuses the same ID
    assert residents.error("id_number") == "这个身份证号已经登记在另一位居民名下。"
    assert len(residents.residents()) == 1
    assert residents.page.form is form


def test_same_name_and_birth_date_saved_anyway(residents: ResidentsDriver, clock) -> None:
    register(residents, clock, ResidentInput(name="王秀兰", birth_date=date(1940, 5, 1)))
    form = residents.new()
    residents.commit("王秀兰")
    residents.fill("birth_date", "1940-05-01")
    residents.save()
    assert [label.text() for label in form.duplicates.findChildren(QLabel, "duplicateMatch")] == [
        "可能已登记：王秀兰（姓名和出生日期相同）"
    ]
    form.findChild(QPushButton, "duplicateSaveAnyway").click()
    assert [r.name for r in residents.residents()] == ["王秀兰", "王秀兰"]
    assert residents.page.form is None


def test_edit_keeps_the_masked_id_and_reveal_is_audited(qtbot, residents: ResidentsDriver, clock) -> None:
    rid = register(residents, clock, ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, phone="13912341234"))
    residents.select("王秀兰")
    residents.open_selected()
    form = residents.form
    assert form.resident_id == rid
    id_field = residents.field("id_number")
    assert id_field.text() == "1101**********002X"
    residents.fill("phone", "")
    residents.field("phone").clear()
    residents.type("13800002222")
    residents.save()
    [row] = residents.residents()
    assert (row.id_number, row.phone) == (STANDARD_EXAMPLE, "13800002222")  # the masked number was kept
    assert residents.status() == "已保存：王秀兰"
    assert residents.audit("resident.reveal_id_number") == []

    residents.select("王秀兰")
    residents.open_selected()
    reveal = residents.form.findChild(QPushButton, "residentRevealId")
    assert reveal.text() == "显示"
    reveal.click()
    assert not reveal.isEnabled()  # once: a second click must not reveal (and audit) twice
    residents.settle()  # read (and audited) on the desk's database worker
    assert residents.field("id_number").text() == STANDARD_EXAMPLE
    [entry] = residents.audit("resident.reveal_id_number")
    assert entry.entity_id == rid
    assert not reveal.isEnabled()
    residents.form.reject()  # revealing is not a change: no question
    assert residents.page.form is None


def test_typing_over_the_masked_id_replaces_it(residents: ResidentsDriver, clock) -> None:
    register(residents, clock, ResidentInput(name="王秀兰", id_number="140213194503081028"))
    residents.select("王秀兰")
    residents.open_selected()
    residents.field("id_number").setFocus()
    residents.type(STANDARD_EXAMPLE)
    assert residents.field("id_number").text() == STANDARD_EXAMPLE
    residents.save()
    assert residents.error("birth_date") == "出生日期与身份证号不一致（身份证上是 1949-12-31）。"
    residents.field("birth_date").clear()  # staff correct the date of birth: the ID number is right
    residents.fill("birth_date", "1949-12-31")
    residents.save()
    assert [r.id_number for r in residents.residents()] == [STANDARD_EXAMPLE]


def test_esc_asks_before_throwing_away_what_was_typed(residents: ResidentsDriver, prompts) -> None:
    form = residents.new()
    residents.commit("王秀兰")
    prompts.answer = False
    residents.key(Qt.Key.Key_Escape)
    assert form.isVisible()
    assert prompts.confirms[-1][2] == "放弃修改"
    prompts.answer = True
    residents.key(Qt.Key.Key_Escape)
    assert residents.page.form is None
    assert residents.residents() == []


def test_esc_on_an_untouched_form_just_closes(residents: ResidentsDriver, prompts) -> None:
    residents.new()
    residents.key(Qt.Key.Key_Escape)
    assert residents.page.form is None
    assert prompts.confirms == []


def test_a_locked_database_keeps_the_form_and_says_what_to_do(
    residents: ResidentsDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = residents.new()
    residents.commit("王秀兰")

    def locked(*_args, **_kw):
        raise EnvironmentProblem(ProblemKind.LOCKED, "database is locked")

    monkeypatch.setattr(form._residents, "create", locked)
    residents.save()
    problem = form.findChild(QLabel, "formProblem")
    assert problem.isVisible()
    assert problem.text().startswith("没有保存。数据库被另一个程序占用")
    assert residents.page.form is form
    assert residents.field("name").text() == "王秀兰"


def test_choices_and_fields_in_the_users_language(residents: ResidentsDriver) -> None:
    residents.new()
    disability = residents.field("disability")
    assert isinstance(disability, QComboBox)
    assert [disability.itemText(i) for i in range(disability.count())] == ["无", "半失能", "失能"]
    labels = {label.objectName(): label.text() for label in residents.form.findChildren(QLabel)}
    assert labels["label_name"] == "姓名 *"
    assert labels["label_id_number"] == "身份证号"
    assert labels["label_emergency_name"] == "联系人姓名"
    assert isinstance(residents.field("name"), QLineEdit)
    titles = [
        box.title() for box in residents.form.findChildren(type(residents.form.fields.findChild(object, "basicGroup")))
    ]
    # front desk (the test actor): no 健康 group at all (care staff see it: tests/ui/test_privacy_ui.py)
    assert titles == ["基本信息", "联系方式", "紧急联系人", "居住与照护", "服务卡与备注", "个人信息处理知情同意"]


def test_archived_resident_shows_it(residents: ResidentsDriver, clock) -> None:
    service = ResidentService(residents.db, clock)
    rid = service.create(ResidentInput(name="周玉兰"), actor=TEST_ACTOR)
    from frontdesk.core.models import ArchiveReason

    service.archive(rid, ArchiveReason.MOVED, actor=TEST_ACTOR)
    residents.page.filters.archived.setChecked(True)
    residents.select("周玉兰")
    residents.open_selected()
    note = residents.form.findChild(QLabel, "formArchived")
    assert note.isVisible()
    assert note.text() == "已归档：迁出"
    assert residents.form.restore_button.isVisible()
    assert not residents.form.archive_button.isVisible()
    assert residents.residents(Resident.id == rid)[0].archived_at is not None


def test_saving_an_unchanged_record_writes_nothing(residents: ResidentsDriver, clock) -> None:
    register(residents, clock, ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE))
    residents.select("王秀兰")
    residents.open_selected()
    residents.save()
    assert residents.page.form is None
    assert residents.status() == "没有修改：王秀兰"
    assert residents.audit("resident.update") == []
