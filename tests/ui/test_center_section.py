"""设置 → 本中心 (managers): the center's name, address, phone, footer and logo typed, saved, and printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from signin_support import settle
from sqlalchemy import select

from frontdesk.core.access import Actor
from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.services.center_settings import CenterSettings
from frontdesk.printing.documents import render
from pdf_checks import text_of
from print_data import logo_png

MANAGER = Actor(0, "张主任", Role.MANAGER)


def typed_chinese(qtbot, field: QLineEdit, text: str) -> None:
    """Click into the field, select what is there and commit ``text`` as an input method does."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)
    field.textEdited.emit(field.text())  # an input method's commit is an edit, as typing is


def shown_section(qtbot, desk):
    desk.window.show()
    desk.window.show_page("settings")
    settle(qtbot, desk)
    section = desk.center
    assert section.isVisibleTo(desk.window)
    return section


def test_front_desk_staff_do_not_see_it(qtbot, make_desk) -> None:
    desk = make_desk(actor=Actor(0, "李前台", Role.FRONT_DESK))
    desk.window.show()
    desk.window.show_page("settings")
    settle(qtbot, desk)
    assert not desk.center.isVisibleTo(desk.window)


def test_typed_and_saved_it_heads_the_slip_and_the_lock_screen(qtbot, make_desk, opened, clock, tmp_path) -> None:
    desk = make_desk(actor=MANAGER)
    section = shown_section(qtbot, desk)
    save = section.findChild(QPushButton, "centerSave")
    assert not save.isEnabled()  # nothing changed yet
    typed_chinese(qtbot, section.findChild(QLineEdit, "centerName"), "局前街社区党群服务中心")
    typed_chinese(qtbot, section.findChild(QLineEdit, "centerAddress"), "平城区局前街18号")
    phone = section.findChild(QLineEdit, "centerPhone")
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(phone, "0352-2081234")
    typed_chinese(qtbot, section.findChild(QLineEdit, "centerFooter"), "开放时间 8:00–17:30")
    assert save.isEnabled()
    qtbot.keyClick(phone, Qt.Key.Key_Return)  # Enter saves, as the button does
    settle(qtbot, desk)
    assert section.findChild(QLabel, "centerStatus").text() == "已保存：之后打印的文件都会用上。"
    info = CenterSettings(opened.db, clock).center_info()
    assert (info.name, info.address, info.phone, info.footer) == (
        "局前街社区党群服务中心", "平城区局前街18号", "0352-2081234", "开放时间 8:00–17:30",
    )  # fmt: skip
    assert not save.isEnabled()
    assert desk.gate.cover.findChild(QLabel, "lockCenter").text() == "局前街社区党群服务中心"
    with opened.db.read() as session:
        keys = set(session.scalars(select(AuditEntry.details["key"].as_string())))
    assert {"center.name", "center.address", "center.phone", "slip.footer"} <= keys


def test_a_chosen_logo_is_shown_saved_and_printed(qtbot, make_desk, opened, clock, prompts, tmp_path) -> None:
    picture = tmp_path / "logo.png"
    picture.write_bytes(logo_png())
    prompts.picture = str(picture)
    desk = make_desk(actor=MANAGER)
    section = shown_section(qtbot, desk)
    assert section.findChild(QLabel, "centerLogo").text() == "未设标志"
    qtbot.mouseClick(section.findChild(QPushButton, "centerChooseLogo"), Qt.MouseButton.LeftButton)
    settle(qtbot, desk)
    assert prompts.pictures_asked == ["选择本中心的标志"]
    shown = section.findChild(QLabel, "centerLogo").pixmap()
    assert shown.height() == 48  # the preview, before saving
    assert CenterSettings(opened.db, clock).center_info().logo is None  # not yet saved
    qtbot.mouseClick(section.findChild(QPushButton, "centerSave"), Qt.MouseButton.LeftButton)
    settle(qtbot, desk)
    logo = CenterSettings(opened.db, clock).center_info().logo
    assert logo is not None
    assert logo.startswith(b"\x89PNG")
    qtbot.mouseClick(section.findChild(QPushButton, "centerClearLogo"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.findChild(QPushButton, "centerSave"), Qt.MouseButton.LeftButton)
    settle(qtbot, desk)
    assert CenterSettings(opened.db, clock).center_info().logo is None


def test_a_file_that_is_not_a_picture_is_said_next_to_the_logo(qtbot, make_desk, prompts, tmp_path: Path) -> None:
    wrong = tmp_path / "notes.png"
    wrong.write_text("not a picture at all")
    prompts.picture = str(wrong)
    desk = make_desk(actor=MANAGER)
    section = shown_section(qtbot, desk)
    typed_chinese(qtbot, section.findChild(QLineEdit, "centerName"), "局前街社区")
    qtbot.mouseClick(section.findChild(QPushButton, "centerChooseLogo"), Qt.MouseButton.LeftButton)
    settle(qtbot, desk)
    assert section.findChild(QLabel, "centerError").text() == "这个文件不是图片：请选 PNG 或 JPEG 文件。"
    assert section.findChild(QLineEdit, "centerName").text() == "局前街社区"  # nothing typed is lost
    assert section.findChild(QPushButton, "centerSave").isEnabled()


def test_the_saved_address_is_on_the_consent_form(qtbot, make_desk, opened, clock) -> None:
    desk = make_desk(actor=MANAGER)
    section = shown_section(qtbot, desk)
    typed_chinese(qtbot, section.findChild(QLineEdit, "centerAddress"), "平城区局前街18号")
    section.save()
    settle(qtbot, desk)
    from actors import TEST_ACTOR
    from frontdesk.core.services.privacy import PrivacyService
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.validation import ResidentInput

    wang = ResidentService(opened.db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    form = PrivacyService(opened.db, clock).consent_form(TEST_ACTOR, wang)
    assert "地址：平城区局前街18号" in text_of(render("consent-form", form))
