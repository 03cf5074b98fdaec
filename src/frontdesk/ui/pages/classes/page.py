"""课程与教室 Classes & Rooms: the rooms' week, the terms and their courses, enrollment and attendance, the rooms and
their bookings — a tab each (:class:`~frontdesk.ui.common.tab_page.TabbedPage`), added by the composition root."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.ui.common.tab_page import TabbedPage
from frontdesk.ui.pages.specs import page_title


class ClassesPage(TabbedPage):
    page_id = "classes"
    icon_name = "classes"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("page_classes", "classesTabs", parent)

    def title(self) -> str:
        return page_title(self.page_id)
