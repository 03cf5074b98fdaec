"""The check-in page's table models (checked with pytest-qt's model tester) and its words."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from frontdesk.core.models import Disability, VisitPurpose
from frontdesk.core.search.query import SearchHit
from frontdesk.core.services.alerts import Alert, AlertCode, Severity
from frontdesk.core.services.visits import PresentVisitor, WatchEntry
from frontdesk.ui.pages.checkin import words
from frontdesk.ui.pages.checkin.live_models import PresentColumn, PresentModel, WatchColumn, WatchModel
from frontdesk.ui.pages.checkin.results_model import RESIDENT_ID_ROLE, Column, ResultsModel

NOW = datetime(2026, 11, 28, 10, 35)


def hit(resident_id: int, name: str, **fields) -> SearchHit:
    values = dict(
        gender="F",
        age=81,
        community="局前社区",
        id_masked="1402**********2002",
        phone_masked="139****1234",
        rank=0,
        recent_visits=3,
        archived=False,
    )
    values.update(fields)
    return SearchHit(resident_id=resident_id, name=name, **values)  # type: ignore[arg-type]


def test_results_model(qtmodeltester, language) -> None:
    model = ResultsModel()
    qtmodeltester.check(model)
    model.set_rows([hit(1, "王秀兰"), hit(2, "王秀英", age=None, community=None)])
    model.set_present([1])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, Column.NAME)) == "王秀兰"
    assert model.data(model.index(0, Column.ID_NUMBER)) == "1402…2002"
    assert model.data(model.index(0, Column.TODAY)) == "已签到"
    assert model.data(model.index(0, Column.TODAY), Qt.ItemDataRole.DecorationRole) is not None  # not colour alone
    assert model.data(model.index(1, Column.TODAY)) == ""
    assert model.data(model.index(1, Column.AGE)) == ""
    assert model.data(model.index(1, Column.NAME), RESIDENT_ID_ROLE) == 2
    assert model.headerData(Column.TODAY, Qt.Orientation.Horizontal) == "今日"


def test_results_marks_change_without_a_new_search(qtbot, language) -> None:
    model = ResultsModel()
    model.set_rows([hit(1, "王秀兰"), hit(2, "王秀英")])
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_present([2])
    top_left, bottom_right = changed.args[:2]
    assert (top_left.column(), bottom_right.column()) == (Column.TODAY, Column.TODAY)
    assert model.data(model.index(1, Column.TODAY)) == "已签到"


def test_present_model(qtmodeltester, language) -> None:
    model = PresentModel()
    qtmodeltester.check(model)
    rows = [
        PresentVisitor(10, 1, "王秀兰", 3, datetime(2026, 11, 28, 9, 5), VisitPurpose.CARE, 2),
        PresentVisitor(11, 2, "李建国", 12, datetime(2026, 11, 28, 10, 20), VisitPurpose.ACTIVITY, 0),
    ]
    model.set_rows(rows, NOW)
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c)) for c in PresentColumn] == ["003", "王秀兰 +2", "1小时30分"]
    assert model.data(model.index(1, PresentColumn.SINCE)) == "15分钟"
    assert model.data(model.index(0, PresentColumn.NAME), Qt.ItemDataRole.ToolTipRole) == "09:05 签到 · 康养"
    assert model.row_of(2) == 1


def test_present_model_given_the_same_rows_changes_only_the_durations(qtbot, language) -> None:
    model = PresentModel()
    rows = [PresentVisitor(10, 1, "王秀兰", 3, datetime(2026, 11, 28, 9, 5), VisitPurpose.CARE, 2)]
    model.set_rows(rows, NOW)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_rows(list(rows), NOW + timedelta(minutes=10))  # the minute's refresh: nobody came or went
    top_left, bottom_right = changed.args[:2]
    assert (top_left.column(), bottom_right.column()) == (PresentColumn.SINCE, PresentColumn.SINCE)
    assert model.data(model.index(0, PresentColumn.SINCE)) == "1小时40分"
    assert not resets  # the view keeps its scroll position and selection
    model.set_rows([*rows, PresentVisitor(11, 2, "李建国", 12, NOW, VisitPurpose.ACTIVITY, 0)], NOW)
    assert resets
    assert model.rowCount() == 2


def test_watch_model(qtmodeltester, language) -> None:
    model = WatchModel()
    qtmodeltester.check(model)
    model.set_rows([WatchEntry(5, "赵桂芳", 84, "137****1111", None, date(2026, 11, 18), 10, 10)])
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c)) for c in WatchColumn] == ["赵桂芳", "84", "137****1111", "10 天"]
    assert "紧急联系人：未登记" in model.data(model.index(0, WatchColumn.NAME), Qt.ItemDataRole.ToolTipRole)


def test_words_cover_the_cores_enums() -> None:
    assert list(words.PURPOSES) == [purpose.value for purpose in VisitPurpose]
    assert set(words.ALERTS) | {"disability"} == {code.value for code in AlertCode}
    assert set(words.DISABILITY) == {level.value for level in Disability} - {"none"}
    assert tuple(int(s) for s in Severity) == (words.INFO, words.ATTENTION, words.WARNING)


def test_words_in_chinese(language) -> None:
    assert words.queue_text(37) == "037"
    assert words.duration_text(timedelta(minutes=65)) == "1小时05分"
    assert words.purpose_text("meal") == "就餐"
    assert words.alert_text(Alert(AlertCode.ALLERGY, Severity.WARNING, params={"text": "青霉素"})) == "过敏：青霉素"
    assert words.alert_text(Alert(AlertCode.NO_EMERGENCY_CONTACT, Severity.ATTENTION, fix_now=True)) == (
        "缺紧急联系人（请现场补全）"
    )
    assert words.alert_text(Alert(AlertCode.DISABILITY, Severity.ATTENTION, params={"level": "full"})) == "失能"


def test_the_window_still_shows_before_sqlalchemy_is_loaded() -> None:
    """Building the check-in page must not import the core's models: that is the slow part of start-up."""
    script = "import sys, frontdesk.ui.shell.app; print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_columns_fit_their_texts_and_grow_with_large_text(qtbot, appearance, language) -> None:
    from frontdesk.ui.pages.checkin.tables import make_table

    model = ResultsModel()
    samples = {Column.AGE: "000", Column.COMMUNITY: "新华街道社区", Column.ID_NUMBER: "0000…0000"}
    view = make_table("results", model, stretch=Column.NAME, samples=samples)
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    normal = header.sectionSize(Column.COMMUNITY)
    assert normal >= view.fontMetrics().horizontalAdvance("新华街道社区")
    appearance.apply(large=True)
    assert header.sectionSize(Column.COMMUNITY) > normal
    appearance.apply(large=False)
    assert header.sectionSize(Column.COMMUNITY) == normal
