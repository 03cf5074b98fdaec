"""员工 on the Settings page: managers see and manage staff, front-desk staff do not; 修改密码 from the menu."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QTableView
from signin_support import commit, settle

from actors import TEST_ACTOR
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Role
from frontdesk.ui.signin import ChangePasswordDialog
from frontdesk.ui.staff_admin import StaffSection


def settings_of(qtbot, desk) -> StaffSection:
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("settings")
    settle(qtbot, desk)  # the list is read on the database worker
    return desk.settings.findChild(QGroupBox, "staffSection")


def test_front_desk_staff_do_not_see_staff_management(qtbot, make_desk, lina) -> None:
    desk = make_desk(actor=lina, username="lina")
    section = settings_of(qtbot, desk)
    assert section is not None
    assert not section.isVisible()
    assert section.findChild(QTableView, "staffTable") is None  # not even built: no staff list read for them


def test_a_manager_sees_the_staff_list(qtbot, make_desk, manager, lina) -> None:
    desk = make_desk(actor=manager, username="zhang")
    section = settings_of(qtbot, desk)
    assert section.isVisible()
    assert section.title() == "员工"
    model = section.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows == [["lina", "李娜", "前台", "在用"], ["zhang", "张主任", "管理员", "在用"]]


def test_the_section_follows_who_signs_in(qtbot, make_desk, manager, lina) -> None:
    desk = make_desk(actor=manager, username="zhang")
    section = settings_of(qtbot, desk)
    assert section.isVisible()
    desk.gate.become(lina, "lina")
    assert not section.isVisible()
    assert section.model.rowCount() == 0  # the list a manager saw is gone with them


def test_a_manager_adds_staff_through_the_settings_page(qtbot, make_desk, staff, manager) -> None:
    desk = make_desk(actor=manager, username="zhang")
    section = settings_of(qtbot, desk)
    qtbot.keyClicks(section.findChild(QLineEdit, "staffNewUser"), "wangfang")
    commit(section.findChild(QLineEdit, "staffNewName"), "王芳")
    role = section.findChild(QComboBox, "staffNewRole")
    role.setCurrentIndex(role.findData("care"))
    qtbot.keyClicks(section.findChild(QLineEdit, "staffNewPassword"), "care2026pw")
    section.findChild(QPushButton, "staffAdd").click()
    settle(qtbot, desk)

    assert section.findChild(QLabel, "staffStatus").text() == "已添加 王芳（wangfang）。"
    rows = {row.username: row for row in staff.list_staff(manager)}
    assert rows["wangfang"].display_name == "王芳"
    assert rows["wangfang"].role == Role.CARE
    assert staff.sign_in("wangfang", "care2026pw").role == Role.CARE
    assert section.selected().username == "wangfang"
    assert section.findChild(QLineEdit, "staffNewUser").text() == ""


def test_a_refused_new_account_is_said_and_kept_as_typed(qtbot, make_desk, staff, manager) -> None:
    desk = make_desk(actor=manager, username="zhang")
    section = settings_of(qtbot, desk)
    qtbot.keyClicks(section.findChild(QLineEdit, "staffNewUser"), "zhang")
    commit(section.findChild(QLineEdit, "staffNewName"), "另一个张")
    qtbot.keyClicks(section.findChild(QLineEdit, "staffNewPassword"), "other2026pw")
    section.findChild(QPushButton, "staffAdd").click()
    settle(qtbot, desk)
    assert section.findChild(QLabel, "staffError").text() == "用户名 zhang 已被占用。"
    assert section.findChild(QLineEdit, "staffNewName").text() == "另一个张"
    assert len(staff.list_staff(manager)) == 1


def test_reset_password_and_deactivate(qtbot, make_desk, staff, manager, lina) -> None:
    desk = make_desk(actor=manager, username="zhang")
    section = settings_of(qtbot, desk)
    section.select_username("lina")
    qtbot.keyClicks(section.findChild(QLineEdit, "staffResetField"), "fresh2026pw")
    section.findChild(QPushButton, "staffReset").click()
    settle(qtbot, desk)
    assert section.findChild(QLabel, "staffStatus").text() == "已为 李娜 设置新密码。"
    assert staff.sign_in("lina", "fresh2026pw") == lina

    toggle = section.findChild(QPushButton, "staffToggleActive")
    assert toggle.text() == "停用"
    toggle.click()
    settle(qtbot, desk)
    assert section.findChild(QLabel, "staffStatus").text() == "李娜 已停用。"
    with pytest.raises(RuleViolation):
        staff.sign_in("lina", "fresh2026pw")
    row = section.table.selectionModel().selectedRows()[0].row()  # still selected, now listed after the active
    assert section.model.index(row, 0).data() == "lina"
    assert section.model.index(row, 3).data() == "已停用"
    assert toggle.text() == "重新启用"


def test_a_manager_cannot_deactivate_themselves(qtbot, make_desk, staff, manager) -> None:
    desk = make_desk(actor=manager, username="zhang")
    section = settings_of(qtbot, desk)
    section.select_username("zhang")
    section.findChild(QPushButton, "staffToggleActive").click()
    settle(qtbot, desk)
    assert section.findChild(QLabel, "staffError").text() == "不能停用自己的账号。"
    assert staff.list_staff(manager)[0].active


def test_change_own_password_from_the_file_menu(qtbot, make_desk, staff, lina) -> None:
    desk = make_desk(actor=lina, username="lina")
    desk.window.show()
    qtbot.waitExposed(desk.window)
    assert desk.window.change_password_action.isEnabled()
    desk.window.change_password_action.trigger()
    dialogs = [d for d in desk.window.findChildren(ChangePasswordDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.keyClicks(dialog.findChild(QLineEdit, "oldPassword"), "wrong2026pw")
    for name in ("newPassword", "newPasswordRepeat"):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), "mine2026pw")
    dialog.buttons.accepted.emit()
    settle(qtbot, desk)
    assert dialog.findChild(QLabel, "changePasswordError").text() == "当前密码不对。"
    dialog.findChild(QLineEdit, "oldPassword").clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "oldPassword"), "lina2026pw")
    dialog.buttons.accepted.emit()
    settle(qtbot, desk)
    assert not dialog.isVisible()
    assert staff.sign_in("lina", "mine2026pw") == lina


def test_check_ins_record_who_was_signed_in(qtbot, make_desk, opened, lina) -> None:
    from sqlalchemy import select

    from frontdesk.core.models import Visit
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.validation import ResidentInput

    desk = make_desk(actor=lina, username="lina")
    rid = ResidentService(opened.db, lambda: datetime(2026, 11, 28, 9, 0)).create(
        ResidentInput(name="王秀兰"), actor=TEST_ACTOR
    )
    desk.checkin.check_in(rid)
    qtbot.waitUntil(desk.checkin.settled)  # the check-in runs on the desk's database worker
    with opened.db.read() as session:
        assert session.scalars(select(Visit.staff_id)).all() == [lina.staff_id]
