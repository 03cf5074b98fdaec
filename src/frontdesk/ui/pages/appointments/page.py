"""预约 Appointments: the care station's day, its services and providers, and the community partners — a tab each
(:class:`~frontdesk.ui.common.tab_page.TabbedPage`): the station's agenda, the service catalogue with the providers'
hours, and the 社区合伙人 registry."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.common.tab_page import TabbedPage
from frontdesk.ui.pages.specs import page_title


class AppointmentsPage(TabbedPage):
    page_id = "appointments"
    icon_name = "appointments"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("page_appointments", "appointmentsTabs", parent)

    def title(self) -> str:
        return page_title(self.page_id)
