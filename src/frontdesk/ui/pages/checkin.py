"""签到 Check-in: the desk's hot path (search → the resident's card → Enter). Filled by a later issue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.pages.placeholder import ComingLater, placeholder_layout


class CheckinPage(QWidget):
    page_id = "checkin"
    icon_name = "checkin"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_checkin")
        features = [
            self.tr(
                "Search by name, pinyin initials, the last four digits of a phone number, the last six of an ID "
                "number, or by scanning a member card."
            ),
            self.tr(
                "The resident's card: age, community, masked ID and phone numbers, reminders such as a missing "
                "emergency contact or allergies, and today's appointments and classes."
            ),
            self.tr(
                "Check in with Enter, check out with F8, print a slip with F9; the result is shown in words, "
                "with the queue number."
            ),
            self.tr("Live figures: people in the building now, today's visits and people, welfare-watch reminders."),
        ]
        summary = self.tr("The desk's main screen: find a resident in a second and check them in with one key.")
        placeholder_layout(self, ComingLater(self.icon_name, self.title(), summary, features))

    def title(self) -> str:
        return self.tr("Check-in")
