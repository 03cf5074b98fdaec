"""The column policy of the desk's tables: the name never below the widest common name, the others giving way in
their order — shortened, then hidden — as the table narrows, and everything worked out again with large text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.row_table import as_list, row_table

TITLES = ["姓名", "年龄", "社区", "身份证号"]
NAME, AGE, COMMUNITY, ID_NUMBER = range(4)


class Titles(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(TITLES)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return TITLES[section]
        return None


def table(qtbot) -> tuple[QTableView, ColumnFit]:
    view = as_list(row_table("fitted", Titles()))
    fit = ColumnFit(
        view,
        {
            NAME: Fit(NAME_SAMPLE, bold=True),
            AGE: Fit("000", hides=True),
            COMMUNITY: Fit("西马路社区居委会", least="西马路…", hides=True),
            ID_NUMBER: Fit("1402**********2002", hides=True),
        },
        stretch=NAME,
        give_way=(ID_NUMBER, COMMUNITY, AGE),  # the ID number has no shorter form: it hides first
    )
    qtbot.addWidget(view)
    view.resize(1200, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, fit


def shown_at(qtbot, view: QTableView, width: int) -> tuple[dict[int, int], set[int]]:
    view.resize(width, 300)
    qtbot.waitUntil(lambda: view.width() == width)
    header = view.horizontalHeader()
    hidden = {column for column in range(4) if header.isSectionHidden(column)}
    return {column: header.sectionSize(column) for column in range(4) if column not in hidden}, hidden


def test_the_others_shorten_then_hide_in_their_order_and_the_name_never_gives_way(qtbot) -> None:
    view, fit = table(qtbot)
    minimums = {int(column): px for column, px in view.property("columnMinimums").items()}
    seen: list[set[int]] = []
    full_community = shown_at(qtbot, view, 1200)[0][COMMUNITY]
    shortened_before_hiding = False
    for width in range(1200, view.minimumWidth() - 1, -20):
        widths, hidden = shown_at(qtbot, view, width)
        if not hidden and widths[COMMUNITY] < full_community:
            shortened_before_hiding = True
        assert widths[NAME] >= minimums[NAME]  # the widest common name, in bold
        assert all(size >= minimums[column] - 1 for column, size in widths.items())
        assert sum(widths.values()) <= view.viewport().width() + 1  # nothing beyond the view
        if not seen or seen[-1] != hidden:
            seen.append(hidden)
    # The community shortens before anything hides; then the ID number, the community and the age go, in turn.
    assert shortened_before_hiding
    assert seen == [set(), {ID_NUMBER}, {ID_NUMBER, COMMUNITY}, {ID_NUMBER, COMMUNITY, AGE}]
    assert view.minimumWidth() == fit.least_width()


def test_widening_brings_the_columns_back(qtbot) -> None:
    view, _fit = table(qtbot)
    full, hidden = shown_at(qtbot, view, 1200)
    shown_at(qtbot, view, view.minimumWidth())
    again, hidden_again = shown_at(qtbot, view, 1200)
    assert hidden == hidden_again == set()
    assert again == full


def test_large_text_needs_wider_columns(qtbot, appearance) -> None:
    view, _fit = table(qtbot)
    normal = dict(view.property("columnMinimums"))
    appearance.apply(large=True)
    try:
        qtbot.waitUntil(lambda: view.property("columnMinimums")[str(NAME)] > normal[str(NAME)])
        widths, _hidden = shown_at(qtbot, view, 1200)
        assert widths[NAME] >= view.property("columnMinimums")[str(NAME)]
    finally:
        appearance.apply(large=False)
    qtbot.waitUntil(lambda: dict(view.property("columnMinimums")) == normal)
