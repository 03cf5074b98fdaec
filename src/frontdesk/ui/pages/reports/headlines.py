"""The dashboard's headline numbers, each a tile that says what it counts — 人数 (people) or 人次 (visits) — today and
over the period; the welfare-watch figure with a button to the check-in page's call list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.pages.reports.chart_card import ChartGrid

if TYPE_CHECKING:
    from frontdesk.core.reports.figures import DashboardFigures

TILES = ("todayVisits", "todayPeople", "inBuilding", "periodVisits", "periodPeople", "newResidents", "welfareOpen")


class Tile(QFrame):
    """A number, large, over the words of what it counts."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–")
        self.number.setObjectName(f"{name}Number")
        self.number.setProperty("role", "headlineNumber")  # the style sheet makes it large
        self.caption = WrappedLabel(caption)
        self.caption.setObjectName(f"{name}Caption")
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_number(self, value: int | None) -> None:
        self.number.setText("–" if value is None else str(value))
        self.setAccessibleDescription(self.number.text())

    def value(self) -> str:
        return self.number.text()


class Headlines(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsHeadlines")
        captions = {
            "todayVisits": self.tr("Visits today (each check-in counted)"),
            "todayPeople": self.tr("People today (different residents)"),
            "inBuilding": self.tr("People in the building now"),
            "periodVisits": self.tr("Visits in the period (each check-in counted)"),
            "periodPeople": self.tr("People in the period (different residents)"),
            "newResidents": self.tr("People newly registered in the period"),
            "welfareOpen": self.tr("People on the welfare watch now"),
        }
        self.tiles = {name: Tile(f"reports_{name}", captions[name]) for name in TILES}
        self.welfare_button = QPushButton(self.tr("Open the call list"))
        self.welfare_button.setObjectName("reportsWelfareList")
        self.welfare_button.setToolTip(self.tr("The welfare-watch call list on the check-in page"))
        self.tiles["welfareOpen"].layout().addWidget(self.welfare_button)
        self.grid = ChartGrid(card_em=13, most=len(TILES))  # as many tiles a row as fit, each caption wrapped whole
        self.grid.setObjectName("reportsHeadlineGrid")
        for tile in self.tiles.values():
            self.grid.add(tile)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

    def show_figures(self, figures: DashboardFigures | None) -> None:
        values: dict[str, int | None] = dict.fromkeys(TILES)
        if figures is not None:
            values = {
                "todayVisits": figures.today_total.visits,
                "todayPeople": figures.today_total.people,
                "inBuilding": figures.in_building,
                "periodVisits": figures.total.visits,
                "periodPeople": figures.total.people,
                "newResidents": figures.new_residents,
                "welfareOpen": figures.welfare_open,
            }
        for name, value in values.items():
            self.tiles[name].set_number(value)

    def value(self, name: str) -> str:
        return self.tiles[name].value()
