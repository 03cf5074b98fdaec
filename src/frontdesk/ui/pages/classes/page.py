"""课程与教室 Classes & Rooms: terms, courses, timetable, room bookings. Filled by a later issue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.pages.placeholder import ComingLater, placeholder_layout
from frontdesk.ui.pages.specs import page_title


class ClassesPage(QWidget):
    page_id = "classes"
    icon_name = "classes"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_classes")
        features = [
            self.tr(
                "Courses by term (for example the 2026 spring term) with their instructors, a weekly timetable, "
                "and room bookings that never double-book a room."
            ),
            self.tr("Enrolment with class limits and a waiting list; attendance taken for each class session."),
            self.tr("Rosters and sign-in sheets printed for each class."),
        ]
        summary = self.tr("Terms, courses and the rooms they use.")
        placeholder_layout(self, ComingLater(self.icon_name, self.title(), summary, features))

    def title(self) -> str:
        return page_title(self.page_id)
