"""预约 Appointments: care-station and partner bookings. Filled by a later issue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.pages.placeholder import ComingLater, placeholder_layout
from frontdesk.ui.pages.specs import page_title


class AppointmentsPage(QWidget):
    page_id = "appointments"
    icon_name = "appointments"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_appointments")
        features = [
            self.tr(
                "Book physiotherapy, blood pressure and blood sugar checks, free clinics and community partners' "
                "services in their time slots."
            ),
            self.tr("Full slots go to a waiting list; when someone cancels, the next person moves up."),
            self.tr("No-shows are recorded, and the day's list can be printed for the care staff."),
        ]
        summary = self.tr("Bookings for the care station and the community partners' services.")
        placeholder_layout(self, ComingLater(self.icon_name, self.title(), summary, features))

    def title(self) -> str:
        return page_title(self.page_id)
