"""签到 page, from keystroke to database row: finding residents by every key and checking them in with Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from frontdesk.core.access import Actor
from frontdesk.core.models import Role, VisitPurpose
from frontdesk.ui.pages.checkin.results_model import Column


@pytest.fixture
def opened(seeded_opened):
    return seeded_opened


def test_page_waits_for_the_database_then_focuses_the_search(qtbot, make_desk, opened) -> None:
    early = make_desk(attach=False)  # as the app starts: the window first, the database when it is open
    page = early.checkin
    assert not page.search.isEnabled()
    assert page.status.text() == "正在打开数据库…"
    assert page.findChild(QWidget, "residentCard") is None  # built when the database is there: start-up stays quick
    early.window.show()
    qtbot.waitExposed(early.window)
    early.attach(opened, actor=Actor(0, "测试", Role.FRONT_DESK))  # signed in at once: no sign-in dialog
    assert page.search.isEnabled()
    assert page.findChild(QWidget, "residentCard") is not None
    assert "Enter 签到" in page.status.text()
    assert page.counts.present.text().startswith("在馆 ")
    qtbot.waitUntil(page.search.hasFocus)


def test_search_by_chinese_name_through_the_input_method(checkin, known) -> None:
    assert checkin.focus_in_search()
    checkin.commit("司马秀兰")
    assert checkin.results() == ["司马秀兰"]
    assert checkin.card_name() == "司马秀兰"
    card = checkin.page.card
    assert card.id_number.text() == "1101**********002X"
    assert card.phone.text() == "139****7391"
    assert "今日未签到" in card.state.text.text()
    assert card.alert_texts() == ["缺紧急联系人（请现场补全）"]  # front desk: no health data (care: test_privacy_ui)
    assert "高龄 76 岁" not in card.notes.text.text()  # 76: not aged
    checkin.page.search.clear()
    checkin.commit("赵桂芳")  # another resident: the card shows only hers
    checkin.settle()
    assert card.alert_texts() == []
    assert card.notes.text.text().startswith("独居 · 高龄 84 岁")


@pytest.mark.parametrize(
    ("typed", "what"),
    [
        ("smxl", "pinyin initials"),
        ("simaxiulan", "full pinyin"),
        ("7391", "last four digits of the phone"),
        ("31002x", "last six of the ID number, lower-case x"),
        ("1000000001", "member card number, typed by hand"),
    ],
)
def test_search_and_enter_checks_in(checkin, known, typed: str, what: str) -> None:
    checkin.type(typed)
    assert checkin.results()[0] == "司马秀兰", what
    checkin.enter()
    visits = checkin.visits(known.sima)
    assert len(visits) == 1
    assert visits[0].purpose == VisitPurpose.ACTIVITY
    assert visits[0].companions == 0
    assert checkin.status() == f"司马秀兰 已签到 · 排队号 {visits[0].queue_number:03d} · 活动"
    assert checkin.tone() == "ok"
    assert checkin.page.search.text() == ""
    assert checkin.focus_in_search()
    assert "在馆 · 排队号" in checkin.page.card.state.text.text()  # the card stays, now green and in words


def test_arrow_keys_choose_while_typing_stays_in_the_box(checkin, known) -> None:
    checkin.commit("王")
    names = checkin.results()
    assert len(names) >= 2
    checkin.key(Qt.Key.Key_Down)
    assert checkin.card_name() == names[1]
    checkin.key(Qt.Key.Key_Up)
    checkin.key(Qt.Key.Key_Up)  # stops at the top
    assert checkin.card_name() == names[0]
    assert checkin.focus_in_search()
    checkin.key(Qt.Key.Key_Down)
    checkin.enter()
    assert checkin.status().startswith(f"{names[1]} 已签到")


def test_purpose_and_companions_chosen_by_keyboard(checkin, known) -> None:
    checkin.type("smxl")
    checkin.key(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 康养
    assert checkin.page.actions.purpose.currentText() == "康养"
    checkin.key(Qt.Key.Key_Tab)
    assert checkin.focus is checkin.page.actions.purpose
    checkin.key(Qt.Key.Key_Tab)
    assert checkin.focus is checkin.page.actions.companions
    checkin.type("2")
    checkin.enter()  # Enter in the companions field checks in, as in the box
    [visit] = checkin.visits(known.sima)
    assert (visit.purpose, visit.companions) == (VisitPurpose.CARE, 2)
    assert checkin.status().endswith("· 康养 · 同行家属 2 人")
    assert checkin.focus_in_search()
    assert checkin.page.actions.choice() == ("activity", 0)  # the next person starts from the default


def test_check_in_twice_is_refused_in_words(checkin, known, clock) -> None:
    checkin.commit("司马秀兰")
    checkin.enter()
    [visit] = checkin.visits(known.sima)
    checkin.commit("司马秀兰")
    checkin.settle()  # the search's answer comes back from the database worker
    assert checkin.page.results_model.data(checkin.page.results_model.index(0, Column.TODAY)) == "已签到"
    assert not checkin.page.actions.check_in.isEnabled()
    checkin.enter()
    assert checkin.status() == f"司马秀兰 已在馆（排队号 {visit.queue_number:03d}，09:30 签到）"
    assert checkin.tone() == "warning"
    assert len(checkin.visits(known.sima)) == 1
    assert checkin.page.search.text() == ""
    assert checkin.focus_in_search()


def test_nothing_found_keeps_what_was_typed(checkin) -> None:
    checkin.type("qqqq")
    assert checkin.results() == []
    checkin.enter()
    assert checkin.status().startswith("没有找到“qqqq”")
    assert checkin.page.search.text() == "qqqq"


def test_esc_clears_and_returns_to_search(checkin, known) -> None:
    checkin.commit("司马秀兰")
    checkin.key(Qt.Key.Key_Tab)
    assert not checkin.focus_in_search()
    checkin.key(Qt.Key.Key_Escape)
    assert checkin.page.search.text() == ""
    assert checkin.results() == []
    assert checkin.card_name() is None
    assert checkin.focus_in_search()


def test_focus_lands_in_the_search_box_when_the_page_is_shown(checkin) -> None:
    checkin.key(Qt.Key.Key_F3)
    assert checkin.desk.window.current_page().page_id == "residents"
    checkin.key(Qt.Key.Key_F2)
    assert checkin.focus_in_search()


def test_keys_are_in_the_tooltips(checkin) -> None:
    page = checkin.page
    assert "Enter" in page.actions.check_in.toolTip()
    assert "F8" in page.actions.check_out.toolTip()
    assert "Esc" in page.search.toolTip()
    assert "Alt+1" in page.actions.purpose.toolTip()
    assert not page.actions.print_slip.isEnabled()  # nobody on the card yet
    assert "F9" in page.actions.print_slip.toolTip()
    assert page.search.placeholderText() == "姓名 / 拼音首字母 / 手机后四位 / 身份证后六位 / 刷卡"


def test_after_sign_out_the_page_shows_and_reads_nobody(checkin, known, monkeypatch) -> None:
    """Signing out (e.g. after a restore) empties the card and the results; nothing is read until someone signs in
    again — the services would refuse a read without an actor, and the page does not try."""
    checkin.commit("赵桂芳")
    checkin.settle()
    assert checkin.card_name() == "赵桂芳"
    page = checkin.page
    calls: list[str] = []
    lookup = page._services.lookup
    for name in ("search", "card", "find_by_scan"):
        original = getattr(lookup, name)
        monkeypatch.setattr(lookup, name, lambda *a, _n=name, _o=original, **k: calls.append(_n) or _o(*a, **k))
    checkin.desk.gate.sign_out()
    assert page.card.card is None
    assert page.results_model.rowCount() == 0
    assert checkin.desk.window.status_staff.text() == "未登录"  # nobody is named as signed in any more
    page.show_resident(known.zhao)  # a change signal arriving now: still nothing is read
    page._search("赵桂芳")
    assert calls == []
    assert page.card.card is None
