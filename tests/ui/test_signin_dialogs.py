"""Sign-in at the desk: the first run creates the administrator; wrong passwords are said in words; lock-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from signin_support import PASSWORD, commit, settle

from frontdesk.core.models import Role
from frontdesk.core.services.staff import StaffService
from frontdesk.ui.signin import FirstRunDialog, SignInDialog

ASK = "ask"  # make_desk(actor=ASK): the desk asks who signs in


def asking_desk(qtbot, make_desk):
    desk = make_desk(actor=ASK)
    desk.window.show()
    qtbot.waitExposed(desk.window)
    settle(qtbot, desk)  # the desk asks the database whether an administrator exists yet
    return desk


def press_enter(qtbot, desk, field) -> None:
    """Enter in a dialog's field, and wait for the answer from the database worker."""
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, desk)


def dialog_of(desk, kind):
    dialogs = [d for d in desk.window.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def assert_covered(desk) -> None:
    assert desk.window.covered()
    assert not desk.checkin.isVisible()  # no resident shows before sign-in
    assert not desk.residents.isVisible()
    assert desk.actor is None
    assert desk.window.findChild(QLabel, "statusStaff").text() == "未登录"


def test_first_run_creates_the_administrator_and_signs_in(qtbot, make_desk, staff: StaffService) -> None:
    desk = asking_desk(qtbot, make_desk)
    dialog = dialog_of(desk, FirstRunDialog)
    assert dialog.objectName() == "firstRunDialog"
    assert_covered(desk)
    signals = []
    desk.gate.signed_in.connect(signals.append)

    qtbot.keyClicks(dialog.findChild(QLineEdit, "firstRunUser"), "Zhang")
    commit(dialog.findChild(QLineEdit, "firstRunName"), "张主任")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "firstRunPassword"), PASSWORD)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "firstRunRepeat"), "different1")
    press_enter(qtbot, desk, dialog.findChild(QLineEdit, "firstRunRepeat"))
    assert dialog.findChild(QLabel, "firstRunError").text() == "两次输入的密码不一致。"
    assert staff.needs_first_manager()

    qtbot.keyClicks(dialog.findChild(QLineEdit, "firstRunRepeat"), PASSWORD)
    press_enter(qtbot, desk, dialog.findChild(QLineEdit, "firstRunRepeat"))
    assert not dialog.isVisible()
    assert not staff.needs_first_manager()
    assert desk.actor is not None
    assert desk.actor.role == Role.MANAGER
    assert desk.actor.display_name == "张主任"
    assert signals == [desk.actor]
    assert desk.gate.username == "zhang"
    assert not desk.window.covered()
    assert desk.checkin.isVisible()
    assert desk.window.findChild(QLabel, "statusStaff").text() == "管理员：张主任"


def test_first_run_says_why_a_password_is_refused(qtbot, make_desk, staff: StaffService) -> None:
    desk = asking_desk(qtbot, make_desk)
    dialog = dialog_of(desk, FirstRunDialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "firstRunUser"), "zhang")
    commit(dialog.findChild(QLineEdit, "firstRunName"), "张主任")
    for name in ("firstRunPassword", "firstRunRepeat"):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), "short1")
    press_enter(qtbot, desk, dialog.findChild(QLineEdit, "firstRunRepeat"))
    assert dialog.findChild(QLabel, "firstRunError").text() == "密码至少需要 8 个字符。"
    assert dialog.isVisible()
    assert staff.needs_first_manager()
    assert_covered(desk)


def test_sign_in_with_enter_sets_the_status_bar(qtbot, make_desk, manager) -> None:
    desk = asking_desk(qtbot, make_desk)
    dialog = dialog_of(desk, SignInDialog)
    assert dialog.objectName() == "signInDialog"
    assert_covered(desk)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInUser"), "ZHANG")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInPassword"), PASSWORD)
    press_enter(qtbot, desk, dialog.findChild(QLineEdit, "signInPassword"))
    assert not dialog.isVisible()
    assert desk.actor == manager
    assert desk.window.findChild(QLabel, "statusStaff").text() == "管理员：张主任"
    assert desk.checkin.isVisible()


