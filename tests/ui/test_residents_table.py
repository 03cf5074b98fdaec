"""居民 table: the model (checked by qtmodeltester), rows fetched a page at a time, filters, order, opening a row."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from residents_driver import ResidentsDriver

from actors import TEST_ACTOR
from frontdesk.bootstrap import OpenResult, open_database
from frontdesk.core.services.registry import Flag, RegistryFilter, RegistryService
from frontdesk.ui.residents.table_model import PAGE_SIZE, Column, RegistryModel

TODAY = date(2026, 11, 28)
RESIDENTS = 450  # more than two pages of the table


@pytest.fixture(scope="module")
def registry_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register of a few hundred residents, seeded once; each test opens its own copy."""
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.demo import seed_database

    path = tmp_path_factory.mktemp("registry") / "desk.sqlite3"
    db = Database(path)
    ensure_schema(db)
    seed_database(db, residents=RESIDENTS, days=1, visits_per_day=0, today=TODAY, now=datetime(2026, 11, 28, 9, 0))
    db.dispose()
    return path


@pytest.fixture
def opened(tmp_path: Path, registry_template: Path) -> Iterator[OpenResult]:
    copy = tmp_path / "desk.sqlite3"
    shutil.copyfile(registry_template, copy)
    result = open_database(str(copy))
    yield result
    result.db.dispose()


@pytest.fixture
def residents(qtbot, desk) -> ResidentsDriver:
    return ResidentsDriver(qtbot, desk)


@pytest.fixture
def registry(opened: OpenResult, clock) -> RegistryService:
    return RegistryService(opened.db, clock)


def test_model_passes_qtmodeltester(qtmodeltester, registry: RegistryService) -> None:
    model = RegistryModel(page_size=50)
    where = RegistryFilter()

    def request(offset: int, limit: int, arrived) -> None:  # rows delivered at once
        arrived(registry.page(where, offset=offset, limit=limit, actor=TEST_ACTOR))

    model.set_source(
        request, registry.count(where, actor=TEST_ACTOR), registry.page(where, offset=0, limit=50, actor=TEST_ACTOR)
    )
    qtmodeltester.check(model, force_py=True)  # it fetches more rows, too
    assert 50 < model.rowCount() <= model.total
    model.set_source(lambda offset, limit, arrived: arrived([]), 0)
    qtmodeltester.check(model, force_py=True)


def test_rows_asked_for_are_inserted_when_they_arrive(qtmodeltester, registry: RegistryService) -> None:
    """fetchMore only asks: the rows come later (from the database worker), once; rows of an earlier query are
    dropped; rows not read (None) are asked for again the next time the view asks."""
    model = RegistryModel(page_size=50)
    where = RegistryFilter()
    total = registry.count(where, actor=TEST_ACTOR)
    asked: list[tuple[int, int, object]] = []
    model.set_source(lambda *ask: asked.append(ask), total, registry.page(where, offset=0, limit=50, actor=TEST_ACTOR))
    model.fetchMore(QModelIndex())
    assert [(offset, limit) for offset, limit, _ in asked] == [(50, 50)]
    assert model.rowCount() == 50  # nothing yet: fetchMore returned without waiting
    assert model.fetching
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # the view asks again while the page is on its way: once is enough
    assert len(asked) == 1
    asked[0][2](None)  # not read (the database did not answer)
    assert model.rowCount() == 50
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    asked[1][2](registry.page(where, offset=50, limit=50, actor=TEST_ACTOR))
    assert model.rowCount() == 100
    assert len({model.row(row).resident_id for row in range(100)}) == 100
    model.fetchMore(QModelIndex())
    model.set_source(lambda *ask: asked.append(ask), 3, registry.page(where, offset=0, limit=3, actor=TEST_ACTOR))
    asked[2][2](registry.page(where, offset=100, limit=50, actor=TEST_ACTOR))  # the old query's rows, late
    assert model.rowCount() == 3
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_a_page_at_a_time(residents: ResidentsDriver, registry: RegistryService) -> None:
    model = residents.page.model
    total = registry.count(RegistryFilter(), actor=TEST_ACTOR)
    assert total > 2 * PAGE_SIZE
    assert model.rowCount() == PAGE_SIZE  # the first page only
    assert model.total == total
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE  # asked for: read on the worker, inserted when they arrive
    assert not residents.page.settled()
    residents.settle()
    assert model.rowCount() == 2 * PAGE_SIZE
    table = residents.page.table
    table.scrollToBottom()  # the view asks for the rest as it reaches the end
    residents.qtbot.waitUntil(lambda: model.rowCount() == total)
    assert not model.canFetchMore(QModelIndex())
    assert len({model.row(row).resident_id for row in range(model.rowCount())}) == total  # no row twice


