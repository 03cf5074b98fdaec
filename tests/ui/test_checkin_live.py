"""签到 page: check-out, closing time, the in-building list, today's figures and the welfare-watch list, kept fresh
by the change hub and the timer; machine trouble said in words with nothing typed lost."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from actors import TEST_ACTOR
from frontdesk.core.errors import EnvironmentProblem, ProblemKind
from frontdesk.core.models import Visit
from frontdesk.core.services.visits import VisitService
from frontdesk.ui.pages.checkin.live_models import PresentColumn, WatchColumn
from frontdesk.ui.pages.checkin.live_panel import PRESENT_TAB, WATCH_TAB
from frontdesk.ui.pages.checkin.results_model import Column


@pytest.fixture
def opened(seeded_opened):
    return seeded_opened


def open_visits(checkin) -> int:
    checkin.settle()
    with checkin.db.read() as session:
        return session.scalar(select(func.count()).select_from(Visit).where(Visit.checked_out_at.is_(None)))


def present_names(checkin) -> list[str]:
    checkin.settle()
    model = checkin.page.live.present_model
    return [model.visitor(row).name for row in range(model.rowCount())]


def test_f8_checks_out_the_resident_on_the_card(checkin, known, clock) -> None:
    checkin.commit("司马秀兰")
    checkin.enter()
    assert "司马秀兰" in present_names(checkin)
    clock.now += timedelta(minutes=75)
    checkin.commit("司马")
    checkin.settle()
    assert checkin.page.actions.check_out.isEnabled()
    checkin.key(Qt.Key.Key_F8)
    [visit] = checkin.visits(known.sima)
    assert visit.checked_out_at == clock.now
    assert checkin.status() == f"司马秀兰 已签退 · 排队号 {visit.queue_number:03d} · 在馆 1小时15分"
    assert "司马秀兰" not in present_names(checkin)
    assert "已签退" in checkin.page.card.state.text.text()
    assert checkin.focus_in_search()


def test_f8_for_someone_not_in_says_so(checkin, known) -> None:
    checkin.commit("司马秀兰")
    checkin.key(Qt.Key.Key_F8)
    assert checkin.status() == "司马秀兰 目前不在馆，无需签退"
    assert checkin.tone() == "warning"
    assert checkin.visits(known.sima) == []


def test_check_out_from_the_in_building_list(checkin, known) -> None:
    checkin.scan("1000000001")
    checkin.settle()
    live = checkin.page.live
    row = live.present_model.row_of(known.sima)
    live.present_list.selectRow(row)
    checkin.qtbot.mouseClick(live.check_out_button, Qt.MouseButton.LeftButton)
    assert checkin.visits(known.sima)[0].checked_out_at is not None
    assert checkin.status().startswith("司马秀兰 已签退")
    assert live.present_model.row_of(known.sima) is None
    assert checkin.focus_in_search()


def test_in_building_list_shows_time_since_check_in(checkin, known, clock) -> None:
    checkin.scan("1000000001")
    checkin.settle()  # checked in at 9:30, before the clock moves on
    clock.now += timedelta(minutes=42)
    checkin.page._live_timer.timeout.emit()  # the 30-second refresh
    checkin.settle()
    model = checkin.page.live.present_model
    row = model.row_of(known.sima)
    assert model.data(model.index(row, PresentColumn.SINCE)) == "42分钟"
    assert model.data(model.index(row, PresentColumn.NAME), Qt.ItemDataRole.ToolTipRole).endswith("签到 · 活动")


def test_closing_time_asks_then_checks_everyone_out(checkin, known, prompts) -> None:
    checkin.scan("1000000001")
    checkin.settle()
    people = checkin.page.live.present_model.rowCount()
    assert people > 1
    assert open_visits(checkin) == people
    prompts.answer = False
    checkin.qtbot.mouseClick(checkin.page.live.close_day_button, Qt.MouseButton.LeftButton)
    assert open_visits(checkin) == people  # "no" changes nothing
    prompts.answer = True
    checkin.qtbot.mouseClick(checkin.page.live.close_day_button, Qt.MouseButton.LeftButton)
    assert len(prompts.confirms) == 2
    title, question, action = prompts.confirms[-1]
    assert (title, action) == ("闭馆签退", "全部签退")
    assert f"为仍在馆的 {people} 人全部签退" in question
    assert open_visits(checkin) == 0
    assert checkin.visits(known.sima)[0].auto_checkout
    assert checkin.status() == f"闭馆签退：{people} 人已自动签退"
    assert checkin.page.live.present_model.rowCount() == 0
    assert checkin.page.counts.present.text() == "在馆 0 人"  # (read after status(), which waits for the worker)
    assert checkin.focus_in_search()


def test_counts_follow_a_check_in(checkin, known) -> None:
    counts = checkin.page.counts
    before = VisitService(checkin.db, checkin.desk.clock).day_counts(actor=TEST_ACTOR)
    assert counts.present.text() == f"在馆 {before.present} 人"
    assert counts.today.text() == f"今日 {before.visits} 人次 / {before.people} 人"
    checkin.key(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # 上课
    checkin.scan("1000000001")
    checkin.settle()
    assert counts.present.text() == f"在馆 {before.present + 1} 人"
    assert counts.today.text() == f"今日 {before.visits + 1} 人次 / {before.people + 1} 人"
    assert "上课 1" in counts.purposes.text()


def test_another_desks_check_in_shows_on_the_timer(checkin, known) -> None:
    checkin.commit("司马秀兰")
    checkin.settle()
    results = checkin.page.results_model
    assert results.data(results.index(0, Column.TODAY)) == ""
    VisitService(checkin.db, checkin.desk.clock).check_in(known.sima, actor=TEST_ACTOR)  # the desk next door
    checkin.page._live_timer.timeout.emit()
    checkin.settle()
    assert results.data(results.index(0, Column.TODAY)) == "已签到"
    assert "司马秀兰" in present_names(checkin)
    assert "在馆" in checkin.page.card.state.text.text()


def test_welfare_watch_lists_a_lone_regular_who_stopped_coming(checkin, known) -> None:
    page = checkin.page
    assert page.counts.watch.text().startswith("关怀提醒 ")
    checkin.qtbot.mouseClick(page.counts.watch, Qt.MouseButton.LeftButton)
    checkin.settle()
    assert page.live.currentIndex() == WATCH_TAB
    model = page.live.watch_model
    rows = {model.entry(row).resident_id: row for row in range(model.rowCount())}
    assert known.zhao in rows
    row = rows[known.zhao]
    assert [model.data(model.index(row, c)) for c in WatchColumn] == ["赵桂芳", "84", "137****1111", "10 天"]
    assert page.counts.watch.text() == f"关怀提醒 {model.rowCount()}"
    page.live.absent_days.setValue(14)  # seen eleven days ago: not on a two-week list
    checkin.settle()
    assert known.zhao not in {model.entry(r).resident_id for r in range(model.rowCount())}
    checkin.qtbot.mouseClick(page.counts.present, Qt.MouseButton.LeftButton)
    assert page.live.currentIndex() == PRESENT_TAB


def test_welfare_watch_drops_someone_who_comes_back(checkin, known) -> None:
    model = checkin.page.live.watch_model
    assert known.zhao in {model.entry(r).resident_id for r in range(model.rowCount())}
    checkin.commit("赵桂芳")
    checkin.enter()
    checkin.settle()
    checkin.page._watch_soon.timeout.emit()  # re-read a moment after the check-in
    checkin.settle()
    assert known.zhao not in {model.entry(r).resident_id for r in range(model.rowCount())}


def test_database_trouble_is_said_and_nothing_typed_is_lost(checkin, known, monkeypatch) -> None:
    def locked(*_args, **_kwargs):
        raise EnvironmentProblem(ProblemKind.LOCKED, "database is locked")

    monkeypatch.setattr(checkin.page._services.visits, "check_in", locked)
    checkin.commit("司马秀兰")
    checkin.enter()
    assert checkin.status().startswith("未保存。数据库被另一个程序占用")
    assert checkin.tone() == "refusal"
    assert checkin.page.search.text() == "司马秀兰"
    assert checkin.visits(known.sima) == []


def test_narrow_window_shows_the_lists_in_the_cards_place(checkin, known) -> None:
    """With no room for three panels (1024×768 at 150 %), the live lists give way to the card; the counts strip
    opens them in the card's place, clicking again or typing brings the card back — and a check-out still works."""
    page, window = checkin.page, checkin.desk.window
    narrow = page.three_panels_width() - 40
    window.resize(window.width() - (page.splitter.width() - narrow), window.height())
    checkin.qtbot.waitUntil(lambda: not page.is_wide())
    assert page.splitter.width() < page.three_panels_width()
    assert not page.live.isVisible()
    assert page.card.isVisible()
    checkin.scan("1000000001")
    checkin.settle()
    checkin.qtbot.mouseClick(page.counts.present, Qt.MouseButton.LeftButton)
    assert page.live.isVisible()
    assert not page.card.isVisible()
    assert page.live.currentIndex() == PRESENT_TAB
    live = page.live
    live.present_list.selectRow(live.present_model.row_of(known.sima))
    checkin.qtbot.mouseClick(live.check_out_button, Qt.MouseButton.LeftButton)
    checkin.settle()
    assert checkin.visits(known.sima)[0].checked_out_at is not None
    assert page.live.isVisible()  # the list stays for the next one
    checkin.qtbot.mouseClick(page.counts.present, Qt.MouseButton.LeftButton)
    assert page.card.isVisible()
    assert not page.live.isVisible()
    checkin.qtbot.mouseClick(page.counts.watch, Qt.MouseButton.LeftButton)
    assert page.live.isVisible()
    assert page.live.currentIndex() == WATCH_TAB
    checkin.type("w")
    assert page.card.isVisible()
    assert not page.live.isVisible()
    window.resize(page.three_panels_width() + 200, window.height())
    checkin.qtbot.waitUntil(page.is_wide)
    assert page.live.isVisible()
    assert page.card.isVisible()