def test_front_desk_staff_sign_in_with_their_role_word(qtbot, make_desk, staff, manager) -> None:
    staff.create_staff(manager, "lina", "李娜", Role.FRONT_DESK, "lina2026pw")
    desk = asking_desk(qtbot, make_desk)
    dialog = dialog_of(desk, SignInDialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInUser"), "lina")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInPassword"), "lina2026pw")
    press_enter(qtbot, desk, dialog.findChild(QLineEdit, "signInPassword"))
    assert desk.window.findChild(QLabel, "statusStaff").text() == "前台：李娜"


def test_a_wrong_password_is_said_in_words_and_nothing_else_happens(qtbot, make_desk, manager) -> None:
    desk = asking_desk(qtbot, make_desk)
    dialog = dialog_of(desk, SignInDialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInUser"), "zhang")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInPassword"), "wrong2026pw")
    press_enter(qtbot, desk, dialog.findChild(QLineEdit, "signInPassword"))
    error = dialog.findChild(QLabel, "signInError")
    assert error.text() == "用户名或密码不对。"
    assert not error.isHidden()
    assert dialog.isVisible()
    assert dialog.findChild(QLineEdit, "signInPassword").text() == ""
    assert_covered(desk)


def test_lock_out_after_five_failures_is_shown(qtbot, make_desk, manager) -> None:
    desk = asking_desk(qtbot, make_desk)
    dialog = dialog_of(desk, SignInDialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInUser"), "zhang")
    password = dialog.findChild(QLineEdit, "signInPassword")
    for _ in range(5):
        qtbot.keyClicks(password, "wrong2026pw")
        press_enter(qtbot, desk, password)
    qtbot.keyClicks(password, PASSWORD)  # even the right password waits now
    press_enter(qtbot, desk, password)
    assert dialog.findChild(QLabel, "signInError").text() == "账号已锁定，请于 09:35 后再试。"
    assert_covered(desk)


def test_closing_the_dialog_keeps_the_pages_covered_and_offers_sign_in_again(qtbot, make_desk, manager) -> None:
    desk = asking_desk(qtbot, make_desk)
    dialog_of(desk, SignInDialog).reject()
    assert_covered(desk)
    desk.gate.cover.sign_in_button.click()
    settle(qtbot, desk)
    assert dialog_of(desk, SignInDialog).isVisible()


def test_a_locked_database_is_said_in_words_not_a_crash(qtbot, make_desk, manager, monkeypatch, prompts) -> None:
    import sqlite3

    from frontdesk.core.errors import ProblemKind
    from frontdesk.ui import problems

    def locked(self, username: str, password: str):
        raise sqlite3.OperationalError("database is locked")

    desk = asking_desk(qtbot, make_desk)
    dialog = dialog_of(desk, SignInDialog)
    monkeypatch.setattr(StaffService, "sign_in", locked)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInUser"), "zhang")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "signInPassword"), PASSWORD)
    press_enter(qtbot, desk, dialog.findChild(QLineEdit, "signInPassword"))
    assert dialog.findChild(QLabel, "signInError").text() == problems.problem_text(ProblemKind.LOCKED)
    assert prompts.crashes == []
    assert_covered(desk)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_refusals_fill_their_params_and_an_unknown_code_is_named(language) -> None:
    from frontdesk.core.errors import RuleViolation
    from frontdesk.ui.signin import refusal_text

    assert refusal_text(RuleViolation("password_too_short", {"minimum": 10})) == "密码至少需要 10 个字符。"
    assert "wangjing" in refusal_text(RuleViolation("username_taken", {"username": "wangjing"}))
    assert refusal_text(RuleViolation("sign_in_failed")) == "用户名或密码不对。"
    assert "no_such_rule" in refusal_text(RuleViolation("no_such_rule"))