def test_columns_and_the_count_in_words(residents: ResidentsDriver, registry: RegistryService) -> None:
    model = residents.page.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    assert headers == ["姓名", "性别", "年龄", "社区", "身份证号", "手机", "标记"]
    total = registry.count(RegistryFilter(), actor=TEST_ACTOR)
    assert residents.page.count.text() == f"共 {total} 人"
    first = model.row(0)
    assert model.index(0, Column.NAME).data() == first.name
    assert model.index(0, Column.GENDER).data() in ("男", "女", "")
    ids = [model.index(row, Column.ID_NUMBER).data() for row in range(model.rowCount())]
    assert all(len(text) == 18 and text[4:14] == "*" * 10 for text in ids if text)  # masked
    phones = [model.index(row, Column.PHONE).data() for row in range(model.rowCount())]
    assert any("****" in text for text in phones)
    flags = [model.index(row, Column.FLAGS).data() for row in range(model.rowCount())]
    assert any("高龄" in text for text in flags)
    assert any(" · " in text for text in flags)


def test_filters_narrow_the_table(residents: ResidentsDriver, registry: RegistryService) -> None:
    page = residents.page
    combo = page.findChild(type(page.filters.community), "residentsFilterCommunity")
    communities = registry.communities(actor=TEST_ACTOR)
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部社区", *communities]
    combo.setCurrentIndex(combo.findText(communities[0]))
    residents.settle()
    expected = registry.count(RegistryFilter(community=communities[0]), actor=TEST_ACTOR)
    assert page.model.total == expected < RESIDENTS
    assert page.count.text() == f"共 {expected} 人"
    assert {page.model.row(r).community for r in range(page.model.rowCount())} == {communities[0]}

    page.filters.flags["lives_alone"].click()
    residents.settle()
    expected = registry.count(
        RegistryFilter(community=communities[0], flags=frozenset({Flag.LIVES_ALONE})), actor=TEST_ACTOR
    )
    assert 0 < page.model.total == expected
    assert all(page.model.row(r).lives_alone for r in range(page.model.rowCount()))

    combo.setCurrentIndex(0)
    page.filters.flags["lives_alone"].click()
    page.filters.flags["aged"].click()
    residents.settle()
    assert page.filters.query().flags == {"aged"}
    assert all((page.model.row(r).age or 0) >= 80 for r in range(page.model.rowCount()))
    assert page.model.total == registry.count(RegistryFilter(flags=frozenset({Flag.AGED})), actor=TEST_ACTOR)


def test_order_oldest_first(residents: ResidentsDriver) -> None:
    page = residents.page
    page.filters.sort.setCurrentIndex(page.filters.sort.findData("age"))
    residents.settle()
    ages = [page.model.row(r).age for r in range(page.model.rowCount()) if page.model.row(r).age is not None]
    assert ages == sorted(ages, reverse=True)


def test_enter_and_double_click_open_the_record(qtbot, residents: ResidentsDriver) -> None:
    page = residents.page
    name = page.model.row(3).name
    page.table.selectRow(3)
    form = residents.open_selected()
    assert form.resident_id == page.model.row(3).resident_id
    assert residents.field("name").text() == name
    form.reject()
    residents.back_to_window()
    rect = page.table.visualRect(page.model.index(5, Column.COMMUNITY))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click is a
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click, then the second
    assert residents.wait_form().resident_id == page.model.row(5).resident_id


def test_selection_is_kept_when_the_table_refreshes(qtbot, residents: ResidentsDriver) -> None:
    page = residents.page
    page.model.fetchMore(QModelIndex())
    residents.settle()
    chosen = page.model.row(PAGE_SIZE + 10)  # on the second page
    page.table.selectRow(PAGE_SIZE + 10)
    page.table.scrollTo(page.model.index(PAGE_SIZE + 10, 0))
    residents.desk.hub.residents_changed.emit()  # another page or desk changed the register
    residents.settle()
    assert page.model.rowCount() == 2 * PAGE_SIZE  # as many rows as before, read again
    assert residents.selected_names() == [chosen.name]
    assert page.current_id() == chosen.resident_id
