"""居民 page as the app starts it (before the database is open) and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from residents_driver import WRONG_CHECK_DIGIT, ResidentsDriver

from actors import TEST_ACTOR
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput


def test_page_waits_for_the_database(qtbot, make_desk, clock, opened) -> None:
    ResidentService(opened.db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    early = make_desk(attach=False)  # as the app starts: the window first, the database when it is open
    page = early.residents
    assert not page.content.isEnabled()
    assert page.status.text() == "正在打开数据库…"
    early.window.show()
    qtbot.waitExposed(early.window)
    early.window.show_page("residents")
    page.new_action.trigger()  # nothing to open a form on yet
    assert page.form is None
    early.attach(opened, actor=TEST_ACTOR)
    assert page.content.isEnabled()
    qtbot.waitUntil(page.settled)  # the table is read on the desk's database worker
    assert page.status.text() == "双击居民，或选中后按 Enter，打开档案。"
    assert page.model.rowCount() == 1
    assert page.count.text() == "共 1 人"
    assert page.selected_rows()[0].name == "王秀兰"  # the first row is ready for Enter


def test_a_hidden_page_refreshes_when_shown(qtbot, desk) -> None:
    residents = ResidentsDriver(qtbot, desk)
    desk.window.show_page("checkin")
    ResidentService(residents.db, desk.clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    desk.hub.residents_changed.emit()
    assert residents.names() == []  # not read while nobody looks at it…
    desk.window.show_page("residents")
    assert residents.names() == ["李建国"]  # …but as soon as somebody does


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_in_english(qtbot, desk) -> None:
    residents = ResidentsDriver(qtbot, desk)
    assert residents.page.count.text() == "Residents: 0"
    residents.new()
    residents.type("Wang Xiulan")
    residents.fill("id_number", WRONG_CHECK_DIGIT)
    residents.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert residents.error("id_number") == "The check digit of the ID number is wrong: please check the last character."
    residents.fill("id_number", "")
    residents.field("id_number").clear()
    residents.save()
    assert residents.status() == "Registered: Wang Xiulan"
    assert residents.page.count.text() == "Residents: 1"
