"""The lock screen: idle time and Ctrl+L lock, the cover shows nobody's data, unlock with the password, 换人登录."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from signin_support import PASSWORD, settle

from frontdesk.core.models import Role
from frontdesk.ui.access.signin import SignInDialog


def signed_in_desk(qtbot, make_desk, actor, *, idle_ms: int | None = None):
    desk = make_desk(actor=actor, username="zhang", idle_ms=idle_ms)
    window = desk.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return desk


def overlay(desk) -> QWidget:
    return desk.window.findChild(QWidget, "lockOverlay")


def assert_locked(desk) -> None:
    assert desk.gate.locked
    assert overlay(desk).isVisible()
    assert overlay(desk).findChild(QLabel, "lockMessage").text() == "已锁定 — 请输入密码"
    assert not desk.checkin.isVisible()  # the pages are hidden, not painted over
    assert not desk.residents.isVisible()
    assert not desk.window.stack.isVisible()


def test_idle_time_locks_the_screen(qtbot, make_desk, manager) -> None:
    desk = signed_in_desk(qtbot, make_desk, manager, idle_ms=800)  # long enough to sign in on a busy machine
    assert not desk.gate.locked
    assert desk.checkin.isVisible()
    qtbot.waitUntil(lambda: desk.gate.locked, timeout=5000)
    assert_locked(desk)
    assert "张主任" in overlay(desk).findChild(QLabel, "lockWho").text()
    assert desk.window.findChild(QLineEdit, "lockPassword").hasFocus()


def test_activity_keeps_the_screen_open(qtbot, make_desk, manager) -> None:
    # 1.8 s in all with a key every 0.15 s, under an idle time of 1 s: a desk just built may hold its GUI thread
    # still for a few hundred ms once (its first collection), which must not count as the person being away
    desk = signed_in_desk(qtbot, make_desk, manager, idle_ms=1000)
    for _ in range(12):
        qtbot.wait(150)
        # through the window, as a keyboard's keys come (a key sent straight to a widget skips it)
        qtbot.keyClick(desk.window.windowHandle(), Qt.Key.Key_Shift)
    assert not desk.gate.locked


def test_activity_in_a_dialog_keeps_the_screen_open(qtbot, make_desk, manager) -> None:
    desk = signed_in_desk(qtbot, make_desk, manager, idle_ms=1000)
    dialog = QDialog(desk.window)
    dialog.show()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    for _ in range(12):  # 1.8 s, past the idle time
        qtbot.wait(150)
        qtbot.mouseMove(dialog.windowHandle(), QPoint(10 + _, 10))
    assert not desk.gate.locked
    dialog.close()
    qtbot.waitUntil(lambda: desk.gate.locked, timeout=5000)  # and without any, it locks


def test_ctrl_l_locks_and_the_right_password_unlocks(qtbot, make_desk, manager) -> None:
    desk = signed_in_desk(qtbot, make_desk, manager)
    qtbot.keyClick(desk.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(desk)
    assert not desk.window.lock_action.isEnabled()

    password = desk.window.findChild(QLineEdit, "lockPassword")
    qtbot.keyClicks(password, "wrong2026pw")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    settle(qtbot, desk)  # the password is checked on the database worker
    assert desk.window.findChild(QLabel, "lockError").text() == "用户名或密码不对。"
    assert_locked(desk)

    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    settle(qtbot, desk)  # the password is checked on the database worker
    assert not desk.gate.locked
    assert desk.checkin.isVisible()
    assert desk.actor == manager
    assert desk.window.findChild(QLabel, "statusStaff").text() == "管理员：张主任"


def test_another_staff_member_signs_in_instead(qtbot, make_desk, staff, manager) -> None:
    staff.create_staff(manager, "lina", "李娜", Role.FRONT_DESK, "lina2026pw")
    desk = signed_in_desk(qtbot, make_desk, manager)
    desk.window.lock_action.trigger()
    desk.window.findChild(QPushButton, "lockSwitchUser").click()
    dialogs = [d for d in desk.window.findChildren(SignInDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert_locked(desk)  # still covered while the dialog asks
    qtbot.keyClicks(dialogs[0].findChild(QLineEdit, "signInUser"), "lina")
    qtbot.keyClicks(dialogs[0].findChild(QLineEdit, "signInPassword"), "lina2026pw")
    qtbot.keyClick(dialogs[0].findChild(QLineEdit, "signInPassword"), Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert not desk.gate.locked
    assert desk.actor.display_name == "李娜"
    assert desk.gate.username == "lina"
    assert desk.window.findChild(QLabel, "statusStaff").text() == "前台：李娜"

    desk.window.lock_action.trigger()  # now the lock asks for 李娜's password
    password = desk.window.findChild(QLineEdit, "lockPassword")
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    settle(qtbot, desk)  # the password is checked on the database worker
    assert desk.gate.locked
    qtbot.keyClicks(password, "lina2026pw")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    settle(qtbot, desk)  # the password is checked on the database worker
    assert not desk.gate.locked


def test_lock_minutes_are_a_desk_preference(qtbot, make_desk, manager) -> None:
    desk = signed_in_desk(qtbot, make_desk, manager)
    assert desk.prefs.lock_minutes == 5
    assert desk.gate.idle.interval() == 5 * 60_000
    desk.window.show_page("settings")
    spin = desk.settings.findChild(QSpinBox, "lockMinutes")
    assert spin.value() == 5
    spin.setValue(12)
    assert desk.prefs.lock_minutes == 12
    assert desk.gate.idle.interval() == 12 * 60_000
    again = make_desk()
    assert again.settings.findChild(QSpinBox, "lockMinutes").value() == 12
    assert again.gate.idle.interval() == 12 * 60_000


def test_a_dialog_left_open_hides_while_locked(qtbot, make_desk, manager) -> None:
    desk = signed_in_desk(qtbot, make_desk, manager)
    form = QDialog(desk.window)  # e.g. a resident's record being edited
    form.open()
    qtbot.waitExposed(form)
    desk.window.lock_action.trigger()
    assert not form.isVisible()
    password = desk.window.findChild(QLineEdit, "lockPassword")
    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    settle(qtbot, desk)  # the password is checked on the database worker
    assert form.isVisible()  # back as it was left
