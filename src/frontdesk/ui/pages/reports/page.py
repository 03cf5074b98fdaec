"""统计 Reports: figures for the center, its partners and the district. Filled by a later issue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.pages.placeholder import ComingLater, placeholder_layout
from frontdesk.ui.pages.specs import page_title


class ReportsPage(QWidget):
    page_id = "reports"
    icon_name = "reports"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_reports")
        features = [
            self.tr("Daily and monthly visits and people, by service and by community."),
            self.tr("What each community partner delivered."),
            self.tr("The welfare-watch call list: residents living alone who have not been seen for a while."),
            self.tr("Monthly reports, printed or saved as PDF."),
        ]
        summary = self.tr("Figures for the center, its partners and the district.")
        placeholder_layout(self, ComingLater(self.icon_name, self.title(), summary, features))

    def title(self) -> str:
        return page_title(self.page_id)
