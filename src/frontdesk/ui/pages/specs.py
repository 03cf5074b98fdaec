"""What the main window needs to know of each page before the page exists: its id, icon and title.

The window is shown with its navigation from these alone; the pages themselves (and the modules they import) are
built after the first paint, while the database opens (see :mod:`frontdesk.ui.shell.app`). Kept free of page imports so
showing the window costs no more than the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class PageSpec(NamedTuple):
    page_id: str  # also the objectName suffix: page_<page_id>
    icon_name: str  # an SVG in resources/icons
    translated_title: Callable[[], str]

    def title(self) -> str:
        """In the running language (looked up each time, so it follows a language change)."""
        return self.translated_title()


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("checkin", "checkin", lambda: QCoreApplication.translate("Pages", "Check-in")),
    PageSpec("residents", "residents", lambda: QCoreApplication.translate("Pages", "Residents")),
    PageSpec("appointments", "appointments", lambda: QCoreApplication.translate("Pages", "Appointments")),
    PageSpec("classes", "classes", lambda: QCoreApplication.translate("Pages", "Classes & Rooms")),
    PageSpec("reports", "reports", lambda: QCoreApplication.translate("Pages", "Reports")),
    PageSpec("settings", "settings", lambda: QCoreApplication.translate("Pages", "Settings")),
)
_BY_ID = {spec.page_id: spec for spec in PAGE_SPECS}


def page_title(page_id: str) -> str:
    return _BY_ID[page_id].title()
