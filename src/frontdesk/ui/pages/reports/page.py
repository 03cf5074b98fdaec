"""统计 Reports: 概览 (today and a period at a glance, as charts), 月报 (the monthly report, printed, saved as PDF or
exported to Excel) and 合伙人 (what each community partner delivered) — a tab each
(:class:`~frontdesk.ui.common.tab_page.TabbedPage`), added by the composition root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from frontdesk.ui.common.tab_page import TabbedPage
from frontdesk.ui.pages.specs import page_title

if TYPE_CHECKING:
    from frontdesk.ui.pages.reports.dashboard_tab import DashboardTab


class ReportsPage(TabbedPage):
    page_id = "reports"
    icon_name = "reports"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("page_reports", "reportsTabs", parent)
        self.dashboard: DashboardTab | None = None  # 概览, set by the composition root (its 关怀提醒 button is wired)

    def title(self) -> str:
        return page_title(self.page_id)
